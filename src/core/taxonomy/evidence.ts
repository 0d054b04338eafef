/** Evidence for a linked label: the best compact window of the text and its character spans. */
import type { TaxonomyIndex } from './build.js';
import type { Token } from './normalize.js';
import type { Span } from './types.js';

export interface TermHit {
  factor: number;
  /** Token positions where the term occurs. */
  positions: number[];
}

export interface Window {
  /** Squared label weight covered inside the window. */
  mass: number;
  /** Token positions that make up the evidence. */
  positions: number[];
}

/**
 * Buffers reused by every bestWindow call (it runs for thousands of labels of a long text).
 * Occurrences of the label's terms in text order: position, index of the term in the label, weight.
 * Per term of the label: its best weight in the current window, and the order in which the window's
 * terms were first met (the mass is summed in that order, as a Map of the terms would iterate).
 */
class WindowScratch {
  pos = new Int32Array(64);
  term = new Int32Array(64);
  w = new Float64Array(64);
  size = 0;
  /** The best window found: occurrences [from, to). */
  from = 0;
  to = 0;
  got = new Float64Array(16);
  order = new Int32Array(16);
  gotCount = 0;
  /** Weight still to be covered per term (minimalEvidence); NaN, equal to no weight, once covered. */
  uncovered = new Float64Array(16).fill(NaN);

  reset(termCount: number): void {
    this.size = 0;
    this.clearGot();
    if (this.got.length < termCount) {
      this.got = new Float64Array(termCount * 2);
      this.order = new Int32Array(termCount * 2);
      this.uncovered = new Float64Array(termCount * 2).fill(NaN);
    }
  }

  private clearGot(): void {
    for (let k = 0; k < this.gotCount; k++) this.got[this.order[k]!] = 0;
    this.gotCount = 0;
  }

  /** Insert keeping positions sorted; an equal position goes after those already there (stable). */
  insert(pos: number, term: number, w: number): void {
    if (this.size === this.pos.length) this.grow();
    let at = this.size++;
    for (; at > 0 && this.pos[at - 1]! > pos; at--) {
      this.pos[at] = this.pos[at - 1]!;
      this.term[at] = this.term[at - 1]!;
      this.w[at] = this.w[at - 1]!;
    }
    this.pos[at] = pos;
    this.term[at] = term;
    this.w[at] = w;
  }

  /** Best weight per term over occurrences [from, to), left in got/order; returns their sum. */
  cover(from: number, to: number): number {
    this.clearGot();
    for (let a = from; a < to; a++) {
      const k = this.term[a]!;
      const w = this.w[a]!;
      if (!(this.got[k]! < w)) continue;
      if (this.got[k] === 0) this.order[this.gotCount++] = k;
      this.got[k] = w;
    }
    let mass = 0;
    for (let k = 0; k < this.gotCount; k++) mass += this.got[this.order[k]!]!;
    return mass;
  }

  private grow(): void {
    const n = this.pos.length * 2;
    const pos = new Int32Array(n);
    const term = new Int32Array(n);
    const w = new Float64Array(n);
    pos.set(this.pos);
    term.set(this.term);
    w.set(this.w);
    [this.pos, this.term, this.w] = [pos, term, w];
  }
}

const scratch = new WindowScratch();

/** The window of the text that covers the most of the label's weight within a short span. */
export function bestWindow(index: TaxonomyIndex, label: number, hits: Map<number, TermHit>): Window {
  const mass = findWindow(index, label, hits);
  return { mass, positions: mass > 0 ? minimalEvidence(scratch) : [] };
}

/** The mass of bestWindow alone (no evidence positions, no allocation). */
export function bestWindowMass(index: TaxonomyIndex, label: number, hits: Map<number, TermHit>): number {
  return findWindow(index, label, hits);
}

/** Finds the best window; leaves its occurrences [from, to) and best weight per term in the scratch. */
function findWindow(index: TaxonomyIndex, label: number, hits: Map<number, TermHit>): number {
  const terms = index.labelTermIds[label]!;
  const weights = index.labelTermWeights[label]!;
  const s = scratch;
  s.reset(terms.length);
  for (let k = 0; k < terms.length; k++) {
    const h = hits.get(terms[k]!);
    if (h === undefined) continue;
    const w = weights[k]! ** 2 * h.factor;
    for (let i = 0; i < h.positions.length; i++) s.insert(h.positions[i]!, k, w);
  }
  const maxSpan = Math.max(3, terms.length * 2 + 1);
  let bestMass = 0;
  for (let i = 0; i < s.size; i++) {
    let j = i;
    while (j < s.size && s.pos[j]! - s.pos[i]! < maxSpan) j++;
    const mass = s.cover(i, j);
    if (mass > bestMass) {
      bestMass = mass;
      s.from = i;
      s.to = j;
    }
  }
  if (bestMass > 0) s.cover(s.from, s.to);
  return bestMass;
}

/**
 * The fewest positions that still cover every matched term at its best weight (greedy set cover),
 * over the window's occurrences [s.from, s.to) whose best weights per term are in s.got.
 */
function minimalEvidence(s: WindowScratch): number[] {
  const { from, to } = s;
  const uncovered = s.uncovered;
  for (let k = 0; k < s.gotCount; k++) uncovered[s.order[k]!] = s.got[s.order[k]!]!;
  let remaining = s.gotCount;
  const chosen: number[] = [];
  while (remaining > 0) {
    let bestPos = -1;
    let bestGain = 0;
    for (let a = from; a < to;) {
      const pos = s.pos[a]!;
      let gain = 0;
      for (; a < to && s.pos[a] === pos; a++) if (uncovered[s.term[a]!] === s.w[a]) gain += s.w[a]!;
      if (gain > bestGain) {
        bestPos = pos;
        bestGain = gain;
      }
    }
    if (bestPos < 0) break;
    chosen.push(bestPos);
    for (let a = from; a < to; a++) {
      if (s.pos[a] !== bestPos || uncovered[s.term[a]!] !== s.w[a]) continue;
      uncovered[s.term[a]!] = NaN;
      remaining--;
    }
  }
  for (let k = 0; k < s.gotCount; k++) uncovered[s.order[k]!] = NaN;
  return chosen;
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
