/** Query analysis: each content token becomes a group of alternative terms (stems, prefixes, typos, parts). */
import { ACRONYM_PREFIX, contentTokens } from './analyze.js';
import type { TaxonomyIndex } from './build.js';
import { splitCompound } from './compound.js';
import type { Token } from './normalize.js';
import { COMPOUNDING_LANGS, root, stem } from './stem.js';

export interface Variant {
  term: number;
  factor: number;
}

export interface QueryGroup {
  variants: Variant[];
  /** Query-side weight (idf of the token). */
  weight: number;
  /** Index of the source token in the token list. */
  token: number;
}

export interface QueryAnalysisOptions {
  prefix?: boolean;
  /** Stemming languages; defaults to all languages of the index. */
  langs?: string[];
  /** Allow typo-tolerant variants (default true). */
  fuzzy?: boolean;
}

export const FACTOR = { prefix: 0.75, fuzzy: 0.8, part: 0.5, root: 0.6 } as const;
const MAX_EXPANSIONS = 60;

export function analyseQuery(index: TaxonomyIndex, tokens: Token[], opts: QueryAnalysisOptions = {}): QueryGroup[] {
  const langs = opts.langs ?? index.langs;
  const content = contentTokens(tokens);
  const single = content.length === 1;
  const groups: QueryGroup[] = [];
  content.forEach((t, i) => {
    const tokenIdx = tokens.indexOf(t);
    const last = i === content.length - 1 && opts.prefix === true;
    const variants = exactVariants(index, t, langs, single);
    if (last) addPrefixExpansions(index, t.norm, variants);
    if (!hasExact(variants) && opts.fuzzy !== false) addFuzzy(index, t.norm, variants);
    if (variants.size > 0) groups.push(group(index, variants, tokenIdx, 1));
    else groups.push({ variants: [], weight: maxIdf(index), token: tokenIdx });
    if (!hasExact(variants)) groups.push(...compoundGroups(index, t, langs, tokenIdx));
  });
  return groups;
}

function exactVariants(index: TaxonomyIndex, t: Token, langs: string[], single: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const put = (key: string): void => {
    const id = index.words.ids.get(key);
    if (id !== undefined) out.set(id, 1);
  };
  for (const l of langs) put(stem(t.norm, l));
  put(t.norm);
  for (const l of langs) {
    const r = root(stem(t.norm, l), l);
    const rid = index.words.ids.get(r);
    if (rid !== undefined && !out.has(rid)) out.set(rid, FACTOR.root);
  }
  if (t.upper || (single && t.norm.length >= 2 && t.norm.length <= 5)) put(ACRONYM_PREFIX + t.norm);
  return out;
}

/** Whether some variant is the token itself or its stem (prefix, typo and root variants are not). */
function hasExact(v: Map<number, number>): boolean {
  for (const f of v.values()) if (f === 1) return true;
  return false;
}

function addPrefixExpansions(index: TaxonomyIndex, prefix: string, out: Map<number, number>): void {
  let lo = 0;
  let hi = index.surface.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.surface[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo, n = 0; i < index.surface.length && n < MAX_EXPANSIONS; i++, n++) {
    const w = index.surface[i] ?? '';
    if (!w.startsWith(prefix)) break;
    for (const id of index.surfaceTerms[i] ?? []) if (!out.has(id)) out.set(id, FACTOR.prefix);
  }
}

function addFuzzy(index: TaxonomyIndex, norm: string, out: Map<number, number>): void {
  for (const id of fuzzyTerms(index, norm)) if (!out.has(id)) out.set(id, FACTOR.fuzzy);
}

function compoundGroups(index: TaxonomyIndex, t: Token, langs: string[], tokenIdx: number): QueryGroup[] {
  const known = (s: string): boolean => index.words.ids.has(s);
  for (const l of langs) {
    if (!COMPOUNDING_LANGS.has(l)) continue;
    const parts = splitCompound(t.norm, l, known);
    if (parts === undefined) continue;
    return [parts.tail, parts.head]
      .filter((p): p is string => p !== undefined)
      .map((p) => group(index, new Map([[index.words.ids.get(p) ?? -1, 1]]), tokenIdx, FACTOR.part));
  }
  return [];
}

function group(index: TaxonomyIndex, variants: Map<number, number>, token: number, scale: number): QueryGroup {
  let weight = 0;
  for (const [id, f] of variants) weight = Math.max(weight, (index.words.idf[id] ?? 0) * f);
  return { variants: [...variants].map(([term, factor]) => ({ term, factor })), weight: weight * scale, token };
}

function maxIdf(index: TaxonomyIndex): number {
  return Math.log(1 + index.labelConcept.length);
}

/** Term ids of the indexed words within one edit of a (folded) word of at least 5 characters. */
export function fuzzyTerms(index: TaxonomyIndex, norm: string): number[] {
  const out = new Set<number>();
  for (const w of index.fuzzy.near(norm)) for (const id of index.surfaceTerms[w] ?? []) out.add(id);
  return [...out];
}
