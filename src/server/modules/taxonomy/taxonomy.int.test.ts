import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDownload } from '../../../cli/esco-download.js';
import { runImport } from '../../../cli/esco-import.js';
import { openDatabase, type Database } from '../../db/connection.js';
import { Client, dbKinds, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { readEscoSources } from './esco-files.js';
import * as f from './taxonomy.fixtures.test-data.js';
import { importEscoDataset } from './taxonomy.import.js';
import { escoConcept, escoImport, escoLabel, escoOccupationSkill } from './taxonomy.tables.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'esco-fixture-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function labelsOf(db: Database, uri: string) {
  const rows = await db.db.select().from(escoLabel).where(eq(escoLabel.uri, uri));
  return rows.map((r) => `${r.lang}:${r.type}:${r.text}`).sort();
}

describe.each(dbKinds)('ESCO import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seed: false });
  });
  afterAll(() => t.close());

  it('imports concepts, labels per language, descriptions and relations, and a re-import changes nothing', async () => {
    const ds = await readEscoSources([
      folder({
        'skills_en.csv': f.skillsEn(),
        'occupations_en.csv': f.occupationsEn,
        'occupationSkillRelations.csv': f.occupationSkillRelations,
      }),
    ]);
    const first = await importEscoDataset(t.database.db, ds, { version: '1.1.1' });
    expect(first.unchanged).toBe(false);
    expect(first.changes).toMatchObject({ conceptsAdded: 4, occupationSkillsChanged: 2 });
    expect(await labelsOf(t.database, f.uri.python)).toEqual([
      'en:alternative:Python',
      'en:alternative:Python programming',
      'en:preferred:Python (computer programming)',
    ]);
    const again = await importEscoDataset(t.database.db, ds, { version: '1.1.1' });
    expect(again).toMatchObject({ unchanged: true, importId: null });
    expect((await t.database.db.select({ n: count() }).from(escoImport))[0]!.n).toBe(1);
  });

  it('adds another language without touching the others, and a newer version updates in place', async () => {
    const fi = await readEscoSources([folder({ 'occupations_fi.csv': f.occupationsFi, 'skills_fi.csv': f.skillsFi })]);
    const added = await importEscoDataset(t.database.db, fi, { version: '1.1.1' });
    expect(added.changes.labelsAdded).toBe(5);
    expect(added.changes.labelsRemoved).toBe(0);
    expect(await labelsOf(t.database, f.uri.developer)).toEqual(
      expect.arrayContaining(['en:preferred:software developer', 'fi:preferred:ohjelmistokehittäjä']),
    );
    // the relations were not part of this import and stay as they were
    expect((await t.database.db.select({ n: count() }).from(escoOccupationSkill))[0]!.n).toBe(2);

    const newer = await readEscoSources([folder({ 'skills_en.csv': f.skillsEn({ pythonAlt: 'Python 3' }) })]);
    const updated = await importEscoDataset(t.database.db, newer, { version: '1.2.0' });
    expect(updated.changes).toMatchObject({ labelsAdded: 1, labelsRemoved: 2 });
    expect(await labelsOf(t.database, f.uri.python)).toEqual(['en:alternative:Python 3', 'en:preferred:Python (computer programming)']);
    const [latest] = await t.database.db.select().from(escoImport).orderBy(escoImport.id);
    expect(latest).toBeDefined();
    const versions = (await t.database.db.select({ v: escoImport.version }).from(escoImport)).map((r) => r.v);
    expect(versions).toEqual(['1.1.1', '1.1.1', '1.2.0']);
  });

  it('a failure half-way leaves the database as it was', async () => {
    const before = await labelsOf(t.database, f.uri.nurse);
    const ds = await readEscoSources([folder({ 'occupations_sv.csv': f.occupationsSv })]);
    // A NUL character cannot be stored in PostgreSQL text: the merge fails after staging began.
    ds.concepts.get(f.uri.nurse)!.labels.sv!.alternative.push('bad\u0000label');
    await expect(importEscoDataset(t.database.db, ds, { version: '1.2.0' })).rejects.toThrow();
    expect(await labelsOf(t.database, f.uri.nurse)).toEqual(before);
    expect((await labelsOf(t.database, f.uri.developer)).some((l) => l.startsWith('sv:'))).toBe(false);
  });

  it('a malformed file stops the import with its file, line and column, before anything is written', async () => {
    const dir = folder({
      'skills_en.csv': `${f.skillsHeader}\nKnowledgeSkillCompetence,urn:test:skill:x,skill,cross-sector,"unterminated,,,released`,
    });
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(String(m)));
    const env =
      kind === 'postgres'
        ? { DATABASE_URL: databaseUrlOf(t), DATA_DIR: os.tmpdir() }
        : { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'esco-db-')) };
    const code = await runImport([dir], { NODE_ENV: 'test', ...env });
    spy.mockRestore();
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/skills_en\.csv: line 2, column preferredLabel: Quote Not Closed/);
    expect((await t.database.db.select({ n: count() }).from(escoConcept).where(eq(escoConcept.uri, 'urn:test:skill:x')))[0]!.n).toBe(0);
  });
});

function databaseUrlOf(t: TestApp): string {
  if (!t.databaseUrl) throw new Error('postgres test database has no url');
  return t.databaseUrl;
}

describe('esco:download', () => {
  let server: Server;
  let base: string;
  const requested: string[] = [];
  beforeAll(async () => {
    const zips: Record<string, Uint8Array> = {
      '/esco/esco-v1.2.0-classification-en-csv.zip': zipSync({
        'skills_en.csv': strToU8(f.skillsEn()),
        'occupations_en.csv': strToU8(f.occupationsEn),
      }),
      '/esco/esco-v1.2.0-classification-fi-csv.zip': zipSync({ 'occupations_fi.csv': strToU8(f.occupationsFi) }),
      '/esco/esco-v1.2.0-classification-relations-csv.zip': zipSync({
        'occupationSkillRelations.csv': strToU8(f.occupationSkillRelations),
      }),
    };
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const body = zips[req.url ?? ''];
      if (!body) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches each language package and the relations, then imports them', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'esco-download-'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await runDownload(
      ['--version', 'v1.2.0', '--languages', 'en,fi', '--url', `${base}/esco/esco-v{version}-classification-{language}-csv.zip`],
      {
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
      },
    );
    spy.mockRestore();
    log.mockRestore();
    expect(code).toBe(0);
    expect(requested).toEqual([
      '/esco/esco-v1.2.0-classification-en-csv.zip',
      '/esco/esco-v1.2.0-classification-fi-csv.zip',
      '/esco/esco-v1.2.0-classification-relations-csv.zip',
    ]);
    const db = await openDatabase({ dataDir });
    try {
      expect(await labelsOf(db, f.uri.developer)).toEqual(
        expect.arrayContaining(['fi:preferred:ohjelmistokehittäjä', 'en:preferred:software developer']),
      );
      expect((await db.db.select({ v: escoImport.version }).from(escoImport))[0]?.v).toBe('1.2.0');
      expect((await db.db.select({ n: count() }).from(escoOccupationSkill))[0]!.n).toBe(2);
    } finally {
      await db.close();
    }
  });

  it('names the address that failed', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(String(m)));
    const code = await runDownload(
      ['--version', '1.2.0', '--languages', 'sv', '--url', `${base}/esco/esco-v{version}-classification-{language}-csv.zip`],
      {
        NODE_ENV: 'test',
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'esco-download-')),
      },
    );
    spy.mockRestore();
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(`${base}/esco/esco-v1.2.0-classification-sv-csv.zip answered 404`);
  });
});

describe.each(dbKinds)('taxonomy API (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind); // demo region and demo taxonomy, then a real import replaces the demo
    const ds = await readEscoSources([
      folder({
        'skills_en.csv': f.skillsEn(),
        'skills_fi.csv': f.skillsFi,
        'occupations_en.csv': f.occupationsEn,
        'occupations_fi.csv': f.occupationsFi,
        'occupations_sv.csv': f.occupationsSv,
        'occupationSkillRelations.csv': f.occupationSkillRelations,
      }),
    ]);
    const result = await importEscoDataset(t.database.db, ds, { version: '1.1.1' });
    expect(result.changes.demoRemoved).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  const search = async (q: string, lang: string, kind = 'occupation') =>
    (await t.app.inject({ method: 'GET', url: `/api/taxonomy/search?q=${encodeURIComponent(q)}&kind=${kind}&lang=${lang}` })).json();

  it('finds an occupation typed in any language and answers in the UI language', async () => {
    expect((await search('ohjelmistokehittäjä', 'en')).items[0]).toMatchObject({
      uri: f.uri.developer,
      label: 'software developer',
      labelLang: 'en',
    });
    expect((await search('sjuksköterska', 'fi')).items[0]).toMatchObject({ uri: f.uri.nurse, label: 'sairaanhoitaja', labelLang: 'fi' });
    expect((await search('nurse', 'sv')).items[0]).toMatchObject({ uri: f.uri.nurse, label: 'sjuksköterska', labelLang: 'sv' });
    const res = await search('ohjelmistokehittaja', 'fi');
    expect(res.items[0]).toMatchObject({ uri: f.uri.developer, label: 'ohjelmistokehittäjä' });
    expect(res.source).toEqual({ version: '1.1.1', demo: false, attribution: 'esco' });
  });

  it('says which language a label is in when the UI language has none', async () => {
    const res = await search('python', 'sv', 'skill');
    expect(res.items[0]).toMatchObject({ uri: f.uri.python, label: 'Python (computer programming)', labelLang: 'en' });
  });

  it('shows a concept with its skills, labels and description, falling back by language', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/taxonomy/concept?uri=${encodeURIComponent(f.uri.developer)}&lang=sv` });
    expect(res.json()).toMatchObject({
      kind: 'occupation',
      label: 'mjukvaruutvecklare',
      labelLang: 'sv',
      description: 'Utvecklar programvara.',
      descriptionLang: 'sv',
      labels: { en: 'software developer', fi: 'ohjelmistokehittäjä', sv: 'mjukvaruutvecklare' },
      essentialSkills: [{ uri: f.uri.python, label: 'Python (computer programming)', labelLang: 'en' }],
    });
    const python = await t.app.inject({ method: 'GET', url: `/api/taxonomy/concept?uri=${encodeURIComponent(f.uri.python)}&lang=sv` });
    expect(python.json()).toMatchObject({
      label: 'Python (computer programming)',
      labelLang: 'en',
      description: 'Techniques of software development in Python.',
      descriptionLang: 'en',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/taxonomy/concept?uri=urn:test:none' })).statusCode).toBe(404);
  });

  it('links a text to concepts with evidence spans, for signed-in people', async () => {
    const text = 'Olen kokenut sairaanhoitaja ja haen työtä.';
    expect((await new Client(t.app).post('/api/taxonomy/link', { text })).statusCode).toBe(401);
    const c = await signedIn(t.app, 'talent@talenthub.example');
    const res = (await c.post('/api/taxonomy/link', { text, kinds: ['occupation'], lang: 'fi' })).json();
    expect(res.items[0]).toMatchObject({ uri: f.uri.nurse, label: 'sairaanhoitaja' });
    // without `lang`, labels come in the person's own UI language (Olena reads English)
    const inEnglish = (await c.post('/api/taxonomy/link', { text, kinds: ['occupation'] })).json();
    expect(inEnglish.items[0]).toMatchObject({ uri: f.uri.nurse, label: 'nurse', labelLang: 'en' });
    const span = res.items[0].evidence[0];
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(span.text.toLowerCase()).toContain('sairaanhoitaja');
  });

  it('reports what is loaded', async () => {
    const res = (await t.app.inject({ method: 'GET', url: '/api/taxonomy/status' })).json();
    // only the imported concepts: the demo taxonomy is gone
    expect(res).toMatchObject({ source: { version: '1.1.1', demo: false }, concepts: { skill: 2, occupation: 2, isco: 0 } });
    expect(res.languages.sort()).toEqual(['en', 'fi', 'sv']);
  });

  it('refuses an empty or over-long query', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/taxonomy/search?q=' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/taxonomy/search?q=${'a'.repeat(201)}` })).statusCode).toBe(400);
    const c = await signedIn(t.app, 'talent@talenthub.example');
    expect((await c.post('/api/taxonomy/link', { text: 'x'.repeat(20_001) })).json().issues[0]).toMatchObject({
      path: 'body/text',
      code: 'too_big',
    });
  });
});
