import { anyOf, type Actor } from '../../platform/policy.js';
import { audienceOf, type Sharing } from '../privacy/index.js';

export const talentsPolicy = {
  ownProfile: anyOf('talent'),
  pseudonymisedProfile: anyOf('employer', 'counsellor'),
} as const;

/** The consents in force for one person, as privacy reads them. */
export type ActiveConsents = Sharing;

/**
 * Which view of a person's profile an actor gets. The person sees and edits everything;
 * a counsellor sees and edits the profile only with the person's consent to share it with the
 * hub's counsellors or with the counsellor's organisation; an employer sees the pseudonymised
 * view only while the person consents to employer visibility. Anyone else gets nothing.
 */
export type ProfileAudience = 'self' | 'counsellor' | 'employer';

export function profileAudience(actor: Actor, subjectUserId: string, consents: ActiveConsents | null): ProfileAudience | null {
  if (actor.userId === subjectUserId) return 'self';
  return audienceOf(actor, consents, 'guidance') ?? audienceOf(actor, consents, 'recruitment');
}
