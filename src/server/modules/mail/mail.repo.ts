import { and, count, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { membership } from '../../platform/tenancy.tables.js';

/** Mail of one hub: its own, and mail to its members that belongs to no hub (password resets). */
function ofHub(tx: Tx, hubId: string) {
  return or(
    eq(mailOutbox.hubId, hubId),
    and(
      isNull(mailOutbox.hubId),
      inArray(
        mailOutbox.toAddress,
        tx
          .select({ email: user.email })
          .from(user)
          .innerJoin(membership, eq(membership.userId, user.id))
          .where(eq(membership.hubId, hubId)),
      ),
    ),
  );
}

export function listOutbox(tx: Tx, hubId: string, opts: { limit: number; offset: number }) {
  return tx.select().from(mailOutbox).where(ofHub(tx, hubId)).orderBy(desc(mailOutbox.createdAt)).limit(opts.limit).offset(opts.offset);
}
export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

/** Messages of the hub's own in the outbox. */
export async function countOutbox(tx: Tx, hubId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.hubId, hubId));
  return row?.n ?? 0;
}
