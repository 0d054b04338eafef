import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../shared/locales';
import { intlTag, languageName } from './languages';
import type { Localised } from './types';

/** Dates, numbers and localised names in the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'fi';
  const tag = intlTag[locale];
  return {
    locale,
    date: (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(iso)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    time: (iso: string) => new Intl.DateTimeFormat(tag, { timeStyle: 'short' }).format(new Date(iso)),
    weekday: (iso: string) => new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso)),
    number: (n: number) => new Intl.NumberFormat(tag).format(n),
    name: (l: Localised | null | undefined) => (l ? l[locale] || l.fi : ''),
  };
}

/** A language's name in the UI language, from its ISO 639-1 code. */
export function useLanguageName() {
  const { locale } = useFormat();
  return (code: string) => languageName(code, locale);
}
