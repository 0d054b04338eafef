/* eslint-disable max-lines -- one benchmark with its generator, its four hand-made ranking cases and its SQL peers; they share the generated data */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import {
  poolOpeningSkills,
  poolSkills,
  rankOpenings,
  rankProfiles,
  scoreMatch,
  type Cefr,
  type MatchGraph,
  type OpeningInput,
  type ProfileInput,
} from '../src/core/matching/index.js';
import type { DbKind } from '../src/server/db/connection.js';
import { queryRows, type Db } from '../src/server/db/connection.js';
import { loadMatchGraph } from '../src/server/modules/matching/matching.graph.js';
import * as repo from '../src/server/modules/matching/matching.repo.js';
import { closeOccupations, openingPoolSize, poolSize } from '../src/server/modules/matching/matching.service.js';
import { readEscoSources } from '../src/server/modules/taxonomy/esco-files.js';
import { importEscoDataset } from '../src/server/modules/taxonomy/taxonomy.import.js';
import { demoPassword, signedIn, startTestApp } from '../src/server/test/harness.js';
import { emit, percentile, postgresUrl, timeSequential } from './lib.js';

const shared = path.resolve('../shared/data');
const escoFiles = ['esco/v1.1.1/esco-v1.1.1-classification-en-csv.zip', 'esco/v1.1.1/esco-v1.1.1-classification-relations-csv.zip'].map(
  (f) => path.join(shared, f),
);

/** Requests per measured shape, after `warmUp` unmeasured ones. */
const requests = 200;
const warmUp = 20;
/** Talents given a password and signed in, for the openings-for-me requests. */
const talents = 100;

/** A uniformly spread non-negative integer from text, the same on every run and on both databases. */
const h = (text: ReturnType<typeof sql>) => sql`(hashtext(${text})::bigint + 2147483648)`;

const ms = (x: number) => Number(x.toFixed(2));

/** Peak resident set size of this process (the app runs in it), sampled during the run. */
let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const peakRssMb = () => {
  sampleRss();
  return Math.round(peakRss / 1024 / 1024);
};

async function importTaxonomy(db: Db): Promise<string> {
  if (!escoFiles.every(existsSync)) {
    console.error(`bench matching: ${shared}/esco not found; generating from the demo taxonomy`);
    return 'demo';
  }
  const t0 = performance.now();
  const ds = await readEscoSources(escoFiles);
  await importEscoDataset(db, ds, { version: '1.1.1' });
  console.error(`bench matching: ESCO v1.1.1 imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return 'esco-v1.1.1';
}

/**
 * Synthetic talents and openings, generated in the database from the occupation-skill relations
 * so the data is the same on every run. Each person has an occupation (work history and wish)
 * and 6–14 skills, about 80 % of them from that occupation's essential and optional skills, the
 * rest noise from all skills; a native language, English and Finnish at hashed CEFR levels; 90 %
 * consent to employer visibility. Each opening, spread over the demo employers, has an
 * occupation, up to 10 of its essential skills as essential and up to 4 optional ones, Finnish
 * (a must in 30 %) and sometimes English, and one municipality.
 */
async function generate(db: Db, hubId: string, n: number, openings: number, esco: boolean) {
  const demoFilter = esco ? sql`AND c.demo = false` : sql``;
  await db.execute(sql`CREATE TABLE bench_skill AS
    SELECT row_number() OVER (ORDER BY c.uri)::int AS idx, c.uri FROM esco_concept c WHERE c.type = 'skill' ${demoFilter}`);
  await db.execute(sql`CREATE TABLE bench_occ AS
    SELECT row_number() OVER (ORDER BY r.occupation_uri)::int AS idx, r.occupation_uri AS uri,
      count(*) FILTER (WHERE r.relation = 'essential')::int AS n_ess, count(*)::int AS n_all
    FROM esco_occupation_skill r JOIN esco_concept c ON c.uri = r.occupation_uri AND c.type = 'occupation' ${demoFilter}
    GROUP BY r.occupation_uri`);
  await db.execute(sql`CREATE TABLE bench_occ_skill AS
    SELECT o.idx AS occ, row_number() OVER (PARTITION BY o.idx ORDER BY r.relation, r.skill_uri)::int AS pos, r.skill_uri, r.relation = 'essential' AS essential
    FROM bench_occ o JOIN esco_occupation_skill r ON r.occupation_uri = o.uri`);
  await db.execute(sql`CREATE UNIQUE INDEX ON bench_occ_skill (occ, pos)`);
  const [counts] = await queryRows<{ skills: number; occs: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM bench_skill)::int AS skills, (SELECT count(*) FROM bench_occ)::int AS occs`,
  );
  const { skills, occs } = counts!;
  console.error(`bench matching: ${occs} occupations with skill relations, ${skills} skills`);

  await db.execute(sql`CREATE TABLE bench_person AS
    SELECT i, 'mb-' || i AS user_id, (1 + ${h(sql`'p' || i`)} % ${occs})::int AS occ FROM generate_series(1, ${n}) AS i`);
  await db.execute(sql`INSERT INTO auth_user (id, name, email, email_verified, locale, municipality_code)
    SELECT user_id, 'Match Person ' || i, 'mb' || i || '@bench.example', true, (ARRAY['fi','sv','en'])[1 + i % 3],
      (ARRAY['049','235','257'])[1 + ${h(sql`'m' || i`)} % 3] FROM bench_person`);
  await db.execute(sql`INSERT INTO membership (user_id, hub_id, role) SELECT user_id, ${hubId}, 'talent' FROM bench_person`);
  await db.execute(sql`INSERT INTO talent_profile (user_id, hub_id, public_ref, arrival_year, permit_basis, available_from, working_time,
      wish_occupations, wish_municipalities, remote_wish)
    SELECT p.user_id, ${hubId}, 'M' || lpad(to_hex(p.i), 7, '0'), 2015 + p.i % 10, 'work', date '2026-12-01' + (${h(sql`'a' || p.i`)} % 150)::int,
      'full_time', ARRAY[o.uri], ARRAY[(ARRAY['049','235','257'])[1 + ${h(sql`'w' || p.i`)} % 3]],
      (ARRAY['on_site','hybrid','remote'])[1 + ${h(sql`'r' || p.i`)} % 3]::remote_wish
    FROM bench_person p JOIN bench_occ o ON o.idx = p.occ`);
  await db.execute(sql`INSERT INTO talent_work (user_id, position, title, occupation_uri, employer, country, start_year, end_year, description)
    SELECT p.user_id, 0, 'Title ' || p.i % 211, o.uri, 'Employer ' || p.i % 503, 'UA', 2012, 2020, 'Work ' || p.i
    FROM bench_person p JOIN bench_occ o ON o.idx = p.occ`);
  await db.execute(sql`INSERT INTO talent_skill (user_id, position, skill_uri, label, years)
    SELECT p.user_id, j, CASE WHEN ${h(sql`p.i || ':' || j || 'n'`)} % 10 < 8 THEN os.skill_uri ELSE ns.uri END, 'skill', (p.i + j) % 12
    FROM bench_person p
      JOIN generate_series(0, 13) AS j ON j < 6 + ${h(sql`'k' || p.i`)} % 9
      JOIN bench_occ o ON o.idx = p.occ
      JOIN bench_occ_skill os ON os.occ = o.idx AND os.pos = 1 + ${h(sql`p.i || ':' || j`)} % o.n_all
      JOIN bench_skill ns ON ns.idx = 1 + ${h(sql`p.i || ':' || j || 's'`)} % ${skills}
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`INSERT INTO talent_language (user_id, language, level, position)
    SELECT p.user_id, l.code, l.level::cefr_level, l.pos FROM bench_person p, LATERAL (VALUES
      ((ARRAY['uk','ru','ar','es','vi'])[1 + p.i % 5], 'native', 0),
      ('en', (ARRAY['A2','B1','B2','C1'])[1 + ${h(sql`'en' || p.i`)} % 4], 1),
      ('fi', (ARRAY['A1','A2','B1','B2','C1'])[1 + ${h(sql`'fi' || p.i`)} % 5], 2)) AS l(code, level, pos)`);
  await db.execute(sql`INSERT INTO consent (user_id, hub_id, kind, purpose, text_version, locale, method)
    SELECT user_id, ${hubId}, 'employer_visibility', 'bench', '2026-11', 'en', 'self_service' FROM bench_person
    WHERE ${h(sql`'c' || i`)} % 10 <> 0`);

  await db.execute(sql`CREATE TABLE bench_opening AS
    SELECT i, overlay(overlay(md5('mb-opening-' || i) placing '4' from 13) placing '8' from 17)::uuid AS id, (1 + ${h(sql`'o' || i`)} % ${occs})::int AS occ,
      (SELECT array_agg(id ORDER BY name) FROM organisation WHERE hub_id = ${hubId} AND kind = 'employer')[1 + i % 4] AS org
    FROM generate_series(1, ${openings}) AS i`);
  await db.execute(sql`INSERT INTO job_opening (id, hub_id, organisation_id, kind, title, occupation_uri, description, remote, working_time,
      start_date, status, published_at)
    SELECT b.id, ${hubId}, b.org, 'opening', 'Bench opening ' || b.i, o.uri, 'Synthetic opening ' || b.i,
      (ARRAY['on_site','on_site','on_site','on_site','on_site','on_site','on_site','hybrid','hybrid','remote'])[1 + ${h(sql`'re' || b.i`)} % 10]::remote_wish,
      'full_time', date '2027-01-01' + (${h(sql`'s' || b.i`)} % 120)::int, 'published', timestamp '2026-01-01' + b.i * interval '1 minute'
    FROM bench_opening b JOIN bench_occ o ON o.idx = b.occ`);
  await db.execute(sql`INSERT INTO job_opening_skill (opening_id, skill_uri, essential, position)
    SELECT b.id, os.skill_uri, os.essential, row_number() OVER (PARTITION BY b.id ORDER BY os.pos) - 1
    FROM bench_opening b JOIN bench_occ o ON o.idx = b.occ JOIN bench_occ_skill os ON os.occ = o.idx
    WHERE (os.essential AND os.pos <= 10) OR (NOT os.essential AND os.pos <= o.n_ess + 4)`);
  await db.execute(sql`INSERT INTO job_opening_language (opening_id, language, level, must, position)
    SELECT b.id, 'fi', (ARRAY['A2','B1','B2'])[1 + ${h(sql`'lf' || b.i`)} % 3]::cefr_level, ${h(sql`'lm' || b.i`)} % 10 < 3, 0 FROM bench_opening b`);
  await db.execute(sql`INSERT INTO job_opening_language (opening_id, language, level, must, position)
    SELECT b.id, 'en', 'B2', false, 1 FROM bench_opening b WHERE ${h(sql`'le' || b.i`)} % 2 = 0`);
  await db.execute(sql`INSERT INTO job_opening_municipality (opening_id, municipality_code, position)
    SELECT b.id, (ARRAY['049','235','257'])[1 + ${h(sql`'mu' || b.i`)} % 3], 0 FROM bench_opening b`);

  // The peer's own index: each visible person's skills, and each published opening's, as GIN-indexed arrays.
  await db.execute(sql`CREATE TABLE bench_profile_skills AS
    SELECT s.user_id, array_agg(s.skill_uri ORDER BY s.skill_uri) AS skills FROM talent_skill s
    WHERE s.skill_uri IS NOT NULL AND EXISTS (SELECT 1 FROM consent c WHERE c.user_id = s.user_id AND c.hub_id = ${hubId}
      AND c.kind = 'employer_visibility' AND c.withdrawn_at IS NULL)
    GROUP BY s.user_id`);
  await db.execute(sql`ALTER TABLE bench_profile_skills ADD PRIMARY KEY (user_id)`);
  await db.execute(sql`CREATE INDEX bench_profile_skills_gin ON bench_profile_skills USING gin (skills)`);
  await db.execute(sql`CREATE TABLE bench_opening_skills AS
    SELECT s.opening_id, array_agg(s.skill_uri ORDER BY s.skill_uri) AS skills FROM job_opening_skill s
    JOIN job_opening o ON o.id = s.opening_id AND o.hub_id = ${hubId} AND o.status = 'published'
    GROUP BY s.opening_id`);
  await db.execute(sql`ALTER TABLE bench_opening_skills ADD PRIMARY KEY (opening_id)`);
  await db.execute(sql`CREATE INDEX bench_opening_skills_gin ON bench_opening_skills USING gin (skills)`);
  await db.execute(sql`ANALYZE`);
}

/** Sequential timings of one request shape, ms, sorted. */
const time = (count: number, fn: (i: number) => Promise<void>) => timeSequential(count, fn, { warmUp, after: sampleRss });

/** The ATS peer: top 50 by count of shared skills, GIN-filtered by array overlap. */
const peerCandidates = (openingId: string) => sql`SELECT b.user_id,
    cardinality(ARRAY(SELECT unnest(b.skills) INTERSECT SELECT unnest(q.skills))) AS shared
  FROM bench_profile_skills b, (SELECT array_agg(skill_uri) AS skills FROM job_opening_skill WHERE opening_id = ${openingId}) q
  WHERE b.skills && (SELECT array_agg(skill_uri) FROM job_opening_skill WHERE opening_id = ${openingId})
  ORDER BY shared DESC, b.user_id LIMIT 50`;
const peerOpenings = (userId: string) => sql`SELECT b.opening_id,
    cardinality(ARRAY(SELECT unnest(b.skills) INTERSECT SELECT unnest(q.skills))) AS shared
  FROM bench_opening_skills b, (SELECT array_agg(skill_uri) AS skills FROM talent_skill WHERE user_id = ${userId}) q
  WHERE b.skills && (SELECT array_agg(skill_uri) FROM talent_skill WHERE user_id = ${userId})
  ORDER BY shared DESC, b.opening_id LIMIT 50`;

type Stages = Record<string, number[]>;
function stage<T>(stages: Stages, name: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  (stages[name] ??= []).push(performance.now() - t0);
  return r;
}
async function stageAsync<T>(stages: Stages, name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  (stages[name] ??= []).push(performance.now() - t0);
  return r;
}
function summarise(stages: Stages): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, xs] of Object.entries(stages)) {
    const s = [...xs].sort((a, b) => a - b);
    out[`${k}_p50`] = ms(percentile(s, 50));
    out[`${k}_p95`] = ms(percentile(s, 95));
  }
  return out;
}

/**
 * Where a request's time goes: the service's stages run one by one on the same database, outside
 * HTTP (no session, audit or labels), for the same openings and talents the API was asked about.
 */
async function breakdown(db: Db, hubId: string, graph: MatchGraph, openingIds: string[], userIds: string[]) {
  const cand: Stages = {};
  for (const id of openingIds) {
    const opening = (await stageAsync(cand, 'openingInputs', () => repo.openingInputs(db, [id]))).get(id)!;
    const crediting = stage(cand, 'poolSkills', () =>
      poolSkills(
        opening.skills.map((s) => s.uri),
        graph,
      ),
    );
    const pool = await stageAsync(cand, 'candidatePool', () =>
      repo.candidatePool(db, hubId, crediting, closeOccupations(opening.occupationUri, graph), poolSize),
    );
    const profiles = await stageAsync(cand, 'profileInputs', () => repo.profileInputs(db, pool));
    stage(cand, 'rankProfiles', () =>
      rankProfiles(
        opening,
        [...profiles].map(([pid, profile]) => ({ id: pid, profile })),
        graph,
        50,
      ),
    );
    (cand.poolSize ??= []).push(pool.length);
    (cand.poolSkillCount ??= []).push(crediting.size);
  }
  const opp: Stages = {};
  for (const id of userIds) {
    const me = (await stageAsync(opp, 'profileInputs', () => repo.profileInputs(db, [id]))).get(id)!;
    const credited = stage(opp, 'poolOpeningSkills', () =>
      poolOpeningSkills(
        me.skills.map((s) => s.uri),
        graph,
      ),
    );
    const occupations = new Set<string>();
    for (const o of me.occupationUris) for (const c of closeOccupations(o, graph)) occupations.add(c);
    const ids = await stageAsync(opp, 'openingPool', () => repo.openingPool(db, hubId, credited, occupations, openingPoolSize));
    const openings = await stageAsync(opp, 'openingInputs', () => repo.openingInputs(db, ids));
    stage(opp, 'rankOpenings', () =>
      rankOpenings(
        me,
        [...openings].map(([oid, opening]) => ({ id: oid, opening })),
        graph,
        50,
      ),
    );
    (opp.poolSize ??= []).push(ids.length);
    (opp.poolSkillCount ??= []).push(credited.size);
  }
  return { candidates: summarise(cand), openings: summarise(opp) };
}

/**
 * Hand-made cases where the count of shared skills and our scorer disagree, built from the loaded
 * taxonomy so they hold on ESCO and on the demo data alike. Both rankings are over the case's own
 * candidates only; the overlap rank uses the peer's rule (shared skills, then id).
 */
async function cases(db: Db, graph: MatchGraph, taxonomy: string) {
  const rels = await queryRows<{ occupation_uri: string; skill_uri: string; relation: 'essential' | 'optional' }>(
    db,
    sql`SELECT r.occupation_uri, r.skill_uri, r.relation FROM esco_occupation_skill r JOIN bench_occ o ON o.uri = r.occupation_uri
        ORDER BY r.occupation_uri, r.relation, r.skill_uri`,
  );
  const labels = new Map(
    (
      await queryRows<{ uri: string; text: string }>(db, sql`SELECT uri, text FROM esco_label WHERE lang = 'en' AND type = 'preferred'`)
    ).map((r) => [r.uri, r.text]),
  );
  const L = (uri: string) => `"${labels.get(uri) ?? uri}"`;
  const skillSet = new Set((await queryRows<{ uri: string }>(db, sql`SELECT uri FROM bench_skill`)).map((r) => r.uri));
  const byOcc = new Map<string, { ess: string[]; opt: string[] }>();
  for (const r of rels) {
    const e = byOcc.get(r.occupation_uri) ?? { ess: [], opt: [] };
    (r.relation === 'essential' ? e.ess : e.opt).push(r.skill_uri);
    byOcc.set(r.occupation_uri, e);
  }
  const base: Omit<ProfileInput, 'skills' | 'occupationUris' | 'languages'> = {
    municipality: '049',
    wishMunicipalities: [],
    remoteWish: null,
    availableFrom: null,
  };
  const person = (
    skills: string[],
    occupationUris: string[],
    languages: { code: string; level: Cefr }[] = [{ code: 'fi', level: 'B2' }],
  ) => ({
    ...base,
    skills: skills.map((uri) => ({ uri, years: 3 })),
    occupationUris,
    languages,
  });
  const opening = (occupationUri: string, ess: string[], opt: string[], languages: OpeningInput['languages'] = []): OpeningInput => ({
    occupationUri,
    skills: [...ess.map((uri) => ({ uri, essential: true })), ...opt.map((uri) => ({ uri, essential: false }))],
    languages,
    municipalities: ['049'],
    remote: 'on_site',
    startDate: '2027-01-01',
  });
  const today = '2026-11-22';
  const emitCase = (name: string, o: OpeningInput, people: Record<string, ProfileInput>, why: string) => {
    const want = new Set(o.skills.map((s) => s.uri));
    const overlap = Object.entries(people)
      .map(([id, p]) => ({ id, shared: p.skills.filter((s) => want.has(s.uri)).length }))
      .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id));
    const ours = rankProfiles(
      o,
      Object.entries(people).map(([id, profile]) => ({ id, profile })),
      graph,
      10,
      undefined,
      today,
    );
    emit({
      bench: 'matching.case',
      taxonomy,
      case: name,
      overlap_rank: overlap.map((x) => `${x.id} (${x.shared} shared)`),
      our_rank: ours.map(
        (r) =>
          `${r.id} (${Math.round(r.score * 100)}%${r.explanation.blockers.length ? `, blocker: ${r.explanation.blockers.map((b) => b.code).join(',')}` : ''})`,
      ),
      differ: overlap[0]?.id !== ours[0]?.id,
      why,
    });
  };
  const occs = [...byOcc.entries()].filter(([, e]) => e.ess.length >= 4 && e.opt.length >= 4);
  const first = occs[0];
  if (!first) {
    console.error('bench matching: no occupation with 4 essential and 4 optional skills; hand-made cases skipped');
    return;
  }
  const [occ, { ess, opt }] = first;
  const E = ess.slice(0, 4);
  const O = opt.slice(0, 4);
  const noise = (k: number) =>
    [...byOcc.values()]
      .flatMap((e) => e.opt)
      .filter((s) => !ess.includes(s) && !opt.includes(s))
      .slice(0, k);

  emitCase(
    'essentials-vs-optional-only',
    opening(occ, E, O),
    { 'A-all-essentials': person(E, [occ]), 'B-optionals-plus-one-essential': person([...O, E[0]!, ...noise(3)], [occ]) },
    `Opening for ${L(occ)}: essential ${E.map(L).join(', ')}; optional ${O.map(L).join(', ')}. ` +
      'B shares 5 skills to A’s 4, so overlap puts B first; but B lacks 3 of the 4 essential skills while A has all of them. Essential skills weigh 0.40 against 0.15 for optional ones, so ours ranks A first, and the explanation lists B’s missing essentials.',
  );

  // Required skills that have a narrower skill in the hierarchy, and that narrower skill.
  const required = new Set(rels.map((r) => r.skill_uri));
  const withNarrower = [...required]
    .sort()
    .flatMap((s) => {
      const n = (graph.skillNarrower.get(s) ?? []).find((x) => skillSet.has(x) && !required.has(x));
      return n ? [{ s, n }] : [];
    })
    .slice(0, 3);
  if (withNarrower.length === 3) {
    const req = withNarrower.map((x) => x.s);
    emitCase(
      'narrower-skills',
      opening(occ, req, []),
      {
        'C-narrower-skills': person(
          withNarrower.map((x) => x.n),
          [occ],
        ),
        'D-one-exact-skill': person([req[0]!], []),
      },
      `The opening (essential skills only) asks for ${req.map(L).join(', ')}; C has a more specific skill under each (${withNarrower.map((x) => L(x.n)).join(', ')}). Overlap sees no shared skill for C and ranks D, who has one of the three, first (C is not even found by the && filter). Ours gives a narrower skill 0.8 credit, so C meets the essential skills at 80 % and D at 33 %.`,
    );
  } else console.error('bench matching: fewer than 3 skills with narrower skills; narrower case skipped');

  emitCase(
    'must-have-language',
    opening(occ, E, O, [{ code: 'fi', level: 'B2', must: true }]),
    {
      'E-all-skills-no-finnish': person([...E, ...O], [occ], [{ code: 'en', level: 'C1' }]),
      'F-most-skills-finnish-B2': person([...E.slice(0, 3), ...O.slice(0, 2)], [occ], [{ code: 'fi', level: 'B2' }]),
    },
    'Same opening (4 essential, 4 optional skills) plus Finnish B2 as a must. E shares all 8 skills, F 5, so overlap ranks E first; E has no Finnish. Ours shows the unmet must as a blocker and ranks E after every candidate without one, rather than hiding the gap inside a high score.',
  );

  // An occupation with a sibling in its ISCO unit group, and skills ESCO relates to its essential
  // ones (related, narrower or broader, not the same): G worked in the sibling and has those.
  const near = (s: string) =>
    [...(graph.skillRelated.get(s) ?? []), ...(graph.skillNarrower.get(s) ?? []), ...(graph.skillBroader.get(s) ?? [])].find(
      (x) => x !== s && skillSet.has(x),
    );
  const isco4 = occs
    .map(([o, e]) => {
      const code = graph.occupationIsco.get(o);
      const sib = occs.find(([x]) => x !== o && code && graph.occupationIsco.get(x) === code);
      const req = e.ess.slice(0, 4);
      const have = req.map(near).filter((x): x is string => x !== undefined && !req.includes(x));
      return { o, code, sib: sib?.[0], req, have };
    })
    .find((c) => c.sib && c.have.length >= 2);
  if (isco4) {
    const o4 = opening(isco4.o, isco4.req, []);
    const g = person(isco4.have, [isco4.sib!]);
    const credited = scoreMatch(o4, g, graph, undefined, today).explanation.skills.filter((x) => x.relation);
    emitCase(
      'same-isco-group-related-skills',
      o4,
      { 'G-same-isco-group-related-skills': g, 'H-one-exact-skill-other-field': person([isco4.req[0]!, ...noise(5)], []) },
      `The opening is for ${L(isco4.o)} asking for ${isco4.req.map(L).join(', ')}. G worked as ${L(isco4.sib!)} (ISCO ${isco4.code}, the opening's unit group) and has skills ESCO links to the required ones but none of them exactly; H shares one skill and has no related work history. Overlap ranks H first (the && filter does not find G at all); ours credits the same ISCO unit group (0.6 of the occupation part) and ${credited.length} of the ${isco4.req.length} required skills through linked ones (${credited.map((x) => `${L(x.required)} via ${L(x.via!)}: ${x.relation}`).join('; ')}).`,
    );
  } else console.error('bench matching: no occupation with a sibling and linked skills found; ISCO case skipped');
}

/**
 * Top-50 candidates for an opening (as its employer) and top-50 openings for a talent, p50/p95
 * through the HTTP API on PGlite and on PostgreSQL, at `profiles` talents and a tenth as many
 * openings. Peer, same run and database: the applicant-tracking-system ranking by count of shared
 * skills over GIN-indexed skill arrays. rss_mb is the process's peak, which includes the ESCO
 * import and the data generation, and PGlite's memory when PostgreSQL is measured after it in
 * the same process (BENCH_DB=pglite|postgres measures one).
 */
export async function runMatchingBench(opts: { profiles: number }): Promise<void> {
  const n = opts.profiles;
  const openingCount = Math.max(10, Math.round(n / 10));
  const kinds: DbKind[] = ['pglite'];
  const pgUrl = await postgresUrl();
  if (pgUrl) {
    process.env.TEST_DATABASE_URL ??= pgUrl;
    kinds.push('postgres');
  } else console.error('bench matching: no PostgreSQL server answered; measuring PGlite only');
  const only = process.env.BENCH_DB;
  const sampler = setInterval(sampleRss, 50);
  try {
    for (const kind of kinds.filter((k) => !only || k === only)) {
      peakRss = 0;
      const t = await startTestApp(kind);
      const db = t.database.db;
      const taxonomy = await importTaxonomy(db);
      const [hubRow] = await queryRows<{ id: string }>(db, sql`SELECT id FROM hub LIMIT 1`);
      const hubId = hubRow!.id;
      const t0 = performance.now();
      await generate(db, hubId, n, openingCount, taxonomy !== 'demo');
      console.error(
        `bench matching (${kind}): ${n} profiles, ${openingCount} openings generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      const graph = await loadMatchGraph(db);
      if (kind === 'pglite') await cases(db, graph, taxonomy);

      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
      const origin = { origin: 'http://localhost:3000' };
      const employer = await signedIn(t.app, 'employer@talenthub.example');
      const openingIds = (
        await queryRows<{ id: string }>(
          db,
          sql`SELECT b.id FROM bench_opening b JOIN organisation g ON g.id = b.org WHERE g.name = 'Kiviranta Rakennus Oy' ORDER BY b.i`,
        )
      ).map((r) => r.id);
      const pickOpening = (i: number) => openingIds[(i * 7919) % openingIds.length]!;

      // Talents with a password, spread over the table.
      const hash = await hashPassword(demoPassword);
      const talentIds = Array.from({ length: talents }, (_, k) => 1 + ((k * 7919) % n));
      await db.execute(sql`INSERT INTO auth_account (id, account_id, provider_id, user_id, password)
        SELECT 'mb-account-' || i, 'mb-' || i, 'credential', 'mb-' || i, ${hash} FROM unnest(${`{${talentIds.join(',')}}`}::int[]) AS i`);
      const sessions: { userId: string; cookie: string }[] = [];
      for (const i of talentIds) sessions.push({ userId: `mb-${i}`, cookie: (await signedIn(t.app, `mb${i}@bench.example`)).cookieHeader });

      let candidateCounts = 0;
      const candidates = await time(requests, async (i) => {
        const res = await fetch(`${base}/api/openings/${pickOpening(i)}/candidates?limit=50`, {
          headers: { cookie: employer.cookieHeader, ...origin },
        });
        if (res.status !== 200) throw new Error(`candidates ${res.status}: ${await res.text()}`);
        candidateCounts += ((await res.json()) as { items: unknown[] }).items.length;
      });
      const peerCand = await time(requests, async (i) => {
        await db.execute(peerCandidates(pickOpening(i)));
      });
      let openingCounts = 0;
      const openings = await time(requests, async (i) => {
        const s = sessions[i % sessions.length]!;
        const res = await fetch(`${base}/api/profile/matching-openings?limit=50`, { headers: { cookie: s.cookie, ...origin } });
        if (res.status !== 200) throw new Error(`openings ${res.status}: ${await res.text()}`);
        openingCounts += ((await res.json()) as { items: unknown[] }).items.length;
      });
      const peerOpp = await time(requests, async (i) => {
        await db.execute(peerOpenings(sessions[i % sessions.length]!.userId));
      });

      for (const [bench, times, peer, items, target] of [
        ['matching.candidates', candidates, peerCand, candidateCounts, 100],
        ['matching.openings', openings, peerOpp, openingCounts, 50],
      ] as const) {
        const p95 = percentile(times, 95);
        const peerP95 = percentile(peer, 95);
        emit({
          bench,
          db: kind,
          taxonomy,
          n,
          openings: openingCount,
          requests: times.length,
          mean_items: Number((items / (times.length + warmUp)).toFixed(1)),
          p50_ms: ms(percentile(times, 50)),
          p95_ms: ms(p95),
          target_p95_ms: target,
          met: p95 < target,
          rss_mb: peakRssMb(),
          peer: 'sql-overlap',
          peer_p50_ms: ms(percentile(peer, 50)),
          peer_p95_ms: ms(peerP95),
          p95_ratio: Number((p95 / peerP95).toFixed(2)),
        });
      }

      const stages = await breakdown(
        db,
        hubId,
        graph,
        Array.from({ length: 50 }, (_, i) => pickOpening(i)),
        sessions.slice(0, 50).map((s) => s.userId),
      );
      emit({ bench: 'matching.candidates.stages', db: kind, taxonomy, n, ...stages.candidates });
      emit({ bench: 'matching.openings.stages', db: kind, taxonomy, n, ...stages.openings });
      await t.close();
    }
  } finally {
    clearInterval(sampler);
  }
}
