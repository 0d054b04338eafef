/** UI languages. The shell's catalogs live in src/web/i18n, each feature's in src/web/features/<name>/i18n; all three are equals. */
export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fi';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (locales as readonly string[]).includes(v);
}

/**
 * A stored or chosen language as a UI language: the value itself when it is one, else the default
 * (Finnish, unless the caller names another). Accounts and mail keep the language as text, so it
 * is read through this.
 */
export function localeOr(v: unknown, fallback: Locale = defaultLocale): Locale {
  return isLocale(v) ? v : fallback;
}

/** The BCP 47 tag `Intl` formats each UI language with (dates, numbers, names): Finnish conventions for all three. */
export const intlTag: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Best match for an Accept-Language header, or the default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? defaultLocale;
}
