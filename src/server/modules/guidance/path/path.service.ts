import { caseStatuses, type ServiceEventKind } from '../../../../shared/guidance.js';
import type { ActorCtx } from '../../../platform/context.js';
import { casesOfClient } from '../cases/cases.repo.js';
import { openCase, type OpenedCase } from '../guidance.access.js';
import { organisationNames, personNames } from '../guidance.repo.js';
import { outcomesOfClient } from '../outcomes/outcomes.repo.js';
import { referralsOfClient } from '../referrals/referrals.repo.js';
import * as repo from './path.repo.js';

/**
 * The service path: one step per thing done for a client, written by the use case that does it
 * (identifiers and labels only, never note text), read by counsellors as the timeline and by the
 * client as their own path.
 */

export type ServiceStep = {
  clientUserId: string;
  kind: ServiceEventKind;
  organisationId: string | null;
  refId?: string | null;
  details?: Record<string, string | number | boolean | null>;
  at?: Date;
};

/** A step of the client's service path, written in the use case's transaction. */
export async function recordServiceEvent(ctx: ActorCtx, e: ServiceStep): Promise<void> {
  await repo.insertServiceEvent(ctx.tx, ctx.hubId, {
    clientUserId: e.clientUserId,
    organisationId: e.organisationId,
    kind: e.kind,
    actorUserId: ctx.actor.userId,
    refId: e.refId ?? null,
    details: e.details ?? {},
    ...(e.at ? { at: e.at } : {}),
  });
}

export type TimelinePage = { before?: string | undefined; limit: number };

/** A page of the client's service path, newest first, as the counsellor may see it. */
export async function timeline(ctx: ActorCtx, clientUserId: string, page: TimelinePage) {
  return timelineOf(ctx, await openCase(ctx, clientUserId, 'case.timeline'), page);
}

/** A page of the service path of a case already opened (and audited) by the caller. */
export async function timelineOf(ctx: ActorCtx, opened: OpenedCase, page: TimelinePage) {
  const { hubId, clientUserId, access } = opened;
  const rows = await repo.findTimeline(ctx.tx, hubId, clientUserId, access.organisations, access.partnerContent, page);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  // Steps name people by identifier; names are read now, so an erased counsellor is not kept in them.
  const people = await personNames(
    ctx.tx,
    shown.map((r) => (typeof r.details.assignee === 'string' ? r.details.assignee : null)),
  );
  const last = shown.at(-1);
  return {
    more,
    next: more && last ? `${new Date(last.at).toISOString()}|${last.id}` : null,
    items: shown.map((r) => ({
      id: r.id,
      kind: r.kind as ServiceEventKind,
      at: new Date(r.at).toISOString(),
      organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
      actor: r.actor_name,
      details: typeof r.details.assignee === 'string' ? { ...r.details, assignee: people.get(r.details.assignee) ?? null } : r.details,
    })),
  };
}

/** The client's own view: who holds their case, their referrals (not withdrawn ones) and outcomes. */
export async function myServicePath(ctx: ActorCtx) {
  const hubId = ctx.hubId;
  const me = ctx.actor.userId;
  // Open cases first (active, paused, then closed), the newest first within each.
  const cases = (await casesOfClient(ctx.tx, hubId, me)).sort((a, b) => caseStatuses.indexOf(a.status) - caseStatuses.indexOf(b.status));
  const referrals = await referralsOfClient(ctx.tx, hubId, me, { withdrawn: false });
  const outcomes = await outcomesOfClient(ctx.tx, hubId, me);
  const orgs = await organisationNames(ctx.tx, hubId, [
    ...referrals.map((r) => r.fromOrganisationId),
    ...referrals.map((r) => r.toOrganisationId),
    ...outcomes.map((o) => o.organisationId),
  ]);
  return {
    cases: cases.map((c) => ({
      organisation: c.organisationName,
      counsellor: c.assigneeName,
      status: c.status,
      openedAt: c.openedAt.toISOString(),
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      from: orgs.get(r.fromOrganisationId) ?? '',
      to: orgs.get(r.toOrganisationId) ?? '',
      service: r.service,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    outcomes: outcomes.map((o) => ({ kind: o.kind, occurredOn: o.occurredOn, organisation: orgs.get(o.organisationId) ?? '' })),
  };
}
