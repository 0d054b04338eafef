import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';
import { appointmentKinds, appointmentModes, attendanceValues } from '../../../shared/guidance.js';

export const appointmentKind = pgEnum('appointment_kind', appointmentKinds);
export const appointmentMode = pgEnum('appointment_mode', appointmentModes);
export const attendance = pgEnum('attendance', attendanceValues);

/**
 * A time a counsellor offers: an individual appointment (capacity 1) or a group guidance
 * session with a capacity. Individual slots are bookable by the clients of the host's
 * organisation; group sessions by any client of the hub.
 */
export const appointmentSlot = pgTable(
  'appointment_slot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    hostUserId: text('host_user_id').references(() => user.id, { onDelete: 'set null' }),
    kind: appointmentKind('kind').notNull(),
    mode: appointmentMode('mode').notNull(),
    title: text('title'),
    place: text('place'),
    link: text('link'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull().default(1),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointment_slot_org_idx').on(t.hubId, t.organisationId, t.startsAt),
    index('appointment_slot_host_idx').on(t.hostUserId, t.startsAt),
    check('appointment_slot_time', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointment_slot_capacity', sql`${t.capacity} BETWEEN 1 AND 500`),
    check('appointment_slot_individual', sql`${t.kind} = 'group' OR ${t.capacity} = 1`),
    check('appointment_slot_title_len', sql`char_length(${t.title}) <= 200`),
    check('appointment_slot_place_len', sql`char_length(${t.place}) <= 300`),
    check('appointment_slot_link_len', sql`char_length(${t.link}) <= 500`),
  ],
);

/**
 * A client's seat in a slot. Bookings are made under a lock on the slot row, and the unique
 * index keeps one active booking per client and slot, so concurrent requests cannot overbook.
 */
export const appointmentBooking = pgTable(
  'appointment_booking',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => appointmentSlot.id, { onDelete: 'cascade' }),
    clientUserId: text('client_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    bookedBy: text('booked_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    attendance: attendance('attendance'),
  },
  (t) => [
    uniqueIndex('appointment_booking_active_uq')
      .on(t.slotId, t.clientUserId)
      .where(sql`${t.cancelledAt} IS NULL`),
    index('appointment_booking_client_idx').on(t.clientUserId),
  ],
);
