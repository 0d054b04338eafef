/**
 * Label scoring: cosine of idf-weighted word terms (each query token takes its best variant)
 * fused with cosine of character n-gram TF-IDF vectors, times the label-type (field) weight.
 * Concepts take their best label plus a small share of their second best (multi-field evidence).
 */
import { kindMask, kindRanges, type TaxonomyIndex } from './build.js';
import { lowerBound } from './postings.js';
import type { QueryGroup } from './query.js';
import type { ConceptKind } from './types.js';

export interface ScoreParams {
  /** Weight of the word cosine vs the character n-gram cosine. */
  wordWeight: number;
  /** Share of the second-best label added to a concept's score. */
  secondWeight: number;
  /** Share of a matched broader concept's score passed down to its narrower concepts (hierarchy evidence). */
  narrowerWeight: number;
  /** Share of a matched narrower concept's score passed up to its broader concepts. */
  broaderWeight: number;
  /** Prior per concept kind (e.g. prefer occupations over ISCO groups). */
  kindWeights: Partial<Record<ConceptKind, number>>;
}

export const DEFAULT_SCORE_PARAMS: ScoreParams = {
  wordWeight: 0.6,
  secondWeight: 0.1,
  narrowerWeight: 0,
  broaderWeight: 0,
  kindWeights: { isco: 0.9 },
};
/** Only this many top concepts pass score down to their narrower concepts. */
const PROPAGATE_FROM = 20;

class Scratch {
  readonly word: Float32Array;
  readonly char: Float32Array;
  readonly groupBest: Float32Array;
  readonly groupStamp: Int32Array;
  readonly seen: Uint8Array;
  readonly best: Float32Array;
  readonly second: Float32Array;
  readonly bestLabel: Int32Array;
  readonly conceptSeen: Uint8Array;
  /** Labels scored so far, in the order first reached (a list reused across queries: no garbage). */
  readonly touched: Int32Array;
  touchedCount = 0;
  /** Labels reached by the current query group. */
  readonly groupTouched: Int32Array;
  /** Concepts of the touched labels, in the order first seen. */
  readonly concepts: Int32Array;
  /** Those of them with a positive score, and their scores. */
  readonly candidates: Int32Array;
  readonly candidateScore: Float64Array;
  stamp = 0;
  constructor(labels: number, concepts: number) {
    this.word = new Float32Array(labels);
    this.char = new Float32Array(labels);
    this.groupBest = new Float32Array(labels);
    this.groupStamp = new Int32Array(labels).fill(-1);
    this.seen = new Uint8Array(labels);
    this.best = new Float32Array(concepts);
    this.second = new Float32Array(concepts);
    this.bestLabel = new Int32Array(concepts);
    this.conceptSeen = new Uint8Array(concepts);
    this.touched = new Int32Array(labels);
    this.groupTouched = new Int32Array(labels);
    this.concepts = new Int32Array(concepts);
    this.candidates = new Int32Array(concepts);
    this.candidateScore = new Float64Array(concepts);
  }
}

const scratches = new WeakMap<TaxonomyIndex, Scratch>();

function scratchFor(index: TaxonomyIndex): Scratch {
  let s = scratches.get(index);
  if (s === undefined) {
    s = new Scratch(index.labelConcept.length, index.concepts.length);
    scratches.set(index, s);
  }
  return s;
}

export interface RankedConcept {
  concept: number;
  score: number;
  /** Best label id. */
  label: number;
}

export interface RankOptions {
  kinds?: ConceptKind[];
  limit: number;
  params?: Partial<ScoreParams>;
}

export function rankConcepts(index: TaxonomyIndex, groups: QueryGroup[], grams: Map<string, number>, opts: RankOptions): RankedConcept[] {
  const p = { ...DEFAULT_SCORE_PARAMS, ...opts.params };
  const s = scratchFor(index);
  s.touchedCount = 0;
  const mask = kindMask(opts.kinds);
  const qWordNorm = accumulateWords(index, groups, s, mask);
  const qGramNorm = accumulateGrams(index, grams, s, mask);
  const conceptCount = aggregateLabels(index, s, (l) => {
    const wordCos = s.word[l]! / (qWordNorm * index.wordNorm[l]!);
    const charCos = s.char[l]! / (qGramNorm * index.gramNorm[l]!);
    return (p.wordWeight * wordCos + (1 - p.wordWeight) * charCos) * index.labelTypeWeight[l]!;
  });
  const n = scoreConcepts(index, s, conceptCount, p);
  const propagates = p.narrowerWeight > 0 || p.broaderWeight > 0;
  // Concepts scoring below the limit-th best cannot reach the top: no result object for them
  // (unless propagation may still raise their score).
  const ranked = candidatesFrom(s, n, propagates ? -Infinity : kthLargest(s.candidateScore, n, opts.limit));
  if (p.narrowerWeight > 0) propagate(index, ranked, index.narrower, p.narrowerWeight, opts.kinds);
  if (p.broaderWeight > 0) propagate(index, ranked, index.broader, p.broaderWeight, opts.kinds);
  return topK(ranked, opts.limit);
}

/**
 * Concept scores (best label plus a share of the second, times the kind prior); the positive ones go
 * to s.candidates and s.candidateScore in first-seen order. Resets the per-concept accumulators.
 */
function scoreConcepts(index: TaxonomyIndex, s: Scratch, conceptCount: number, p: ScoreParams): number {
  let n = 0;
  for (let i = 0; i < conceptCount; i++) {
    const c = s.concepts[i]!;
    const kindWeight = p.kindWeights[index.concepts[c]!.kind] ?? 1;
    const score = (s.best[c]! + p.secondWeight * s.second[c]!) * kindWeight;
    if (score > 0) {
      s.candidates[n] = c;
      s.candidateScore[n++] = score;
    }
    s.best[c] = 0;
    s.second[c] = 0;
    s.conceptSeen[c] = 0;
  }
  return n;
}

/** Result objects for the first n candidates scoring at least `floor`, in candidate order. */
function candidatesFrom(s: Scratch, n: number, floor: number): RankedConcept[] {
  const ranked: RankedConcept[] = [];
  for (let i = 0; i < n; i++) {
    const concept = s.candidates[i]!;
    const score = s.candidateScore[i]!;
    if (score >= floor) ranked.push({ concept, score, label: s.bestLabel[concept]! });
  }
  return ranked;
}

/** The k-th largest of xs[0..n), or -Infinity when n < k (a min-heap of the k largest seen). */
function kthLargest(xs: Float64Array, n: number, limit: number): number {
  const k = Math.floor(limit);
  if (!(k > 0) || n < k) return -Infinity;
  const heap = xs.slice(0, k).sort(); // ascending order is a valid min-heap
  for (let i = k; i < n; i++) if (xs[i]! > heap[0]!) replaceMin(heap, xs[i]!);
  return heap[0]!;
}

/** Replace the root of a binary min-heap by x and sift it down. */
function replaceMin(heap: Float64Array, x: number): void {
  let j = 0;
  for (;;) {
    let child = 2 * j + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= x) break;
    heap[j] = heap[child]!;
    j = child;
  }
  heap[j] = x;
}

/**
 * Best and second-best label score per concept; resets the per-label accumulators. Fills s.concepts with
 * the concepts seen (in first-seen order) and returns their count.
 */
function aggregateLabels(index: TaxonomyIndex, s: Scratch, labelScore: (l: number) => number): number {
  let count = 0;
  for (let i = 0; i < s.touchedCount; i++) {
    const l = s.touched[i]!;
    const score = labelScore(l);
    s.word[l] = 0;
    s.char[l] = 0;
    s.seen[l] = 0;
    const c = index.labelConcept[l]!;
    if (s.conceptSeen[c] === 0) {
      s.conceptSeen[c] = 1;
      s.bestLabel[c] = l;
      s.concepts[count++] = c;
    }
    if (score > s.best[c]!) {
      s.second[c] = s.best[c]!;
      s.best[c] = score;
      s.bestLabel[c] = l;
    } else if (score > s.second[c]!) s.second[c] = score;
  }
  return count;
}

/** Related concepts (narrower or broader) of the best matches gain a share of their score (added if absent). */
function propagate(
  index: TaxonomyIndex,
  ranked: RankedConcept[],
  related: number[][],
  weight: number,
  kinds: ConceptKind[] | undefined,
): void {
  const sources = topK([...ranked], PROPAGATE_FROM);
  const byConcept = new Map(ranked.map((r) => [r.concept, r]));
  const bonus = new Map<number, number>();
  for (const source of sources) {
    for (const target of related[source.concept] ?? []) {
      bonus.set(target, Math.max(bonus.get(target) ?? 0, weight * source.score));
    }
  }
  for (const [target, b] of bonus) {
    if (kinds !== undefined && !kinds.includes(index.concepts[target]!.kind)) continue;
    const r = byConcept.get(target);
    if (r !== undefined) r.score += b;
    else ranked.push({ concept: target, score: b, label: -1 });
  }
}

function markTouched(s: Scratch, l: number): void {
  if (s.seen[l] === 0) {
    s.seen[l] = 1;
    s.touched[s.touchedCount++] = l;
  }
}

function accumulateWords(index: TaxonomyIndex, groups: QueryGroup[], s: Scratch, mask: number): number {
  let norm = 0;
  for (const g of groups) {
    norm += g.weight * g.weight;
    const stamp = ++s.stamp;
    let groupCount = 0;
    for (const v of g.variants) {
      const labels = index.words.labels[v.term];
      const weights = index.words.weights[v.term];
      if (labels === undefined || weights === undefined) continue;
      const qw = g.weight * v.factor;
      for (let i = 0; i < labels.length; i++) {
        const l = labels[i]!;
        if ((index.labelKind[l]! & mask) === 0) continue;
        const val = weights[i]! * qw;
        if (s.groupStamp[l] !== stamp) {
          s.groupStamp[l] = stamp;
          s.groupBest[l] = val;
          s.groupTouched[groupCount++] = l;
        } else if (val > s.groupBest[l]!) s.groupBest[l] = val;
      }
    }
    for (let i = 0; i < groupCount; i++) {
      const l = s.groupTouched[i]!;
      s.word[l] = s.word[l]! + s.groupBest[l]!;
      markTouched(s, l);
    }
  }
  return Math.sqrt(norm) || 1;
}

/** Character n-gram dot products; gram postings are long, so only the label ranges of the wanted kinds are scanned. */
function accumulateGrams(index: TaxonomyIndex, grams: Map<string, number>, s: Scratch, mask: number): number {
  let norm = 0;
  const unknownIdf = Math.log(1 + index.labelConcept.length);
  const ranges = kindRanges(index, mask);
  for (const [g, tf] of grams) {
    const id = index.grams.ids.get(g);
    const idf = id === undefined ? unknownIdf : index.grams.idf[id]!;
    const labels = id === undefined ? undefined : index.grams.labels[id]!;
    if (labels !== undefined && labels.length === 0) continue; // stop-gram, not indexed
    const qw = Math.sqrt(tf) * idf;
    norm += qw * qw;
    if (id === undefined || labels === undefined) continue;
    const weights = index.grams.weights[id]!;
    for (let r = 0; r < ranges.length; r += 2) {
      const end = lowerBound(labels, ranges[r + 1]!);
      for (let i = lowerBound(labels, ranges[r]!); i < end; i++) {
        const l = labels[i]!;
        if ((index.labelKind[l]! & mask) === 0) continue;
        s.char[l] = s.char[l]! + qw * weights[i]!;
        markTouched(s, l);
      }
    }
  }
  return Math.sqrt(norm) || 1;
}

/** Top k by score (descending), stable enough for ties. */
export function topK<T extends { score: number }>(items: T[], k: number): T[] {
  if (items.length <= k * 4) return items.sort((a, b) => b.score - a.score).slice(0, k);
  let threshold = 0;
  const sample = items
    .slice(0, Math.min(items.length, 4 * k))
    .map((x) => x.score)
    .sort((a, b) => b - a);
  threshold = sample[Math.min(k, sample.length) - 1] ?? 0;
  const kept = items.filter((x) => x.score >= threshold);
  return kept.sort((a, b) => b.score - a.score).slice(0, k);
}
