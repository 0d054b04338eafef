import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogs } from '../shared/catalogs.js';
import { checkCatalogs, keysUsedIn } from '../shared/catalog-check.js';
import { modules } from '../server/modules.js';
import { errorStatus } from '../server/platform/errors.js';
import { platformMail } from '../server/platform/mail.js';

/** `npm run check:catalogs`: fails when fi, sv and en are not equals, or code uses a missing key. */
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

const problems = checkCatalogs(catalogs, used);
if (problems.length) {
  for (const p of problems) console.error(`${p.locale}  ${p.key}: ${p.problem}`);
  console.error(`\n${problems.length} catalog problem(s).`);
  process.exit(1);
}
console.log(`Catalogs fi, sv, en: ${Object.keys(catalogs.fi).length} keys each, ${used.size} used in code, all complete.`);
