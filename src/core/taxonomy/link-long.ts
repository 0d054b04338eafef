/**
 * Linking long texts (sentences, CVs, job ads): a label is found when enough of its idf mass
 * (coverage) occurs inside a compact window of the text. Initials-based acronyms are not used
 * here: in long texts capitalised tokens ("CLI", "SQL") collide with unrelated labels' initials.
 */
import { contentTokens, PART_FACTOR } from './analyze.js';
import { kindMask, type TaxonomyIndex } from './build.js';
import { splitCompound } from './compound.js';
import { bestWindow, bestWindowMass, type TermHit } from './evidence.js';
import type { Token } from './normalize.js';
import { FACTOR, fuzzyTerms } from './query.js';
import { topK } from './score.js';
import { queryLangs } from './search.js';
import { COMPOUNDING_LANGS, stem } from './stem.js';
import type { LinkOptions } from './types.js';

export interface LongTextTuning {
  /** Exponents of the score: coverage^a * mass^b (defaults 2 and 0.5). */
  coverageExp?: number;
  massExp?: number;
  minScore?: number;
}

export interface LinkedConcept {
  concept: number;
  score: number;
  /** Token positions of the evidence. */
  evidence: number[];
}

/** Long-text linking with internal concept ids (also used by evaluation). */
export function linkLongRanked(index: TaxonomyIndex, tokens: Token[], opts: LinkOptions & LongTextTuning): LinkedConcept[] {
  const hits = textTerms(index, tokens, queryLangs(index, opts.lang));
  const s = scratchFor(index);
  accumulateCoverage(index, hits, kindMask(opts.kinds), s);
  const minCoverage = opts.minCoverage ?? 0.6;
  const a = opts.coverageExp ?? 2;
  const b = opts.massExp ?? 0.5;
  const byConcept = new Map<number, { score: number; second: number; label: number }>();
  for (let i = 0; i < s.touchedCount; i++) {
    const l = s.touched[i]!;
    const coverage = s.covered[l]!;
    s.covered[l] = 0; // leave the buffer zeroed for the next call
    const norm2 = index.wordNorm[l]! ** 2;
    if (coverage / norm2 < minCoverage) continue;
    const mass = bestWindowMass(index, l, hits);
    if (mass / norm2 < minCoverage) continue;
    const score = index.labelTypeWeight[l]! * (mass / norm2) ** a * Math.sqrt(mass) ** b;
    const c = index.labelConcept[l]!;
    const prev = byConcept.get(c);
    if (prev === undefined) byConcept.set(c, { score, second: 0, label: l });
    else if (score > prev.score) byConcept.set(c, { score, second: prev.score, label: l });
    else prev.second = Math.max(prev.second, score);
  }
  const ranked = [...byConcept].map(([concept, v]) => ({ concept, score: v.score + 0.1 * v.second, label: v.label }));
  const minScore = opts.minScore ?? 0;
  // Evidence (the best label's window) only for the concepts returned.
  return topK(ranked, opts.limit ?? 20)
    .filter((r) => r.score >= minScore)
    .map((r) => ({ concept: r.concept, score: r.score, evidence: bestWindow(index, r.label, hits).positions }));
}

/** Per-label coverage accumulator and the labels it holds, allocated once per index; zeroed again after each use. */
interface CoverageScratch {
  covered: Float32Array;
  touched: Int32Array;
  touchedCount: number;
}

const scratches = new WeakMap<TaxonomyIndex, CoverageScratch>();

function scratchFor(index: TaxonomyIndex): CoverageScratch {
  let s = scratches.get(index);
  if (s === undefined) {
    const n = index.labelConcept.length;
    scratches.set(index, (s = { covered: new Float32Array(n), touched: new Int32Array(n), touchedCount: 0 }));
  }
  return s;
}

/** Squared weight of each label's terms found in the text, in s.covered; the labels reached in s.touched. */
function accumulateCoverage(index: TaxonomyIndex, hits: Map<number, TermHit>, mask: number, s: CoverageScratch): void {
  const covered = s.covered;
  let count = 0;
  for (const [term, hit] of hits) {
    const labels = index.words.labels[term]!;
    const weights = index.words.weights[term]!;
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i]!;
      if ((index.labelKind[l]! & mask) === 0) continue;
      if (covered[l] === 0) s.touched[count++] = l;
      covered[l] = covered[l]! + weights[i]! ** 2 * hit.factor;
    }
  }
  s.touchedCount = count;
}

/** Term ids found in the text with their token positions (stems, compound parts, typos, acronyms). */
function textTerms(index: TaxonomyIndex, tokens: Token[], langs: string[]): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  const content = new Set(contentTokens(tokens));
  const byWord = wordTermCache(index, langs);
  tokens.forEach((t, pos) => {
    if (!content.has(t)) return;
    let terms = byWord.get(t.norm);
    if (terms === undefined) {
      if (byWord.size >= WORD_CACHE_SIZE) byWord.clear();
      byWord.set(t.norm, (terms = wordTerms(index, t.norm, langs)));
    }
    for (const { id, factor } of terms) {
      const h = hits.get(id);
      if (h === undefined) hits.set(id, { factor, positions: [pos] });
      else {
        h.factor = Math.max(h.factor, factor);
        if (h.positions[h.positions.length - 1] !== pos) h.positions.push(pos);
      }
    }
  });
  return hits;
}

interface WordTerm {
  readonly id: number;
  readonly factor: number;
}

/**
 * Words recur within and across texts (ads share most of their vocabulary), and stemming and
 * compound splitting are the costly part of reading a text: the terms of each word are cached per
 * index and stemming-language list (bounded; cleared when full).
 */
const wordTermCaches = new WeakMap<TaxonomyIndex, Map<string, Map<string, readonly WordTerm[]>>>();
const WORD_CACHE_SIZE = 50_000;

function wordTermCache(index: TaxonomyIndex, langs: string[]): Map<string, readonly WordTerm[]> {
  let byLangs = wordTermCaches.get(index);
  if (byLangs === undefined) wordTermCaches.set(index, (byLangs = new Map<string, Map<string, readonly WordTerm[]>>()));
  const key = langs.join(',');
  let cache = byLangs.get(key);
  if (cache === undefined) byLangs.set(key, (cache = new Map<string, readonly WordTerm[]>()));
  return cache;
}

/** The indexed terms a folded word of the text stands for, in lookup order (repeats included). */
function wordTerms(index: TaxonomyIndex, norm: string, langs: string[]): WordTerm[] {
  const out: WordTerm[] = [];
  const add = (key: string, factor: number): boolean => {
    const id = index.words.ids.get(key);
    if (id !== undefined) out.push({ id, factor });
    return id !== undefined;
  };
  const known = (s: string): boolean => index.words.ids.has(s);
  let found = false;
  for (const l of langs) found = add(stem(norm, l), 1) || found;
  found = add(norm, 1) || found;
  for (const l of langs) {
    if (!COMPOUNDING_LANGS.has(l) || norm.length < 7) continue;
    const parts = splitCompound(norm, l, known);
    if (parts?.head !== undefined) add(parts.head, PART_FACTOR);
    if (parts !== undefined) add(parts.tail, PART_FACTOR);
  }
  if (!found && norm.length >= 5) {
    for (const id of fuzzyTerms(index, norm)) add(index.words.keys[id]!, FACTOR.fuzzy);
  }
  return out;
}
