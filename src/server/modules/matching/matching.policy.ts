import { anyOf } from '../../platform/policy.js';
import { coordinatorRoles } from '../../../shared/organisations.js';

export const matchingPolicy = {
  /** Ranked candidates for an opening: its employer's users and the coordinators serving it. */
  candidates: anyOf('employer', ...coordinatorRoles),
  /** Ranked published openings for the signed-in talent. */
  openingsForMe: anyOf('talent'),
  /** The talent pool: employer users and coordinators. */
  talentPool: anyOf('employer', ...coordinatorRoles),
  /** The hub's weights: its administrators. */
  weights: anyOf('hub_admin'),
} as const;
