import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only trail of who read or changed which person's data. A trigger in the migration
 * refuses UPDATE and DELETE. `details` holds identifiers and field names, never personal content.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    hubId: uuid('hub_id'),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    subjectUserId: text('subject_user_id'),
    organisationId: uuid('organisation_id'),
    requestId: text('request_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_event_hub_at_idx').on(t.hubId, t.at),
    index('audit_event_subject_idx').on(t.subjectUserId, t.at),
    index('audit_event_actor_idx').on(t.actorUserId, t.at),
  ],
);
