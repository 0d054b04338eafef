import { locales, type Locale } from './locales.js';

export type Catalog = Record<string, string>;

/**
 * One set of catalogs in fi, sv and en: the shell's (`src/web/i18n/<locale>.json`, namespace
 * `shell`) or one feature's (`src/web/features/<name>/i18n/<locale>.json`, namespace `<name>`).
 */
export type CatalogSet = { namespace: string; catalogs: Record<Locale, Catalog> };

const shellNamespace = 'shell';
const filePattern = /\/web\/(?:features\/([^/]+)\/)?i18n\/([^/]+)\.json$/;

/** The catalog files as the bundler finds them (Vite, and Vitest, which transforms with Vite). */
function bundledFiles(): Record<string, Catalog> {
  return import.meta.glob<Catalog>(['../web/i18n/*.json', '../web/features/*/i18n/*.json'], { eager: true, import: 'default' });
}

/** The catalog files read from the source tree, for Node without a bundler (the server under tsx, the CLI). */
export function catalogFilesOnDisk(): Record<string, Catalog> {
  const fs = process.getBuiltinModule('node:fs');
  const web = new URL(/* @vite-ignore */ '../web/', import.meta.url);
  const files: Record<string, Catalog> = {};
  const readDir = (dir: string) => {
    const url = new URL(dir, web);
    if (!fs.existsSync(url)) return;
    for (const name of fs.readdirSync(url).sort())
      if (name.endsWith('.json')) files[`../web/${dir}${name}`] = JSON.parse(fs.readFileSync(new URL(name, url), 'utf8')) as Catalog;
  };
  readDir('i18n/');
  for (const feature of fs.readdirSync(new URL('features/', web)).sort()) readDir(`features/${feature}/i18n/`);
  return files;
}

/** Groups catalog files by namespace, the shell first; a language without a file gets an empty catalog. */
export function catalogSetsOf(files: Record<string, Catalog>): CatalogSet[] {
  const sets = new Map<string, CatalogSet>();
  for (const [file, catalog] of Object.entries(files)) {
    const m = filePattern.exec(file);
    if (!m) continue;
    const namespace = m[1] ?? shellNamespace;
    const locale = m[2] as Locale;
    if (!(locales as readonly string[]).includes(locale)) throw new Error(`catalog ${file}: ${locale} is not a UI language`);
    if (!sets.has(namespace)) sets.set(namespace, { namespace, catalogs: { fi: {}, sv: {}, en: {} } });
    sets.get(namespace)!.catalogs[locale] = catalog;
  }
  return [...sets.values()].sort((a, b) =>
    a.namespace === shellNamespace ? -1 : b.namespace === shellNamespace ? 1 : a.namespace.localeCompare(b.namespace),
  );
}

/** Every catalog set: found by folder convention, so a feature's catalogs are included by existing. */
export const catalogSets: CatalogSet[] = catalogSetsOf(import.meta.env ? bundledFiles() : catalogFilesOnDisk());

/**
 * The UI catalogs merged, per language: flat maps from a meaning-named key to an ICU message.
 * The server reads mail texts and error labels from them, the browser tests their `t()`.
 */
export const catalogs: Record<Locale, Catalog> = {
  fi: Object.assign({}, ...catalogSets.map((s) => s.catalogs.fi)) as Catalog,
  sv: Object.assign({}, ...catalogSets.map((s) => s.catalogs.sv)) as Catalog,
  en: Object.assign({}, ...catalogSets.map((s) => s.catalogs.en)) as Catalog,
};
