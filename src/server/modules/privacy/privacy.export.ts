import type { Tx } from '../../db/connection.js';
import type { Exporter, ModuleDescriptor, PersonRef } from '../../platform/module.js';
import { platformPersonalData } from '../../platform/personal-data.js';

/**
 * Every table that holds data about a person, and how to read one person's rows from it: the
 * platform's and each module's, as their descriptors declare. Secrets (password hashes, session
 * and reset tokens) and the CV file's bytes are left out: the file is downloaded on its own. A
 * test fails when a table is in neither this list nor `tablesWithoutPersonalData`, so a new table
 * cannot be forgotten.
 */
export function personalDataTables(modules: readonly ModuleDescriptor[]): Record<string, Exporter> {
  const out: Record<string, Exporter> = { ...platformPersonalData.exporters };
  for (const m of modules) {
    for (const [table, read] of Object.entries(m.personalData?.exporters ?? {})) {
      if (table in out) throw new Error(`table ${table} is exported by two modules`);
      out[table] = read;
    }
  }
  return out;
}

/** Tables with no data about a person, and why. */
export function tablesWithoutPersonalData(modules: readonly ModuleDescriptor[]): Record<string, string> {
  return Object.assign({}, platformPersonalData.none, ...modules.map((m) => m.personalData?.none ?? {})) as Record<string, string>;
}

export async function exportPersonalData(tx: Tx, modules: readonly ModuleDescriptor[], p: PersonRef) {
  const tables: Record<string, Record<string, unknown>[]> = {};
  // One after the other: a transaction runs one query at a time.
  for (const [name, read] of Object.entries(personalDataTables(modules))) tables[name] = await read(tx, p);
  return tables;
}

/**
 * Erases what the modules and the platform hold about the person beyond the cascade from the
 * user row (rows keyed by the address, rows naming the person as an author), before the user
 * row itself is deleted.
 */
export async function erasePersonalData(tx: Tx, modules: readonly ModuleDescriptor[], p: PersonRef): Promise<void> {
  for (const m of modules) await m.personalData?.erase?.(tx, p);
  await platformPersonalData.erase?.(tx, p);
}
