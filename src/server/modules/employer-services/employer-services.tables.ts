import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { employerServiceKinds } from '../../../shared/employer.js';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';

export const employerServiceKind = pgEnum('employer_service_kind', employerServiceKinds);

/**
 * One service the hub gave an employer: the one definition of "employer served" (an employer
 * with at least one row in the period). Each module writes its row in the transaction of the
 * use case that gives the service, through `recordEmployerService`; `refId` is the row that is
 * the service (the support request, the event, the voucher decision …), so a service is counted
 * once however often its use case runs.
 */
export const employerServiceEvent = pgTable(
  'employer_service_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisation.id),
    kind: employerServiceKind('kind').notNull(),
    refId: text('ref_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The staff member who gave the service, when one did (cleared when their account is erased). */
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employer_service_event_uq').on(t.kind, t.refId, t.employerId),
    index('employer_service_event_hub_idx').on(t.hubId, t.occurredAt),
    index('employer_service_event_employer_idx').on(t.employerId, t.occurredAt),
    index('employer_service_event_recorded_by_idx')
      .on(t.recordedBy)
      .where(sql`${t.recordedBy} IS NOT NULL`),
  ],
);
