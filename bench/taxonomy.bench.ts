import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import { buildIndex, linkText, search, type Concept } from '../src/core/taxonomy/index.js';
import { toConcepts } from '../src/core/taxonomy/esco-csv.js';
import { mean, reciprocalRank } from '../src/core/taxonomy/metrics.js';
import { openDatabase, queryRows, type Database } from '../src/server/db/connection.js';
import { readEscoSources } from '../src/server/modules/taxonomy/esco-files.js';
import { demoTaxonomyDir } from '../src/server/modules/taxonomy/taxonomy.demo.js';
import { createScratchDatabase } from '../src/server/test/harness.js';
import { emit, percentile, postgresUrl, rssMb } from './lib.js';

/**
 * The taxonomy engine beside the two tools a developer would otherwise pick, on the same labels
 * in the same run: MiniSearch (fuzzy + prefix) and PostgreSQL pg_trgm similarity (GIN index).
 * Speed: index build, autocomplete, title linking, a 500-word ad. Quality: MRR on the MELO
 * development sets (ours through `npm run eval`, so the figures are the eval command's own).
 */
const shared = path.resolve('../shared/data');
const escoFiles = [
  'esco/v1.1.1/esco-v1.1.1-classification-en-csv.zip',
  'esco/v1.0.8/occupations_fi.csv',
  'esco/v1.0.8/occupations_sv.csv',
].map((f) => path.join(shared, f));

type Ranker = (q: string) => Promise<string[]> | string[];
type Peer = { name: string; rank: Ranker; close?: () => Promise<void> };

async function loadConcepts(): Promise<{ concepts: Concept[]; data: string }> {
  if (escoFiles.every(existsSync)) {
    const ds = await readEscoSources(escoFiles, { include: (f) => /^(skills|occupations)_/i.test(f) });
    return { concepts: toConcepts(ds, { kinds: ['skill', 'occupation'] }), data: 'esco-v1.1.1-en+fi/sv-occupations' };
  }
  console.error(`bench taxonomy: ${shared}/esco not found; measuring on the demo taxonomy`);
  return { concepts: toConcepts(await readEscoSources([demoTaxonomyDir]), { kinds: ['skill', 'occupation'] }), data: 'demo' };
}

function timeIt<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

async function latencies(queries: string[], rank: Ranker): Promise<{ p50: number; p95: number; results: string[][] }> {
  const times: number[] = [];
  const results: string[][] = [];
  for (const q of queries) {
    const t0 = performance.now();
    results.push(await rank(q));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), results };
}

const round = (x: number, d = 3) => Number(x.toFixed(d));
const unique = (ids: string[], limit: number) => [...new Set(ids)].slice(0, limit);

/** Every k-th preferred label, cut to 60 % of its length: what a person has typed so far. */
function autocompleteQueries(concepts: Concept[], n: number): { q: string; id: string }[] {
  const pref = concepts.flatMap((c) => c.labels.filter((l) => l.type === 'preferred').map((l) => ({ text: l.text, id: c.id })));
  const step = Math.max(1, Math.floor(pref.length / n));
  return pref
    .filter((_, i) => i % step === 0)
    .slice(0, n)
    .map((p) => ({ q: p.text.slice(0, Math.max(3, Math.ceil(p.text.length * 0.6))), id: p.id }));
}

function miniSearchPeer(rows: { id: string; text: string }[]): Peer {
  const ms = new MiniSearch<{ i: number; id: string; text: string }>({ idField: 'i', fields: ['text'], storeFields: ['id'] });
  ms.addAll(rows.map((r, i) => ({ i, ...r })));
  return {
    name: 'minisearch',
    rank: (q) =>
      unique(
        ms.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => r.id as string),
        100,
      ),
  };
}

async function trgmPeer(db: Database, name: string, table: string, rows: { id: string; text: string }[]): Promise<Peer> {
  await db.db.execute(sql.raw(`DROP TABLE IF EXISTS ${table}`));
  await db.db.execute(sql.raw(`CREATE TABLE ${table} (id text, t text)`));
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    await db.db.execute(
      sql`INSERT INTO ${sql.raw(table)} SELECT * FROM unnest(${sql.param(part.map((r) => r.id))}::text[], ${sql.param(part.map((r) => r.text.toLowerCase()))}::text[])`,
    );
  }
  await db.db.execute(sql.raw(`CREATE INDEX ON ${table} USING gin (t gin_trgm_ops)`));
  await db.db.execute(sql.raw(`ANALYZE ${table}`));
  return {
    name,
    rank: async (q) => {
      // One statement: the threshold is set for the query so a pooled connection keeps no state.
      const found = await db.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', '0.15', true)`);
        return queryRows<{ id: string }>(
          tx,
          sql`SELECT id FROM ${sql.raw(table)} WHERE t % ${q.toLowerCase()} ORDER BY similarity(t, ${q.toLowerCase()}) DESC LIMIT 200`,
        );
      });
      return unique(
        found.map((r) => r.id),
        100,
      );
    },
  };
}

async function openDatabases(): Promise<{ db: Database; kind: string; drop: () => Promise<void> }[]> {
  const out = [{ db: await openDatabase({ dataDir: 'memory://' }), kind: 'pglite', drop: async () => {} }];
  const adminUrl = await postgresUrl();
  if (adminUrl) {
    const scratch = await createScratchDatabase(adminUrl);
    out.push({ db: await openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' }), kind: 'postgres', drop: scratch.drop });
  } else console.error('bench taxonomy: no PostgreSQL server answered; pg_trgm measured on PGlite only');
  for (const o of out) await o.db.migrate();
  return out;
}

async function readTsv(file: string): Promise<string[][]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
}

/** MRR on every MELO development set: ours through the eval command, the peers over the same corpus elements. */
export async function runTaxonomyQualityBench(): Promise<void> {
  const dbs = await openDatabases();
  try {
    await meloQuality(dbs.at(-1)!);
  } finally {
    for (const { db, drop } of dbs) {
      await db.close();
      await drop();
    }
  }
}

async function meloQuality(target: { db: Database; kind: string }): Promise<void> {
  const meloDir = path.join(shared, 'bench/melo');
  if (!existsSync(meloDir)) {
    console.error('bench taxonomy: ../shared/data/bench/melo not found; MELO quality skipped');
    return;
  }
  const datasets = (await import('node:fs')).readdirSync(meloDir).filter((d) => existsSync(path.join(meloDir, d, 'queries.tsv')));
  for (const dataset of datasets) {
    const dir = path.join(meloDir, dataset);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/eval.ts', 'melo', dir], { maxBuffer: 1 << 26 });
    const ours = JSON.parse(stdout.trim().split('\n').pop()!) as { mrr: number; a1: number; ms_per_query: number };
    const queries = (await readTsv(path.join(dir, 'queries.tsv'))).map(([id, text]) => ({ id: id!, text: text! }));
    const elements = (await readTsv(path.join(dir, 'corpus_elements.tsv'))).map(([id, text]) => ({ id: id!, text: text! }));
    const relevant = new Map<string, Set<string>>();
    for (const [q, , el] of await readTsv(path.join(dir, 'annotations.tsv'))) relevant.set(q!, (relevant.get(q!) ?? new Set()).add(el!));
    const peers = [miniSearchPeer(elements), await trgmPeer(target.db, `pg_trgm.${target.kind}`, 'bench_melo', elements)];
    const measured: Record<string, number> = {};
    for (const p of peers) {
      const { p50, results } = await latencies(
        queries.map((q) => q.text),
        p.rank,
      );
      measured[`${p.name}_mrr`] = round(mean(results.map((r, i) => reciprocalRank(r, relevant.get(queries[i]!.id) ?? new Set()))), 4);
      measured[`${p.name}_ms_per_query`] = p50;
    }
    emit({
      bench: 'taxonomy.melo',
      dataset,
      n: queries.length,
      mrr: ours.mrr,
      a1: ours.a1,
      ms_per_query: ours.ms_per_query,
      peer: `minisearch,pg_trgm.${target.kind}`,
      ...measured,
    });
  }
}

export async function runTaxonomyBench(): Promise<void> {
  const { concepts, data } = await loadConcepts();
  const labelRows = concepts.flatMap((c) => c.labels.map((l) => ({ id: c.id, text: l.text })));
  const rssBefore = rssMb();
  const [index, buildMs] = timeIt(() => buildIndex(concepts));
  const indexRss = rssMb();
  const [mini, miniBuildMs] = timeIt(() => miniSearchPeer(labelRows));
  emit({
    bench: 'taxonomy.index_build',
    data,
    n: labelRows.length,
    ms: round(buildMs, 0),
    rss_mb: indexRss,
    index_rss_growth_mb: indexRss - rssBefore,
    peer: 'minisearch',
    peer_ms: round(miniBuildMs, 0),
  });

  const dbs = await openDatabases();
  const trgm: Peer[] = [];
  for (const { db, kind } of dbs) trgm.push(await trgmPeer(db, `pg_trgm.${kind}`, 'bench_labels', labelRows));

  const ac = autocompleteQueries(concepts, 500);
  const oursAc = await latencies(
    ac.map((a) => a.q),
    (q) => search(index, q, { prefix: true, limit: 10 }).map((h) => h.id),
  );
  const hit10 = (results: string[][]) => round(mean(results.map((r, i) => (r.slice(0, 10).includes(ac[i]!.id) ? 1 : 0))));
  const acPeers: Record<string, number> = {};
  for (const p of [mini, ...trgm]) {
    const r = await latencies(
      ac.map((a) => a.q),
      p.rank,
    );
    Object.assign(acPeers, { [`${p.name}_p50_ms`]: r.p50, [`${p.name}_p95_ms`]: r.p95, [`${p.name}_hit10`]: hit10(r.results) });
  }
  emit({
    bench: 'taxonomy.autocomplete',
    data,
    n: ac.length,
    p50_ms: oursAc.p50,
    p95_ms: oursAc.p95,
    hit10: hit10(oursAc.results),
    rss_mb: rssMb(),
    peer: 'minisearch,pg_trgm',
    ...acPeers,
  });

  const titlesFile = path.join(shared, 'bench/melo/usa_q_en_c_en/queries.tsv');
  const titles = existsSync(titlesFile)
    ? (await readTsv(titlesFile)).map((r) => r[1]!).slice(0, 500)
    : concepts.filter((c) => c.kind === 'occupation').flatMap((c) => c.labels.filter((l) => l.type === 'alternative').map((l) => l.text));
  const oursTitles = await latencies(titles, (q) => linkText(index, q, { kinds: ['occupation'], limit: 10 }).map((l) => l.id));
  const titlePeers: Record<string, number> = {};
  for (const p of [mini, ...trgm]) {
    const r = await latencies(titles, p.rank);
    Object.assign(titlePeers, { [`${p.name}_p50_ms`]: r.p50, [`${p.name}_p95_ms`]: r.p95 });
  }
  emit({
    bench: 'taxonomy.link_title',
    data,
    n: titles.length,
    p50_ms: oursTitles.p50,
    p95_ms: oursTitles.p95,
    peer: 'minisearch,pg_trgm',
    ...titlePeers,
  });

  const ads = await jobAds(concepts, 20);
  const oursAds = await latencies(ads, (text) => linkText(index, text, { kinds: ['skill', 'occupation'], limit: 50 }).map((l) => l.id));
  emit({ bench: 'taxonomy.link_ad_500_words', data, n: ads.length, p50_ms: oursAds.p50, p95_ms: oursAds.p95, rss_mb: rssMb() });

  for (const { db, drop } of dbs) {
    await db.close();
    await drop();
  }
}

/** 500-word job ads made of the skill-extraction sentences in file order (or of demo labels). */
async function jobAds(concepts: Concept[], n: number): Promise<string[]> {
  const file = path.join(shared, 'bench/skill-extraction/house_validation_annotations.csv');
  let words: string[];
  if (existsSync(file)) {
    const sentences = [
      ...new Set(
        (await readFile(file, 'utf8'))
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')[0] ?? ''),
      ),
    ];
    words = sentences.join(' ').split(/\s+/);
  } else {
    words = concepts
      .flatMap((c) => [`We need experience in`, ...c.labels.filter((l) => l.lang === 'en').map((l) => l.text)])
      .join(' ')
      .split(/\s+/);
  }
  return Array.from({ length: n }, (_, i) =>
    words.slice((i * 500) % Math.max(1, words.length - 500), ((i * 500) % Math.max(1, words.length - 500)) + 500).join(' '),
  );
}
