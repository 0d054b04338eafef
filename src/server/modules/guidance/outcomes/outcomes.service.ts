import type { ActorCtx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { overview, touchCases } from '../cases/cases.service.js';
import { openCase } from '../guidance.access.js';
import { findOrganisation } from '../guidance.repo.js';
import type { TOutcomeRequest } from '../guidance.schema.js';
import { recordServiceEvent } from '../path/path.service.js';
import * as repo from './outcomes.repo.js';

/**
 * Outcomes: where a client's path led (work, studies, a business of their own), recorded by the
 * organisation holding the case, and the hub's figures: counts per organisation, no contents.
 */

/** Today as an ISO date (UTC), the latest day an outcome may have happened and the default end of the figures. */
const isoDay = () => new Date().toISOString().slice(0, 10);

export async function recordOutcome(ctx: ActorCtx, clientUserId: string, input: TOutcomeRequest) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.outcome');
  const organisationId = access.organisations[0] as string;
  if (input.occurredOn > isoDay())
    throw new AppError('request.invalid', 'the outcome date is in the future', [
      { path: 'occurredOn', code: 'custom', message: 'date_in_future' },
    ]);
  let employerName = input.employerName;
  if (input.employerOrganisationId) {
    const emp = await findOrganisation(ctx.tx, hubId, input.employerOrganisationId);
    if (!emp || emp.kind !== 'employer') throw new AppError('organisation.wrong_kind');
    employerName = employerName ?? null;
  }
  const id = await repo.insertOutcome(ctx.tx, hubId, {
    clientUserId,
    organisationId,
    kind: input.kind,
    occurredOn: input.occurredOn,
    employerOrganisationId: input.employerOrganisationId ?? null,
    employerName,
    recordedBy: ctx.actor.userId,
  });
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'outcome_recorded',
    organisationId,
    refId: id,
    details: { outcome: input.kind, occurredOn: input.occurredOn },
  });
  await touchCases(ctx, clientUserId, [organisationId]);
  return overview(ctx, clientUserId);
}

/** Employer organisations of the hub, for recording where a client found work. */
export async function employers(ctx: ActorCtx) {
  return { items: await repo.employersOf(ctx.tx, ctx.hubId) };
}

/** Counts for the hub: what hub administrators see instead of case contents. */
export async function figures(ctx: ActorCtx, q: { from?: string | undefined; to?: string | undefined }) {
  const hubId = ctx.hubId;
  const to = q.to ?? isoDay();
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new AppError('request.invalid', 'from is after to', [{ path: 'from', code: 'custom', message: 'date_order' }]);
  const rows = await repo.figuresByOrganisation(ctx.tx, hubId, from, to);
  const outcomes = await repo.outcomeCounts(ctx.tx, hubId, from, to);
  return {
    from,
    to,
    organisations: rows.map((r) => ({
      id: r.id,
      name: r.name,
      openCases: r.open_cases,
      newCases: r.new_cases,
      referralsSent: r.referrals_sent,
      referralsReceived: r.referrals_received,
      referralsAccepted: r.referrals_accepted,
      referralsDeclined: r.referrals_declined,
      appointmentsBooked: r.appointments_booked,
      appointmentsAttended: r.appointments_attended,
    })),
    outcomes: outcomes.map((o) => ({ kind: o.kind as TOutcomeRequest['kind'], count: o.count })),
  };
}
