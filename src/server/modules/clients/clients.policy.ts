import { anyOf } from '../../platform/policy.js';

/** A counsellor's clients: counsellors only (which clients, the consents and cases decide in the use cases). */
export const clientsPolicy = {
  clients: anyOf('counsellor'),
} as const;
