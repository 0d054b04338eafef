import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { account, user } from '../../platform/auth.tables.js';
import { guidanceSharingKinds, sharesForGuidance } from '../privacy/index.js';
import { talentProfile } from '../talents/index.js';

/**
 * Talents a counsellor may see: those who share their profile with the hub's counsellors or
 * with one of the counsellor's organisations. Scoped by hub first.
 */
export async function findClients(
  tx: Tx,
  hubId: string,
  organisationIds: string[],
  q: { q?: string | undefined; limit: number; offset: number },
) {
  const where: SQL[] = [eq(talentProfile.hubId, hubId), sharesForGuidance(hubId, talentProfile.userId, organisationIds)];
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const cond = or(ilike(user.name, like), ilike(user.email, like));
    if (cond) where.push(cond);
  }
  const rows = await tx
    .select({
      userId: talentProfile.userId,
      name: user.name,
      email: user.email,
      municipalityCode: user.municipalityCode,
      updatedAt: talentProfile.updatedAt,
      kinds: sql<string[]>`${guidanceSharingKinds(hubId, talentProfile.userId, organisationIds)}`,
      hasAccount: sql<boolean>`EXISTS (SELECT 1 FROM ${account} a WHERE a.user_id = ${talentProfile.userId} AND a.provider_id = 'credential')`,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(talentProfile)
    .innerJoin(user, eq(user.id, talentProfile.userId))
    .where(and(...where))
    .orderBy(asc(user.name), asc(talentProfile.userId))
    .limit(q.limit)
    .offset(q.offset);
  return { total: rows[0]?.total ?? 0, rows };
}
