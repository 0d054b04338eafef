import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Privacy is the one owner of the consent table (decision 0020): every other part of the server
 * and the command-line tools reads consents through `modules/privacy/index.ts`. This test fails
 * when a file outside privacy names the table, in an import or in SQL.
 */

const srcRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Code without comments, so prose about consent is not mistaken for the table. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The ways a file may name the consent table, each with the reason it is reported. */
const rules: { reason: string; pattern: RegExp }[] = [
  { reason: "imports privacy's tables", pattern: /from\s+['"][^'"]*privacy\/privacy\.tables(\.js)?['"]/ },
  {
    reason: 'imports `consent` from the schema index',
    pattern: /import\s+(type\s+)?\{[^}]*\bconsent\b[^}]*\}\s*from\s+['"][^'"]*db\/schema(\.js)?['"]/,
  },
  { reason: 'reads `consent` off the schema index', pattern: /\bschema\.consent\b/ },
  { reason: 'names the table in SQL', pattern: /\b(from|join|into|update)\s+"?consent"?(?![\w"])/i },
  { reason: 'quotes the table name', pattern: /"consent"(?!\s*:)/ },
];

/** The reasons a source file names the consent table; empty when it does not. */
function consentTableNames(source: string): string[] {
  const code = withoutComments(source);
  return rules.filter((r) => r.pattern.test(code)).map((r) => r.reason);
}

/** Outside the modules, only privacy's own files may import privacy's internals; inside, only its index. */
function importsPrivacyInternals(file: string, source: string): boolean {
  const internal = /from\s+['"]\.\.\/privacy\/(?!index\.js['"])([^'"]+)['"]/g;
  for (const m of withoutComments(source).matchAll(internal)) {
    const target = m[1] ?? '';
    // Test factories of privacy serve other modules' tests only.
    if (target.endsWith('.test-data.js') && /\.(test|test-data)\.ts$/.test(file)) continue;
    return true;
  }
  return false;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Privacy itself. */
const owners = (file: string) => file.startsWith(`server${sep}modules${sep}privacy${sep}`);

describe('the consent table detector', () => {
  it.each([
    ["import { consent } from '../privacy/privacy.tables.js';"],
    ["import { consent, hub } from '../../db/schema.js';"],
    ['const t = schema.consent;'],
    ['sql`SELECT 1 FROM consent c WHERE c.user_id = ${id}`'],
    ['sql`SELECT p.user_id FROM talent_profile p JOIN consent c ON c.user_id = p.user_id`'],
    ['sql`INSERT INTO consent (user_id) VALUES (${id})`'],
    ['sql`UPDATE consent SET withdrawn_at = now()`'],
    ['sql`SELECT * FROM "consent"`'],
  ])('finds %s', (source) => {
    expect(consentTableNames(source)).not.toEqual([]);
  });

  it.each([
    ["import { sharingsOf } from '../privacy/index.js';"],
    ['// the join reads FROM consent rows\nconst x = 1;'],
    ['/** Only people who consent to employer visibility. */'],
    ['sql`SELECT 1 FROM consent_kind_lookup`'],
    ["const kind = 'consent.grant';"],
    ['sql`SELECT c.kind::consent_kind FROM x c`'],
    ['expect(data.tables).toMatchObject({ "consent": [] });'],
  ])('leaves %s alone', (source) => {
    expect(consentTableNames(source)).toEqual([]);
  });

  it('tells privacy internals from its public face', () => {
    expect(importsPrivacyInternals('a.ts', "import { recordConsent } from '../privacy/privacy.consents.js';")).toBe(true);
    expect(importsPrivacyInternals('a.ts', "import { recordConsent } from '../privacy/index.js';")).toBe(false);
    expect(importsPrivacyInternals('a.int.test.ts', "import { x } from '../privacy/privacy.fixtures.test-data.js';")).toBe(false);
    expect(importsPrivacyInternals('a.ts', "import { x } from '../privacy/privacy.fixtures.test-data.js';")).toBe(true);
  });
});

describe('privacy owns the consent table', () => {
  const files = [...tsFiles(join(srcRoot, 'server')), ...tsFiles(join(srcRoot, 'cli'))].map((f) => relative(srcRoot, f));

  it('scans the server and the command-line tools', () => {
    expect(files).toContain(join('server', 'modules', 'talents', 'talents.repo.ts'));
    expect(files).toContain(join('cli', 'demo-profiles.ts'));
  });

  it('no file outside privacy names the consent table', () => {
    const offenders = files
      .filter((f) => !owners(f))
      .flatMap((f) => consentTableNames(readFileSync(join(srcRoot, f), 'utf8')).map((reason) => `${f}: ${reason}`));
    expect(offenders).toEqual([]);
  });

  it('other modules import privacy only through its index', () => {
    const modules = `server${sep}modules${sep}`;
    const offenders = files
      .filter((f) => f.startsWith(modules) && !owners(f))
      .filter((f) => importsPrivacyInternals(f, readFileSync(join(srcRoot, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
