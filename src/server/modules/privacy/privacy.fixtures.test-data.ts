import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { consent } from './privacy.tables.js';

/** Test factory: withdraws every consent of a person at once, as if they had withdrawn each. */
export async function withdrawAllConsents(db: Tx, userId: string): Promise<void> {
  await db
    .update(consent)
    .set({ withdrawnAt: sql`now()` })
    .where(eq(consent.userId, userId));
}
