import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { membership } from '../../platform/tenancy.tables.js';

/** Mail of one hub: its own, and mail to its members that belongs to no hub (password resets). */
export function listOutbox(db: Tx, hubId: string, opts: { limit: number; offset: number }) {
  return db
    .select()
    .from(mailOutbox)
    .where(
      or(
        eq(mailOutbox.hubId, hubId),
        and(
          isNull(mailOutbox.hubId),
          inArray(
            mailOutbox.toAddress,
            db
              .select({ email: user.email })
              .from(user)
              .innerJoin(membership, eq(membership.userId, user.id))
              .where(eq(membership.hubId, hubId)),
          ),
        ),
      ),
    )
    .orderBy(desc(mailOutbox.createdAt))
    .limit(opts.limit)
    .offset(opts.offset);
}
