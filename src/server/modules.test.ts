import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../shared/catalogs.js';
import { locales } from '../shared/locales.js';
import { modules } from './modules.js';
import * as auditTables from './platform/audit.tables.js';
import * as authTables from './platform/auth.tables.js';
import { errorStatus } from './platform/errors.js';
import * as mailTables from './platform/mail.tables.js';
import { demoOrder, type ModuleDescriptor } from './platform/module.js';
import { platformPersonalData } from './platform/personal-data.js';
import * as tenancyTables from './platform/tenancy.tables.js';
import { personalDataTables, tablesWithoutPersonalData } from './modules/privacy/index.js';

/**
 * The module contract (decision 0021): every domain is one descriptor in `modules.ts`, and what
 * the app, the schema, errors, mail and the privacy export need is read from the descriptors.
 */

const modulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'modules');

const tablesOf = (namespace: Record<string, unknown> | undefined) =>
  Object.values(namespace ?? {})
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableName(t));

const platformTables = [authTables, tenancyTables, auditTables, mailTables].flatMap((ns) => tablesOf(ns));

describe('the module list', () => {
  it('names every module folder once, by its folder name', () => {
    const folders = readdirSync(modulesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
  });

  it('gives every table one owner: the platform or exactly one module', () => {
    const owners = new Map<string, string[]>();
    for (const t of platformTables) owners.set(t, ['platform']);
    for (const m of modules) for (const t of tablesOf(m.tables)) owners.set(t, [...(owners.get(t) ?? []), m.name]);
    expect([...owners].filter(([, o]) => o.length !== 1)).toEqual([]);
    expect(owners.size).toBeGreaterThan(40);
  });

  it('classifies every table for the GDPR export and erasure, each once', () => {
    const exported = Object.keys(personalDataTables(modules));
    const without = Object.keys(tablesWithoutPersonalData(modules));
    expect(exported.filter((t) => without.includes(t))).toEqual([]);
    const all = [...platformTables, ...modules.flatMap((m) => tablesOf(m.tables))];
    expect(all.filter((t) => !exported.includes(t) && !without.includes(t))).toEqual([]);
    // Only tables that exist are classified.
    expect([...exported, ...without].filter((t) => !all.includes(t))).toEqual([]);
  });

  it('names every exported table in the readable export document, in fi, sv and en', () => {
    for (const table of Object.keys(personalDataTables(modules)))
      for (const l of locales) expect(catalogs[l][`privacy.export.table.${table}`], `${l} privacy.export.table.${table}`).toBeTruthy();
  });

  it('lets a module classify only its own tables', () => {
    for (const m of modules) {
      const own = tablesOf(m.tables);
      const named = [...Object.keys(m.personalData?.exporters ?? {}), ...Object.keys(m.personalData?.none ?? {})];
      expect(
        named.filter((t) => !own.includes(t)),
        m.name,
      ).toEqual([]);
    }
    const platformNamed = [...Object.keys(platformPersonalData.exporters), ...Object.keys(platformPersonalData.none ?? {})];
    expect(platformNamed.filter((t) => !platformTables.includes(t))).toEqual([]);
  });

  it('registers every module error code with a status, and translates it in fi, sv and en', () => {
    for (const m of modules)
      for (const [code, status] of Object.entries(m.errors ?? {})) {
        expect(errorStatus[code], code).toBe(status);
        for (const l of locales) expect(catalogs[l][`errors.${code}`], `${l} errors.${code}`).toBeTruthy();
      }
  });

  it('has a subject and a body in fi, sv and en for every mail template', () => {
    const templates = modules.flatMap((m) => m.mail ?? []);
    expect(new Set(templates).size).toBe(templates.length);
    for (const t of templates)
      for (const part of ['subject', 'body'])
        for (const l of locales) expect(catalogs[l][`mail.${t}.${part}`], `${l} mail.${t}.${part}`).toBeTruthy();
  });
});

describe('demo seeds', () => {
  const seed = (name: string, after: string[] = []): ModuleDescriptor => ({ name, demo: { after, seed: async () => {} } });

  it('run each after the modules they name', () => {
    const order = demoOrder([seed('c', ['b']), seed('a'), seed('b', ['a'])]).map((m) => m.name);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('refuse a circle and an unknown module', () => {
    expect(() => demoOrder([seed('a', ['b']), seed('b', ['a'])])).toThrow(/circle/);
    expect(() => demoOrder([seed('a', ['nope'])])).toThrow(/not a module/);
  });

  it('order the real modules', () => {
    expect(() => demoOrder(modules)).not.toThrow();
  });
});
