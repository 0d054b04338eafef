import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../../platform/auth.tables.js';
import { jobOpening } from '../openings/openings.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';

export const contactStatuses = ['requested', 'accepted', 'declined', 'withdrawn'] as const;
export const contactOutcomes = ['interviewed', 'hired', 'not_proceeding'] as const;
export type ContactStatus = (typeof contactStatuses)[number];
export type ContactOutcome = (typeof contactOutcomes)[number];

export const contactStatus = pgEnum('contact_status', contactStatuses);
export const contactOutcome = pgEnum('contact_outcome', contactOutcomes);

/**
 * An employer's request to contact a talent about one opening. The talent's contact details
 * are revealed to the opening's employer only once the talent accepts, and only while the talent
 * consents to employer visibility. One open (requested or accepted) request per opening and
 * talent; declined and withdrawn ones stay as history. The rows go with the talent's account.
 */
export const contactRequest = pgTable(
  'contact_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    openingId: uuid('opening_id')
      .notNull()
      .references(() => jobOpening.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    talentUserId: text('talent_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
    message: text('message'),
    status: contactStatus('status').notNull().default('requested'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    outcome: contactOutcome('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeBy: text('outcome_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contact_request_open_idx')
      .on(t.openingId, t.talentUserId)
      .where(sql`${t.status} IN ('requested', 'accepted')`),
    index('contact_request_talent_idx').on(t.talentUserId, t.createdAt),
    index('contact_request_org_idx').on(t.hubId, t.organisationId, t.createdAt),
    check('contact_request_message_len', sql`char_length(${t.message}) <= 1000`),
    check('contact_request_outcome_accepted', sql`${t.outcome} IS NULL OR ${t.status} = 'accepted'`),
  ],
);

/**
 * An employer the hub served: one row per hire made through a contact request. Holds no data
 * about the person; the link to the request is cleared when the person's account is erased, so
 * the count survives.
 */
export const employerServed = pgTable(
  'employer_served',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    servedOn: date('served_on').notNull(),
    source: text('source', { enum: ['hire'] }).notNull(),
    contactRequestId: uuid('contact_request_id').references(() => contactRequest.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employer_served_hub_idx').on(t.hubId, t.servedOn), uniqueIndex('employer_served_request_idx').on(t.contactRequestId)],
);

/**
 * A person employed through a contact request. `matchesSkills`: the person covered at least
 * half of the opening's essential skills (the mean credit of the essential skills in the match
 * explanation is 0.5 or more; see `matchesSkills` in contacts.service.ts).
 */
export const talentEmployment = pgTable(
  'talent_employment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    employedOn: date('employed_on').notNull(),
    contactRequestId: uuid('contact_request_id').references(() => contactRequest.id, { onDelete: 'set null' }),
    matchesSkills: boolean('matches_skills').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talent_employment_user_idx').on(t.userId), uniqueIndex('talent_employment_request_idx').on(t.contactRequestId)],
);
