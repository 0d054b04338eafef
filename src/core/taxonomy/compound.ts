/** Compound splitting into known vocabulary parts (fi, sv, de, nl, da, no are right-headed). */
import { stem } from './stem.js';

export interface CompoundParts {
  /** Stem of the head (modifier) part, when it is itself a known word. */
  head?: string;
  /** Stem of the tail (the grammatical head noun), always a known word. */
  tail: string;
}

const LINKERS = ['s', 'e', 'n', 'en', 'er', 'es', 'o', 'a'];
const MIN_HEAD = 3;

/**
 * Split a folded word into head + tail where the tail's stem is in the vocabulary.
 * Prefers the longest tail whose head is also known; falls back to the longest known tail of >= 5 chars.
 */
export function splitCompound(word: string, lang: string, known: (stem: string) => boolean): CompoundParts | undefined {
  if (word.length < 7) return undefined;
  let fallback: CompoundParts | undefined;
  for (let i = MIN_HEAD; i <= word.length - 3; i++) {
    const tail = stem(word.slice(i), lang);
    if (tail.length < 3 || !known(tail)) continue;
    const head = knownHead(word.slice(0, i), lang, known);
    if (head !== undefined) return { head, tail };
    if (fallback === undefined && word.length - i >= 5) fallback = { tail };
  }
  return fallback;
}

function knownHead(head: string, lang: string, known: (stem: string) => boolean): string | undefined {
  const direct = stem(head, lang);
  if (known(direct) || known(head)) return known(direct) ? direct : head;
  for (const l of LINKERS) {
    if (head.length - l.length < MIN_HEAD || !head.endsWith(l)) continue;
    const h = head.slice(0, -l.length);
    const hs = stem(h, lang);
    if (known(hs)) return hs;
    if (known(h)) return h;
  }
  return undefined;
}
