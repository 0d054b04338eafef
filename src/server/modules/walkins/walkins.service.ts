import { ageBands, walkInLanguages, walkInTopics, type AgeBand, type WalkInLanguage, type WalkInTopic } from '../../../shared/guidance.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { organisationsWithRole } from '../../platform/policy.js';
import { audit } from '../../platform/audit.js';
import { assertMunicipality } from '../../platform/tenancy.js';
import { hubDay, hubTimeZone } from '../../../shared/time.js';
import { mayCorrect, timeAllowed } from './walkins.policy.js';
import { presentServicePoint, presentWalkIn } from './walkins.presenter.js';
import * as repo from './walkins.repo.js';
import type {
  TBreakdown,
  TCreateServicePointRequest,
  TFigures,
  TFiguresQuery,
  TUpdateServicePointRequest,
  TWalkInRequest,
} from './walkins.schema.js';

/** Service points of the hub; those of the adviser's own organisations first. */
export async function listServicePoints(ctx: ActorCtx, include: 'active' | 'all') {
  const hubId = ctx.hubId;
  const own = new Set(organisationsWithRole(ctx.actor, 'counsellor'));
  const rows = await repo.servicePoints(ctx.tx, hubId, { activeOnly: include === 'active' });
  const items = rows.map((r) => presentServicePoint(r, own.has(r.organisationId)));
  return { items: [...items.filter((i) => i.own), ...items.filter((i) => !i.own)] };
}

async function assertPartner(ctx: ActorCtx, hubId: string, organisationId: string) {
  const org = await repo.findPartner(ctx.tx, hubId, organisationId);
  if (!org) throw new AppError('resource.not_found', 'no such organisation in this hub');
  if (org.kind !== 'partner') throw new AppError('organisation.wrong_kind', 'service points are run by partner organisations');
}

export async function createServicePoint(ctx: ActorCtx, input: TCreateServicePointRequest) {
  const hubId = ctx.hubId;
  await assertPartner(ctx, hubId, input.organisationId);
  if (input.municipalityCode) await assertMunicipality(ctx.tx, input.municipalityCode);
  const row = await repo.insertServicePoint(ctx.tx, hubId, input);
  if (!row) throw new AppError('server.error');
  await audit(ctx, { action: 'service_point.create', organisationId: input.organisationId, details: { servicePointId: row.id } });
  return presentPoint(ctx, hubId, row.id);
}

export async function updateServicePoint(ctx: ActorCtx, id: string, input: TUpdateServicePointRequest) {
  const hubId = ctx.hubId;
  const current = await repo.findServicePoint(ctx.tx, hubId, id);
  if (!current) throw new AppError('service_point.not_found');
  if (input.organisationId) await assertPartner(ctx, hubId, input.organisationId);
  if (input.municipalityCode) await assertMunicipality(ctx.tx, input.municipalityCode);
  await repo.updateServicePoint(ctx.tx, hubId, id, input);
  await audit(ctx, {
    action: 'service_point.update',
    organisationId: input.organisationId ?? current.organisationId,
    details: { servicePointId: id, fields: Object.keys(input) },
  });
  return presentPoint(ctx, hubId, id);
}

async function presentPoint(ctx: ActorCtx, hubId: string, id: string) {
  const row = await repo.findServicePoint(ctx.tx, hubId, id);
  if (!row) throw new AppError('service_point.not_found');
  return presentServicePoint(row, organisationsWithRole(ctx.actor, 'counsellor').includes(row.organisationId));
}

/** Checks the time of a walk-in: today in the hub's time zone and not in the future. */
function walkInTime(at: string | undefined, now: Date): Date {
  if (at === undefined) return now;
  const when = new Date(at);
  const allowed = timeAllowed(when, now);
  if (allowed === 'ok') return when;
  throw new AppError('request.invalid', allowed === 'future' ? 'the time is in the future' : 'the time is not today', [
    { path: 'body/at', code: 'custom', message: allowed === 'future' ? 'time_in_future' : 'time_not_today' },
  ]);
}

/**
 * A service point of the hub that takes new walk-ins from this adviser: it must be run by an
 * organisation the adviser is a counsellor of, or the walk-in would count in another
 * organisation's figures (decision 0014).
 */
async function openPoint(ctx: ActorCtx, hubId: string, id: string) {
  const point = await repo.findServicePoint(ctx.tx, hubId, id);
  if (!point?.active) throw new AppError('service_point.not_found');
  if (!organisationsWithRole(ctx.actor, 'counsellor').includes(point.organisationId))
    throw new AppError('walk_in.point_not_yours', 'the service point belongs to another organisation');
  return point;
}

/** The adviser logs an anonymous walk-in. */
export async function logWalkIn(ctx: ActorCtx, input: TWalkInRequest) {
  const hubId = ctx.hubId;
  const now = new Date();
  const at = walkInTime(input.at, now);
  await openPoint(ctx, hubId, input.servicePointId);
  const row = await repo.insertWalkIn(ctx.tx, hubId, { ...fields(input), at, recordedBy: ctx.actor.userId });
  if (!row) throw new AppError('server.error');
  return saved(ctx, hubId, row.id, now);
}

const fields = (input: TWalkInRequest) => ({
  servicePointId: input.servicePointId,
  topics: input.topics,
  language: input.language,
  ageBand: input.ageBand,
  referralGiven: input.referralGiven,
  nextStepGiven: input.nextStepGiven,
});

async function saved(ctx: ActorCtx, hubId: string, id: string, now: Date) {
  const row = await repo.findWalkIn(ctx.tx, hubId, id);
  if (!row) throw new AppError('walk_in.not_found');
  return { item: presentWalkIn(row), todayAtPoint: await repo.countOnDay(ctx.tx, hubId, row.servicePointId, hubDay(now)) };
}

/** An entry the adviser may still correct: their own, of today. */
async function openOwnToday(ctx: ActorCtx, hubId: string, id: string, now: Date) {
  const row = await repo.findWalkIn(ctx.tx, hubId, id);
  if (!row) throw new AppError('walk_in.not_found');
  if (!mayCorrect(ctx.actor.userId, row, now)) throw new AppError('walk_in.locked');
  return row;
}

/** The adviser corrects an entry of today; a time left out keeps the entry's time. */
export async function correctWalkIn(ctx: ActorCtx, id: string, input: TWalkInRequest) {
  const hubId = ctx.hubId;
  const now = new Date();
  const current = await openOwnToday(ctx, hubId, id, now);
  const at = input.at === undefined ? current.at : walkInTime(input.at, now);
  if (input.servicePointId !== current.servicePointId) await openPoint(ctx, hubId, input.servicePointId);
  await repo.updateWalkIn(ctx.tx, hubId, id, { ...fields(input), at });
  return saved(ctx, hubId, id, now);
}

export async function removeWalkIn(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  await openOwnToday(ctx, hubId, id, new Date());
  await repo.deleteWalkIn(ctx.tx, hubId, id);
}

/** The adviser's own entries of a day (today when no date is given). */
export async function listMine(ctx: ActorCtx, date: string | undefined) {
  const hubId = ctx.hubId;
  const today = hubDay(new Date());
  const day = date ?? today;
  const rows = await repo.walkInsBy(ctx.tx, hubId, ctx.actor.userId, day);
  return { date: day, editable: day === today, items: rows.map(presentWalkIn) };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptyBreakdown = (): TBreakdown => ({
  total: 0,
  referrals: 0,
  nextSteps: 0,
  topics: zeros(walkInTopics),
  languages: zeros(walkInLanguages),
  ageBands: zeros(ageBands),
});

type Counted = { n: number; language: WalkInLanguage; ageBand: AgeBand; referralGiven: boolean; nextStepGiven: boolean };

function addCounts(b: TBreakdown, r: Counted) {
  b.total += r.n;
  b.languages[r.language] += r.n;
  b.ageBands[r.ageBand] += r.n;
  if (r.referralGiven) b.referrals += r.n;
  if (r.nextStepGiven) b.nextSteps += r.n;
}

/**
 * Figures per service point for a span of days: per day, per month and in total, by topic,
 * language and age band, with referrals and next steps given. Days are the hub's calendar days.
 */
export async function figures(ctx: ActorCtx, query: TFiguresQuery): Promise<TFigures> {
  const hubId = ctx.hubId;
  const points = await repo.servicePoints(ctx.tx, hubId, {
    activeOnly: false,
    ...(query.servicePointId ? { ids: [query.servicePointId] } : {}),
  });
  if (query.servicePointId && points.length === 0) throw new AppError('service_point.not_found');
  const ids = points.map((p) => p.id);
  // One after the other: a transaction runs one query at a time.
  const counted = ids.length ? await repo.dailyCounts(ctx.tx, hubId, query.from, query.to, ids) : [];
  const topics = ids.length ? await repo.dailyTopicCounts(ctx.tx, hubId, query.from, query.to, ids) : [];
  return {
    from: query.from,
    to: query.to,
    timeZone: hubTimeZone,
    points: points.map((p) => {
      const days = new Map<string, TBreakdown>();
      const day = (d: string) => days.get(d) ?? days.set(d, emptyBreakdown()).get(d)!;
      for (const r of counted) if (r.servicePointId === p.id) addCounts(day(r.day), r);
      for (const r of topics) if (r.servicePointId === p.id) day(r.day).topics[r.topic as WalkInTopic] += r.n;
      const months = new Map<string, TBreakdown>();
      const total = emptyBreakdown();
      const sorted = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
      for (const [d, b] of sorted) {
        const m = d.slice(0, 7);
        const month = months.get(m) ?? months.set(m, emptyBreakdown()).get(m)!;
        for (const target of [month, total]) merge(target, b);
      }
      return {
        servicePoint: { id: p.id, name: p.name, organisationName: p.organisationName, active: p.active },
        total,
        days: sorted.map(([date, b]) => ({ date, ...b })),
        months: [...months.entries()].map(([month, b]) => ({ month, ...b })),
      };
    }),
  };
}

function merge(target: TBreakdown, b: TBreakdown) {
  target.total += b.total;
  target.referrals += b.referrals;
  target.nextSteps += b.nextSteps;
  for (const k of walkInTopics) target.topics[k] += b.topics[k];
  for (const k of walkInLanguages) target.languages[k] += b.languages[k];
  for (const k of ageBands) target.ageBands[k] += b.ageBands[k];
}
