/** Autocomplete-grade concept search. */
import { charGrams } from './analyze.js';
import type { TaxonomyIndex } from './build.js';
import { displayLabel } from './display.js';
import { baseLang, tokenize } from './normalize.js';
import { analyseQuery } from './query.js';
import { rankConcepts, type RankedConcept, type ScoreParams } from './score.js';
import type { Hit, SearchOptions } from './types.js';

export interface SearchTuning {
  /** Stemming languages for the query (default: all index languages). */
  queryLangs?: string[];
  params?: Partial<ScoreParams>;
}

export function search(index: TaxonomyIndex, query: string, opts: SearchOptions & SearchTuning = {}): Hit[] {
  return searchRanked(index, query, opts).map((r) => toHit(index, r, opts.lang));
}

/** Ranked concepts with internal label ids (used by linkText and evaluation). */
export function searchRanked(index: TaxonomyIndex, query: string, opts: SearchOptions & SearchTuning = {}): RankedConcept[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const prefix = opts.prefix === true && /[\p{L}\p{N}]$/u.test(query);
  const langs = opts.queryLangs ?? queryLangs(index, opts.lang);
  const groups = analyseQuery(index, tokens, { prefix, langs });
  const grams = charGrams(tokens, index.ngram, prefix);
  return rankConcepts(index, groups, grams, { kinds: opts.kinds, limit: opts.limit ?? 10, params: opts.params });
}

/** The UI language first (if indexed), then the other index languages. */
export function queryLangs(index: TaxonomyIndex, lang?: string): string[] {
  if (lang === undefined) return index.langs;
  const l = baseLang(lang);
  return index.langs.includes(l) ? [l, ...index.langs.filter((x) => x !== l)] : index.langs;
}

export function toHit(index: TaxonomyIndex, r: RankedConcept, lang?: string): Hit {
  const concept = index.concepts[r.concept]!;
  const shown = displayLabel(concept, lang);
  return {
    id: concept.id,
    kind: concept.kind,
    score: r.score,
    label: shown.text,
    labelLang: shown.lang,
    matchedLabel: index.labelText[r.label] ?? shown.text,
  };
}
