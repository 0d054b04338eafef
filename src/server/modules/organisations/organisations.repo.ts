import { and, asc, count, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { membership, organisation } from '../../platform/tenancy.tables.js';
import type { TListOrganisationsQuery } from './organisations.schema.js';

/** Every query takes the hub first: there is no way to read across hubs. */
export function findOrganisations(tx: Tx, hubId: string, q: TListOrganisationsQuery) {
  const where: SQL[] = [eq(organisation.hubId, hubId)];
  if (q.kind) where.push(eq(organisation.kind, q.kind));
  if (q.q) where.push(ilike(organisation.name, `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  return tx
    .select({
      id: organisation.id,
      kind: organisation.kind,
      partnerType: organisation.partnerType,
      name: organisation.name,
      businessId: organisation.businessId,
      municipalityCode: organisation.municipalityCode,
      industry: organisation.industry,
      size: organisation.size,
      createdAt: organisation.createdAt,
      // Qualified by hand: inside a subquery Drizzle renders both columns unqualified, and
      // "id" would then resolve to membership.id (every count was 0).
      memberCount: sql<number>`(select count(*)::int from ${membership} m where m.organisation_id = "organisation"."id")`,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(organisation)
    .where(and(...where))
    .orderBy(asc(organisation.name))
    .limit(q.limit)
    .offset(q.offset);
}

export async function findOrganisation(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select()
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.id, id)));
  return row ?? null;
}

export function findMembers(tx: Tx, hubId: string, organisationId: string) {
  return tx
    .select({
      membershipId: membership.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role: membership.role,
      since: membership.createdAt,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.hubId, hubId), eq(membership.organisationId, organisationId)))
    .orderBy(asc(user.name));
}

export async function organisationNameTaken(tx: Tx, hubId: string, name: string, exceptId?: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(organisation)
    .where(
      and(
        eq(organisation.hubId, hubId),
        sql`lower(${organisation.name}) = lower(${name})`,
        exceptId ? sql`${organisation.id} <> ${exceptId}` : undefined,
      ),
    );
  return (row?.n ?? 0) > 0;
}

export async function businessIdTaken(tx: Tx, hubId: string, businessId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.businessId, businessId)));
  return (row?.n ?? 0) > 0;
}
