/**
 * Evaluation of the taxonomy engine on public benchmark development sets.
 *
 *   npm run --silent eval -- melo <dataset-dir> [--run file]
 *   npm run --silent eval -- skills <annotations.csv> --esco <zip-or-dir>... [--run file]
 *   npm run --silent eval -- titles <titles.csv> --esco <zip-or-dir>... [--run file]
 *
 * Prints one JSON line with the metrics on stdout; progress goes to stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { buildIndex, type Concept, type ConceptKind, type TaxonomyIndex } from '../core/taxonomy/index.js';
import { toConcepts } from '../core/taxonomy/esco-csv.js';
import { firstRelevantRank, mean, rPrecisionAt, reciprocalRank, trecLines } from '../core/taxonomy/metrics.js';
import { rankForText } from '../core/taxonomy/rank-text.js';
import { searchRanked } from '../core/taxonomy/search.js';
import { readEscoSources } from '../server/modules/taxonomy/esco-files.js';

const TAG = 'talent-hub';

interface Args {
  mode: string;
  input: string;
  esco: string[];
  run?: string;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const esco: string[] = [];
  let run: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--esco') {
      while (argv[i + 1] !== undefined && !(argv[i + 1] ?? '').startsWith('--')) esco.push(argv[++i] ?? '');
    } else if (a === '--run') run = argv[++i];
    else positional.push(a);
  }
  const [mode, input] = positional;
  if (mode === undefined || input === undefined)
    throw new Error('usage: eval <melo|skills|titles> <path> [--esco <zip-or-dir>...] [--run <file>]');
  return { mode, input, esco, run };
}

const log = (msg: string): void => void process.stderr.write(msg + '\n');

async function readTsv(path: string): Promise<string[][]> {
  const text = await readFile(path, 'utf8');
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

async function loadEsco(paths: string[], kinds: ConceptKind[]): Promise<Concept[]> {
  if (paths.length === 0) throw new Error('--esco <zip-or-dir> is required');
  const want = kinds.map((k) => (k === 'skill' ? /^skills_/i : k === 'occupation' ? /^occupations_/i : /^ISCOGroups_/i));
  const ds = await readEscoSources(paths, { include: (f) => want.some((re) => re.test(f)), onFile: (f) => log(`reading ${f}`) });
  return toConcepts(ds, { kinds });
}

async function melo(args: Args): Promise<Record<string, unknown>> {
  const dir = args.input;
  const lang = /_c_([a-z]{2})/.exec(basename(dir.replace(/\/+$/, '')))?.[1] ?? 'en';
  const queries = await readTsv(`${dir}/queries.tsv`);
  const elements = new Map((await readTsv(`${dir}/corpus_elements.tsv`)).map(([id, text]) => [id ?? '', text ?? '']));
  const mapping = await readTsv(`${dir}/concept_mapping.tsv`);
  const relevant = new Map<string, Set<string>>();
  for (const [q, , el] of await readTsv(`${dir}/annotations.tsv`)) {
    if (q === undefined || el === undefined) continue;
    relevant.set(q, (relevant.get(q) ?? new Set()).add(el));
  }
  const byUri = new Map<string, string[]>();
  for (const [el, uri] of mapping) if (el !== undefined && uri !== undefined) byUri.set(uri, [...(byUri.get(uri) ?? []), el]);
  const concepts: Concept[] = [...byUri].map(([uri, els]) => ({
    id: uri,
    kind: uri.includes('/isco/') ? 'isco' : 'occupation',
    labels: els.map((el, i) => ({ text: elements.get(el) ?? '', lang, type: i === 0 ? 'preferred' : 'alternative' })),
  }));
  const [index, buildMs] = timed(() => buildIndex(concepts));
  log(`melo ${basename(dir)}: ${concepts.length} concepts, index ${buildMs.toFixed(0)} ms`);
  const rrs: number[] = [];
  const ranks: (number | undefined)[] = [];
  const run: string[] = [];
  let ms = 0;
  for (const [qid, text] of queries) {
    if (qid === undefined || text === undefined) continue;
    const [ranked, t] = timed(() => searchRanked(index, text, { limit: 200, queryLangs: [lang] }));
    ms += t;
    const items = interleave(ranked.map((r) => ({ ids: byUri.get(index.concepts[r.concept]?.id ?? '') ?? [], score: r.score })));
    const rel = relevant.get(qid) ?? new Set<string>();
    rrs.push(
      reciprocalRank(
        items.map((x) => x.id),
        rel,
      ),
    );
    ranks.push(
      firstRelevantRank(
        items.map((x) => x.id),
        rel,
      ),
    );
    run.push(...trecLines(qid, items, TAG));
  }
  await writeRun(args.run, run);
  const acc = (k: number): number => mean(ranks.map((r) => (r !== undefined && r <= k ? 1 : 0)));
  return {
    dataset: basename(dir.replace(/\/+$/, '')),
    queries: rrs.length,
    mrr: round(mean(rrs)),
    a1: round(acc(1)),
    a5: round(acc(5)),
    a10: round(acc(10)),
    ms_per_query: round(ms / rrs.length, 3),
  };
}

/**
 * Elements of one concept share relevance, so the best-scoring concepts each contribute one element
 * first (rank of the first relevant element = concept rank); their remaining elements follow.
 */
function interleave(concepts: { ids: string[]; score: number }[]): { id: string; score: number }[] {
  const first = concepts.flatMap((c) => c.ids.slice(0, 1).map((id) => ({ id, score: c.score })));
  const rest = concepts.flatMap((c) => c.ids.slice(1).map((id) => ({ id, score: c.score })));
  return [...first, ...rest];
}

async function skills(args: Args): Promise<Record<string, unknown>> {
  const rows = parse<Record<string, string>>(await readFile(args.input, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  const gold = new Map<string, Set<string>>();
  for (const r of rows) {
    const s = r.sentence ?? '';
    const set = gold.get(s) ?? new Set<string>();
    const label = r.label ?? '';
    if (label !== 'LABEL NOT PRESENT' && label !== 'UNDERSPECIFIED' && label !== '') set.add(label);
    gold.set(s, set);
  }
  const index = await escoIndex(args.esco, ['skill']);
  const rp: Record<number, number[]> = { 1: [], 5: [], 10: [] };
  const run: string[] = [];
  let ms = 0;
  let qid = 0;
  for (const [sentence, g] of gold) {
    const [ranked, t] = timed(() => rankForText(index, sentence, { kinds: ['skill'], limit: 100, lang: 'en' }));
    ms += t;
    const items = ranked.map((r) => ({ id: prefLabel(index, r.concept), score: r.score }));
    run.push(...trecLines(String(qid++), items, TAG));
    if (g.size === 0) continue;
    for (const k of [1, 5, 10])
      rp[k]?.push(
        rPrecisionAt(
          items.map((x) => x.id),
          g,
          k,
        ),
      );
  }
  await writeRun(args.run, run);
  const n = rp[5]?.length ?? 0;
  return {
    sentences: n,
    rp1: round(mean(rp[1] ?? [])),
    rp5: round(mean(rp[5] ?? [])),
    rp10: round(mean(rp[10] ?? [])),
    ms_per_sentence: round(ms / gold.size, 3),
  };
}

async function titles(args: Args): Promise<Record<string, unknown>> {
  const rows = parse<Record<string, string>>(await readFile(args.input, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  const index = await escoIndex(args.esco, ['occupation']);
  const rrs: number[] = [];
  const r5: number[] = [];
  const run: string[] = [];
  let ms = 0;
  for (const row of rows) {
    const id = row[''] ?? String(rrs.length);
    const [ranked, t] = timed(() => searchRanked(index, row.vacancyTitle ?? '', { kinds: ['occupation'], limit: 100, queryLangs: ['en'] }));
    ms += t;
    const items = ranked.map((r) => ({ id: index.concepts[r.concept]?.id ?? '', score: r.score }));
    const rel = new Set([row.conceptUri ?? '']);
    const rank = firstRelevantRank(
      items.map((x) => x.id),
      rel,
    );
    rrs.push(rank === undefined ? 0 : 1 / rank);
    r5.push(rank !== undefined && rank <= 5 ? 1 : 0);
    run.push(...trecLines(id, items, TAG));
  }
  await writeRun(args.run, run);
  return { titles: rrs.length, mrr: round(mean(rrs)), r5: round(mean(r5)), ms_per_title: round(ms / rrs.length, 3) };
}

async function escoIndex(paths: string[], kinds: ConceptKind[]): Promise<TaxonomyIndex> {
  const concepts = await loadEsco(paths, kinds);
  const [index, ms] = timed(() => buildIndex(concepts));
  log(`index: ${concepts.length} concepts, ${index.labelText.length} labels, built in ${ms.toFixed(0)} ms`);
  return index;
}

function prefLabel(index: TaxonomyIndex, concept: number): string {
  const c = index.concepts[concept];
  return c?.labels.find((l) => l.type === 'preferred' && l.lang === 'en')?.text ?? c?.labels[0]?.text ?? '';
}

async function writeRun(path: string | undefined, lines: string[]): Promise<void> {
  if (path !== undefined) await writeFile(path, lines.join('\n') + '\n');
}

const round = (x: number, d = 4): number => Number(x.toFixed(d));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const modes: Record<string, (a: Args) => Promise<Record<string, unknown>>> = { melo, skills, titles };
  const fn = modes[args.mode];
  if (fn === undefined) throw new Error(`unknown mode "${args.mode}" (melo, skills, titles)`);
  process.stdout.write(JSON.stringify(await fn(args)) + '\n');
}

main().catch((e: unknown) => {
  log(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
