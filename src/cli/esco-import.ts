import { EscoFormatError } from '../core/taxonomy/esco-csv.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { readEscoSources } from '../server/modules/taxonomy/esco-files.js';
import { importEscoDataset, versionFromPaths } from '../server/modules/taxonomy/taxonomy.import.js';

const usage = `Usage: npm run esco:import -- <zip|dir|csv>... [--version 1.2.0]

Imports an official ESCO CSV download (any languages, zipped or not; ESCO v1.0.x to v1.2.x)
into the database set by DATABASE_URL or DATA_DIR, in one transaction. Importing the same
data again changes nothing; a newer version updates in place.`;

/** `npm run esco:import`: read ESCO CSV files and merge them into the database. */
export async function runImport(argv: string[], env = process.env): Promise<number> {
  const paths: string[] = [];
  let version: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--version') version = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log(usage);
      return 0;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    console.error(usage);
    return 2;
  }
  const started = Date.now();
  const config = loadConfig(env);
  let dataset;
  try {
    dataset = await readEscoSources(paths, { onFile: (f) => console.error(`reading ${f}`) });
  } catch (err) {
    if (err instanceof EscoFormatError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`Import stopped, the database is unchanged: ${(err as Error).message}`);
      return 1;
    }
    throw err;
  }
  if (dataset.concepts.size === 0 && dataset.occupationSkills.length === 0) {
    console.error('No ESCO CSV files were found in the given paths; the database is unchanged.');
    return 1;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const result = await importEscoDataset(database.db, dataset, {
      version: version ?? versionFromPaths(paths) ?? 'unknown',
      onProgress: (m) => console.error(m),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      result.unchanged
        ? `ESCO ${result.version}: nothing changed (${dataset.concepts.size} concepts checked, ${seconds} s).`
        : `ESCO ${result.version} imported in ${seconds} s: ${Object.entries(result.changes)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runImport(process.argv.slice(2));
}
