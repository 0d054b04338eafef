import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/connection.js';
import type { MembershipRef, Role } from './policy.js';
import { AppError } from './errors.js';
import { hub, membership, municipality } from './tenancy.tables.js';

/**
 * Tenancy: which hub a request acts in. A signed-in member acts in the hub of their memberships;
 * an anonymous visitor of a public page sees the deployment's public hub. Use cases receive the
 * hub in their context (`ctx.hubId`) and pass it first to every repository function.
 */

/** A person's memberships in every hub, for the request's actor. */
export function membershipsOf(db: Db | Tx, userId: string): Promise<MembershipRef[]> {
  return db
    .select({ id: membership.id, hubId: membership.hubId, organisationId: membership.organisationId, role: membership.role })
    .from(membership)
    .innerJoin(hub, eq(hub.id, membership.hubId))
    .where(eq(membership.userId, userId));
}

// Hubs are created and never deleted: the public hub's id is kept once found.
const publicHubIds = new Map<string, string>();

/** The hub whose public pages anonymous visitors see: the one named by PUBLIC_HUB, else the first created. */
export async function publicHub(db: Db, slug: string | undefined): Promise<string | null> {
  const key = slug ?? '';
  const known = publicHubIds.get(key);
  if (known) return known;
  const [row] = slug
    ? await db.select({ id: hub.id }).from(hub).where(eq(hub.slug, slug)).limit(1)
    : await db.select({ id: hub.id }).from(hub).orderBy(asc(hub.createdAt), asc(hub.id)).limit(1);
  if (!row) return null;
  publicHubIds.set(key, row.id);
  return row.id;
}

/** A person's role in a hub: counsellors and employer users in an organisation, talents and hub administrators in none. */
export type NewMembership = { userId: string; hubId: string; role: Role; organisationId: string | null };

/**
 * Gives a person a role in a hub: the one way a membership is written (sign-up, invitations,
 * clients registered at the desk, administrators). Returns the new membership's id, or null when
 * the person holds that role there already. The caller has checked that the organisation fits the
 * role, and audits the grant in its own words.
 */
export async function grantMembership(tx: Tx, m: NewMembership): Promise<string | null> {
  const [row] = await tx.insert(membership).values(m).onConflictDoNothing().returning({ id: membership.id });
  return row?.id ?? null;
}

/** Refuses a municipality code that is not in the reference data. */
export async function assertMunicipality(tx: Tx, code: string): Promise<void> {
  const [row] = await tx.select({ code: municipality.code }).from(municipality).where(eq(municipality.code, code));
  if (!row) throw new AppError('municipality.unknown', `no municipality with code ${code}`);
}

/** A hub by its id. */
export async function findHub(tx: Tx, hubId: string) {
  const [row] = await tx.select().from(hub).where(eq(hub.id, hubId));
  return row ?? null;
}
