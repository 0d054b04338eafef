import { pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../../platform/auth.tables.js';
import { hub } from '../../platform/tenancy.tables.js';

/** The hub administrator's weights for the parts of a match; defaults apply without a row. */
export const hubMatchWeights = pgTable('hub_match_weights', {
  hubId: uuid('hub_id')
    .primaryKey()
    .references(() => hub.id, { onDelete: 'cascade' }),
  essentialSkills: real('essential_skills').notNull(),
  optionalSkills: real('optional_skills').notNull(),
  occupation: real('occupation').notNull(),
  languages: real('languages').notNull(),
  location: real('location').notNull(),
  availability: real('availability').notNull(),
  updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
