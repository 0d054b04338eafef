import { anyOf, hasRole, organisationsWithRole, type Actor } from '../../platform/policy.js';

export const talentsPolicy = {
  ownProfile: anyOf('talent'),
  clients: anyOf('counsellor'),
  pseudonymisedProfile: anyOf('employer', 'counsellor'),
} as const;

/** The consents in force for one person, as the access rules need them. */
export type ActiveConsents = {
  hubId: string;
  employerVisibility: boolean;
  hubCounsellors: boolean;
  /** Partner organisations the person shares their profile with. */
  organisations: string[];
};

/**
 * Which view of a person's profile an actor gets. The person sees and edits everything;
 * a counsellor sees and edits the profile only with the person's consent to share it with the
 * hub's counsellors or with the counsellor's organisation; an employer sees the pseudonymised
 * view only while the person consents to employer visibility. Anyone else gets nothing.
 */
export type ProfileAudience = 'self' | 'counsellor' | 'employer';

export function profileAudience(actor: Actor, subjectUserId: string, consents: ActiveConsents | null): ProfileAudience | null {
  if (actor.userId === subjectUserId) return 'self';
  if (!consents || consents.hubId !== actor.hubId) return null;
  if (hasRole(actor, 'counsellor')) {
    if (consents.hubCounsellors) return 'counsellor';
    const mine = organisationsWithRole(actor, 'counsellor');
    if (consents.organisations.some((o) => mine.includes(o))) return 'counsellor';
  }
  if (hasRole(actor, 'employer') && consents.employerVisibility) return 'employer';
  return null;
}
