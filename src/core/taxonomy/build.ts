/** Building the in-memory taxonomy index. */
import { ACRONYM_PREFIX, PART_FACTOR, wordGrams } from './analyze.js';
import { splitCompound } from './compound.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { baseLang, isStopword, tokenize, type Token } from './normalize.js';
import { PostingsBuilder, type Postings } from './postings.js';
import { COMPOUNDING_LANGS, stem } from './stem.js';
import type { Concept, ConceptKind, LabelType } from './types.js';

export interface IndexOptions {
  /** Character n-gram length (default 3). */
  ngram?: number;
  /** Relative weight of label types when scoring. */
  typeWeights?: Partial<Record<LabelType, number>>;
  /** Weight of acronym matches (initials of multi-word labels). */
  acronymFactor?: number;
  /** Character n-grams occurring in more than this share of labels are not indexed (default 0.05). */
  maxGramShare?: number;
}

export interface TaxonomyIndex {
  concepts: Concept[];
  /** Base languages present in the labels. */
  langs: string[];
  ngram: number;
  labelConcept: Int32Array;
  labelTypeWeight: Float32Array;
  /** Bit of the label's concept kind (see kindMask). */
  labelKind: Uint8Array;
  /** Runs of consecutive labels of one kind: run r is [kindRuns[r], kindRuns[r + 1]) (see kindRanges). */
  kindRuns: Int32Array;
  labelText: string[];
  labelLang: string[];
  words: Postings;
  wordNorm: Float32Array;
  grams: Postings;
  gramNorm: Float32Array;
  /** Sorted folded surface words and, in parallel, the term ids they stem to. */
  surface: string[];
  surfaceTerms: number[][];
  /** Term ids of each label (for evidence and coverage). */
  labelTermIds: Int32Array[];
  /** Posting weight of each of the label's terms, parallel to labelTermIds (saves a postings lookup per term). */
  labelTermWeights: Float32Array[];
  /** Narrower and broader concepts of each concept (from Concept.broader, restricted to indexed concepts). */
  narrower: number[][];
  broader: number[][];
  /** Typo lookup over `surface` (ids are positions in `surface`). */
  fuzzy: FuzzyVocabulary;
}

/** Two-letter initials collide too often ("MS", "CI") to be useful as acronyms. */
const MIN_ACRONYM = 3;

const DEFAULT_TYPE_WEIGHTS: Record<LabelType, number> = { preferred: 1, alternative: 0.9, hidden: 0.85 };

interface AnalysedLabel {
  concept: number;
  lang: string;
  type: LabelType;
  text: string;
  tokens: Token[];
}

export function buildIndex(concepts: Concept[], options: IndexOptions = {}): TaxonomyIndex {
  const ngram = options.ngram ?? 3;
  const typeWeights = { ...DEFAULT_TYPE_WEIGHTS, ...options.typeWeights };
  const labels = analyseLabels(concepts);
  const table = new WordTable(ngram);
  for (const l of labels) for (const t of l.tokens) table.get(t.norm, l.lang);
  const words = table.words;
  const acronymFactor = options.acronymFactor ?? 0.8;
  const termIds: number[] = [];
  const termFactors: number[] = [];

  labels.forEach((l, label) => {
    const infos = l.tokens.map((t) => table.get(t.norm, l.lang));
    const allStop = infos.every((w) => w.stop);
    termIds.length = 0;
    termFactors.length = 0;
    let initials = '';
    infos.forEach((w, i) => {
      if (w.stop && !allStop && !(l.tokens[i]?.upper ?? false)) return;
      for (const t of table.terms(w, l.lang)) {
        const k = termIds.indexOf(t.id);
        if (k < 0) {
          termIds.push(t.id);
          termFactors.push(t.factor);
        } else termFactors[k] = Math.max(termFactors[k] ?? 0, t.factor);
      }
      initials += w.initial;
    });
    termIds.forEach((id, k) => words.addId(id, label, termFactors[k] ?? 1));
    if (initials.length >= MIN_ACRONYM && initials.length <= 6) words.add(ACRONYM_PREFIX + initials, label, acronymFactor);
    table.addGrams(infos, label);
  });

  const isRegular = (key: string): boolean => !key.startsWith(ACRONYM_PREFIX);
  const wordPostings = words.freeze(labels.length, { countsTowardsDf: isRegular });
  const gramPostings = table.grams.freeze(labels.length, { maxShare: options.maxGramShare ?? 0.05 });
  const { wordNorm, labelTermIds, labelTermWeights } = wordNorms(wordPostings, labels.length, isRegular);
  const gramNorm = norms(gramPostings, labels.length);
  const { surface, surfaceTerms } = table.surface(wordPostings);
  const labelKind = Uint8Array.from(labels, (l) => KIND_BITS[concepts[l.concept]?.kind ?? 'corpus']);

  return {
    concepts,
    langs: [...new Set(labels.map((l) => l.lang))],
    ngram,
    labelConcept: Int32Array.from(labels, (l) => l.concept),
    labelTypeWeight: Float32Array.from(labels, (l) => typeWeights[l.type]),
    labelKind,
    kindRuns: runStarts(labelKind),
    labelText: labels.map((l) => l.text),
    labelLang: labels.map((l) => l.lang),
    words: wordPostings,
    wordNorm,
    grams: gramPostings,
    gramNorm,
    surface,
    surfaceTerms,
    labelTermIds,
    labelTermWeights,
    ...hierarchy(concepts),
    fuzzy: new FuzzyVocabulary(surface, 5),
  };
}

interface WordTerm {
  id: number;
  factor: number;
}

interface WordInfo {
  norm: string;
  stem: string;
  stop: boolean;
  /** First letter for acronyms ('' for stopwords and numbers). */
  initial: string;
  /** Interned n-gram ids (with repetitions). */
  grams: number[];
  /** Interned word terms: the stem, plus compound parts at reduced weight; null until computed. */
  terms: WordTerm[] | null;
}

/** Per-language cache of everything the index needs to know about a distinct word. */
class WordTable {
  readonly grams = new PostingsBuilder();
  readonly words = new PostingsBuilder();
  private readonly byLang = new Map<string, Map<string, WordInfo>>();
  private readonly known = new Set<string>();

  constructor(private readonly ngram: number) {}

  get(norm: string, lang: string): WordInfo {
    let m = this.byLang.get(lang);
    if (m === undefined) this.byLang.set(lang, (m = new Map<string, WordInfo>()));
    let w = m.get(norm);
    if (w === undefined) {
      const s = stem(norm, lang);
      const grams: number[] = [];
      for (const gram of wordGrams(norm, this.ngram)) grams.push(this.grams.intern(gram));
      const stop = isStopword(norm, lang);
      const initial = stop || /^\d/.test(norm) ? '' : norm.slice(0, 1);
      w = { norm, stem: s, stop, initial, grams, terms: null };
      m.set(norm, w);
      if (norm.length >= 3) this.known.add(s);
    }
    return w;
  }

  /** Terms of a word, computed lazily once all words (the compound-splitting vocabulary) are known. */
  terms(w: WordInfo, lang: string): WordTerm[] {
    if (w.terms !== null) return w.terms;
    const terms = [{ id: this.words.intern(w.stem), factor: 1 }];
    const parts = COMPOUNDING_LANGS.has(lang) && w.norm.length >= 7 ? splitCompound(w.norm, lang, (s) => this.known.has(s)) : undefined;
    for (const p of [parts?.tail, parts?.head]) {
      if (p !== undefined && p !== w.stem) terms.push({ id: this.words.intern(p), factor: PART_FACTOR });
    }
    w.terms = terms;
    return terms;
  }

  private counts = new Int32Array(1024);
  private readonly touched: number[] = [];

  addGrams(infos: WordInfo[], label: number): void {
    if (this.counts.length < this.grams.keys.length) {
      const bigger = new Int32Array(this.grams.keys.length * 2);
      bigger.set(this.counts);
      this.counts = bigger;
    }
    const counts = this.counts;
    const touched = this.touched;
    for (const w of infos) {
      for (const g of w.grams) {
        if (counts[g] === 0) touched.push(g);
        counts[g]!++;
      }
    }
    for (const g of touched) {
      this.grams.addId(g, label, Math.sqrt(counts[g]!));
      counts[g] = 0;
    }
    touched.length = 0;
  }

  /** Sorted distinct surface words and the term ids they stem to (for prefix and typo expansion). */
  surface(words: Postings): { surface: string[]; surfaceTerms: number[][] } {
    const stems = new Map<string, Set<number>>();
    for (const m of this.byLang.values()) {
      for (const w of m.values()) {
        const id = words.ids.get(w.stem);
        if (id === undefined) continue;
        let set = stems.get(w.norm);
        if (set === undefined) stems.set(w.norm, (set = new Set()));
        set.add(id);
      }
    }
    const surface = [...stems.keys()].sort();
    return { surface, surfaceTerms: surface.map((w) => [...(stems.get(w) ?? [])]) };
  }
}

function hierarchy(concepts: Concept[]): { narrower: number[][]; broader: number[][] } {
  const pos = new Map(concepts.map((c, i) => [c.id, i]));
  const narrower: number[][] = concepts.map(() => []);
  const broader: number[][] = concepts.map(() => []);
  concepts.forEach((c, i) => {
    for (const b of c.broader ?? []) {
      const p = pos.get(b);
      if (p === undefined) continue;
      narrower[p]?.push(i);
      broader[i]?.push(p);
    }
  });
  return { narrower, broader };
}

function analyseLabels(concepts: Concept[]): AnalysedLabel[] {
  const out: AnalysedLabel[] = [];
  const seen = new Set<string>();
  concepts.forEach((c, concept) => {
    seen.clear();
    for (const label of c.labels) {
      const key = label.lang + '\u0000' + label.text;
      if (label.text.trim() === '' || seen.has(key)) continue;
      seen.add(key);
      const tokens = tokenize(label.text);
      if (tokens.length === 0) continue;
      out.push({ concept, lang: baseLang(label.lang), type: label.type, text: label.text, tokens });
    }
  });
  return out;
}

function norms(p: Postings, labelCount: number): Float32Array {
  const sq = new Float64Array(labelCount);
  p.labels.forEach((ls, id) => {
    const ws = p.weights[id];
    if (ws === undefined) return;
    for (let i = 0; i < ls.length; i++) {
      const l = ls[i] ?? 0;
      sq[l] = (sq[l] ?? 0) + (ws[i] ?? 0) ** 2;
    }
  });
  return Float32Array.from(sq, (x) => Math.sqrt(x) || 1);
}

/**
 * Word-vector norm of each label, and the label's regular terms with their posting weights
 * (the postings transposed: label -> terms), laid out in two flat buffers.
 */
function wordNorms(
  p: Postings,
  labelCount: number,
  counts: (key: string) => boolean,
): { wordNorm: Float32Array; labelTermIds: Int32Array[]; labelTermWeights: Float32Array[] } {
  const sq = new Float64Array(labelCount);
  const termCount = new Int32Array(labelCount + 1);
  const regular = p.keys.map((k) => counts(k));
  p.labels.forEach((ls, id) => {
    const ws = p.weights[id];
    if (ws === undefined || !regular[id]) return;
    for (let i = 0; i < ls.length; i++) {
      const l = ls[i]!;
      sq[l] = sq[l]! + ws[i]! ** 2;
      termCount[l + 1]!++;
    }
  });
  for (let l = 0; l < labelCount; l++) termCount[l + 1] = termCount[l + 1]! + termCount[l]!;
  const allIds = new Int32Array(termCount[labelCount]!);
  const allWeights = new Float32Array(termCount[labelCount]!);
  const fill = termCount.slice(0, labelCount);
  p.labels.forEach((ls, id) => {
    const ws = p.weights[id];
    if (ws === undefined || !regular[id]) return;
    for (let i = 0; i < ls.length; i++) {
      const at = fill[ls[i]!]!++;
      allIds[at] = id;
      allWeights[at] = ws[i]!;
    }
  });
  const labelTermIds: Int32Array[] = [];
  const labelTermWeights: Float32Array[] = [];
  for (let l = 0; l < labelCount; l++) {
    labelTermIds.push(allIds.subarray(termCount[l], termCount[l + 1]));
    labelTermWeights.push(allWeights.subarray(termCount[l], termCount[l + 1]));
  }
  return { wordNorm: Float32Array.from(sq, (x) => Math.sqrt(x) || 1), labelTermIds, labelTermWeights };
}

const KIND_BITS: Record<ConceptKind, number> = { skill: 1, occupation: 2, isco: 4, corpus: 8 };

/** Bit mask selecting labels of the given kinds (all kinds when undefined). */
export function kindMask(kinds: readonly ConceptKind[] | undefined): number {
  return kinds === undefined ? 0xff : kinds.reduce((m, k) => m | KIND_BITS[k], 0);
}

/** Where each run of equal values starts, followed by the length. */
function runStarts(xs: Uint8Array): Int32Array {
  const starts = [0];
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[i - 1]) starts.push(i);
  starts.push(xs.length);
  return Int32Array.from(starts);
}

/** With more ranges than this, kinds are interleaved and kindRanges gives up. */
const MAX_KIND_RANGES = 16;
const kindRangeCache = new WeakMap<TaxonomyIndex, Map<number, Int32Array>>();

/**
 * Label id ranges [from, to), as flat pairs, that hold every label of the masked kinds. Concepts
 * usually come grouped by kind, so a posting scan limited to a few ranges skips the other kinds'
 * entries. With interleaved kinds: one range of all labels (scans still check each label's kind).
 */
export function kindRanges(index: TaxonomyIndex, mask: number): Int32Array {
  let byMask = kindRangeCache.get(index);
  if (byMask === undefined) kindRangeCache.set(index, (byMask = new Map<number, Int32Array>()));
  let ranges = byMask.get(mask);
  if (ranges === undefined) {
    const out: number[] = [];
    const runs = index.kindRuns;
    for (let r = 0; r + 1 < runs.length; r++) {
      const from = runs[r]!;
      const to = runs[r + 1]!;
      if (from === to || (index.labelKind[from]! & mask) === 0) continue;
      if (out[out.length - 1] === from) out[out.length - 1] = to;
      else out.push(from, to);
    }
    ranges = out.length > 2 * MAX_KIND_RANGES ? Int32Array.of(0, index.labelKind.length) : Int32Array.from(out);
    byMask.set(mask, ranges);
  }
  return ranges;
}
