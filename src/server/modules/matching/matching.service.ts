import { eq } from 'drizzle-orm';
import type { scoreMatch } from '../../../core/matching/index.js';
import {
  poolOpeningSkills,
  poolSkills,
  defaultWeights,
  rankOpenings,
  rankProfiles,
  type MatchGraph,
  type MatchResult,
  type Cefr,
  type MatchWeights,
} from '../../../core/matching/index.js';
import type { Tx } from '../../db/connection.js';
import type { ActorCtx } from '../../platform/context.js';
import { audit } from '../../platform/audit.js';
import { openForEmployer } from '../openings/index.js';
import { nameConcepts } from '../taxonomy/index.js';
import * as repo from './matching.repo.js';
import { hubMatchWeights } from './matching.tables.js';
import type { TTalentPoolQuery } from './matching.schema.js';
import { explanationUris, percent, presentExplanation } from './matching.presenter.js';

/** The hub's weights, or the documented defaults when its administrator has set none. */
async function weightsOf(tx: Tx, hubId: string): Promise<{ weights: MatchWeights; custom: boolean }> {
  const [row] = await tx.select().from(hubMatchWeights).where(eq(hubMatchWeights.hubId, hubId));
  if (!row) return { weights: defaultWeights, custom: false };
  const { essentialSkills, optionalSkills, occupation, languages, location, availability } = row;
  return { weights: { essentialSkills, optionalSkills, occupation, languages, location, availability }, custom: true };
}

export async function getWeights(ctx: ActorCtx) {
  const { weights, custom } = await weightsOf(ctx.tx, ctx.hubId);
  return { weights, defaults: defaultWeights, custom };
}

/** The hub administrator sets the weights; every ranking in the hub uses them from then on. */
export async function setWeights(ctx: ActorCtx, input: MatchWeights) {
  const hubId = ctx.hubId;
  // The columns are single precision (real): a weight too small for them is stored as zero
  // rather than refused by the database.
  const single = Math.fround;
  const w: MatchWeights = {
    essentialSkills: single(input.essentialSkills),
    optionalSkills: single(input.optionalSkills),
    occupation: single(input.occupation),
    languages: single(input.languages),
    location: single(input.location),
    availability: single(input.availability),
  };
  const row = { ...w, updatedBy: ctx.actor.userId, updatedAt: new Date() };
  await ctx.tx
    .insert(hubMatchWeights)
    .values({ hubId, ...row })
    .onConflictDoUpdate({ target: hubMatchWeights.hubId, set: row });
  await audit(ctx, { action: 'matching.weights.update', details: { ...w } });
  return getWeights(ctx);
}

/** How many candidates the first (SQL) stage passes to exact scoring. */
export const poolSize = 200;
/** How many openings the first stage passes: the ones sharing the most skills, close occupations first. */
export const openingPoolSize = 100;

/** Occupations of the same ISCO minor group as `uri`, for finding people by occupation. */
export function closeOccupations(uri: string, graph: MatchGraph): Set<string> {
  const isco = graph.occupationIsco.get(uri)?.slice(0, 3);
  const out = new Set([uri]);
  if (isco) for (const [o, code] of graph.occupationIsco) if (code.startsWith(isco)) out.add(o);
  return out;
}

/**
 * Ranked candidates as employers see them: pseudonymised, explained in the reader's language.
 * Each candidate shown is an audited read.
 */
async function presentCandidates(
  ctx: ActorCtx,
  ranked: (MatchResult & { id: string })[],
  profiles: Awaited<ReturnType<typeof repo.profileInputs>>,
  details: Record<string, string>,
) {
  await audit(ctx, ...ranked.map((r) => ({ action: 'profile.match', subjectUserId: r.id, details })));
  const name = await nameConcepts(
    ctx,
    ranked.flatMap((r) => explanationUris(r.explanation)),
    ctx.locale,
  );
  return {
    items: ranked.map((r) => {
      const p = profiles.get(r.id)!;
      return {
        publicRef: p.publicRef,
        score: percent(r.score),
        municipalityCode: p.municipality,
        availableFrom: p.availableFrom,
        explanation: presentExplanation(r.explanation, name),
      };
    }),
  };
}

/**
 * Ranked, pseudonymised candidates for an opening, with explanations. Only people who consent
 * to employer visibility are considered; each candidate shown is an audited read.
 */
export async function candidatesFor(ctx: ActorCtx, openingId: string, graph: MatchGraph, limit: number) {
  const { hubId } = await openForEmployer(ctx, openingId);
  const opening = (await repo.openingInputs(ctx.tx, [openingId])).get(openingId);
  if (!opening) return { items: [] };
  const pool = await repo.candidatePool(
    ctx.tx,
    hubId,
    poolSkills(
      opening.skills.map((s) => s.uri),
      graph,
    ),
    closeOccupations(opening.occupationUri, graph),
    poolSize,
  );
  const profiles = await repo.profileInputs(ctx.tx, pool);
  const { weights } = await weightsOf(ctx.tx, hubId);
  const ranked = rankProfiles(
    opening,
    [...profiles].map(([id, profile]) => ({ id, profile })),
    graph,
    limit,
    weights,
  );
  return presentCandidates(ctx, ranked, profiles, { openingId });
}

/** Published openings ranked for the signed-in talent, with explanations. */
export async function openingsForMe(ctx: ActorCtx, graph: MatchGraph, limit: number) {
  const hubId = ctx.hubId;
  const me = (await repo.profileInputs(ctx.tx, [ctx.actor.userId])).get(ctx.actor.userId);
  if (!me) return { items: [] };
  const occupations = new Set<string>();
  for (const o of me.occupationUris) for (const c of closeOccupations(o, graph)) occupations.add(c);
  const ids = await repo.openingPool(
    ctx.tx,
    hubId,
    poolOpeningSkills(
      me.skills.map((s) => s.uri),
      graph,
    ),
    occupations,
    openingPoolSize,
  );
  const openings = await repo.openingInputs(ctx.tx, ids);
  const { weights } = await weightsOf(ctx.tx, hubId);
  const ranked = rankOpenings(
    me,
    [...openings].map(([id, opening]) => ({ id, opening })),
    graph,
    limit,
    weights,
  );
  const scored = ranked.map((r) => ({ id: r.id, o: openings.get(r.id)!, r }));
  const name = await nameConcepts(
    ctx,
    scored.flatMap((s) => [s.o.occupationUri, ...explanationUris(s.r.explanation)]),
    ctx.locale,
  );
  return {
    items: scored.map(({ id, o, r }) => ({
      opening: {
        id,
        title: o.title,
        employer: o.employer,
        occupation: name(o.occupationUri),
        municipalityCodes: o.municipalities,
        remote: o.remote,
      },
      score: percent(r.score),
      explanation: presentExplanation(r.explanation, name),
    })),
  };
}

/**
 * The talent pool: people who consent to employer visibility, filtered by the employer's
 * criteria and ranked by the same scorer as an opening (the filters make a one-off opening).
 * Language levels, municipalities and availability filter; skills and occupation rank.
 */
export async function searchTalentPool(ctx: ActorCtx, q: TTalentPoolQuery, graph: MatchGraph) {
  const hubId = ctx.hubId;
  const opening = {
    occupationUri: q.occupation ?? null,
    skills: (q.skills ?? []).map((uri) => ({ uri, essential: true })),
    languages: (q.languages ?? []).map((l) => {
      const [code = '', level = 'A1'] = l.split(':');
      return { code, level: level as Cefr, must: true };
    }),
    municipalities: q.municipalities ?? [],
    remote: 'on_site' as const,
    startDate: q.availableBy ?? null,
  };
  const pool = await repo.candidatePool(
    ctx.tx,
    hubId,
    poolSkills(
      opening.skills.map((s) => s.uri),
      graph,
    ),
    opening.occupationUri ? closeOccupations(opening.occupationUri, graph) : new Set<string>(),
    poolSize,
    opening.skills.length === 0 && !opening.occupationUri,
  );
  const profiles = await repo.profileInputs(ctx.tx, pool);
  const { weights } = await weightsOf(ctx.tx, hubId);
  const passes = (r: ReturnType<typeof scoreMatch>) =>
    r.explanation.blockers.length === 0 && r.explanation.location.met && (!q.availableBy || r.explanation.availability.met);
  const ranked = rankProfiles(
    opening,
    [...profiles].map(([id, profile]) => ({ id, profile })),
    graph,
    poolSize,
    weights,
  )
    .filter(passes)
    .slice(0, q.limit);
  return presentCandidates(ctx, ranked, profiles, { via: 'talent_pool' });
}
