/**
 * Linking long texts (sentences, CVs, job ads): a label is found when enough of its idf mass
 * (coverage) occurs inside a compact window of the text. Initials-based acronyms are not used
 * here: in long texts capitalised tokens ("CLI", "SQL") collide with unrelated labels' initials.
 */
import { contentTokens, PART_FACTOR } from './analyze.js';
import { kindMask, type TaxonomyIndex } from './build.js';
import { splitCompound } from './compound.js';
import { bestWindow, type TermHit } from './evidence.js';
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
  const mask = kindMask(opts.kinds);
  const covered = new Float32Array(index.labelConcept.length);
  const touched: number[] = [];
  for (const [term, hit] of hits) {
    const labels = index.words.labels[term]!;
    const weights = index.words.weights[term]!;
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i]!;
      if ((index.labelKind[l]! & mask) === 0) continue;
      if (covered[l] === 0) touched.push(l);
      covered[l] = covered[l]! + weights[i]! ** 2 * hit.factor;
    }
  }
  const minCoverage = opts.minCoverage ?? 0.6;
  const a = opts.coverageExp ?? 2;
  const b = opts.massExp ?? 0.5;
  const byConcept = new Map<number, { score: number; second: number; evidence: number[] }>();
  for (const l of touched) {
    const norm2 = index.wordNorm[l]! ** 2;
    if (covered[l]! / norm2 < minCoverage) continue;
    const w = bestWindow(index, l, hits);
    if (w.mass / norm2 < minCoverage) continue;
    const score = index.labelTypeWeight[l]! * (w.mass / norm2) ** a * Math.sqrt(w.mass) ** b;
    const c = index.labelConcept[l]!;
    const prev = byConcept.get(c);
    if (prev === undefined) byConcept.set(c, { score, second: 0, evidence: w.positions });
    else if (score > prev.score) byConcept.set(c, { score, second: prev.score, evidence: w.positions });
    else prev.second = Math.max(prev.second, score);
  }
  const ranked = [...byConcept].map(([concept, v]) => ({ concept, score: v.score + 0.1 * v.second, evidence: v.evidence }));
  const minScore = opts.minScore ?? 0;
  return topK(ranked, opts.limit ?? 20).filter((r) => r.score >= minScore);
}

/** Term ids found in the text with their token positions (stems, compound parts, typos, acronyms). */
function textTerms(index: TaxonomyIndex, tokens: Token[], langs: string[]): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  const add = (key: string, factor: number, pos: number): boolean => {
    const id = index.words.ids.get(key);
    if (id === undefined) return false;
    const h = hits.get(id);
    if (h === undefined) hits.set(id, { factor, positions: [pos] });
    else {
      h.factor = Math.max(h.factor, factor);
      if (h.positions[h.positions.length - 1] !== pos) h.positions.push(pos);
    }
    return true;
  };
  const known = (s: string): boolean => index.words.ids.has(s);
  const content = new Set(contentTokens(tokens));
  tokens.forEach((t, pos) => {
    if (!content.has(t)) return;
    let found = false;
    for (const l of langs) found = add(stem(t.norm, l), 1, pos) || found;
    found = add(t.norm, 1, pos) || found;
    for (const l of langs) {
      if (!COMPOUNDING_LANGS.has(l) || t.norm.length < 7) continue;
      const parts = splitCompound(t.norm, l, known);
      if (parts?.head !== undefined) add(parts.head, PART_FACTOR, pos);
      if (parts !== undefined) add(parts.tail, PART_FACTOR, pos);
    }
    if (!found && t.norm.length >= 5) {
      for (const id of fuzzyTerms(index, t.norm)) add(index.words.keys[id]!, FACTOR.fuzzy, pos);
    }
  });
  return hits;
}
