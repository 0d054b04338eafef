import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { hubTimeZone } from '../../../shared/time.js';
import { servicePoint, walkIn } from './walkins.tables.js';

/** The hub's time zone as an SQL literal (a constant), so a grouped expression is the same in SELECT and GROUP BY. */
const tz = sql.raw(`'${hubTimeZone}'`);
/** The instant a calendar day (YYYY-MM-DD) of the hub's time zone begins. */
const dayStart = (date: string) => sql`(${date}::date::timestamp AT TIME ZONE ${tz})`;
/** The calendar day of a walk-in in the hub's time zone. */
const walkInDay = sql<string>`to_char(${walkIn.at} AT TIME ZONE ${tz}, 'YYYY-MM-DD')`;

const pointColumns = {
  id: servicePoint.id,
  name: servicePoint.name,
  organisationId: servicePoint.organisationId,
  organisationName: organisation.name,
  municipalityCode: servicePoint.municipalityCode,
  active: servicePoint.active,
};

/** The hub's service points with their organisation's name, by name. */
export function servicePoints(tx: Tx, hubId: string, opts: { activeOnly: boolean; ids?: string[] }) {
  const where = [eq(servicePoint.hubId, hubId)];
  if (opts.activeOnly) where.push(eq(servicePoint.active, true));
  if (opts.ids) where.push(inArray(servicePoint.id, opts.ids));
  return tx
    .select(pointColumns)
    .from(servicePoint)
    .innerJoin(organisation, eq(organisation.id, servicePoint.organisationId))
    .where(and(...where))
    .orderBy(asc(servicePoint.name), asc(servicePoint.id));
}

export type ServicePointRow = Awaited<ReturnType<typeof servicePoints>>[number];

export async function findServicePoint(tx: Tx, hubId: string, id: string) {
  const [row] = await servicePoints(tx, hubId, { activeOnly: false, ids: [id] });
  return row ?? null;
}

export async function insertServicePoint(tx: Tx, hubId: string, values: Omit<typeof servicePoint.$inferInsert, 'hubId'>) {
  const [row] = await tx
    .insert(servicePoint)
    .values({ ...values, hubId })
    .returning({ id: servicePoint.id });
  return row ?? null;
}

export async function updateServicePoint(
  tx: Tx,
  hubId: string,
  id: string,
  values: Partial<Pick<typeof servicePoint.$inferInsert, 'name' | 'organisationId' | 'municipalityCode' | 'active'>>,
) {
  const [row] = await tx
    .update(servicePoint)
    .set(values)
    .where(and(eq(servicePoint.hubId, hubId), eq(servicePoint.id, id)))
    .returning({ id: servicePoint.id });
  return row ?? null;
}

/** A partner organisation of the hub, or null. */
export async function findPartner(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select({ id: organisation.id, kind: organisation.kind })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.id, id)));
  return row ?? null;
}

const walkInColumns = {
  id: walkIn.id,
  servicePointId: walkIn.servicePointId,
  servicePointName: servicePoint.name,
  recordedBy: walkIn.recordedBy,
  at: walkIn.at,
  topics: walkIn.topics,
  language: walkIn.language,
  ageBand: walkIn.ageBand,
  referralGiven: walkIn.referralGiven,
  nextStepGiven: walkIn.nextStepGiven,
};

export async function findWalkIn(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select(walkInColumns)
    .from(walkIn)
    .innerJoin(servicePoint, eq(servicePoint.id, walkIn.servicePointId))
    .where(and(eq(walkIn.hubId, hubId), eq(walkIn.id, id)));
  return row ?? null;
}

export type WalkInRow = NonNullable<Awaited<ReturnType<typeof findWalkIn>>>;

/** One adviser's entries of a day (in the hub's time zone), newest first. */
export function walkInsBy(tx: Tx, hubId: string, userId: string, date: string) {
  return tx
    .select(walkInColumns)
    .from(walkIn)
    .innerJoin(servicePoint, eq(servicePoint.id, walkIn.servicePointId))
    .where(
      and(
        eq(walkIn.hubId, hubId),
        eq(walkIn.recordedBy, userId),
        gte(walkIn.at, dayStart(date)),
        lt(walkIn.at, sql`${dayStart(date)} + interval '1 day'`),
      ),
    )
    .orderBy(desc(walkIn.at), desc(walkIn.createdAt));
}

export async function insertWalkIn(tx: Tx, hubId: string, values: Omit<typeof walkIn.$inferInsert, 'hubId'>) {
  const [row] = await tx
    .insert(walkIn)
    .values({ ...values, hubId })
    .returning({ id: walkIn.id });
  return row ?? null;
}

export async function updateWalkIn(
  tx: Tx,
  hubId: string,
  id: string,
  values: Pick<typeof walkIn.$inferInsert, 'servicePointId' | 'at' | 'topics' | 'language' | 'ageBand' | 'referralGiven' | 'nextStepGiven'>,
) {
  const [row] = await tx
    .update(walkIn)
    .set(values)
    .where(and(eq(walkIn.hubId, hubId), eq(walkIn.id, id)))
    .returning({ id: walkIn.id });
  return row ?? null;
}

export async function deleteWalkIn(tx: Tx, hubId: string, id: string) {
  const rows = await tx
    .delete(walkIn)
    .where(and(eq(walkIn.hubId, hubId), eq(walkIn.id, id)))
    .returning({ id: walkIn.id });
  return rows.length > 0;
}

/** How many walk-ins a service point has had on a day, all advisers together. */
export async function countOnDay(tx: Tx, hubId: string, servicePointId: string, date: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(walkIn)
    .where(
      and(
        eq(walkIn.hubId, hubId),
        eq(walkIn.servicePointId, servicePointId),
        gte(walkIn.at, dayStart(date)),
        lt(walkIn.at, sql`${dayStart(date)} + interval '1 day'`),
      ),
    );
  return row?.n ?? 0;
}

function inSpan(hubId: string, from: string, to: string, servicePointIds: string[]) {
  return and(
    eq(walkIn.hubId, hubId),
    inArray(walkIn.servicePointId, servicePointIds),
    gte(walkIn.at, dayStart(from)),
    lt(walkIn.at, sql`${dayStart(to)} + interval '1 day'`),
  );
}

/**
 * Walk-ins per service point and day of the span, counted by language, age band, referral and
 * next step. Days are the hub's calendar days.
 */
export function dailyCounts(tx: Tx, hubId: string, from: string, to: string, servicePointIds: string[]) {
  return tx
    .select({
      servicePointId: walkIn.servicePointId,
      day: walkInDay,
      language: walkIn.language,
      ageBand: walkIn.ageBand,
      referralGiven: walkIn.referralGiven,
      nextStepGiven: walkIn.nextStepGiven,
      n: count(),
    })
    .from(walkIn)
    .where(inSpan(hubId, from, to, servicePointIds))
    .groupBy(walkIn.servicePointId, walkInDay, walkIn.language, walkIn.ageBand, walkIn.referralGiven, walkIn.nextStepGiven);
}

/** Walk-ins per service point, day and topic of the span (a visit may have several topics). */
export function dailyTopicCounts(tx: Tx, hubId: string, from: string, to: string, servicePointIds: string[]) {
  return queryRows<{ servicePointId: string; day: string; topic: string; n: number }>(
    tx,
    sql`SELECT ${walkIn.servicePointId} AS "servicePointId", ${walkInDay} AS "day", t.topic::text AS "topic", count(*)::int AS "n"
        FROM ${walkIn} CROSS JOIN LATERAL unnest(${walkIn.topics}) AS t(topic)
        WHERE ${inSpan(hubId, from, to, servicePointIds)}
        GROUP BY 1, 2, 3`,
  );
}
