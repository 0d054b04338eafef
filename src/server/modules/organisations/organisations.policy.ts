import { anyOf } from '../../platform/policy.js';

/** Who may manage organisations (invitations to them are the invitations module's). */
export const organisationsPolicy = {
  list: anyOf('hub_admin'),
  get: anyOf('hub_admin'),
  create: anyOf('hub_admin'),
  update: anyOf('hub_admin'),
  /** Employer users describe their own organisation: industry and size (checked in the use case). */
  updateEmployerDetails: anyOf('employer'),
  /** Any staff member sees the partner organisations of their hub (the service network). */
  listPartners: anyOf('talent', 'employer', 'counsellor', 'hub_admin'),
} as const;
