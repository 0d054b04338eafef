/** Text normalisation: diacritic folding, tokenisation with character spans, stopwords. */

const SPECIAL_FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const MARKS = /\p{M}+/gu;
const SPECIAL = /[øæßœłđðþı]/g;

/** Lowercase and fold diacritics: "Työntekijä" -> "tyontekija", "Sjuksköterska" -> "sjukskoterska". */
export function fold(text: string): string {
  if (text.length > 40) return foldUncached(text);
  let f = foldCache.get(text);
  if (f === undefined) {
    if (foldCache.size > 500_000) foldCache.clear();
    f = foldUncached(text);
    foldCache.set(text, f);
  }
  return f;
}

const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
}

export interface Token {
  /** Folded form of the token. */
  norm: string;
  /** Original surface text. */
  raw: string;
  start: number;
  end: number;
  /** Written in capitals in the original, e.g. "ICT", "HR". */
  upper: boolean;
}

// Letters/digits, keeping programming-style suffixes such as "c++" and "c#".
const TOKEN = /[\p{L}\p{N}]+(?:[+#]+(?![\p{L}\p{N}]))?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const norm = fold(raw);
    if (norm.length === 0) continue;
    const upper = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    out.push({ norm, raw, start, end: start + raw.length, upper });
  }
  return shouting(out) ? out.map((t) => ({ ...t, upper: false })) : out;
}

/** In ALL-CAPS text ("SALES AND MARKETING EXECUTIVE") capitals say nothing about acronyms. */
function shouting(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.raw.length >= 2 && /\p{L}/u.test(t.raw));
  const upper = words.filter((t) => t.upper).length;
  return upper >= 2 && upper >= 0.6 * words.length;
}

const STOPWORDS: Record<string, string[]> = {
  en: [
    'and',
    'or',
    'of',
    'the',
    'a',
    'an',
    'in',
    'on',
    'for',
    'to',
    'with',
    'at',
    'by',
    'from',
    'as',
    'is',
    'are',
    'be',
    'other',
    'etc',
    'e',
    'g',
    'our',
    'we',
    'you',
    'your',
    'will',
    'this',
    'that',
    'it',
    'its',
    'n',
  ],
  de: [
    'und',
    'oder',
    'der',
    'die',
    'das',
    'im',
    'in',
    'fur',
    'von',
    'mit',
    'zu',
    'zur',
    'zum',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einer',
    'am',
    'an',
    'auf',
    'bei',
    'a',
    'sonstige',
    'w',
    'm',
    'd',
  ],
  nl: ['en', 'of', 'de', 'het', 'een', 'van', 'voor', 'in', 'met', 'op', 'te', 'bij', 'aan', 'overige', 'v', 'm'],
  da: ['og', 'eller', 'i', 'af', 'for', 'til', 'med', 'pa', 'en', 'et', 'den', 'det', 'de', 'inden', 'andre', 'mv'],
  no: ['og', 'eller', 'i', 'av', 'for', 'til', 'med', 'pa', 'en', 'et', 'den', 'det', 'de', 'innen', 'andre', 'mv'],
  sv: ['och', 'eller', 'i', 'av', 'for', 'till', 'med', 'pa', 'en', 'ett', 'den', 'det', 'de', 'inom', 'andra'],
  fi: ['ja', 'tai', 'seka', 'muut'],
};

const STOPSETS = new Map(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));
const ANY_STOP = new Set(Object.values(STOPWORDS).flat());

/** Stopword check for the language, or for any known language when lang is undefined. */
export function isStopword(norm: string, lang?: string): boolean {
  if (lang === undefined) return ANY_STOP.has(norm);
  return STOPSETS.get(baseLang(lang))?.has(norm) ?? false;
}

/** "nb"/"nn" -> "no", "en-GB" -> "en". */
export function baseLang(lang: string): string {
  const l = lang.toLowerCase().slice(0, 2);
  return l === 'nb' || l === 'nn' ? 'no' : l;
}
