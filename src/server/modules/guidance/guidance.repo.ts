import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { membership, organisation } from '../../platform/tenancy.tables.js';

/**
 * Lookups every room of guidance shares: who is a client of the hub, and the names shown next
 * to the identifiers that cases, notes, plans, referrals and the service path keep.
 */

/** The ids as a `uuid[]` for `= ANY(…)` in SQL. */
export const uuids = (ids: string[]) =>
  sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

const present = (ids: (string | null)[]) => [...new Set(ids.filter((i): i is string => Boolean(i)))];

/** Which of these people are talents of the hub: only they can be its clients. */
export async function talentsAmong(tx: Tx, hubId: string, userIds: string[]): Promise<string[]> {
  const rows = await tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.hubId, hubId), inArray(membership.userId, userIds), eq(membership.role, 'talent')));
  return rows.map((r) => r.userId);
}

/** Names of organisations of the hub, by id. */
export async function organisationNames(tx: Tx, hubId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = present(ids);
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), inArray(organisation.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Names of people, by id. The ids come from rows of the hub already read; names are read when
 * shown, so a person who was erased is not named in what others see.
 */
export async function personNames(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = present(ids);
  if (unique.length === 0) return new Map();
  const rows = await tx.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** An organisation of the hub by id, with its kind: a referral goes to a partner, an outcome names an employer. */
export async function findOrganisation(tx: Tx, hubId: string, organisationId: string) {
  const [row] = await tx
    .select({ id: organisation.id, kind: organisation.kind, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.id, organisationId), eq(organisation.hubId, hubId)));
  return row ?? null;
}
