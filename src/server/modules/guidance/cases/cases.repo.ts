import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../db/connection.js';
import { account, user } from '../../../platform/auth.tables.js';
import { membership, organisation } from '../../../platform/tenancy.tables.js';
import { guidanceSharers, guidanceSharingKinds } from '../../privacy/index.js';
import { talentProfile } from '../../talents/index.js';
import { uuids } from '../guidance.repo.js';
import type { TCaseloadQuery } from '../guidance.schema.js';
import { clientCase } from '../guidance.tables.js';

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

/** Counsellors of the given organisations of the hub, for assigning cases. */
export async function counsellorsOf(tx: Tx, hubId: string, organisationIds: string[]) {
  const rows = await tx
    .selectDistinct({ id: user.id, name: user.name, organisationId: membership.organisationId })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.hubId, hubId), eq(membership.role, 'counsellor'), inArray(membership.organisationId, organisationIds)))
    .orderBy(asc(user.name));
  return rows.map((r) => ({ id: r.id, name: r.name, organisationId: r.organisationId as string }));
}

/** Whether the person is a counsellor of the organisation in the hub: only they may be assigned its cases. */
export async function isCounsellorOf(tx: Tx, hubId: string, organisationId: string, userId: string): Promise<boolean> {
  const [m] = await tx
    .select({ id: membership.id })
    .from(membership)
    .where(
      and(
        eq(membership.hubId, hubId),
        eq(membership.userId, userId),
        eq(membership.role, 'counsellor'),
        eq(membership.organisationId, organisationId),
      ),
    );
  return Boolean(m);
}

/** Every case of a client in the hub, newest first, with the holding organisation and the assignee named. */
export function casesOfClient(tx: Tx, hubId: string, clientUserId: string) {
  return tx
    .select({
      id: clientCase.id,
      organisationId: clientCase.organisationId,
      organisationName: organisation.name,
      status: clientCase.status,
      assignedTo: clientCase.assignedTo,
      assigneeName: user.name,
      openedAt: clientCase.openedAt,
      closedAt: clientCase.closedAt,
      lastContactAt: clientCase.lastContactAt,
    })
    .from(clientCase)
    .innerJoin(organisation, eq(organisation.id, clientCase.organisationId))
    .leftJoin(user, eq(user.id, clientCase.assignedTo))
    .where(and(eq(clientCase.hubId, hubId), eq(clientCase.clientUserId, clientUserId)))
    .orderBy(desc(clientCase.openedAt));
}
export type CaseRow = Awaited<ReturnType<typeof casesOfClient>>[number];

/** The client's open (not closed) case in the organisation, if any: an organisation holds one at a time. */
export async function findOpenCase(tx: Tx, hubId: string, clientUserId: string, organisationId: string): Promise<{ id: string } | null> {
  const [row] = await tx
    .select({ id: clientCase.id })
    .from(clientCase)
    .where(
      and(
        eq(clientCase.hubId, hubId),
        eq(clientCase.clientUserId, clientUserId),
        eq(clientCase.organisationId, organisationId),
        ne(clientCase.status, 'closed'),
      ),
    );
  return row ?? null;
}

export async function insertCase(
  tx: Tx,
  hubId: string,
  c: { clientUserId: string; organisationId: string; assignedTo: string | null; lastContactAt: Date },
): Promise<string> {
  const [row] = await tx
    .insert(clientCase)
    .values({ hubId, ...c })
    .returning({ id: clientCase.id });
  if (!row) throw new Error('case insert returned nothing');
  return row.id;
}

export async function findCase(tx: Tx, hubId: string, caseId: string) {
  const [row] = await tx
    .select()
    .from(clientCase)
    .where(and(eq(clientCase.id, caseId), eq(clientCase.hubId, hubId)));
  return row ?? null;
}

export async function updateCase(tx: Tx, hubId: string, caseId: string, set: Partial<typeof clientCase.$inferInsert>): Promise<void> {
  await tx
    .update(clientCase)
    .set(set)
    .where(and(eq(clientCase.id, caseId), eq(clientCase.hubId, hubId)));
}

/** The organisations holding an open case for each of these clients. */
export function openCaseOrganisations(tx: Tx, hubId: string, clientUserIds: string[]) {
  return tx
    .select({ userId: clientCase.clientUserId, organisationId: clientCase.organisationId })
    .from(clientCase)
    .where(and(eq(clientCase.hubId, hubId), inArray(clientCase.clientUserId, clientUserIds), ne(clientCase.status, 'closed')));
}

/** Marks contact with the client in the open cases of the given organisations (never moving it back). */
export async function touchCases(tx: Tx, hubId: string, clientUserId: string, organisationIds: string[], at: Date): Promise<void> {
  await tx
    .update(clientCase)
    .set({ lastContactAt: sql`greatest(${clientCase.lastContactAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(clientCase.hubId, hubId),
        eq(clientCase.clientUserId, clientUserId),
        inArray(clientCase.organisationId, organisationIds),
        ne(clientCase.status, 'closed'),
      ),
    );
}

/** The client's contact details, and whether they use their account (have a password). */
export async function clientContact(tx: Tx, clientUserId: string) {
  const [row] = await tx
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      municipalityCode: user.municipalityCode,
      hasAccount: sql<boolean>`EXISTS (SELECT 1 FROM ${account} a WHERE a.user_id = ${user.id} AND a.provider_id = 'credential')`,
    })
    .from(user)
    .where(eq(user.id, clientUserId));
  return row ?? null;
}

/** The phone number on the client's profile, if they have one: shown to counsellors with the contact details. */
export async function clientPhone(tx: Tx, clientUserId: string): Promise<string | null> {
  const [p] = await tx.select({ phone: talentProfile.phone }).from(talentProfile).where(eq(talentProfile.userId, clientUserId));
  return p?.phone ?? null;
}
