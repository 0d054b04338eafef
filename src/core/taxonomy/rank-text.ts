/**
 * Ranking concepts for a sentence-length text (evaluation and batch extraction): the long-text
 * linker (labels found inside the text) fused with query-style cosine matching of the whole text.
 */
import type { TaxonomyIndex } from './build.js';
import { linkLongRanked, type LongTextTuning } from './link-long.js';
import { tokenize } from './normalize.js';
import { searchRanked } from './search.js';
import type { ConceptKind } from './types.js';

export interface RankForTextOptions extends LongTextTuning {
  kinds?: ConceptKind[];
  limit: number;
  lang?: string;
  minCoverage?: number;
  /** Weight of the linker score vs the cosine score (both scaled to their maximum). */
  linkWeight?: number;
}

export function rankForText(index: TaxonomyIndex, text: string, opts: RankForTextOptions): { concept: number; score: number }[] {
  const tokens = tokenize(text);
  const pool = Math.max(opts.limit, 50);
  const linked = linkLongRanked(index, tokens, { ...opts, limit: pool, minCoverage: opts.minCoverage ?? 0.5 });
  const searched = searchRanked(index, text, { kinds: opts.kinds, limit: pool, lang: opts.lang });
  const w = opts.linkWeight ?? 0.6;
  const scores = new Map<number, number>();
  const maxLink = linked[0]?.score ?? 1;
  const maxSearch = searched[0]?.score ?? 1;
  for (const l of linked) scores.set(l.concept, (w * l.score) / maxLink);
  for (const s of searched) scores.set(s.concept, (scores.get(s.concept) ?? 0) + ((1 - w) * s.score) / maxSearch);
  return [...scores]
    .map(([concept, score]) => ({ concept, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit);
}
