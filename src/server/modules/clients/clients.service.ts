import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { recipient } from '../../platform/mail.js';
import { organisationsWithRole } from '../../platform/policy.js';
import { grantMembership } from '../../platform/tenancy.js';
import { clientBookingsOf } from '../appointments/index.js';
import {
  accessCase,
  notesOf,
  openCaseForNewClient,
  overviewOf,
  planOf,
  referralsOf,
  referralTargetsOf,
  timelineOf,
} from '../guidance/index.js';
import { replaceInvitation } from '../invitations/index.js';
import { createPerson, hasCredential } from '../people/index.js';
import { recordConsent } from '../privacy/index.js';
import { assertCanEdit, completenessOf, profileCounts, startProfileFor } from '../talents/index.js';
import * as repo from './clients.repo.js';
import type { TCreateClientRequest, TListClientsQuery } from './clients.schema.js';
import { clientViewParts, type TClientView, type TClientViewQuery } from './clients.view.js';

/**
 * A counsellor's clients: registering a walk-in client at the desk, inviting them to take the
 * account over, and the list of talents who share their profile with the counsellor.
 */

/**
 * A counsellor creates an account and profile for a walk-in client, with the consents the
 * client gave in person, and can invite the client to take the account over.
 */
export async function createClient(ctx: ActorCtx, input: TCreateClientRequest) {
  const hubId = ctx.hubId;
  const [organisationId] = organisationsWithRole(ctx.actor, 'counsellor');
  if (!organisationId) throw new AppError('auth.forbidden', 'the counsellor belongs to no organisation');
  // No password: the client sets one when taking the account over.
  const userId = await createPerson(ctx, {
    name: input.name,
    email: input.email,
    locale: input.locale,
    municipalityCode: input.municipalityCode,
  });
  await grantMembership(ctx.tx, { userId, hubId, role: 'talent', organisationId: null });
  await startProfileFor(ctx, userId);
  await audit(ctx, { action: 'person.create', subjectUserId: userId, organisationId, details: { role: 'talent', via: 'counsellor' } });
  const grant = { userId, hubId, locale: input.locale };
  await recordConsent(ctx, { ...grant, kind: 'organisation', organisationId }, true);
  if (input.consents.hubCounsellors) await recordConsent(ctx, { ...grant, kind: 'hub_counsellors', organisationId: null }, true);
  if (input.consents.employerVisibility) await recordConsent(ctx, { ...grant, kind: 'employer_visibility', organisationId: null }, true);
  await openCaseForNewClient(ctx, userId, organisationId);
  if (input.invite) await inviteClient(ctx, userId);
  return { userId };
}

/** Sends the client an invitation to take over the account the counsellor created. */
export async function inviteClient(ctx: ActorCtx, userId: string) {
  // Only a counsellor the client shares their profile with may invite them.
  await assertCanEdit(ctx, userId);
  if (await hasCredential(ctx.tx, userId)) throw new AppError('client.account_in_use', 'the client already uses the account');
  const to = await recipient(ctx.tx, userId);
  if (!to) throw new AppError('profile.not_found');
  // A new invitation replaces any earlier one still open, so only one link works.
  await replaceInvitation(ctx, { email: to.email, locale: to.locale, role: 'talent', organisationId: null });
  return { invited: true };
}

/** Talents who share their profile with the hub's counsellors or the counsellor's organisation; each listed client is an audited read. */
export async function listClients(ctx: ActorCtx, q: TListClientsQuery) {
  const hubId = ctx.hubId;
  const { total, rows } = await repo.findClients(ctx.tx, hubId, organisationsWithRole(ctx.actor, 'counsellor'), q);
  await audit(ctx, ...rows.map((r) => ({ action: 'client.list', subjectUserId: r.userId })));
  const counts = await profileCounts(
    ctx.tx,
    rows.map((r) => r.userId),
  );
  return {
    total,
    items: rows.map((r) => {
      const c = counts.get(r.userId);
      return {
        userId: r.userId,
        name: r.name,
        email: r.email,
        municipalityCode: r.municipalityCode,
        completeness: c ? completenessOf(c).percent : 0,
        sharedWith: [...new Set(r.kinds.map((k) => (k === 'hub_counsellors' ? 'hub' : 'organisation')))] as ('hub' | 'organisation')[],
        hasAccount: r.hasAccount,
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
  };
}

/**
 * One counsellor view of a client's page: the overview (contact, consents, profile summary, cases,
 * outcomes), appointments, plan, notes, referrals, referral targets and the first page of the
 * service path. Access is decided once, by the same rule each section applies, and the view is
 * one `case.read` audit entry naming the parts read (names only), in the same transaction: a page
 * view is one entry per client, not one per section (decision 0025). A refusal reads and writes
 * nothing and answers `case.not_found`, as every section does.
 */
export async function clientView(ctx: ActorCtx, clientUserId: string, q: TClientViewQuery): Promise<TClientView> {
  const opened = await accessCase(ctx, clientUserId);
  // One after the other: a transaction runs one query at a time.
  const overview = await overviewOf(ctx, opened);
  const appointments = await clientBookingsOf(ctx, opened);
  const plan = await planOf(ctx, opened);
  const notes = await notesOf(ctx, opened);
  const referrals = await referralsOf(ctx, opened);
  const referralTargets = await referralTargetsOf(ctx, opened);
  const timeline = await timelineOf(ctx, opened, { limit: q.timelineLimit });
  // The profile summary is a part only when the client shares it and it was read.
  const parts = clientViewParts.filter((p) => p !== 'profile' || overview.profile !== null);
  await audit(ctx, { action: 'case.read', subjectUserId: clientUserId, details: { parts } });
  return { overview, appointments, plan, notes, referrals, referralTargets, timeline };
}
