import { anyOf, hasRole, organisationsWithRole, type Actor } from '../../platform/policy.js';
import { audienceOf, sharedFor, type Sharing } from '../privacy/index.js';
import type { NoteVisibility } from '../../../shared/guidance.js';

export const guidancePolicy = {
  /** Case work: counsellors only. A hub administrator without a counsellor role sees figures. */
  counsellor: anyOf('counsellor'),
  /** The client's own service path: plan, referrals, who holds the case. */
  client: anyOf('talent'),
  /** Plan goals and tasks are edited by the client and by their counsellors alike. */
  plan: anyOf('talent', 'counsellor'),
  figures: anyOf('hub_admin', 'counsellor'),
} as const;

/**
 * What the access rules need to know about one client: what they share, as privacy reads their
 * consents (`hubCounsellors`, `organisations`: whom they share their case with; `employerVisibility`
 * is shown to counsellors, not an access rule here), and the organisations holding an open case
 * for them: the client is their client.
 */
export type ClientSharing = Sharing & { caseOrganisations: string[] };

/**
 * A counsellor's access to a client's case, or null for none.
 * - `organisations`: the counsellor's own organisations; their content is always visible.
 * - `partnerContent`: whether the client shares with the counsellor's organisation (by name or
 *   with the whole hub), so content other organisations marked for partners is visible too.
 * A counsellor sees clients of their own organisation and clients who consented to share with the
 * hub or with that organisation; nothing else. Other roles (hub administrators, employers) get
 * nothing here, whatever the client consented to.
 */
export type CaseAccess = { organisations: string[]; partnerContent: boolean; holdsCase: boolean };

export function caseAccess(actor: Actor, sharing: ClientSharing | null): CaseAccess | null {
  if (!sharing || sharing.hubId !== actor.hubId || !hasRole(actor, 'counsellor')) return null;
  const mine = organisationsWithRole(actor, 'counsellor');
  if (mine.length === 0) return null;
  const holdsCase = sharing.caseOrganisations.some((o) => mine.includes(o));
  const partnerContent = audienceOf(actor, sharing, 'guidance') === 'counsellor';
  if (!holdsCase && !partnerContent) return null;
  return { organisations: mine, partnerContent, holdsCase };
}

/** Whether a note written in `noteOrganisation` with `visibility` is shown to a counsellor with `access`. */
export function noteVisible(access: CaseAccess, noteOrganisation: string, visibility: NoteVisibility): boolean {
  if (access.organisations.includes(noteOrganisation)) return true;
  return visibility === 'partners' && access.partnerContent;
}

/** Whether a step of the service path taken in `organisation` is shown (steps of no organisation always are). */
export function stepVisible(access: CaseAccess, organisation: string | null): boolean {
  return organisation === null || access.organisations.includes(organisation) || access.partnerContent;
}

/** A referral may go to an organisation only while the client shares their case with it. */
export function mayReferTo(sharing: ClientSharing, toOrganisation: string): boolean {
  return sharedFor(sharing, 'guidance', [toOrganisation]);
}
