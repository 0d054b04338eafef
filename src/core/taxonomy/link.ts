/**
 * Entity linking of free text (a title, a sentence, a CV or job ad) to concepts.
 * Short texts are scored like a search query (with evidence = the matching tokens);
 * longer texts go through the window-coverage linker in link-long.ts.
 */
import { charGrams, contentTokens } from './analyze.js';
import type { TaxonomyIndex } from './build.js';
import { displayLabel } from './display.js';
import { spans, wholeSpan } from './evidence.js';
import { linkLongRanked, type LongTextTuning } from './link-long.js';
import { tokenize, type Token } from './normalize.js';
import { analyseQuery } from './query.js';
import { rankConcepts } from './score.js';
import { queryLangs } from './search.js';
import type { Link, LinkOptions, Span } from './types.js';

/** Texts with at most this many content tokens are also scored as queries (titles, short phrases). */
const SHORT_TEXT = 8;
const SHORT_MIN_SCORE = 0.3;

export interface LinkTuning extends LongTextTuning {
  /** Use only the query-like ('short') or only the window-coverage ('long') algorithm. */
  mode?: 'short' | 'long';
}

/**
 * Labels found in the text (window coverage) come first, scored 1 + s/(1 + s) so they sit in (1, 2);
 * short texts (titles, phrases) are also scored like a query and add further matches, scored by
 * their cosine (at most about 1), e.g. for paraphrases and word-order or typo variants.
 */
export function linkText(index: TaxonomyIndex, text: string, opts: LinkOptions & LinkTuning = {}): Link[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const limit = opts.limit ?? 10;
  const short = opts.mode === 'short' || (opts.mode === undefined && contentTokens(tokens).length <= SHORT_TEXT);
  const found = opts.mode === 'short' ? [] : linkLong(index, text, tokens, { ...opts, limit });
  if (!short || found.length >= limit) return found;
  const seen = new Set(found.map((l) => l.id));
  const extra = linkShort(index, text, tokens, { ...opts, limit })
    .filter((l) => !seen.has(l.id))
    .map((l) => ({ ...l, score: Math.min(1, l.score) }));
  return [...found, ...extra].slice(0, limit);
}

function linkShort(index: TaxonomyIndex, text: string, tokens: Token[], opts: LinkOptions & LinkTuning): Link[] {
  const langs = queryLangs(index, opts.lang);
  const groups = analyseQuery(index, tokens, { langs });
  const ranked = rankConcepts(index, groups, charGrams(tokens, index.ngram), { kinds: opts.kinds, limit: opts.limit ?? 10 });
  const minScore = opts.minScore ?? SHORT_MIN_SCORE;
  return ranked
    .filter((r) => r.score >= minScore)
    .map((r) => {
      const terms = new Set(index.labelTermIds[r.label] ?? []);
      const positions = groups.filter((g) => g.variants.some((v) => terms.has(v.term))).map((g) => g.token);
      const evidence = positions.length > 0 ? spans(text, tokens, positions) : [wholeSpan(text, tokens)];
      return toLink(index, r.concept, r.score, evidence, opts.lang);
    });
}

function linkLong(index: TaxonomyIndex, text: string, tokens: Token[], opts: LinkOptions & LinkTuning): Link[] {
  return linkLongRanked(index, tokens, opts).map((r) =>
    toLink(index, r.concept, 1 + r.score / (1 + r.score), spans(text, tokens, r.evidence), opts.lang),
  );
}

function toLink(index: TaxonomyIndex, concept: number, score: number, evidence: Span[], lang?: string): Link {
  const c = index.concepts[concept]!;
  const shown = displayLabel(c, lang);
  return { id: c.id, kind: c.kind, score, label: shown.text, labelLang: shown.lang, evidence };
}
