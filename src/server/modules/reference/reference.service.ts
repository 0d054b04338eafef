import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { AppError } from '../../platform/errors.js';
import { municipality } from '../../platform/tenancy.tables.js';

export function listMunicipalities(tx: Tx) {
  return tx.select().from(municipality).orderBy(asc(municipality.nameFi));
}

export async function assertMunicipality(tx: Tx, code: string): Promise<void> {
  const [row] = await tx.select({ code: municipality.code }).from(municipality).where(eq(municipality.code, code));
  if (!row) throw new AppError('municipality.unknown', `no municipality with code ${code}`);
}
