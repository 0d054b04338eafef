import en from '../web/i18n/en.json' with { type: 'json' };
import fi from '../web/i18n/fi.json' with { type: 'json' };
import sv from '../web/i18n/sv.json' with { type: 'json' };
import type { Locale } from './locales.js';

export type Catalog = Record<string, string>;

/** The three UI catalogs: flat maps from a meaning-named key to an ICU message. */
export const catalogs: Record<Locale, Catalog> = { fi, sv, en };
