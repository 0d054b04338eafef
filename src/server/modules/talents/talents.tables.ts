import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cefrLevels, permitBases, recognitionStatuses, remoteWishes, skillSources, workingTimes } from '../../../shared/profile.js';
import { user } from '../../platform/auth.tables.js';
import { hub } from '../../platform/tenancy.tables.js';

export const permitBasis = pgEnum('permit_basis', permitBases);
export const workingTime = pgEnum('working_time', workingTimes);
export const remoteWish = pgEnum('remote_wish', remoteWishes);
export const recognitionStatus = pgEnum('recognition_status', recognitionStatuses);
export const cefrLevel = pgEnum('cefr_level', cefrLevels);
export const skillSource = pgEnum('skill_source', skillSources);
export const suggestionStatus = pgEnum('suggestion_status', ['pending', 'accepted', 'rejected']);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A talent's profile: one row per person, with the list sections in their own tables. Concept
 * references are ESCO URIs; their labels are looked up in the reader's language when shown.
 */
export const talentProfile = pgTable(
  'talent_profile',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    /** Random reference shown to employers instead of the person's name. */
    publicRef: text('public_ref').notNull().unique(),
    phone: text('phone'),
    arrivalYear: smallint('arrival_year'),
    permitBasis: permitBasis('permit_basis'),
    availableFrom: date('available_from'),
    workingTime: workingTime('working_time'),
    drivingLicences: text('driving_licences')
      .array()
      .notNull()
      .default(sql`'{}'`),
    wishOccupations: text('wish_occupations')
      .array()
      .notNull()
      .default(sql`'{}'`),
    wishMunicipalities: text('wish_municipalities')
      .array()
      .notNull()
      .default(sql`'{}'`),
    remoteWish: remoteWish('remote_wish'),
    /** The counsellor who created the profile for a walk-in client, if one did. */
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talent_profile_hub_idx').on(t.hubId, t.updatedAt)],
);

export const talentEducation = pgTable(
  'talent_education',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => talentProfile.userId, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    level: text('level').notNull(),
    field: text('field').notNull(),
    country: text('country').notNull(),
    institution: text('institution'),
    startYear: smallint('start_year'),
    endYear: smallint('end_year'),
    recognition: recognitionStatus('recognition').notNull(),
  },
  (t) => [index('talent_education_user_idx').on(t.userId, t.position)],
);

export const talentWork = pgTable(
  'talent_work',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => talentProfile.userId, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    occupationUri: text('occupation_uri'),
    employer: text('employer'),
    country: text('country').notNull(),
    startYear: smallint('start_year'),
    endYear: smallint('end_year'),
    description: text('description'),
  },
  (t) => [index('talent_work_user_idx').on(t.userId, t.position), index('talent_work_occupation_idx').on(t.occupationUri)],
);

/** A skill: an ESCO skill (uri) or free text that is not linked (uri null). */
export const talentSkill = pgTable(
  'talent_skill',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => talentProfile.userId, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    skillUri: text('skill_uri'),
    label: text('label').notNull(),
    years: smallint('years'),
    source: skillSource('source').notNull().default('manual'),
  },
  (t) => [
    uniqueIndex('talent_skill_uq').on(t.userId, sql`coalesce(${t.skillUri}, lower(${t.label}))`),
    index('talent_skill_uri_idx').on(t.skillUri),
  ],
);

export const talentLanguage = pgTable(
  'talent_language',
  {
    userId: text('user_id')
      .notNull()
      .references(() => talentProfile.userId, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    level: cefrLevel('level').notNull(),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.language] })],
);

/** The person's current CV file and the text extracted from it. */
export const talentCv = pgTable('talent_cv', {
  userId: text('user_id')
    .primaryKey()
    .references(() => talentProfile.userId, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  text: text('text').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Occupations and skills found in the CV, for the person to accept or reject one by one. */
export const talentSuggestion = pgTable(
  'talent_suggestion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => talentProfile.userId, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    uri: text('uri').notNull(),
    evidence: text('evidence').notNull(),
    score: integer('score').notNull(),
    status: suggestionStatus('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('talent_suggestion_uq').on(t.userId, t.uri),
    check('talent_suggestion_kind_ck', sql`${t.kind} in ('skill', 'occupation')`),
  ],
);
