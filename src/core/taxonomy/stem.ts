/**
 * Light, hand-written suffix strippers working on folded text (ä -> a, ö -> o, å -> a).
 * They aim at conflating inflected forms of the same word (plural, case, definiteness),
 * not at linguistic correctness: both index and query go through the same function.
 */
import { baseLang } from './normalize.js';

type Stemmer = (w: string) => string;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Strip the longest matching suffix that leaves at least `min` characters. */
function stripLongest(w: string, suffixes: readonly string[], min: number): string {
  for (const s of suffixes) {
    if (w.length - s.length >= min && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}

const byLengthDesc = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

function english(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length >= 6) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length >= 5) s = undouble(s.slice(0, -2));
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 3) s = s.slice(0, -1) + 'i';
  return s;
}

function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !VOWELS.has(s[n - 1] ?? '') && !/(ll|ss|zz)$/.test(s)) return s.slice(0, -1);
  return s;
}

const GERMAN_FEMININE = /(er|or|ist|ent|ant|log|eur|ar|ier|at|ur|ent)(in|innen)$/;
const GERMAN = byLengthDesc(['ern', 'em', 'en', 'er', 'es', 'e', 'n']);

function german(w: string): string {
  let s = w;
  const fem = GERMAN_FEMININE.exec(s);
  if (fem && s.length > 6) s = s.slice(0, -(fem[2]?.length ?? 0));
  if (s.endsWith('s') && s.length > 4 && /[bdfghklmnrt]s$/.test(s)) s = s.slice(0, -1);
  s = stripLongest(s, GERMAN, 4);
  return s;
}

const DUTCH = byLengthDesc(['heden', 'en', 'es', 's', 'e']);

function dutch(w: string): string {
  let s = w;
  s = stripLongest(s, DUTCH, 4);
  return undouble(s);
}

const DANISH = byLengthDesc(['erne', 'ene', 'ere', 'er', 'en', 'et', 'e', 'es', 'ers', 's', 'ens', 'ets', 'enes', 'ernes', 'heden', 'hed']);
const NORWEGIAN = byLengthDesc([
  'erne',
  'ene',
  'ere',
  'er',
  'en',
  'et',
  'a',
  'e',
  'es',
  'ers',
  's',
  'ens',
  'ets',
  'enes',
  'ernes',
  'heten',
  'het',
]);
const SWEDISH = byLengthDesc([
  'heterna',
  'hetens',
  'anden',
  'heten',
  'heter',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'arens',
  'andet',
  'arna',
  'erna',
  'orna',
  'ande',
  'arne',
  'aste',
  'aren',
  'ades',
  'erns',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'a',
  'e',
  's',
]);

const FINNISH_CLITICS = byLengthDesc(['kaan', 'kin', 'han', 'pa']);
const FINNISH_POSSESSIVE = byLengthDesc(['nsa', 'mme', 'nne', 'ni', 'si']);
const FINNISH_CASES = byLengthDesc([
  'iden',
  'itten',
  'tten',
  'ista',
  'issa',
  'illa',
  'ilta',
  'ille',
  'ihin',
  'iksi',
  'ineen',
  'itta',
  'ina',
  'ita',
  'ien',
  'jen',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'tta',
  'seen',
  'han',
  'hen',
  'hin',
  'den',
  'na',
  'ta',
  'en',
  'in',
  'ia',
  'a',
  'n',
  't',
  'i',
]);

function finnish(w: string): string {
  if (w.length <= 4) return w;
  let s = stripLongest(w, FINNISH_CLITICS, 5);
  s = stripLongest(s, FINNISH_POSSESSIVE, 5);
  s = stripLongest(s, FINNISH_CASES, 3);
  if (s.length > 3 && VOWELS.has(s[s.length - 1] ?? '')) s = s.slice(0, -1);
  return s;
}

const STEMMERS: Record<string, Stemmer> = {
  en: english,
  de: german,
  nl: dutch,
  da: (w) => stripLongest(w, DANISH, 3),
  no: (w) => stripLongest(w, NORWEGIAN, 3),
  sv: (w) => stripLongest(w, SWEDISH, 3),
  fi: finnish,
};

/** Stem a folded word for the language; unknown languages are returned unchanged. */
export function stem(word: string, lang: string): string {
  if (word.length <= 2) return word;
  let cache = caches.get(lang);
  if (cache === undefined) caches.set(lang, (cache = new Map<string, string>()));
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size > CACHE_LIMIT) cache.clear();
    const fn = STEMMERS[baseLang(lang)];
    s = fn === undefined || /\d|[+#]/.test(word) ? word : fn(word);
    cache.set(word, s);
  }
  return s;
}

/** Stems are memoised per language: vocabularies repeat words a lot. */
const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 500_000;

export const COMPOUNDING_LANGS = new Set(['fi', 'sv', 'de', 'nl', 'da', 'no']);

const ENGLISH_DERIVATIONS = ['ician', 'ation', 'ement', 'ment', 'ist', 'ian', 'ial', 'ics', 'ing', 'er', 'or', 'al', 'ic'];

/**
 * A coarser, derivational root used as a weak query variant ("designer" -> "design",
 * "logistician" -> "logist", "financial" -> "financ"). English only.
 */
export function root(stemmed: string, lang: string): string {
  if (baseLang(lang) !== 'en') return stemmed;
  for (const suffix of ENGLISH_DERIVATIONS) {
    if (stemmed.length - suffix.length >= 4 && stemmed.endsWith(suffix)) return english(stemmed.slice(0, -suffix.length));
  }
  return stemmed;
}
