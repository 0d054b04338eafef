import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Outgoing e-mail. Rows are written in the same transaction as the change that causes them. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id'),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Not sent before this time: reminders are queued when the booking is made. */
    sendAfter: timestamp('send_after', { withTimezone: true }),
    /** An iCalendar file sent with the mail as `invite.ics`. */
    calendar: text('calendar'),
    /** What the mail is about (a booking), so a cancellation can take back its reminder. */
    refId: uuid('ref_id'),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt), index('mail_outbox_unsent_idx').on(t.sentAt)],
);
