import { and, eq, inArray } from 'drizzle-orm';
import { linkText, type TaxonomyIndex } from '../../../core/taxonomy/index.js';
import type { OpeningStatus } from '../../../shared/employer.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError, type ErrorCode, type FieldIssue } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import * as orgRepo from '../organisations/index.js';
import { assertMunicipality } from '../../platform/tenancy.js';
import { existingConcepts } from '../talents/index.js';
import { nameConcepts } from '../taxonomy/index.js';
import { openingAccess, type OpeningAccess } from './openings.policy.js';
import { conceptUris, presentOpening, presentOpeningRow, presentPublicOpening, presentPublicOpeningRow } from './openings.presenter.js';
import * as repo from './openings.repo.js';
import type {
  TListEmployersQuery,
  TListHubOpeningsQuery,
  TListOpeningsQuery,
  TListPublishedQuery,
  TOpeningRequest,
  TSuggestSkillsRequest,
} from './openings.schema.js';
import { jobOpening } from './openings.tables.js';

/**
 * How the actor acts for the employer: as its user or as a coordinator serving it. Anyone else
 * is told `notFound`, so the answer does not reveal another employer's openings.
 */
async function actFor(ctx: ActorCtx, hubId: string, organisationId: string, notFound: ErrorCode): Promise<OpeningAccess> {
  const access =
    openingAccess(ctx.actor, organisationId, false) ??
    openingAccess(ctx.actor, organisationId, await repo.serves(ctx.tx, hubId, organisationId, ctx.actor.userId));
  if (!access) throw new AppError(notFound);
  return access;
}

/** Opens an opening for its employer's users and coordinators. */
export async function openForEmployer(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  const head = await repo.findOpeningHead(ctx.tx, hubId, id);
  if (!head) throw new AppError('opening.not_found');
  const by = await actFor(ctx, hubId, head.organisationId, 'opening.not_found');
  return { hubId, head, by };
}

async function load(ctx: ActorCtx, hubId: string, id: string) {
  const rows = await repo.loadOpening(ctx.tx, hubId, id);
  if (!rows) throw new AppError('opening.not_found');
  return { rows, name: await nameConcepts(ctx, conceptUris(rows), ctx.locale) };
}

async function present(ctx: ActorCtx, hubId: string, id: string) {
  const { rows, name } = await load(ctx, hubId, id);
  return presentOpening(rows, name);
}

/** The occupation and skills must be in the taxonomy, the municipalities in the register. */
async function assertDocument(ctx: ActorCtx, doc: TOpeningRequest) {
  const occupations = await existingConcepts(ctx.tx, [doc.occupationUri], 'occupation');
  const skills = await existingConcepts(
    ctx.tx,
    doc.skills.map((s) => s.uri),
    'skill',
  );
  const unknown = (path: string): FieldIssue => ({ path, code: 'concept_unknown', message: 'concept_unknown' });
  const issues = [
    ...(occupations.has(doc.occupationUri) ? [] : [unknown('body/occupationUri')]),
    ...doc.skills.flatMap((s, i) => (skills.has(s.uri) ? [] : [unknown(`body/skills/${i}/uri`)])),
  ];
  if (issues.length) throw new AppError('concept.unknown', `${issues.length} unknown concept(s)`, issues);
  for (const code of doc.municipalityCodes) await assertMunicipality(ctx.tx, code);
}

/** An employer user, or a coordinator serving the employer, writes a new opening as a draft. */
export async function createOpening(ctx: ActorCtx, organisationId: string, doc: TOpeningRequest) {
  const hubId = ctx.hubId;
  const by = await actFor(ctx, hubId, organisationId, 'resource.not_found');
  await assertDocument(ctx, doc);
  const [row] = await ctx.tx
    .insert(jobOpening)
    .values({ hubId, organisationId, ...repo.openingColumns(doc), createdBy: ctx.actor.userId })
    .returning({ id: jobOpening.id });
  if (!row) throw new AppError('server.error');
  await repo.replaceRequirements(ctx.tx, row.id, doc);
  await audit(ctx, { action: 'opening.create', organisationId, details: { openingId: row.id, by } });
  return present(ctx, hubId, row.id);
}

/** Replaces the whole opening. A closed opening is kept as it was; publish it again to change it. */
export async function updateOpening(ctx: ActorCtx, id: string, doc: TOpeningRequest) {
  const { hubId, head, by } = await openForEmployer(ctx, id);
  await assertDocument(ctx, doc);
  const [row] = await ctx.tx
    .update(jobOpening)
    .set({ ...repo.openingColumns(doc), updatedAt: new Date() })
    .where(and(eq(jobOpening.hubId, hubId), eq(jobOpening.id, id), inArray(jobOpening.status, ['draft', 'published'])))
    .returning({ id: jobOpening.id });
  if (!row) throw new AppError('opening.wrong_status', 'a closed opening cannot be changed');
  await repo.replaceRequirements(ctx.tx, id, doc);
  await audit(ctx, { action: 'opening.update', organisationId: head.organisationId, details: { openingId: id, by, status: head.status } });
  return present(ctx, hubId, id);
}

const transitions = {
  publish: { from: ['draft', 'closed'], to: 'published' },
  close: { from: ['draft', 'published'], to: 'closed' },
} as const satisfies Record<string, { from: OpeningStatus[]; to: OpeningStatus }>;

async function changeStatus(ctx: ActorCtx, id: string, change: keyof typeof transitions) {
  const { hubId, head, by } = await openForEmployer(ctx, id);
  const t = transitions[change];
  const now = new Date();
  const times = t.to === 'published' ? { publishedAt: now, closedAt: null } : { closedAt: now };
  const [row] = await ctx.tx
    .update(jobOpening)
    .set({ status: t.to, ...times, updatedAt: now })
    .where(and(eq(jobOpening.hubId, hubId), eq(jobOpening.id, id), inArray(jobOpening.status, [...t.from])))
    .returning({ id: jobOpening.id });
  if (!row) throw new AppError('opening.wrong_status', `cannot ${change} an opening that is ${head.status}`);
  await audit(ctx, { action: `opening.${change}`, organisationId: head.organisationId, details: { openingId: id, by, from: head.status } });
  return present(ctx, hubId, id);
}

/** Makes the opening visible to the hub's talents (again, when it was closed). */
export function publishOpening(ctx: ActorCtx, id: string) {
  return changeStatus(ctx, id, 'publish');
}

/** Takes the opening off the talents' list; a draft can be closed without ever being published. */
export function closeOpening(ctx: ActorCtx, id: string) {
  return changeStatus(ctx, id, 'close');
}

export async function getOpening(ctx: ActorCtx, id: string) {
  const { hubId } = await openForEmployer(ctx, id);
  return present(ctx, hubId, id);
}

async function presentRows(ctx: ActorCtx, rows: repo.OpeningListRow[]) {
  const { municipalities } = await repo.requirementsOf(
    ctx.tx,
    rows.map((r) => r.opening.id),
  );
  const name = await nameConcepts(
    ctx,
    rows.map((r) => r.opening.occupationUri),
    ctx.locale,
  );
  return { total: rows[0]?.total ?? 0, items: rows.map((r) => presentOpeningRow(r, municipalities.get(r.opening.id) ?? [], name)) };
}

/** One employer's openings, for its users and the coordinators serving it. */
export async function listEmployerOpenings(ctx: ActorCtx, organisationId: string, q: TListOpeningsQuery) {
  const hubId = ctx.hubId;
  await actFor(ctx, hubId, organisationId, 'resource.not_found');
  return presentRows(ctx, await repo.findOpenings(ctx.tx, hubId, { ...q, organisationId }));
}

/** Every opening of the hub, for its administrators. */
export async function listHubOpenings(ctx: ActorCtx, q: TListHubOpeningsQuery) {
  return presentRows(ctx, await repo.findOpenings(ctx.tx, ctx.hubId, q));
}

/** The hub's published openings, newest first, as talents see them. */
export async function listPublishedOpenings(ctx: ActorCtx, q: TListPublishedQuery) {
  const rows = await repo.findOpenings(ctx.tx, ctx.hubId, { ...q, status: 'published' });
  const ids = rows.map((r) => r.opening.id);
  const { languages, municipalities } = await repo.requirementsOf(ctx.tx, ids);
  const name = await nameConcepts(
    ctx,
    rows.map((r) => r.opening.occupationUri),
    ctx.locale,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => presentPublicOpeningRow(r, languages.get(r.opening.id) ?? [], municipalities.get(r.opening.id) ?? [], name)),
  };
}

/** A published opening of the hub; drafts and closed openings are not found. */
export async function getPublishedOpening(ctx: ActorCtx, id: string) {
  const { rows, name } = await load(ctx, ctx.hubId, id);
  if (rows.opening.status !== 'published') throw new AppError('opening.not_found');
  return presentPublicOpening(rows, name);
}

const maxDescriptionSkills = 30;

/**
 * Skills to offer for an opening: the occupation's essential skills first, then its optional
 * ones (each group by label), then skills found in the description, strongest first. Each skill
 * once, at its first place; labels in the reader's language.
 */
export async function suggestSkills(ctx: ActorCtx, index: TaxonomyIndex, input: TSuggestSkillsRequest) {
  const occupationUri = input.occupationUri;
  if (occupationUri && !(await existingConcepts(ctx.tx, [occupationUri], 'occupation')).has(occupationUri)) {
    throw new AppError('concept.unknown', 'unknown occupation', [
      { path: 'body/occupationUri', code: 'concept_unknown', message: 'concept_unknown' },
    ]);
  }
  const related = occupationUri ? await repo.occupationSkills(ctx.tx, occupationUri) : [];
  const links = input.description.trim()
    ? linkText(index, input.description, { kinds: ['skill'], lang: input.lang ?? ctx.locale, limit: maxDescriptionSkills })
    : [];
  const name = await nameConcepts(ctx, [...related.map((r) => r.uri), ...links.map((l) => l.id)], ctx.locale);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, ctx.locale);
  const fromOccupation = (relation: 'essential' | 'optional') =>
    related
      .filter((r) => r.relation === relation)
      .map((r) => ({ ...name(r.uri), source: `occupation_${relation}` as const, evidence: null }))
      .sort(byLabel);
  const candidates = [
    ...fromOccupation('essential'),
    ...fromOccupation('optional'),
    ...links.map((l) => ({ ...name(l.id), source: 'description' as const, evidence: l.evidence[0]?.text ?? null })),
  ];
  const first = new Map<string, (typeof candidates)[number]>();
  for (const c of candidates) if (!first.has(c.uri)) first.set(c.uri, c);
  return { items: [...first.values()] };
}

/** The hub's employers, for coordinators choosing whom they serve. */
export async function listEmployers(ctx: ActorCtx, q: TListEmployersQuery) {
  const rows = await repo.findEmployers(ctx.tx, ctx.hubId, ctx.actor.userId, q);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      municipalityCode: r.municipalityCode,
      industry: r.industry,
      size: r.size,
      servedByMe: r.servedByMe,
    })),
  };
}

async function employerOf(ctx: ActorCtx, hubId: string, organisationId: string) {
  const org = await orgRepo.findOrganisation(ctx.tx, hubId, organisationId);
  if (!org) throw new AppError('resource.not_found');
  if (org.kind !== 'employer') throw new AppError('organisation.wrong_kind', 'only employers are served');
  return org;
}

/** A coordinator starts serving an employer, and may then act for it. */
export async function serveEmployer(ctx: ActorCtx, organisationId: string) {
  const hubId = ctx.hubId;
  await employerOf(ctx, hubId, organisationId);
  if (await repo.addService(ctx.tx, hubId, organisationId, ctx.actor.userId, ctx.actor.userId)) {
    await audit(ctx, { action: 'employer_service.create', subjectUserId: ctx.actor.userId, organisationId });
  }
  return { organisationId, servedByMe: true };
}

/** A coordinator stops serving an employer. */
export async function stopServingEmployer(ctx: ActorCtx, organisationId: string) {
  const hubId = ctx.hubId;
  await employerOf(ctx, hubId, organisationId);
  if (!(await repo.removeService(ctx.tx, hubId, organisationId, ctx.actor.userId))) throw new AppError('resource.not_found');
  await audit(ctx, { action: 'employer_service.delete', subjectUserId: ctx.actor.userId, organisationId });
}
