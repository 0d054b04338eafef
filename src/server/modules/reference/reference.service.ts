import { asc } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { municipality } from '../../platform/tenancy.tables.js';

export function listMunicipalities(tx: Tx) {
  return tx.select().from(municipality).orderBy(asc(municipality.nameFi));
}
