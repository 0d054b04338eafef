import { localeOr } from '../../../../shared/locales.js';
import type { ActorCtx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { audit, auditReads } from '../../../platform/audit.js';
import { enqueueMail, recipient } from '../../../platform/mail.js';
import { ensureCase, touchCases } from '../cases/cases.service.js';
import { loadSharing, myOrganisations, openCase, type OpenedCase } from '../guidance.access.js';
import { mayReferTo } from '../guidance.policy.js';
import { presentReferral } from '../guidance.presenter.js';
import { findOrganisation, organisationNames, personNames } from '../guidance.repo.js';
import type { TReferralRequest, TReferralsQuery } from '../guidance.schema.js';
import { recordServiceEvent } from '../path/path.service.js';
import * as repo from './referrals.repo.js';
import type { ReferralRow } from './referrals.repo.js';

/**
 * Referrals: a counsellor refers a client to another partner organisation the client shares
 * their case with; the receiver accepts (opening its own case) or declines with a reason, and
 * the sender may withdraw a referral not yet answered. See docs/design/referral-flow.md.
 */

async function presentReferrals(ctx: ActorCtx, rows: ReferralRow[], myOrgs: string[]) {
  const orgs = await organisationNames(ctx.tx, ctx.hubId, [
    ...rows.map((r) => r.fromOrganisationId),
    ...rows.map((r) => r.toOrganisationId),
  ]);
  const people = await personNames(ctx.tx, [
    ...rows.map((r) => r.clientUserId),
    ...rows.map((r) => r.referredBy),
    ...rows.map((r) => r.decidedBy),
  ]);
  return rows.map((r) => presentReferral(r, orgs, people, myOrgs));
}

async function presentOneReferral(ctx: ActorCtx, row: ReferralRow, myOrgs: string[]) {
  const [one] = await presentReferrals(ctx, [row], myOrgs);
  if (!one) throw new Error('referral not presented');
  return one;
}

/** Partner organisations a client can be referred to, and whether the client shares with each. */
export async function referralTargets(ctx: ActorCtx, clientUserId: string) {
  return referralTargetsOf(ctx, await openCase(ctx, clientUserId, 'case.read'));
}

/** The referral targets of a case already opened (and audited) by the caller. */
export async function referralTargetsOf(ctx: ActorCtx, opened: OpenedCase) {
  const { hubId, access, sharing } = opened;
  const rows = await repo.partnerOrganisations(ctx.tx, hubId);
  return {
    items: rows
      .filter((o) => !access.organisations.includes(o.id))
      .map((o) => ({ id: o.id, name: o.name, partnerType: o.partnerType, shared: mayReferTo(sharing, o.id) })),
  };
}

export async function clientReferrals(ctx: ActorCtx, clientUserId: string) {
  return referralsOf(ctx, await openCase(ctx, clientUserId, 'case.read'));
}

/** The referrals of a case already opened (and audited) by the caller that its counsellor may see. */
export async function referralsOf(ctx: ActorCtx, opened: OpenedCase) {
  const { hubId, clientUserId, access } = opened;
  const rows = await repo.referralsOfClient(ctx.tx, hubId, clientUserId, { withdrawn: true });
  const visible = rows.filter(
    (r) =>
      access.partnerContent || access.organisations.includes(r.fromOrganisationId) || access.organisations.includes(r.toOrganisationId),
  );
  return { items: await presentReferrals(ctx, visible, access.organisations) };
}

export async function refer(ctx: ActorCtx, clientUserId: string, input: TReferralRequest) {
  const { hubId, access, sharing } = await openCase(ctx, clientUserId, 'case.referral');
  const fromOrganisationId = access.organisations[0] as string;
  const to = await findOrganisation(ctx.tx, hubId, input.toOrganisationId);
  if (!to || to.kind !== 'partner' || access.organisations.includes(to.id)) throw new AppError('consent.not_partner');
  if (!mayReferTo(sharing, to.id)) throw new AppError('referral.not_shared');
  const row = await repo.insertReferral(ctx.tx, hubId, {
    clientUserId,
    fromOrganisationId,
    toOrganisationId: to.id,
    referredBy: ctx.actor.userId,
    service: input.service,
    message: input.message,
  });
  if (!row) throw new AppError('referral.exists');
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'referral_sent',
    organisationId: fromOrganisationId,
    refId: row.id,
    details: { to: to.name, service: input.service },
  });
  await touchCases(ctx, clientUserId, [fromOrganisationId]);
  // The receiving organisation's counsellors hear of it in their own language.
  const receivers = await repo.counsellorsToMail(ctx.tx, hubId, to.id);
  const from = (await organisationNames(ctx.tx, hubId, [fromOrganisationId])).get(fromOrganisationId) ?? '';
  for (const r of receivers) {
    await enqueueMail(
      ctx.tx,
      {
        to: r.email,
        template: 'referralReceived',
        locale: localeOr(r.locale),
        hubId,
        values: { from, service: input.service, url: `${ctx.config.baseUrl}/referrals` },
      },
      ctx.log,
    );
  }
  return presentOneReferral(ctx, row, access.organisations);
}

export async function listReferrals(ctx: ActorCtx, q: TReferralsQuery) {
  const orgs = myOrganisations(ctx);
  const { total, rows } = await repo.referralsOfOrganisations(ctx.tx, ctx.hubId, {
    direction: q.direction,
    organisationIds: orgs,
    status: q.status,
    limit: q.limit,
    offset: q.offset,
  });
  await auditReads(
    ctx,
    'case.referral.list',
    rows.map((r) => r.clientUserId),
  );
  return { total, items: await presentReferrals(ctx, rows, orgs) };
}

/** Opens a pending referral on the receiving (`to`) or sending (`from`) side, for a decision. */
async function openReferral(ctx: ActorCtx, id: string, side: 'to' | 'from') {
  const orgs = myOrganisations(ctx);
  const r = await repo.findReferral(ctx.tx, ctx.hubId, id);
  if (!r || !orgs.includes(side === 'to' ? r.toOrganisationId : r.fromOrganisationId)) throw new AppError('referral.not_found');
  if (r.status !== 'pending') throw new AppError('referral.wrong_status');
  await audit(ctx, { action: 'case.referral', subjectUserId: r.clientUserId, details: { referralId: id } });
  return { r, orgs };
}

/** Tells the counsellor who made the referral how it was decided, in their own language. */
async function mailReferrer(ctx: ActorCtx, r: ReferralRow, status: 'accepted' | 'declined') {
  if (!r.referredBy) return;
  const to = await recipient(ctx.tx, r.referredBy);
  const organisation = (await organisationNames(ctx.tx, r.hubId, [r.toOrganisationId])).get(r.toOrganisationId) ?? '';
  if (!to) return;
  await enqueueMail(
    ctx.tx,
    {
      to: to.email,
      template: 'referralDecided',
      locale: to.locale,
      hubId: r.hubId,
      values: { organisation, service: r.service, status, url: `${ctx.config.baseUrl}/referrals?direction=outgoing` },
    },
    ctx.log,
  );
}

/** The receiving organisation accepts: it opens its case for the client, assigned to the accepter. */
export async function acceptReferral(ctx: ActorCtx, id: string) {
  const { r, orgs } = await openReferral(ctx, id, 'to');
  // Consent may have been withdrawn since the referral was made.
  const sharing = await loadSharing(ctx.tx, r.hubId, r.clientUserId);
  if (!sharing || !mayReferTo(sharing, r.toOrganisationId)) throw new AppError('referral.not_shared');
  const updated = await repo.decideReferral(ctx.tx, ctx.hubId, id, { status: 'accepted', decidedBy: ctx.actor.userId });
  if (!updated) throw new AppError('referral.wrong_status');
  await ensureCase(ctx, r.clientUserId, r.toOrganisationId, ctx.actor.userId);
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_accepted',
    organisationId: r.toOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  await touchCases(ctx, r.clientUserId, [r.toOrganisationId, r.fromOrganisationId]);
  await mailReferrer(ctx, r, 'accepted');
  return presentOneReferral(ctx, updated, orgs);
}

export async function declineReferral(ctx: ActorCtx, id: string, reason: string) {
  const { r, orgs } = await openReferral(ctx, id, 'to');
  const updated = await repo.decideReferral(ctx.tx, ctx.hubId, id, {
    status: 'declined',
    decidedBy: ctx.actor.userId,
    decisionReason: reason,
  });
  if (!updated) throw new AppError('referral.wrong_status');
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_declined',
    organisationId: r.toOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  await mailReferrer(ctx, r, 'declined');
  return presentOneReferral(ctx, updated, orgs);
}

export async function withdrawReferral(ctx: ActorCtx, id: string) {
  const { r, orgs } = await openReferral(ctx, id, 'from');
  const updated = await repo.decideReferral(ctx.tx, ctx.hubId, id, { status: 'withdrawn', decidedBy: ctx.actor.userId });
  if (!updated) throw new AppError('referral.wrong_status');
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_withdrawn',
    organisationId: r.fromOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  return presentOneReferral(ctx, updated, orgs);
}
