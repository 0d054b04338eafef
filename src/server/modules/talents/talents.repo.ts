import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import type { ProfileCounts } from './talents.presenter.js';
import { user } from '../../platform/auth.tables.js';
import { escoConcept } from '../taxonomy/index.js';
import { talentCv, talentEducation, talentLanguage, talentProfile, talentSkill, talentSuggestion, talentWork } from './talents.tables.js';

const refAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A random pseudonymous reference such as `K7QX-29MA`, shown to employers instead of a name. */
export function newPublicRef(): string {
  const pick = () => refAlphabet[randomInt(refAlphabet.length)];
  return Array.from({ length: 9 }, (_, i) => (i === 4 ? '-' : pick())).join('');
}

export async function ensureProfile(tx: Tx, hubId: string, userId: string, createdBy: string | null = null) {
  await tx.insert(talentProfile).values({ userId, hubId, publicRef: newPublicRef(), createdBy }).onConflictDoNothing();
}

/** Every part of one person's profile in the hub, or null when they have none there. */
export async function loadProfile(tx: Tx, hubId: string, userId: string) {
  const [head] = await tx
    .select({ profile: talentProfile, name: user.name, email: user.email, municipalityCode: user.municipalityCode })
    .from(talentProfile)
    .innerJoin(user, eq(user.id, talentProfile.userId))
    .where(and(eq(talentProfile.hubId, hubId), eq(talentProfile.userId, userId)));
  if (!head) return null;
  // One after another: a transaction is one connection, and node-postgres queues nothing.
  const education = await tx
    .select()
    .from(talentEducation)
    .where(eq(talentEducation.userId, userId))
    .orderBy(asc(talentEducation.position));
  const work = await tx.select().from(talentWork).where(eq(talentWork.userId, userId)).orderBy(asc(talentWork.position));
  const skills = await tx.select().from(talentSkill).where(eq(talentSkill.userId, userId)).orderBy(asc(talentSkill.position));
  const languages = await tx.select().from(talentLanguage).where(eq(talentLanguage.userId, userId)).orderBy(asc(talentLanguage.position));
  const cv = await tx
    .select({ fileName: talentCv.fileName, mediaType: talentCv.mediaType, size: talentCv.size, uploadedAt: talentCv.uploadedAt })
    .from(talentCv)
    .where(eq(talentCv.userId, userId));
  const suggestions = await tx
    .select()
    .from(talentSuggestion)
    .where(and(eq(talentSuggestion.userId, userId), eq(talentSuggestion.status, 'pending')))
    .orderBy(asc(talentSuggestion.kind), sql`${talentSuggestion.score} DESC`);
  return { ...head, education, work, skills, languages, cv: cv[0] ?? null, suggestions };
}
export type ProfileRows = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;

export async function findProfileHead(tx: Tx, hubId: string, where: { userId?: string; publicRef?: string }) {
  const cond = where.userId ? eq(talentProfile.userId, where.userId) : eq(talentProfile.publicRef, where.publicRef ?? '');
  const [row] = await tx
    .select()
    .from(talentProfile)
    .where(and(eq(talentProfile.hubId, hubId), cond));
  return row ?? null;
}

/** Concept URIs of the given kind that exist in the taxonomy. */
export async function existingConcepts(tx: Tx, uris: string[], type: 'skill' | 'occupation'): Promise<Set<string>> {
  if (uris.length === 0) return new Set();
  const rows = await tx
    .select({ uri: escoConcept.uri })
    .from(escoConcept)
    .where(and(inArray(escoConcept.uri, [...new Set(uris)]), eq(escoConcept.type, type)));
  return new Set(rows.map((r) => r.uri));
}

export async function touch(tx: Tx, userId: string) {
  await tx.update(talentProfile).set({ updatedAt: new Date() }).where(eq(talentProfile.userId, userId));
}

/** Replaces a list section: delete and insert in the caller's transaction. */
export async function replaceRows<T extends typeof talentEducation | typeof talentWork | typeof talentSkill | typeof talentLanguage>(
  tx: Tx,
  table: T,
  userId: string,
  rows: T['$inferInsert'][],
) {
  await tx.delete(table).where(eq(table.userId, userId));
  // The generic table type is too wide for drizzle's overloads; callers pass rows typed for T.
  if (rows.length > 0) await tx.insert(table).values(rows as never);
}

/** What completeness needs, for a page of profiles in one query. */
export async function profileCounts(tx: Tx, userIds: string[]): Promise<Map<string, ProfileCounts>> {
  if (userIds.length === 0) return new Map();
  const n = (table: string) => sql.raw(`(SELECT count(*)::int FROM ${table} x WHERE x.user_id = p.user_id)`);
  const rows = await queryRows<{
    user_id: string;
    basics_done: boolean;
    education: number;
    work: number;
    skills: number;
    languages: number;
    wishes: number;
    cv: boolean;
  }>(
    tx,
    sql`SELECT p.user_id,
      (p.permit_basis IS NOT NULL AND p.available_from IS NOT NULL AND p.working_time IS NOT NULL) AS basics_done,
      ${n('talent_education')} AS education, ${n('talent_work')} AS work, ${n('talent_skill')} AS skills,
      ${n('talent_language')} AS languages,
      cardinality(p.wish_occupations) + cardinality(p.wish_municipalities) AS wishes,
      EXISTS (SELECT 1 FROM talent_cv c WHERE c.user_id = p.user_id) AS cv
    FROM talent_profile p WHERE p.user_id IN (${sql.join(
      userIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(
    rows.map((r) => [
      r.user_id,
      {
        basicsDone: r.basics_done,
        education: r.education,
        work: r.work,
        skills: r.skills,
        languages: r.languages,
        wishes: r.wishes,
        cv: r.cv,
      },
    ]),
  );
}
