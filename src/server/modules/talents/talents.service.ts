import { and, eq, sql } from 'drizzle-orm';
import { linkDocument, type Link, type TaxonomyIndex } from '../../../core/taxonomy/index.js';
import type { ProfileSection } from '../../../shared/profile.js';
import { user } from '../../platform/auth.tables.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError, type FieldIssue } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { sharingOf } from '../privacy/index.js';
import { assertMunicipality } from '../../platform/tenancy.js';
import { nameConcepts } from '../taxonomy/index.js';
import type { ExtractedDocument } from '../../platform/documents.extract.js';
import { profileAudience, type ProfileAudience } from './talents.policy.js';
import { conceptUris, presentForEmployer, presentProfile } from './talents.presenter.js';
import * as repo from './talents.repo.js';
import { profileLimits } from './talents.schema.js';
import type {
  TBasicsRequest,
  TEducationRequest,
  TLanguagesRequest,
  TSkillsRequest,
  TWishesRequest,
  TWorkRequest,
} from './talents.schema.js';
import { talentCv, talentEducation, talentLanguage, talentProfile, talentSkill, talentSuggestion, talentWork } from './talents.tables.js';

/**
 * Opens a person's profile for the actor: the person themself, or a counsellor the person
 * shares it with. Anyone else gets "not found", so the answer does not reveal that it exists.
 */
async function openProfile(ctx: ActorCtx, userId: string): Promise<{ hubId: string; audience: ProfileAudience }> {
  const hubId = ctx.hubId;
  if (userId === ctx.actor.userId) {
    await repo.ensureProfile(ctx.tx, hubId, userId);
    return { hubId, audience: 'self' };
  }
  const head = await repo.findProfileHead(ctx.tx, hubId, { userId });
  if (!head) throw new AppError('profile.not_found');
  const audience = profileAudience(ctx.actor, userId, await sharingOf(ctx.tx, hubId, userId));
  if (audience !== 'counsellor') throw new AppError('profile.not_found');
  return { hubId, audience };
}

async function load(ctx: ActorCtx, hubId: string, userId: string) {
  const rows = await repo.loadProfile(ctx.tx, hubId, userId);
  if (!rows) throw new AppError('profile.not_found');
  return { rows, name: await nameConcepts(ctx, conceptUris(rows), ctx.locale) };
}

async function present(ctx: ActorCtx, hubId: string, userId: string) {
  const { rows, name } = await load(ctx, hubId, userId);
  return presentProfile(rows, name);
}

async function presentPseudonymised(ctx: ActorCtx, hubId: string, userId: string) {
  const { rows, name } = await load(ctx, hubId, userId);
  return presentForEmployer(rows, name);
}

/** The profile as the person or their counsellor sees it. A counsellor's read is audited. */
export async function getProfile(ctx: ActorCtx, userId: string) {
  const { hubId, audience } = await openProfile(ctx, userId);
  if (audience !== 'self') await audit(ctx, { action: 'profile.read', subjectUserId: userId, details: { view: audience } });
  return present(ctx, hubId, userId);
}

/** "How employers see me": the pseudonymised view, for the person or their counsellor. */
export async function previewEmployerView(ctx: ActorCtx, userId: string) {
  const { hubId } = await openProfile(ctx, userId);
  return presentPseudonymised(ctx, hubId, userId);
}

/** An employer (or counsellor) reads a pseudonymised profile by its public reference. */
export async function getPseudonymisedProfile(ctx: ActorCtx, ref: string) {
  const hubId = ctx.hubId;
  const head = await repo.findProfileHead(ctx.tx, hubId, { publicRef: ref });
  if (!head) throw new AppError('profile.not_found');
  const audience = profileAudience(ctx.actor, head.userId, await sharingOf(ctx.tx, hubId, head.userId));
  if (audience === null || audience === 'self') throw new AppError('profile.not_found');
  await audit(ctx, { action: 'profile.read', subjectUserId: head.userId, details: { view: 'employer' } });
  return presentPseudonymised(ctx, hubId, head.userId);
}

function unknownConcepts(uris: (string | null)[], known: Set<string>, path: (i: number) => string): FieldIssue[] {
  return uris.flatMap((u, i) => (u && !known.has(u) ? [{ path: path(i), code: 'concept_unknown', message: 'concept_unknown' }] : []));
}

async function assertConcepts(ctx: ActorCtx, uris: (string | null)[], type: 'skill' | 'occupation', path: (i: number) => string) {
  const known = await repo.existingConcepts(
    ctx.tx,
    uris.filter((u): u is string => u !== null),
    type,
  );
  const issues = unknownConcepts(uris, known, path);
  if (issues.length) throw new AppError('concept.unknown', `${issues.length} unknown ${type} concept(s)`, issues);
}

type SectionInput = {
  basics: TBasicsRequest;
  education: TEducationRequest;
  work: TWorkRequest;
  skills: TSkillsRequest;
  languages: TLanguagesRequest;
  wishes: TWishesRequest;
};

const saveSectionRows: { [S in ProfileSection]: (ctx: ActorCtx, userId: string, input: SectionInput[S]) => Promise<void> } = {
  async basics(ctx, userId, b) {
    await assertMunicipality(ctx.tx, b.municipalityCode);
    await ctx.tx.update(user).set({ name: b.name, municipalityCode: b.municipalityCode, updatedAt: new Date() }).where(eq(user.id, userId));
    await ctx.tx
      .update(talentProfile)
      .set({
        phone: b.phone,
        arrivalYear: b.arrivalYear,
        permitBasis: b.permitBasis,
        availableFrom: b.availableFrom,
        workingTime: b.workingTime,
        drivingLicences: b.drivingLicences,
      })
      .where(eq(talentProfile.userId, userId));
  },
  async education(ctx, userId, { items }) {
    await repo.replaceRows(
      ctx.tx,
      talentEducation,
      userId,
      items.map((e, position) => ({ ...e, userId, position })),
    );
  },
  async work(ctx, userId, { items }) {
    await assertConcepts(
      ctx,
      items.map((w) => w.occupationUri),
      'occupation',
      (i) => `body/items/${i}/occupationUri`,
    );
    await repo.replaceRows(
      ctx.tx,
      talentWork,
      userId,
      items.map((w, position) => ({ ...w, userId, position })),
    );
  },
  async skills(ctx, userId, { items }) {
    await assertConcepts(
      ctx,
      items.map((s) => s.uri),
      'skill',
      (i) => `body/items/${i}/uri`,
    );
    await repo.replaceRows(
      ctx.tx,
      talentSkill,
      userId,
      items.map((s, position) => ({ userId, position, skillUri: s.uri, label: s.label, years: s.years, source: s.source })),
    );
  },
  async languages(ctx, userId, { items }) {
    await repo.replaceRows(
      ctx.tx,
      talentLanguage,
      userId,
      items.map((l, position) => ({ ...l, userId, position })),
    );
  },
  async wishes(ctx, userId, w) {
    await assertConcepts(ctx, w.occupationUris, 'occupation', (i) => `body/occupationUris/${i}`);
    for (const code of w.municipalityCodes) await assertMunicipality(ctx.tx, code);
    await ctx.tx
      .update(talentProfile)
      .set({ wishOccupations: w.occupationUris, wishMunicipalities: w.municipalityCodes, remoteWish: w.remote })
      .where(eq(talentProfile.userId, userId));
  },
};

/** Replaces one section of the profile, whole, in one transaction. */
export async function saveSection<S extends ProfileSection>(ctx: ActorCtx, userId: string, section: S, input: SectionInput[S]) {
  const { hubId, audience } = await openProfile(ctx, userId);
  await saveSectionRows[section](ctx, userId, input);
  await repo.touch(ctx.tx, userId);
  await audit(ctx, { action: 'profile.update', subjectUserId: userId, details: { section, by: audience } });
  return present(ctx, hubId, userId);
}

const maxSkillSuggestions = 30;
const maxOccupationSuggestions = 5;

/**
 * Stores the CV (replacing an earlier one) and suggests the occupations and skills found in
 * its text, leaving out what the profile has and what the person has rejected before.
 */
/**
 * The concepts a CV's text names, linked before the upload's transaction opens and in slices
 * that let the event loop breathe: a long CV never holds up other requests.
 */
export function linkCv(index: TaxonomyIndex, text: string, lang: string): Promise<Link[]> {
  return text ? linkDocument(index, text, { kinds: ['skill', 'occupation'], lang, limit: 80 }) : Promise.resolve([]);
}

export async function storeCv(ctx: ActorCtx, userId: string, fileName: string, bytes: Buffer, cv: ExtractedDocument, links: Link[]) {
  const { hubId, audience } = await openProfile(ctx, userId);
  const row = { fileName, mediaType: cv.mediaType, size: bytes.length, content: bytes, text: cv.text, uploadedAt: new Date() };
  await ctx.tx
    .insert(talentCv)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: talentCv.userId, set: row });
  await ctx.tx.delete(talentSuggestion).where(and(eq(talentSuggestion.userId, userId), eq(talentSuggestion.status, 'pending')));
  const current = await repo.loadProfile(ctx.tx, hubId, userId);
  const have = new Set([...(current?.skills.map((s) => s.skillUri) ?? []), ...(current?.profile.wishOccupations ?? [])]);
  const fresh = links.filter((l) => !have.has(l.id));
  const picked = [
    ...fresh.filter((l) => l.kind === 'occupation').slice(0, maxOccupationSuggestions),
    ...fresh.filter((l) => l.kind === 'skill').slice(0, maxSkillSuggestions),
  ];
  if (picked.length) {
    await ctx.tx
      .insert(talentSuggestion)
      .values(
        picked.map((l) => ({
          userId,
          kind: l.kind,
          uri: l.id,
          evidence: (l.evidence[0]?.text ?? '').slice(0, 200),
          score: Math.round(l.score * 1000),
        })),
      )
      .onConflictDoNothing();
  }
  await repo.touch(ctx.tx, userId);
  await audit(ctx, { action: 'profile.cv.upload', subjectUserId: userId, details: { by: audience, size: bytes.length, type: cv.kind } });
  return present(ctx, hubId, userId);
}

/** Checks that the actor may change the profile, before an upload is parsed. */
export async function assertCanEdit(ctx: ActorCtx, userId: string): Promise<void> {
  await openProfile(ctx, userId);
}

export async function getCvFile(ctx: ActorCtx, userId: string) {
  const { audience } = await openProfile(ctx, userId);
  const [file] = await ctx.tx.select().from(talentCv).where(eq(talentCv.userId, userId));
  if (!file) throw new AppError('resource.not_found');
  if (audience !== 'self') await audit(ctx, { action: 'profile.cv.read', subjectUserId: userId });
  return file;
}

export async function deleteCv(ctx: ActorCtx, userId: string) {
  const { hubId, audience } = await openProfile(ctx, userId);
  await ctx.tx.delete(talentCv).where(eq(talentCv.userId, userId));
  await ctx.tx.delete(talentSuggestion).where(and(eq(talentSuggestion.userId, userId), eq(talentSuggestion.status, 'pending')));
  await repo.touch(ctx.tx, userId);
  await audit(ctx, { action: 'profile.cv.delete', subjectUserId: userId, details: { by: audience } });
  return present(ctx, hubId, userId);
}

/** Accepting adds the skill to the profile, or the occupation to the wished occupations. */
export async function decideSuggestion(ctx: ActorCtx, userId: string, id: string, decision: 'accept' | 'reject') {
  const { hubId, audience } = await openProfile(ctx, userId);
  const [s] = await ctx.tx
    .update(talentSuggestion)
    .set({ status: decision === 'accept' ? 'accepted' : 'rejected' })
    .where(and(eq(talentSuggestion.id, id), eq(talentSuggestion.userId, userId), eq(talentSuggestion.status, 'pending')))
    .returning();
  if (!s) throw new AppError('resource.not_found');
  if (decision === 'accept' && s.kind === 'skill') {
    const [{ n } = { n: 0 }] = await ctx.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(talentSkill)
      .where(eq(talentSkill.userId, userId));
    if (n >= profileLimits.skills) throw new AppError('profile.limit_reached', `at most ${profileLimits.skills} skills`);
    const label = (await nameConcepts(ctx, [s.uri], ctx.locale))(s.uri).label;
    const [{ next } = { next: 0 }] = await ctx.tx
      .select({ next: sql<number>`coalesce(max(${talentSkill.position}) + 1, 0)::int` })
      .from(talentSkill)
      .where(eq(talentSkill.userId, userId));
    await ctx.tx.insert(talentSkill).values({ userId, position: next, skillUri: s.uri, label, source: 'cv' }).onConflictDoNothing();
  }
  if (decision === 'accept' && s.kind === 'occupation') {
    const head = await repo.findProfileHead(ctx.tx, hubId, { userId });
    const wished = head?.wishOccupations ?? [];
    if (!wished.includes(s.uri) && wished.length >= profileLimits.wishOccupations) {
      throw new AppError('profile.limit_reached', `at most ${profileLimits.wishOccupations} wished occupations`);
    }
    await ctx.tx
      .update(talentProfile)
      .set({ wishOccupations: sql`array_append(array_remove(${talentProfile.wishOccupations}, ${s.uri}), ${s.uri})` })
      .where(eq(talentProfile.userId, userId));
  }
  await repo.touch(ctx.tx, userId);
  await audit(ctx, { action: 'profile.suggestion', subjectUserId: userId, details: { decision, kind: s.kind, by: audience } });
  return present(ctx, hubId, userId);
}

/** Starts the profile of a client a counsellor registers at the desk: the counsellor is recorded as its creator. */
export async function startProfileFor(ctx: ActorCtx, userId: string): Promise<void> {
  await repo.ensureProfile(ctx.tx, ctx.hubId, userId, ctx.actor.userId);
}
