import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogFilesOnDisk, catalogSets, catalogSetsOf, catalogs } from '../../shared/catalogs';
import { locales } from '../../shared/locales';
import { errorStatus } from '../../server/platform/errors';
import { roles } from '../../server/platform/policy';
import { partnerTypes } from '../../server/modules/organisations/organisations.schema';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('web catalogs', () => {
  it('are the shell’s and one set per feature folder with catalogs', () => {
    expect(catalogSets[0]?.namespace).toBe('shell');
    expect(catalogSets.length).toBeGreaterThan(10);
  });

  it('are the same whether the bundler finds them or Node reads them from disk', () => {
    expect(catalogSetsOf(catalogFilesOnDisk())).toEqual(catalogSets);
  });

  it('have the same keys in fi, sv and en, in every catalog', () => {
    for (const set of catalogSets) {
      const [first, ...rest] = locales.map((l) => Object.keys(set.catalogs[l]).sort());
      for (const keys of rest) expect(keys, set.namespace).toEqual(first);
    }
  });

  it('define each key in one catalog only', () => {
    const all = catalogSets.flatMap((s) => Object.keys(s.catalogs.en));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(catalogs.en)).toHaveLength(all.length);
  });

  it('hold valid ICU messages', () => {
    for (const l of locales)
      for (const [key, message] of Object.entries(catalogs[l]))
        expect(() => new IntlMessageFormat(message, l), `${l} ${key}`).not.toThrow();
  });

  it('have every key the web app names literally', () => {
    const used = new Set<string>();
    for (const file of sources(webRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bkey: '([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !(k in catalogs.en));
    expect(missing).toEqual([]);
  });

  it('translate every API error code, role and partner type', () => {
    const needed = [
      ...Object.keys(errorStatus).map((c) => `errors.${c}`),
      ...roles.map((r) => `roles.${r}`),
      ...partnerTypes.map((p) => `partnerTypes.${p}`),
      'errors.auth.INVALID_EMAIL_OR_PASSWORD',
      'errors.auth.INVALID_TOKEN',
      'errors.auth.INVALID_PASSWORD',
    ];
    expect(needed.filter((k) => !(k in catalogs.en))).toEqual([]);
  });
});
