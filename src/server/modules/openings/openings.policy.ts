import { coordinatorRoles } from '../../../shared/organisations.js';
import { anyOf, hasRole, organisationsWithRole, type Actor } from '../../platform/policy.js';

export { coordinatorRoles };

export const openingsPolicy = {
  /**
   * An employer's openings: its own users, and coordinators who serve it. Which employer the
   * actor may act for is decided per request by `openingAccess`.
   */
  manage: anyOf('employer', ...coordinatorRoles),
  suggestSkills: anyOf('employer', ...coordinatorRoles),
  /** Coordinators find employers and say which they serve. */
  serve: anyOf(...coordinatorRoles),
  /** Talents browse the hub's published openings. */
  browse: anyOf('talent'),
  /** Hub administrators oversee every opening of the hub. */
  listAll: anyOf('hub_admin'),
} as const;

/**
 * How the actor may act for an employer organisation: as one of its users, or as a coordinator
 * who serves it (while still holding a coordinator role). Anyone else may not, and is told the
 * openings do not exist.
 */
export type OpeningAccess = 'employer' | 'coordinator';

export function openingAccess(actor: Actor, organisationId: string, servesOrganisation: boolean): OpeningAccess | null {
  if (organisationsWithRole(actor, 'employer').includes(organisationId)) return 'employer';
  if (servesOrganisation && coordinatorRoles.some((r) => hasRole(actor, r))) return 'coordinator';
  return null;
}
