import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalog, CatalogSet } from './catalogs.js';

/** A problem with one key in one language; `catalog` names the catalog set when there are several. */
export type CatalogProblem = { locale: string; key: string; problem: string; catalog?: string };

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

/**
 * Checks several catalog sets (the shell's and each feature's): each set on its own is
 * complete in every language, no key is defined in two sets, and every required key is in
 * one of them.
 */
export function checkCatalogSets(sets: CatalogSet[], requiredKeys: Iterable<string> = []): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const owner = new Map<string, string>();
  for (const set of sets) {
    for (const p of checkCatalogs(set.catalogs)) problems.push({ ...p, catalog: set.namespace });
    const keys = new Set(Object.values(set.catalogs).flatMap((c) => Object.keys(c)));
    for (const key of [...keys].sort()) {
      const first = owner.get(key);
      if (first) problems.push({ locale: '*', key, problem: `also defined in ${first}`, catalog: set.namespace });
      else owner.set(key, set.namespace);
    }
  }
  for (const key of [...new Set(requiredKeys)].sort())
    if (!owner.has(key)) problems.push({ locale: '*', key, problem: 'used but in no catalog' });
  return problems;
}

/**
 * Keys used in source as t('key') / i18nKey="key" / tKey('key'), and the `label: 'key'` of the
 * features' navigation entries, found by a static scan.
 */
export function keysUsedIn(source: string): string[] {
  const keys: string[] = [];
  const re =
    /\b(?:t|i18n\.t|tKey)\(\s*['"`]([a-zA-Z0-9_.-]+)['"`]|i18nKey=["']([a-zA-Z0-9_.-]+)["']|\blabel: '([a-zA-Z0-9_-]+\.[a-zA-Z0-9_.-]+)'/g;
  for (const m of source.matchAll(re)) keys.push((m[1] ?? m[2] ?? m[3])!);
  return keys;
}
