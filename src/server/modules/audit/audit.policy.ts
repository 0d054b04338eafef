import { anyOf } from '../../platform/policy.js';

export const auditPolicy = {
  /** Hub administrators read the hub's audit trail. */
  list: anyOf('hub_admin'),
} as const;
