import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';
import { ageBands, walkInLanguages, walkInTopics } from '../../../shared/guidance.js';

export const ageBand = pgEnum('age_band', ageBands);
export const walkInTopic = pgEnum('walk_in_topic', walkInTopics);
export const walkInLanguage = pgEnum('walk_in_language', walkInLanguages);

/** A place where advisers meet walk-in visitors, run by a partner organisation. */
export const servicePoint = pgTable(
  'service_point',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_point_hub_idx').on(t.hubId), check('service_point_name_len', sql`char_length(${t.name}) BETWEEN 1 AND 200`)],
);

/**
 * An anonymous walk-in contact: no personal data, only what the figures need. The adviser who
 * logged it is kept so an adviser can correct their own entries of the day.
 */
export const walkIn = pgTable(
  'walk_in',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoint.id),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    topics: walkInTopic('topics').array().notNull(),
    language: walkInLanguage('language').notNull(),
    ageBand: ageBand('age_band').notNull(),
    referralGiven: boolean('referral_given').notNull().default(false),
    nextStepGiven: boolean('next_step_given').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('walk_in_point_at_idx').on(t.servicePointId, t.at),
    index('walk_in_hub_at_idx').on(t.hubId, t.at),
    check('walk_in_topics', sql`cardinality(${t.topics}) BETWEEN 1 AND 10`),
  ],
);
