import type {
  Cefr,
  LanguageMatch,
  MatchExplanation,
  MatchGraph,
  MatchResult,
  MatchWeights,
  OccupationRelation,
  OpeningInput,
  ProfileInput,
  SkillMatch,
  SkillRelation,
} from './types.js';

/** Default weights: skills first, as the hub's counsellors weigh a candidate. */
export const defaultWeights: MatchWeights = {
  essentialSkills: 0.4,
  optionalSkills: 0.15,
  occupation: 0.15,
  languages: 0.15,
  location: 0.1,
  availability: 0.05,
};

/**
 * Credit for a required skill met through a related one. Having a more specific skill than
 * the one asked for (Python for "programming") nearly meets it; a more general one (CAD for
 * Revit) or one ESCO relates to it meets it in part; a sibling under the same broader skill
 * a little.
 */
export const skillCredit: Record<SkillRelation, number> = { exact: 1, narrower: 0.8, related: 0.5, broader: 0.4, sibling: 0.3 };
const occupationCredit: Record<OccupationRelation, number> = { same: 1, same_isco_group: 0.6, same_isco_minor_group: 0.3, none: 0 };

const cefrRank: Record<Cefr, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };

const none: readonly string[] = [];

/** The best credit the profile earns for one required skill, and through which of its skills. */
export function matchSkill(
  required: string,
  have: ReadonlySet<string>,
  graph: MatchGraph,
): { via: string | null; relation: SkillRelation | null } {
  if (have.has(required)) return { via: required, relation: 'exact' };
  const narrower = findNarrower(required, have, graph);
  if (narrower) return { via: narrower, relation: 'narrower' };
  for (const r of graph.skillRelated.get(required) ?? none) if (have.has(r)) return { via: r, relation: 'related' };
  for (const b of graph.skillBroader.get(required) ?? none) if (have.has(b)) return { via: b, relation: 'broader' };
  for (const b of graph.skillBroader.get(required) ?? none) {
    for (const s of graph.skillNarrower.get(b) ?? none) if (s !== required && have.has(s)) return { via: s, relation: 'sibling' };
  }
  return { via: null, relation: null };
}

/** A skill of the profile below `required` in the hierarchy, up to three levels down. */
function findNarrower(required: string, have: ReadonlySet<string>, graph: MatchGraph): string | null {
  let level: readonly string[] = [required];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: string[] = [];
    for (const s of level) {
      for (const n of graph.skillNarrower.get(s) ?? none) {
        if (have.has(n)) return n;
        next.push(n);
      }
    }
    level = next;
  }
  return null;
}

type CreditTable = Map<string, { rank: number; relation: SkillRelation }>;

/**
 * For one required skill, every skill that can earn credit for it, in the order `matchSkill`
 * looks for them, so the first one a profile holds is the one `matchSkill` would pick.
 * Built once per opening; scoring a profile then looks up its own skills only.
 */
function creditTable(required: string, graph: MatchGraph): CreditTable {
  const table: CreditTable = new Map();
  const add = (skill: string, relation: SkillRelation) => {
    if (!table.has(skill)) table.set(skill, { rank: table.size, relation });
  };
  add(required, 'exact');
  let level: readonly string[] = [required];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: string[] = [];
    for (const s of level) {
      for (const n of graph.skillNarrower.get(s) ?? none) {
        add(n, 'narrower');
        next.push(n);
      }
    }
    level = next;
  }
  for (const r of graph.skillRelated.get(required) ?? none) add(r, 'related');
  for (const b of graph.skillBroader.get(required) ?? none) add(b, 'broader');
  for (const b of graph.skillBroader.get(required) ?? none) {
    for (const sib of graph.skillNarrower.get(b) ?? none) if (sib !== required) add(sib, 'sibling');
  }
  return table;
}

function bestFrom(table: CreditTable, have: readonly string[]): { via: string | null; relation: SkillRelation | null } {
  let best: { via: string; rank: number; relation: SkillRelation } | null = null;
  for (const s of have) {
    const hit = table.get(s);
    if (hit && (!best || hit.rank < best.rank)) best = { via: s, rank: hit.rank, relation: hit.relation };
  }
  return best ? { via: best.via, relation: best.relation } : { via: null, relation: null };
}

export function occupationRelation(
  wanted: string | null,
  have: readonly string[],
  graph: MatchGraph,
): { relation: OccupationRelation; via: string | null } {
  if (!wanted) return { relation: 'none', via: null };
  if (have.includes(wanted)) return { relation: 'same', via: wanted };
  const isco = graph.occupationIsco.get(wanted);
  if (!isco) return { relation: 'none', via: null };
  const group = have.find((o) => graph.occupationIsco.get(o) === isco);
  if (group) return { relation: 'same_isco_group', via: group };
  const minor = have.find((o) => graph.occupationIsco.get(o)?.slice(0, 3) === isco.slice(0, 3));
  if (minor) return { relation: 'same_isco_minor_group', via: minor };
  return { relation: 'none', via: null };
}

function languages(opening: OpeningInput, profile: ProfileInput): LanguageMatch[] {
  return opening.languages.map((req) => {
    const actual = profile.languages.find((l) => l.code === req.code)?.level ?? null;
    return { code: req.code, required: req.level, actual, must: req.must, met: actual !== null && cefrRank[actual] >= cefrRank[req.level] };
  });
}

function languageScore(matches: LanguageMatch[]): number | null {
  if (matches.length === 0) return null;
  const each = matches.map((m) => (m.actual === null ? 0 : Math.min(1, cefrRank[m.actual] / cefrRank[m.required])));
  return each.reduce((a, b) => a + b, 0) / each.length;
}

function location(opening: OpeningInput, profile: ProfileInput): MatchExplanation['location'] {
  if (opening.remote === 'remote') return { met: true, reason: 'remote' };
  if (opening.municipalities.length === 0) return { met: true, reason: 'anywhere' };
  if (opening.municipalities.includes(profile.municipality)) return { met: true, reason: 'home_municipality' };
  if (profile.wishMunicipalities.some((m) => opening.municipalities.includes(m))) return { met: true, reason: 'wished_municipality' };
  return { met: false, reason: 'elsewhere' };
}

const dayMs = 24 * 3600 * 1000;

function availability(opening: OpeningInput, profile: ProfileInput, today: string): MatchExplanation['availability'] {
  const start = Date.parse(opening.startDate ?? today);
  const free = Date.parse(profile.availableFrom ?? today);
  const monthsLate = Math.max(0, Math.ceil((free - start) / (30 * dayMs)));
  return { met: monthsLate === 0, monthsLate };
}

/**
 * Scores a profile against an opening and explains the score. Parts the opening does not ask
 * about (no optional skills, no language requirement) are left out of the weighted mean rather
 * than counted as met. `today` makes the result reproducible.
 */
export function scoreMatch(
  opening: OpeningInput,
  profile: ProfileInput,
  graph: MatchGraph,
  weights: MatchWeights = defaultWeights,
  today = new Date().toISOString().slice(0, 10),
  tables?: readonly CreditTable[],
): MatchResult {
  const have = new Set(profile.skills.map((s) => s.uri));
  const haveList = [...have];
  const skills: SkillMatch[] = opening.skills.map((s, i) => {
    const table = tables?.[i];
    const m = table ? bestFrom(table, haveList) : matchSkill(s.uri, have, graph);
    return { required: s.uri, essential: s.essential, via: m.via, relation: m.relation, credit: m.relation ? skillCredit[m.relation] : 0 };
  });
  const mean = (xs: SkillMatch[]) => (xs.length ? xs.reduce((a, s) => a + s.credit, 0) / xs.length : null);
  const occupation = occupationRelation(opening.occupationUri, profile.occupationUris, graph);
  const langs = languages(opening, profile);
  const loc = location(opening, profile);
  const avail = availability(opening, profile, today);
  const parts: MatchResult['parts'] = {
    essentialSkills: mean(skills.filter((s) => s.essential)),
    optionalSkills: mean(skills.filter((s) => !s.essential)),
    occupation: opening.occupationUri ? occupationCredit[occupation.relation] : null,
    languages: languageScore(langs),
    location: loc.met ? 1 : 0,
    availability: Math.max(0, 1 - avail.monthsLate / 6),
  };
  let total = 0;
  let weight = 0;
  for (const key of Object.keys(parts) as (keyof MatchWeights)[]) {
    const v = parts[key];
    if (v === null) continue;
    total += v * weights[key];
    weight += weights[key];
  }
  return {
    score: weight > 0 ? total / weight : 0,
    parts,
    explanation: {
      skills,
      occupation,
      languages: langs,
      location: loc,
      availability: avail,
      blockers: langs.filter((l) => l.must && !l.met).map((l) => ({ kind: 'language' as const, code: l.code })),
    },
  };
}

/** Anyone with an unmet must-have after everyone without one; then by score; ties by id. */
function byRank(a: MatchResult & { id: string }, b: MatchResult & { id: string }): number {
  return a.explanation.blockers.length - b.explanation.blockers.length || b.score - a.score || a.id.localeCompare(b.id);
}

/**
 * The `k` best profiles for an opening. Profiles with an unmet must-have requirement rank
 * after every profile without one, whatever their score, so they are never hidden above it.
 */
export function rankProfiles<P extends { id: string; profile: ProfileInput }>(
  opening: OpeningInput,
  candidates: readonly P[],
  graph: MatchGraph,
  k: number,
  weights: MatchWeights = defaultWeights,
  today?: string,
): (MatchResult & { id: string })[] {
  const tables = opening.skills.map((s) => creditTable(s.uri, graph));
  const scored = candidates.map((c) => ({ id: c.id, ...scoreMatch(opening, c.profile, graph, weights, today, tables) }));
  scored.sort(byRank);
  return scored.slice(0, k);
}

/**
 * Openings ranked for one profile, the `k` best, with the same ordering rule as rankProfiles.
 * Credit tables are built once per distinct required skill across all the openings.
 */
export function rankOpenings<O extends { id: string; opening: OpeningInput }>(
  profile: ProfileInput,
  openings: readonly O[],
  graph: MatchGraph,
  k: number,
  weights: MatchWeights = defaultWeights,
  today?: string,
): (MatchResult & { id: string })[] {
  const tables = new Map<string, CreditTable>();
  const tableOf = (uri: string) => {
    let t = tables.get(uri);
    if (!t) tables.set(uri, (t = creditTable(uri, graph)));
    return t;
  };
  const scored = openings.map((o) => ({
    id: o.id,
    ...scoreMatch(
      o.opening,
      profile,
      graph,
      weights,
      today,
      o.opening.skills.map((s) => tableOf(s.uri)),
    ),
  }));
  scored.sort(byRank);
  return scored.slice(0, k);
}

function addAll(into: Set<string>, from: readonly string[] | undefined) {
  for (const x of from ?? none) into.add(x);
}

/**
 * Every skill that can earn credit for one of `required`: the skills themselves, narrower ones
 * (three levels), related, broader and siblings — the keys of their credit tables.
 */
export function creditingSkills(required: readonly string[], graph: MatchGraph): Set<string> {
  const out = new Set<string>();
  for (const r of required) for (const s of creditTable(r, graph).keys()) out.add(s);
  return out;
}

/** Adds the skills `levels` steps along `edges` (narrower or broader) from `from`, and its related skills. */
function addReach(out: Set<string>, from: string, edges: ReadonlyMap<string, readonly string[]>, graph: MatchGraph, levels = 3) {
  let level: readonly string[] = [from];
  for (let depth = 0; depth < levels; depth++) {
    const next = level.flatMap((x) => edges.get(x) ?? none);
    addAll(out, next);
    level = next;
  }
  addAll(out, graph.skillRelated.get(from));
}

/**
 * The skills the first (SQL) stage looks for: exact, narrower (three levels) and related ones.
 * Broader and sibling skills under ESCO's wide groups would match most of the pool; the exact
 * scorer still credits them for everyone the first stage finds.
 */
export function poolSkills(required: readonly string[], graph: MatchGraph): Set<string> {
  const out = new Set(required);
  for (const r of required) addReach(out, r, graph.skillNarrower, graph);
  return out;
}

/**
 * The required skills the first (SQL) stage of ranking openings looks for: the inverse of
 * `poolSkills`. A skill held earns exact, narrower or related credit for itself, its broader
 * skills (three levels) and its related ones.
 */
export function poolOpeningSkills(have: readonly string[], graph: MatchGraph): Set<string> {
  const out = new Set(have);
  for (const s of have) addReach(out, s, graph.skillBroader, graph);
  return out;
}

/** Every required skill that one of `have` can earn credit for: the inverse of creditingSkills. */
export function creditedSkills(have: readonly string[], graph: MatchGraph): Set<string> {
  const out = poolOpeningSkills(have, graph);
  for (const s of have) {
    addAll(out, graph.skillNarrower.get(s));
    for (const b of graph.skillBroader.get(s) ?? none) addAll(out, graph.skillNarrower.get(b));
  }
  return out;
}
