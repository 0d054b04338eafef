/** Evidence for a linked label: the best compact window of the text and its character spans. */
import type { TaxonomyIndex } from './build.js';
import type { Token } from './normalize.js';
import type { Span } from './types.js';

export interface TermHit {
  factor: number;
  /** Token positions where the term occurs. */
  positions: number[];
}

interface Occurrence {
  pos: number;
  term: number;
  w: number;
}

export interface Window {
  /** Squared label weight covered inside the window. */
  mass: number;
  /** Token positions that make up the evidence. */
  positions: number[];
}

/** The window of the text that covers the most of the label's weight within a short span. */
export function bestWindow(index: TaxonomyIndex, label: number, hits: Map<number, TermHit>): Window {
  const terms = index.labelTermIds[label]!;
  const occ: Occurrence[] = [];
  const weights = labelWeights(index, label);
  terms.forEach((term, i) => {
    const h = hits.get(term);
    if (h === undefined) return;
    for (const pos of h.positions) occ.push({ pos, term, w: (weights[i] ?? 0) ** 2 * h.factor });
  });
  if (occ.length === 0) return { mass: 0, positions: [] };
  occ.sort((x, y) => x.pos - y.pos);
  const maxSpan = Math.max(3, terms.length * 2 + 1);
  let best = { mass: 0, from: 0, to: 0, got: new Map<number, number>() };
  for (let i = 0; i < occ.length; i++) {
    const got = new Map<number, number>();
    let j = i;
    for (; j < occ.length && occ[j]!.pos - occ[i]!.pos < maxSpan; j++) {
      const o = occ[j]!;
      if ((got.get(o.term) ?? 0) < o.w) got.set(o.term, o.w);
    }
    let mass = 0;
    for (const w of got.values()) mass += w;
    if (mass > best.mass) best = { mass, from: i, to: j, got };
  }
  return { mass: best.mass, positions: minimalEvidence(occ.slice(best.from, best.to), best.got) };
}

/** The fewest positions that still cover every matched term at its best weight (greedy set cover). */
function minimalEvidence(occ: Occurrence[], got: Map<number, number>): number[] {
  const uncovered = new Map(got);
  const chosen: number[] = [];
  while (uncovered.size > 0) {
    const gain = new Map<number, number>();
    for (const o of occ) if (uncovered.get(o.term) === o.w) gain.set(o.pos, (gain.get(o.pos) ?? 0) + o.w);
    let bestPos = -1;
    let bestGain = 0;
    for (const [pos, g] of gain) if (g > bestGain) [bestPos, bestGain] = [pos, g];
    if (bestPos < 0) break;
    chosen.push(bestPos);
    for (const o of occ) if (o.pos === bestPos && uncovered.get(o.term) === o.w) uncovered.delete(o.term);
  }
  return chosen;
}

/** Label-side weight of each of the label's terms (same order as labelTermIds). */
function labelWeights(index: TaxonomyIndex, label: number): number[] {
  return [...index.labelTermIds[label]!].map((term) => {
    const labels = index.words.labels[term]!;
    const i = binarySearch(labels, label);
    return i >= 0 ? index.words.weights[term]![i]! : 0;
  });
}

function binarySearch(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Merge token positions into character spans of the original text (adjacent tokens join). */
export function spans(text: string, tokens: Token[], positions: number[]): Span[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out: Span[] = [];
  let startTok = -1;
  let prevTok = -1;
  const flush = (): void => {
    if (startTok < 0) return;
    const start = tokens[startTok]!.start;
    const end = tokens[prevTok]!.end;
    out.push({ start, end, text: text.slice(start, end) });
  };
  for (const p of sorted) {
    if (startTok >= 0 && p <= prevTok + 2 && /^[\s\p{L}\p{N}-]*$/u.test(text.slice(tokens[prevTok]!.end, tokens[p]!.start))) {
      prevTok = p;
      continue;
    }
    flush();
    startTok = p;
    prevTok = p;
  }
  flush();
  return out;
}

export function wholeSpan(text: string, tokens: Token[]): Span {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}
