import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import type { OpeningKind, OpeningStatus } from '../../../shared/employer.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { escoOccupationSkill } from '../taxonomy/index.js';
import { employerService, jobOpening, jobOpeningLanguage, jobOpeningMunicipality, jobOpeningSkill } from './openings.tables.js';
import type { TOpeningRequest } from './openings.schema.js';

/** Every query takes the hub first: there is no way to read across hubs. */

const employerColumns = {
  id: organisation.id,
  name: organisation.name,
  municipalityCode: organisation.municipalityCode,
  industry: organisation.industry,
  size: organisation.size,
};

export async function findOpeningHead(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select()
    .from(jobOpening)
    .where(and(eq(jobOpening.hubId, hubId), eq(jobOpening.id, id)));
  return row ?? null;
}

/** One opening with its employer and requirements, or null when the hub has no such opening. */
export async function loadOpening(tx: Tx, hubId: string, id: string) {
  const [head] = await tx
    .select({ opening: jobOpening, employer: employerColumns })
    .from(jobOpening)
    .innerJoin(organisation, eq(organisation.id, jobOpening.organisationId))
    .where(and(eq(jobOpening.hubId, hubId), eq(jobOpening.id, id)));
  if (!head) return null;
  // One after another: a transaction is one connection, and node-postgres queues nothing.
  const skills = await tx.select().from(jobOpeningSkill).where(eq(jobOpeningSkill.openingId, id)).orderBy(asc(jobOpeningSkill.position));
  const { languages, municipalities } = await requirementsOf(tx, [id]);
  return { ...head, skills, languages: languages.get(id) ?? [], municipalityCodes: municipalities.get(id) ?? [] };
}
export type OpeningRows = NonNullable<Awaited<ReturnType<typeof loadOpening>>>;

/** Language requirements and municipalities of several openings, in two queries. */
export async function requirementsOf(tx: Tx, openingIds: string[]) {
  const languages = new Map<string, (typeof jobOpeningLanguage.$inferSelect)[]>();
  const municipalities = new Map<string, string[]>();
  if (openingIds.length === 0) return { languages, municipalities };
  const langRows = await tx
    .select()
    .from(jobOpeningLanguage)
    .where(inArray(jobOpeningLanguage.openingId, openingIds))
    .orderBy(asc(jobOpeningLanguage.openingId), asc(jobOpeningLanguage.position));
  for (const r of langRows) languages.set(r.openingId, [...(languages.get(r.openingId) ?? []), r]);
  const placeRows = await tx
    .select()
    .from(jobOpeningMunicipality)
    .where(inArray(jobOpeningMunicipality.openingId, openingIds))
    .orderBy(asc(jobOpeningMunicipality.openingId), asc(jobOpeningMunicipality.position));
  for (const r of placeRows) municipalities.set(r.openingId, [...(municipalities.get(r.openingId) ?? []), r.municipalityCode]);
  return { languages, municipalities };
}

/** The opening's own columns from the document; requirements go to their tables. */
export function openingColumns(doc: TOpeningRequest) {
  return {
    kind: doc.kind,
    title: doc.title,
    occupationUri: doc.occupationUri,
    description: doc.description,
    descriptionLang: doc.descriptionLang,
    remote: doc.remote,
    workingTime: doc.workingTime,
    startDate: doc.startDate,
    salaryMin: doc.salaryMin,
    salaryMax: doc.salaryMax,
  };
}

/** Replaces the opening's skills, languages and municipalities with those of the document. */
export async function replaceRequirements(tx: Tx, openingId: string, doc: TOpeningRequest) {
  await tx.delete(jobOpeningSkill).where(eq(jobOpeningSkill.openingId, openingId));
  await tx.delete(jobOpeningLanguage).where(eq(jobOpeningLanguage.openingId, openingId));
  await tx.delete(jobOpeningMunicipality).where(eq(jobOpeningMunicipality.openingId, openingId));
  if (doc.skills.length)
    await tx
      .insert(jobOpeningSkill)
      .values(doc.skills.map((s, position) => ({ openingId, skillUri: s.uri, essential: s.essential, position })));
  if (doc.languages.length) await tx.insert(jobOpeningLanguage).values(doc.languages.map((l, position) => ({ openingId, ...l, position })));
  if (doc.municipalityCodes.length)
    await tx
      .insert(jobOpeningMunicipality)
      .values(doc.municipalityCodes.map((municipalityCode, position) => ({ openingId, municipalityCode, position })));
}

export type OpeningFilter = {
  organisationId?: string | undefined;
  status?: OpeningStatus | undefined;
  kind?: OpeningKind | undefined;
  limit: number;
  offset: number;
};

/** A page of the hub's openings with their employer; newest first (by publication for published lists). */
export function findOpenings(tx: Tx, hubId: string, f: OpeningFilter) {
  const where: SQL[] = [eq(jobOpening.hubId, hubId)];
  if (f.organisationId) where.push(eq(jobOpening.organisationId, f.organisationId));
  if (f.status) where.push(eq(jobOpening.status, f.status));
  if (f.kind) where.push(eq(jobOpening.kind, f.kind));
  const newest = f.status === 'published' ? desc(jobOpening.publishedAt) : desc(jobOpening.updatedAt);
  return tx
    .select({ opening: jobOpening, employer: employerColumns, total: sql<number>`count(*) over ()::int` })
    .from(jobOpening)
    .innerJoin(organisation, eq(organisation.id, jobOpening.organisationId))
    .where(and(...where))
    .orderBy(newest, asc(jobOpening.id))
    .limit(f.limit)
    .offset(f.offset);
}
export type OpeningListRow = Awaited<ReturnType<typeof findOpenings>>[number];

/** Skills the taxonomy links to an occupation, essential or optional. */
export function occupationSkills(tx: Tx, occupationUri: string) {
  return tx
    .select({ uri: escoOccupationSkill.skillUri, relation: escoOccupationSkill.relation })
    .from(escoOccupationSkill)
    .where(eq(escoOccupationSkill.occupationUri, occupationUri));
}

export async function serves(tx: Tx, hubId: string, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: employerService.userId })
    .from(employerService)
    .where(and(eq(employerService.hubId, hubId), eq(employerService.organisationId, organisationId), eq(employerService.userId, userId)));
  return row !== undefined;
}

/** Records that the person serves the employer; false when they did already. */
export async function addService(tx: Tx, hubId: string, organisationId: string, userId: string, createdBy: string): Promise<boolean> {
  const rows = await tx
    .insert(employerService)
    .values({ hubId, organisationId, userId, createdBy })
    .onConflictDoNothing()
    .returning({ userId: employerService.userId });
  return rows.length > 0;
}

export async function removeService(tx: Tx, hubId: string, organisationId: string, userId: string): Promise<boolean> {
  const rows = await tx
    .delete(employerService)
    .where(and(eq(employerService.hubId, hubId), eq(employerService.organisationId, organisationId), eq(employerService.userId, userId)))
    .returning({ userId: employerService.userId });
  return rows.length > 0;
}

/** The hub's employer organisations, marked with whether `userId` serves them. */
export function findEmployers(
  tx: Tx,
  hubId: string,
  userId: string,
  q: { q?: string | undefined; mine?: boolean | undefined; limit: number; offset: number },
) {
  const servedByMe = sql<boolean>`EXISTS (SELECT 1 FROM ${employerService} s WHERE s.organisation_id = "organisation"."id" AND s.user_id = ${userId})`;
  const where: SQL[] = [eq(organisation.hubId, hubId), eq(organisation.kind, 'employer')];
  if (q.q) where.push(ilike(organisation.name, `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (q.mine) where.push(servedByMe);
  return tx
    .select({ ...employerColumns, servedByMe, total: sql<number>`count(*) over ()::int` })
    .from(organisation)
    .where(and(...where))
    .orderBy(asc(organisation.name), asc(organisation.id))
    .limit(q.limit)
    .offset(q.offset);
}
