import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/connection.js';
import { readEscoSources } from './esco-files.js';
import { importEscoDataset } from './taxonomy.import.js';
import { latestImport } from './taxonomy.repo.js';

/** The demo taxonomy shipped with the product (our own CSVs in the ESCO download layout). */
export const demoTaxonomyDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo');

/** Imports the demo taxonomy when no taxonomy has been imported yet. Returns whether it did. */
export async function seedDemoTaxonomy(db: Db): Promise<boolean> {
  if (await latestImport(db)) return false;
  const dataset = await readEscoSources([demoTaxonomyDir]);
  await importEscoDataset(db, dataset, { version: 'demo', demo: true });
  return true;
}
