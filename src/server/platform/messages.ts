import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs } from '../../shared/catalogs.js';
import type { Locale } from '../../shared/locales.js';

/**
 * A catalog message in a language, formatted with its ICU arguments: the server's texts (mail,
 * calendar files, the data export) come from the same catalogs as the web app. A missing key is
 * a programming error and throws; the catalog check keeps the three languages complete.
 */
export function formatMessage(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const source = catalogs[locale][key];
  if (typeof source !== 'string') throw new Error(`missing catalog key ${key} (${locale})`);
  return String(new IntlMessageFormat(source, locale).format(values));
}
