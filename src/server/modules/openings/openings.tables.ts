import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { openingKinds, openingStatuses } from '../../../shared/employer.js';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';
import { municipality } from '../../platform/tenancy.tables.js';
import { cefrLevel, remoteWish, workingTime } from '../talents/talents.tables.js';

export const openingKind = pgEnum('opening_kind', openingKinds);
export const openingStatus = pgEnum('opening_status', openingStatuses);

/**
 * Which company coordinator serves which employer; the coordinator may then act for the
 * employer (create and edit its openings).
 *
 * Keyed by the coordinator's user id, not by their partner organisation: serving an employer is
 * a named person's commitment, and keying it by organisation would let every counsellor of that
 * organisation (an employment authority has hundreds) act for the employer. The right is checked
 * together with the person's current role on every request, so it ends when the role ends; the
 * row goes with the account when the person erases it.
 */
export const employerService = pgTable(
  'employer_service',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('employer_service_user_idx').on(t.hubId, t.userId)],
);

/**
 * A job opening or an open-ended talent need of an employer. The occupation and the skills are
 * ESCO URIs; their labels are looked up in the reader's language when shown.
 */
export const jobOpening = pgTable(
  'job_opening',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    kind: openingKind('kind').notNull(),
    title: text('title').notNull(),
    occupationUri: text('occupation_uri').notNull(),
    description: text('description').notNull(),
    /** ISO 639-1 language the description is written in, when the writer said. */
    descriptionLang: text('description_lang'),
    remote: remoteWish('remote').notNull(),
    workingTime: workingTime('working_time').notNull(),
    /** Null: as soon as possible. */
    startDate: date('start_date'),
    /** EUR per month. */
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    status: openingStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_opening_org_idx').on(t.organisationId, t.status, t.updatedAt),
    index('job_opening_hub_status_idx').on(t.hubId, t.status, t.publishedAt),
    index('job_opening_occupation_idx').on(t.occupationUri),
    check('job_opening_salary_ck', sql`${t.salaryMin} IS NULL OR ${t.salaryMax} IS NULL OR ${t.salaryMin} <= ${t.salaryMax}`),
    check(
      'job_opening_status_ck',
      sql`(${t.status} <> 'published' OR (${t.publishedAt} IS NOT NULL AND ${t.closedAt} IS NULL)) AND (${t.status} <> 'closed' OR ${t.closedAt} IS NOT NULL)`,
    ),
  ],
);

/** Skills the opening asks for: ESCO skills, each essential or optional. */
export const jobOpeningSkill = pgTable(
  'job_opening_skill',
  {
    openingId: uuid('opening_id')
      .notNull()
      .references(() => jobOpening.id, { onDelete: 'cascade' }),
    skillUri: text('skill_uri').notNull(),
    essential: boolean('essential').notNull(),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.openingId, t.skillUri] }), index('job_opening_skill_uri_idx').on(t.skillUri)],
);

/** Language requirements: one per language, with the CEFR level and whether it is a must. */
export const jobOpeningLanguage = pgTable(
  'job_opening_language',
  {
    openingId: uuid('opening_id')
      .notNull()
      .references(() => jobOpening.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    level: cefrLevel('level').notNull(),
    must: boolean('must').notNull(),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.openingId, t.language] })],
);

/** Where the work is done. A remote opening may have none. */
export const jobOpeningMunicipality = pgTable(
  'job_opening_municipality',
  {
    openingId: uuid('opening_id')
      .notNull()
      .references(() => jobOpening.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.openingId, t.municipalityCode] }), index('job_opening_municipality_idx').on(t.municipalityCode)],
);
