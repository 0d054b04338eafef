import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { guidanceSharers, guidanceSharingKinds } from '../privacy/index.js';
import type { TCaseloadQuery } from './guidance.schema.js';

const uuids = (ids: string[]) =>
  sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

export type CaseloadRow = {
  user_id: string;
  name: string;
  email: string;
  locale: string;
  municipality_code: string | null;
  case_id: string | null;
  case_org_id: string | null;
  case_org_name: string | null;
  case_status: 'active' | 'paused' | 'closed' | null;
  assignee_id: string | null;
  assignee_name: string | null;
  opened_at: Date | string | null;
  closed_at: Date | string | null;
  last_contact_at: Date | string | null;
  next_appointment_at: Date | string | null;
  shared_kinds: string[] | null;
  total: number;
};

/**
 * The counsellor's caseload, one row per client, in one query. `mine`: open cases of the
 * counsellor's organisations assigned to the counsellor; `organisation`: all cases of those
 * organisations; `shared`: clients who share their case with the hub or with those
 * organisations (as privacy reads their consents) but have no open case there yet. Scoped by hub first.
 */
export async function findCaseload(tx: Tx, hubId: string, orgs: string[], me: string, q: TCaseloadQuery): Promise<CaseloadRow[]> {
  const mine = uuids(orgs);
  const caseStatus = q.status ? sql`c.status = ${q.status}` : sql`c.status <> 'closed'`;
  const base =
    q.scope === 'shared'
      ? sql`SELECT DISTINCT cs.user_id AS client_user_id, NULL::uuid AS case_id
          FROM (${guidanceSharers(hubId, orgs)}) cs
          JOIN membership m ON m.user_id = cs.user_id AND m.hub_id = ${hubId} AND m.role = 'talent'
          WHERE NOT EXISTS (SELECT 1 FROM client_case x WHERE x.client_user_id = cs.user_id AND x.organisation_id = ANY(${mine}) AND x.status <> 'closed')`
      : sql`SELECT DISTINCT ON (c.client_user_id) c.client_user_id, c.id AS case_id
          FROM client_case c
          WHERE c.hub_id = ${hubId} AND c.organisation_id = ANY(${mine}) AND ${caseStatus}
            ${q.scope === 'mine' ? sql`AND c.assigned_to = ${me}` : sql``}
          ORDER BY c.client_user_id, c.opened_at DESC`;
  const where: SQL[] = [];
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    where.push(sql`(u.name ILIKE ${like} OR u.email ILIKE ${like})`);
  }
  if (q.language) where.push(sql`u.locale = ${q.language}`);
  if (q.municipality) where.push(sql`u.municipality_code = ${q.municipality}`);
  if (q.lastContact === 'never') where.push(sql`c.last_contact_at IS NULL`);
  if (q.lastContact === 'within30') where.push(sql`c.last_contact_at >= now() - interval '30 days'`);
  if (q.lastContact === 'over30') where.push(sql`c.last_contact_at < now() - interval '30 days'`);
  if (q.lastContact === 'over90') where.push(sql`c.last_contact_at < now() - interval '90 days'`);
  if (q.nextAppointment === 'none') where.push(sql`na.at IS NULL`);
  if (q.nextAppointment === 'any') where.push(sql`na.at IS NOT NULL`);
  if (q.nextAppointment === 'within7') where.push(sql`na.at < now() + interval '7 days'`);
  const order = (p: string) =>
    sql.raw(
      q.sort === 'lastContact'
        ? `${p}last_contact_at ASC NULLS FIRST, ${p}name, ${p}user_id`
        : q.sort === 'nextAppointment'
          ? `${p}next_at ASC NULLS LAST, ${p}name, ${p}user_id`
          : `${p}name, ${p}user_id`,
    );
  const nextAppointment = sql`LEFT JOIN LATERAL (
        SELECT min(s.starts_at) AS at FROM appointment_booking bk
        JOIN appointment_slot s ON s.id = bk.slot_id
        WHERE bk.client_user_id = u.id AND bk.cancelled_at IS NULL AND s.cancelled_at IS NULL
          AND s.starts_at > now() AND s.organisation_id = ANY(${mine})
      ) na ON true`;
  // The next appointment is looked up for every client only when the filter or the order needs it;
  // otherwise only for the page's rows.
  const needsNext = q.nextAppointment !== undefined || q.sort === 'nextAppointment';
  return queryRows<CaseloadRow>(
    tx,
    sql`WITH base AS (${base}),
      page AS (
        SELECT u.id AS user_id, u.name, b.case_id, c.last_contact_at,
          ${needsNext ? sql`na.at` : sql`NULL::timestamptz`} AS next_at,
          count(*) OVER ()::int AS total
        FROM base b
        JOIN auth_user u ON u.id = b.client_user_id
        LEFT JOIN client_case c ON c.id = b.case_id
        ${needsNext ? nextAppointment : sql``}
        ${where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
        ORDER BY ${order('')}
        LIMIT ${q.limit} OFFSET ${q.offset}
      )
      SELECT p.user_id, u.name, u.email, u.locale, u.municipality_code,
        c.id AS case_id, c.organisation_id AS case_org_id, o.name AS case_org_name, c.status AS case_status,
        c.assigned_to AS assignee_id, a.name AS assignee_name, c.opened_at, c.closed_at, c.last_contact_at,
        na.at AS next_appointment_at,
        ${guidanceSharingKinds(hubId, sql`u.id`, orgs)} AS shared_kinds,
        p.total
      FROM page p
      JOIN auth_user u ON u.id = p.user_id
      LEFT JOIN client_case c ON c.id = p.case_id
      LEFT JOIN organisation o ON o.id = c.organisation_id
      LEFT JOIN auth_user a ON a.id = c.assigned_to
      ${nextAppointment}
      ORDER BY ${order('p.')}`,
  );
}

export type TimelineRow = {
  id: string;
  kind: string;
  at: Date | string;
  organisation_id: string | null;
  organisation_name: string | null;
  actor_name: string | null;
  details: Record<string, string | number | boolean | null>;
};

/**
 * A page of the client's service path, newest first. Steps of other organisations are included
 * only with `partnerContent`; the filter runs in the query so a page is always full.
 */
export async function findTimeline(
  tx: Tx,
  hubId: string,
  clientUserId: string,
  orgs: string[],
  partnerContent: boolean,
  page: { before?: string | undefined; limit: number },
): Promise<TimelineRow[]> {
  const [at, id] = page.before?.split('|') ?? [];
  const cursor = at && id ? { at, id } : null;
  return queryRows<TimelineRow>(
    tx,
    sql`SELECT e.id, e.kind, e.at, e.organisation_id, o.name AS organisation_name, a.name AS actor_name, e.details
      FROM service_event e
      LEFT JOIN organisation o ON o.id = e.organisation_id
      LEFT JOIN auth_user a ON a.id = e.actor_user_id
      WHERE e.hub_id = ${hubId} AND e.client_user_id = ${clientUserId}
        ${partnerContent ? sql`` : sql`AND (e.organisation_id IS NULL OR e.organisation_id = ANY(${uuids(orgs)}))`}
        ${cursor ? sql`AND (e.at, e.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``}
      ORDER BY e.at DESC, e.id DESC
      LIMIT ${page.limit + 1}`,
  );
}

export type FiguresRow = {
  id: string;
  name: string;
  open_cases: number;
  new_cases: number;
  referrals_sent: number;
  referrals_received: number;
  referrals_accepted: number;
  referrals_declined: number;
  appointments_booked: number;
  appointments_attended: number;
};

/** Counts per partner organisation for a period: no names, no contents. */
export async function figuresByOrganisation(tx: Tx, hubId: string, from: string, to: string): Promise<FiguresRow[]> {
  const inPeriod = (col: SQL) => sql`${col} >= ${from}::date AND ${col} < (${to}::date + 1)`;
  return queryRows<FiguresRow>(
    tx,
    sql`SELECT o.id, o.name,
        (SELECT count(*)::int FROM client_case c WHERE c.organisation_id = o.id AND c.status <> 'closed') AS open_cases,
        (SELECT count(*)::int FROM client_case c WHERE c.organisation_id = o.id AND ${inPeriod(sql`c.opened_at`)}) AS new_cases,
        (SELECT count(*)::int FROM referral r WHERE r.from_organisation_id = o.id AND ${inPeriod(sql`r.created_at`)}) AS referrals_sent,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND ${inPeriod(sql`r.created_at`)}) AS referrals_received,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND r.status = 'accepted' AND ${inPeriod(sql`r.created_at`)}) AS referrals_accepted,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND r.status = 'declined' AND ${inPeriod(sql`r.created_at`)}) AS referrals_declined,
        (SELECT count(*)::int FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id
          WHERE s.organisation_id = o.id AND b.cancelled_at IS NULL AND ${inPeriod(sql`s.starts_at`)}) AS appointments_booked,
        (SELECT count(*)::int FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id
          WHERE s.organisation_id = o.id AND b.attendance = 'attended' AND ${inPeriod(sql`s.starts_at`)}) AS appointments_attended
      FROM organisation o
      WHERE o.hub_id = ${hubId} AND o.kind = 'partner'
      ORDER BY o.name`,
  );
}

export async function outcomeCounts(tx: Tx, hubId: string, from: string, to: string) {
  return queryRows<{ kind: string; count: number }>(
    tx,
    sql`SELECT kind, count(*)::int AS count FROM case_outcome
      WHERE hub_id = ${hubId} AND occurred_on >= ${from}::date AND occurred_on <= ${to}::date
      GROUP BY kind ORDER BY kind`,
  );
}
