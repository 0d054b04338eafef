import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web app shares the server's schemas (the API contract) and pure rules, never server code:
 * a schema that imported a module's index once pulled the database driver into the browser and
 * the app did not start. This follows every runtime import from the web app's entry and fails
 * when one reaches server code or a server-only package.
 */

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcRoot = path.resolve(webRoot, '..');

/** Server files the web may import: the contract and pure rules. */
const allowedServerFile =
  /server\/(modules\/[a-z-]+\/[a-z-]+\.(schema|tables|policy)|platform\/(errors|policy|auth\.tables|tenancy\.tables))\.ts$/;
const serverOnlyPackages = [
  'fastify',
  'pg',
  '@electric-sql/pglite',
  'better-auth',
  'nodemailer',
  'mammoth',
  'pdfjs-dist',
  'file-type',
  'fflate',
  'ics',
  'drizzle-orm/pglite',
  'drizzle-orm/node-postgres',
];

/** Runtime imports of a file: type-only imports are erased and do not count. */
function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    if (m[2]) continue;
    const clause = m[3] ?? '';
    // `import { type A, type B }` is erased too.
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    if (braces && braces[1]!.split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) continue;
    out.push(m[4]!);
  }
  for (const m of code.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

function reach(entry: string) {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) stack.push(target);
      } else if (!packages.has(spec)) packages.set(spec, path.relative(srcRoot, file));
    }
  }
  return { files: [...seen].map((f) => path.relative(srcRoot, f)), packages };
}

describe('the web bundle', () => {
  const { files, packages } = reach(path.join(webRoot, 'main.tsx'));

  it('reaches the app’s pages', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('imports from the server only schemas, tables and pure rules', () => {
    const server = files.filter((f) => f.startsWith('server/'));
    expect(server.filter((f) => !allowedServerFile.test(f))).toEqual([]);
  });

  it('imports no server-only package or Node built-in', () => {
    const bad = [...packages].filter(
      ([spec]) => spec.startsWith('node:') || serverOnlyPackages.some((p) => spec === p || spec.startsWith(`${p}/`)),
    );
    expect(bad).toEqual([]);
  });
});
