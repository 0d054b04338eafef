import { randomUUID } from 'node:crypto';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { account, user } from '../../platform/auth.tables.js';
import { hub, membership, organisation } from '../../platform/tenancy.tables.js';
import type { TListPeopleQuery } from './people.schema.js';

/** Writes a person's row; the id is made by the caller. */
export async function insertPerson(
  tx: Tx,
  p: { id: string; name: string; email: string; locale: string; municipalityCode: string; emailVerified: boolean },
): Promise<void> {
  await tx.insert(user).values(p);
}

/** Gives a person a password credential (the hash made by the auth library). */
export async function insertCredential(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  await tx.insert(account).values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
}

/** Changes a person's own details (name, home municipality, language, whether the address is verified). */
export async function updatePerson(
  tx: Tx,
  userId: string,
  set: Partial<Pick<typeof user.$inferInsert, 'name' | 'municipalityCode' | 'locale' | 'emailVerified'>>,
): Promise<void> {
  await tx
    .update(user)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(user.id, userId));
}

export async function findUserByEmail(tx: Tx, email: string) {
  const [row] = await tx.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUser(tx: Tx, id: string) {
  const [row] = await tx.select().from(user).where(eq(user.id, id));
  return row ?? null;
}

export function membershipsOf(tx: Tx, userId: string) {
  return tx
    .select({
      id: membership.id,
      role: membership.role,
      hubId: hub.id,
      hubNameFi: hub.nameFi,
      hubNameSv: hub.nameSv,
      hubNameEn: hub.nameEn,
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
    })
    .from(membership)
    .innerJoin(hub, eq(hub.id, membership.hubId))
    .leftJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(eq(membership.userId, userId))
    .orderBy(asc(membership.createdAt));
}

/** People holding any membership in the hub, with their memberships there. */
export async function findPeople(tx: Tx, hubId: string, q: TListPeopleQuery) {
  const where: SQL[] = [eq(membership.hubId, hubId)];
  if (q.role) where.push(eq(membership.role, q.role));
  if (q.organisationId) where.push(eq(membership.organisationId, q.organisationId));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const cond = or(ilike(user.name, like), ilike(user.email, like));
    if (cond) where.push(cond);
  }
  const page = await tx
    .select({ id: user.id, total: sql<number>`count(*) over ()::int` })
    .from(user)
    .where(
      inArray(
        user.id,
        tx
          .select({ id: membership.userId })
          .from(membership)
          .innerJoin(user, eq(user.id, membership.userId))
          .where(and(...where)),
      ),
    )
    .orderBy(asc(user.name), asc(user.id))
    .limit(q.limit)
    .offset(q.offset);
  if (page.length === 0) return { total: 0, people: [] };
  const ids = page.map((p) => p.id);
  const people = await tx.select().from(user).where(inArray(user.id, ids)).orderBy(asc(user.name), asc(user.id));
  const ms = await tx
    .select({
      id: membership.id,
      userId: membership.userId,
      role: membership.role,
      organisationId: membership.organisationId,
      organisationName: organisation.name,
    })
    .from(membership)
    .leftJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.hubId, hubId), inArray(membership.userId, ids)));
  return { total: page[0]?.total ?? 0, people: people.map((p) => ({ ...p, memberships: ms.filter((m) => m.userId === p.id) })) };
}

export async function isHubPerson(tx: Tx, hubId: string, userId: string) {
  const [row] = await tx
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.hubId, hubId), eq(membership.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** Whether the person has a password (an account a counsellor made for a client has none until taken over). */
export async function hasCredential(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: account.id })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
  return Boolean(row?.id);
}
