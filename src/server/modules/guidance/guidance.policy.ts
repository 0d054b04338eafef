import { anyOf, hasRole, organisationsWithRole, type Actor } from '../../platform/policy.js';
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

/** What the access rules need to know about one client. */
export type ClientSharing = {
  hubId: string;
  /** The client shares their case with every partner organisation's counsellors in the hub. */
  hubCounsellors: boolean;
  /** The client lets employers see their pseudonymised profile (shown to counsellors, not an access rule here). */
  employerVisibility: boolean;
  /** Partner organisations the client shares their case with by name. */
  organisations: string[];
  /** Organisations holding an open case for the client: the client is their client. */
  caseOrganisations: string[];
};

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
  const partnerContent = sharing.hubCounsellors || sharing.organisations.some((o) => mine.includes(o));
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
  return sharing.hubCounsellors || sharing.organisations.includes(toOrganisation);
}
