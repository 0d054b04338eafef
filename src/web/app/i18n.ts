import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from '../../shared/catalogs';
import { defaultLocale, isLocale, locales, negotiateLocale, type Locale } from '../../shared/locales';
import en from '../i18n/en.json';
import fi from '../i18n/fi.json';
import sv from '../i18n/sv.json';

export const langCookie = 'talenthub_lang';
const storageKey = 'talenthub_lang';

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The language chosen before: cookie (the server reads it too), then storage, then the browser. */
export function initialLocale(): Locale {
  if (typeof document === 'undefined') return defaultLocale; // imported by a unit test in Node
  const cookie = readCookie(langCookie);
  if (isLocale(cookie)) return cookie;
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    /* storage may be disabled */
  }
  return typeof navigator === 'undefined' ? defaultLocale : negotiateLocale(navigator.languages?.join(',') || navigator.language);
}

/** Remembers the choice for this browser and shows it in <html lang>. */
export function rememberLocale(locale: Locale): void {
  document.cookie = `${langCookie}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    /* storage may be disabled */
  }
  document.documentElement.lang = locale;
}

// Catalogs are flat maps with dotted keys, so dots are not key separators. The shell's catalogs
// come first; each feature adds its own with addCatalogs (key names are unique across catalogs).
void i18next
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: initialLocale(),
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;

/** Adds one feature's catalogs to the UI's namespace, in every language. */
export function addCatalogs(catalogs: Record<Locale, Catalog>): void {
  for (const l of locales) i18next.addResourceBundle(l, 'translation', catalogs[l], true, false);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

const chosenKey = 'talenthub_lang_chosen';

/**
 * Notes that the person picked this language with the language switch in this tab while
 * signed out, so that signing in keeps it (and stores it on the account) instead of
 * switching to the account's saved language. The note lasts for the tab only.
 */
export function noteChosenLocale(locale: Locale): void {
  try {
    sessionStorage.setItem(chosenKey, locale);
  } catch {
    /* storage may be disabled */
  }
}

/** The language picked while signed out in this tab, if any; reading it forgets it. */
export function takeChosenLocale(): Locale | null {
  try {
    const chosen = sessionStorage.getItem(chosenKey);
    sessionStorage.removeItem(chosenKey);
    return isLocale(chosen) ? chosen : null;
  } catch {
    return null;
  }
}

export async function setLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export { i18next };
