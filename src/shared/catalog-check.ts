import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalog } from './catalogs.js';

export type CatalogProblem = { locale: string; key: string; problem: string };

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      argumentsOf(el.children, into);
      continue;
    }
    into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) for (const opt of Object.values(el.options)) argumentsOf(opt.value, into);
  }
  return into;
}

/**
 * Checks that the catalogs are equals: the same keys, valid ICU messages, the same arguments
 * in every language, and every required key (used in code, or an error code) present.
 */
export function checkCatalogs(catalogs: Record<string, Catalog>, requiredKeys: Iterable<string> = []): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const locales = Object.keys(catalogs);
  const allKeys = new Set(locales.flatMap((l) => Object.keys(catalogs[l]!)));
  for (const key of requiredKeys) allKeys.add(key);
  for (const key of [...allKeys].sort()) {
    let reference: { locale: string; args: string } | null = null;
    for (const locale of locales) {
      const message = catalogs[locale]![key];
      if (message === undefined) {
        problems.push({ locale, key, problem: 'missing' });
        continue;
      }
      if (typeof message !== 'string' || message.trim() === '') {
        problems.push({ locale, key, problem: 'empty' });
        continue;
      }
      let args: string;
      try {
        args = [...argumentsOf(parse(message))].sort().join(',');
      } catch (err) {
        problems.push({ locale, key, problem: `invalid ICU message: ${(err as Error).message}` });
        continue;
      }
      if (!reference) reference = { locale, args };
      else if (reference.args !== args)
        problems.push({ locale, key, problem: `arguments {${args}} differ from ${reference.locale} {${reference.args}}` });
    }
  }
  return problems;
}

/** Keys used in source as t('key') / i18nKey="key" / tKey('key'), found by a static scan. */
export function keysUsedIn(source: string): string[] {
  const keys: string[] = [];
  const re = /\b(?:t|i18n\.t|tKey)\(\s*['"`]([a-zA-Z0-9_.-]+)['"`]|i18nKey=["']([a-zA-Z0-9_.-]+)["']/g;
  for (const m of source.matchAll(re)) keys.push((m[1] ?? m[2])!);
  return keys;
}
