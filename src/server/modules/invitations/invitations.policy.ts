import { anyOf, publicRoute } from '../../platform/policy.js';

/** Who may invite, see and revoke invitations, and who may use one. */
export const invitationsPolicy = {
  preview: publicRoute('holder of an invitation token'),
  accept: publicRoute('holder of an invitation token'),
  invite: anyOf('hub_admin'),
  list: anyOf('hub_admin'),
  revoke: anyOf('hub_admin'),
  /** Employer users invite colleagues to their own organisation (checked in the use case). */
  inviteColleague: anyOf('employer'),
} as const;
