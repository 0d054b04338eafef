import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.js';
import { user } from '../../../platform/auth.tables.js';
import { membership, organisation } from '../../../platform/tenancy.tables.js';
import type { ReferralStatus } from '../../../../shared/guidance.js';
import { referral } from '../guidance.tables.js';

export type ReferralRow = typeof referral.$inferSelect;

/** The partner organisations of the hub, by name: where a client may be referred. */
export function partnerOrganisations(tx: Tx, hubId: string) {
  return tx
    .select({ id: organisation.id, name: organisation.name, partnerType: organisation.partnerType })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.kind, 'partner')))
    .orderBy(asc(organisation.name));
}

/** A client's referrals in the hub, newest first; withdrawn ones only when asked for. */
export function referralsOfClient(tx: Tx, hubId: string, clientUserId: string, opts: { withdrawn: boolean }): Promise<ReferralRow[]> {
  return tx
    .select()
    .from(referral)
    .where(
      and(
        eq(referral.hubId, hubId),
        eq(referral.clientUserId, clientUserId),
        opts.withdrawn ? undefined : ne(referral.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(referral.createdAt));
}

/** A new referral, or null when the same one is already pending (the unique index decides). */
export async function insertReferral(
  tx: Tx,
  hubId: string,
  r: Omit<typeof referral.$inferInsert, 'hubId' | 'id'>,
): Promise<ReferralRow | null> {
  const inserted = await tx
    .insert(referral)
    .values({ hubId, ...r })
    .onConflictDoNothing()
    .returning();
  return inserted[0] ?? null;
}

/** Addresses and languages of the counsellors of an organisation of the hub: who hears of a referral to it. */
export function counsellorsToMail(tx: Tx, hubId: string, organisationId: string) {
  return tx
    .selectDistinct({ email: user.email, locale: user.locale })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.hubId, hubId), eq(membership.role, 'counsellor'), eq(membership.organisationId, organisationId)));
}

type Side = { direction: 'incoming' | 'outgoing'; organisationIds: string[]; status?: ReferralStatus | undefined };

const onSide = (hubId: string, q: Side) =>
  and(
    eq(referral.hubId, hubId),
    q.direction === 'incoming'
      ? inArray(referral.toOrganisationId, q.organisationIds)
      : inArray(referral.fromOrganisationId, q.organisationIds),
    q.status ? eq(referral.status, q.status) : undefined,
  );

/** A page of the referrals the organisations received or sent, newest first, and how many there are in all. */
export async function referralsOfOrganisations(
  tx: Tx,
  hubId: string,
  q: Side & { limit: number; offset: number },
): Promise<{ total: number; rows: ReferralRow[] }> {
  const rows = await tx.select().from(referral).where(onSide(hubId, q)).orderBy(desc(referral.createdAt)).limit(q.limit).offset(q.offset);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(referral)
    .where(onSide(hubId, q));
  return { total: count?.n ?? 0, rows };
}

export async function findReferral(tx: Tx, hubId: string, id: string): Promise<ReferralRow | null> {
  const [row] = await tx
    .select()
    .from(referral)
    .where(and(eq(referral.id, id), eq(referral.hubId, hubId)));
  return row ?? null;
}

/**
 * Records the decision on a pending referral (accepted, declined or withdrawn). Null when it was
 * decided meanwhile.
 */
export async function decideReferral(
  tx: Tx,
  hubId: string,
  id: string,
  decision: { status: Exclude<ReferralStatus, 'pending'>; decidedBy: string; decisionReason?: string },
): Promise<ReferralRow | null> {
  const [row] = await tx
    .update(referral)
    .set({ ...decision, decidedAt: new Date() })
    .where(and(eq(referral.id, id), eq(referral.hubId, hubId), eq(referral.status, 'pending')))
    .returning();
  return row ?? null;
}
