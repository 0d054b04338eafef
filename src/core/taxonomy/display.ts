/** Choosing the label to show for a concept in the UI language, with fallback. */
import { baseLang } from './normalize.js';
import type { Concept, Label } from './types.js';

const FALLBACK_LANGS = ['en', 'fi', 'sv'];

export function displayLabel(concept: Concept, lang?: string): Label {
  const wanted = [...(lang === undefined ? [] : [baseLang(lang)]), ...FALLBACK_LANGS];
  for (const l of wanted) {
    const pref = concept.labels.find((x) => x.type === 'preferred' && baseLang(x.lang) === l);
    if (pref) return pref;
  }
  for (const l of wanted) {
    const any = concept.labels.find((x) => baseLang(x.lang) === l);
    if (any) return any;
  }
  return concept.labels.find((x) => x.type === 'preferred') ?? concept.labels[0] ?? { text: concept.id, lang: '', type: 'preferred' };
}
