import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogSets, catalogs } from '../shared/catalogs.js';
import { checkCatalogSets, keysUsedIn } from '../shared/catalog-check.js';
import { modules } from '../server/modules.js';
import { errorStatus } from '../server/platform/errors.js';
import { platformMail } from '../server/platform/mail.js';

/**
 * `npm run check:catalogs`: fails when fi, sv and en of any catalog (the shell's or a
 * feature's) are not equals, a key is in two catalogs, or code uses a key no catalog has.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const used = new Set<string>();
for (const file of sourceFiles(path.resolve('src/web'))) for (const key of keysUsedIn(readFileSync(file, 'utf8'))) used.add(key);
// Every error code (the platform's and each module's, registered as the modules load) and every mail template.
for (const code of Object.keys(errorStatus)) used.add(`errors.${code}`);
for (const template of [...platformMail, ...modules.flatMap((m) => m.mail ?? [])])
  for (const part of ['subject', 'body']) used.add(`mail.${template}.${part}`);

const problems = checkCatalogSets(catalogSets, used);
if (problems.length) {
  for (const p of problems) console.error(`${p.catalog ?? '-'}  ${p.locale}  ${p.key}: ${p.problem}`);
  console.error(`\n${problems.length} catalog problem(s).`);
  process.exit(1);
}
const sizes = catalogSets.map((s) => `${s.namespace} ${Object.keys(s.catalogs.fi).length}`).join(', ');
console.log(`Catalogs fi, sv, en (${sizes}): ${Object.keys(catalogs.fi).length} keys each, ${used.size} used in code, all complete.`);
