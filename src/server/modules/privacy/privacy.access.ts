import { and, eq, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { hasRole, organisationsWithRole, type Actor } from '../../platform/policy.js';
import { consent } from './privacy.tables.js';

/**
 * Who a person shares their data with, as the consents in force say. Privacy owns this: every
 * other module asks here (the loaders and `audienceOf` below, or the SQL fragments further down
 * for lists) and none reads the consent table itself.
 */
export type Sharing = {
  hubId: string;
  /** The person lets employers of the hub see their pseudonymised profile. */
  employerVisibility: boolean;
  /** The person shares their profile and case with every partner organisation's counsellors in the hub. */
  hubCounsellors: boolean;
  /** Partner organisations the person shares their profile and case with by name. */
  organisations: string[];
};

/** What a person's data is read for: guidance by counsellors, or recruitment by employers (pseudonymised). */
export type SharingPurpose = 'guidance' | 'recruitment';
export type SharingAudience = 'counsellor' | 'employer';

const nothingShared = (hubId: string): Sharing => ({ hubId, employerVisibility: false, hubCounsellors: false, organisations: [] });

/**
 * The consents in force of many people of the hub, in one query however many people. Everyone
 * asked for has an entry; a person with no consents shares nothing. Consents given in another
 * hub do not count here.
 */
export async function sharingsOf(tx: Tx, hubId: string, userIds: readonly string[]): Promise<Map<string, Sharing>> {
  const ids = [...new Set(userIds)];
  const out = new Map(ids.map((id) => [id, nothingShared(hubId)]));
  if (ids.length === 0) return out;
  const rows = await tx
    .select({ userId: consent.userId, kind: consent.kind, organisationId: consent.organisationId })
    .from(consent)
    .where(and(eq(consent.hubId, hubId), inArray(consent.userId, ids), isNull(consent.withdrawnAt)));
  for (const r of rows) {
    const s = out.get(r.userId);
    if (!s) continue;
    if (r.kind === 'employer_visibility') s.employerVisibility = true;
    if (r.kind === 'hub_counsellors') s.hubCounsellors = true;
    if (r.kind === 'organisation' && r.organisationId) s.organisations.push(r.organisationId);
  }
  return out;
}

/** The consents in force of one person of the hub. */
export async function sharingOf(tx: Tx, hubId: string, userId: string): Promise<Sharing> {
  return (await sharingsOf(tx, hubId, [userId])).get(userId) ?? nothingShared(hubId);
}

/**
 * Whether the person's consents cover a purpose: guidance by counsellors of one of
 * `organisationIds` (sharing with the hub's counsellors covers every organisation), or
 * recruitment by employers of the hub.
 */
export function sharedFor(sharing: Sharing, purpose: SharingPurpose, organisationIds: readonly string[] = []): boolean {
  switch (purpose) {
    case 'guidance':
      return sharing.hubCounsellors || sharing.organisations.some((o) => organisationIds.includes(o));
    case 'recruitment':
      return sharing.employerVisibility;
  }
}

/**
 * Whom a person's consents let the actor be, for a purpose, or null for nobody. Only consents of
 * the actor's own hub count.
 * - guidance: a counsellor, when the person shares with the hub's counsellors or with one of the
 *   organisations the actor counsels in;
 * - recruitment: an employer, while the person consents to employer visibility.
 * The rules of each module (a case of one's own organisation, the person themselves) are added
 * by that module on top of this answer; they are not consents.
 */
export function audienceOf(actor: Actor, sharing: Sharing | null, purpose: SharingPurpose): SharingAudience | null {
  if (!sharing || sharing.hubId !== actor.hubId) return null;
  switch (purpose) {
    case 'guidance':
      return hasRole(actor, 'counsellor') && sharedFor(sharing, purpose, organisationsWithRole(actor, 'counsellor')) ? 'counsellor' : null;
    case 'recruitment':
      return hasRole(actor, 'employer') && sharedFor(sharing, purpose) ? 'employer' : null;
  }
}

// SQL fragments for lists: the same rules as above, for queries that filter many people at once.
// Each takes the expression holding the person's user id in the caller's query.

const uuidArray = (ids: readonly string[]) =>
  ids.length === 0
    ? sql`ARRAY[]::uuid[]`
    : sql`ARRAY[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`;

const guidanceKinds = (organisationIds: readonly string[]) =>
  sql`(pcs.kind = 'hub_counsellors' OR (pcs.kind = 'organisation' AND pcs.organisation_id = ANY(${uuidArray(organisationIds)})))`;

/** True when the person shares with the hub's counsellors or with one of `organisationIds` (guidance). */
export function sharesForGuidance(hubId: string, userId: SQLWrapper, organisationIds: readonly string[]): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM consent pcs
    WHERE pcs.user_id = ${userId} AND pcs.hub_id = ${hubId} AND pcs.withdrawn_at IS NULL AND ${guidanceKinds(organisationIds)})`;
}

/**
 * The kinds of the consents behind guidance access (`hub_counsellors`, `organisation`) that the
 * person gave to the hub or to one of `organisationIds`, or null when none.
 */
export function guidanceSharingKinds(hubId: string, userId: SQLWrapper, organisationIds: readonly string[]): SQL<string[] | null> {
  return sql<string[] | null>`(SELECT array_agg(DISTINCT pcs.kind::text) FROM consent pcs
    WHERE pcs.user_id = ${userId} AND pcs.hub_id = ${hubId} AND pcs.withdrawn_at IS NULL AND ${guidanceKinds(organisationIds)})`;
}

/** A subquery of the user ids (`user_id`) of people who share with the hub's counsellors or with one of `organisationIds`. */
export function guidanceSharers(hubId: string, organisationIds: readonly string[]): SQL {
  return sql`SELECT DISTINCT pcs.user_id FROM consent pcs
    WHERE pcs.hub_id = ${hubId} AND pcs.withdrawn_at IS NULL AND ${guidanceKinds(organisationIds)}`;
}

/**
 * True while the person consents to employers of the hub seeing them (recruitment). Written as
 * a probe per row through the consent index, so a caller filtering a few rows never joins every
 * consenting person of the hub.
 */
export function visibleToEmployers(hubId: string, userId: SQLWrapper): SQL<boolean> {
  return sql<boolean>`((SELECT 1 FROM consent pcs WHERE pcs.user_id = ${userId} AND pcs.kind = 'employer_visibility'
    AND pcs.withdrawn_at IS NULL AND pcs.hub_id = ${hubId} LIMIT 1) IS NOT NULL)`;
}

/** A subquery of the user ids (`user_id`) of people who consent to employers of the hub seeing them. */
export function employerVisibleUsers(hubId: string): SQL {
  return sql`SELECT pcs.user_id FROM consent pcs
    WHERE pcs.hub_id = ${hubId} AND pcs.kind = 'employer_visibility' AND pcs.withdrawn_at IS NULL`;
}
