/** Turning label and query text into weighted terms and character n-grams. */
import { isStopword, type Token } from './normalize.js';

/** Weight of a compound part relative to the whole word. */
export const PART_FACTOR = 0.7;
/** Prefix used for acronym pseudo-terms such as "§acr:ict". */
export const ACRONYM_PREFIX = '§acr:';

/** Content tokens of a text: stopwords removed unless written in capitals or nothing else is left. */
export function contentTokens(tokens: Token[], lang?: string): Token[] {
  const kept = tokens.filter((t) => t.upper || !isStopword(t.norm, lang));
  return kept.length > 0 ? kept : tokens;
}

/** Character n-grams of folded tokens with their counts, word-bounded (" nurse " -> " nu", "nur", ...). */
export function charGrams(tokens: Token[], n: number, openEnd = false): Map<string, number> {
  const grams = new Map<string, number>();
  tokens.forEach((t, i) => {
    for (const g of wordGrams(t.norm, n, openEnd && i === tokens.length - 1)) grams.set(g, (grams.get(g) ?? 0) + 1);
  });
  return grams;
}

/** N-grams of one padded word (with repetitions); `openEnd` omits the end boundary (unfinished word). */
export function wordGrams(word: string, n: number, openEnd = false): string[] {
  const padded = ' ' + word + (openEnd ? '' : ' ');
  if (padded.length < n) return [padded];
  const out: string[] = [];
  for (let j = 0; j + n <= padded.length; j++) out.push(padded.slice(j, j + n));
  return out;
}
