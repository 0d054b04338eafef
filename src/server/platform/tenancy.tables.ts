import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { industries, organisationSizes } from '../../shared/employer.js';
import { user } from './auth.tables.js';

/**
 * Tenancy: the hubs, the municipalities they serve, their organisations and who belongs where.
 * Every module scopes its data by these; the platform resolves the hub of each request from them.
 */

/** Finnish municipalities: reference data keyed by the official three-digit code. */
export const municipality = pgTable('municipality', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});

export const organisationKind = pgEnum('organisation_kind', ['partner', 'employer']);
export const partnerType = pgEnum('partner_type', [
  'city',
  'employment_authority',
  'university',
  'chamber_of_commerce',
  'state_agency',
  'ngo',
]);
export const industry = pgEnum('industry', industries);
export const organisationSize = pgEnum('organisation_size', organisationSizes);
export const role = pgEnum('membership_role', ['talent', 'employer', 'counsellor', 'hub_admin']);

/** A region's Talent Hub. One deployment can run several. */
export const hub = pgTable('hub', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  municipalityCode: text('municipality_code')
    .notNull()
    .references(() => municipality.code),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Municipalities a hub serves, e.g. under a service agreement. */
export const hubMunicipality = pgTable(
  'hub_municipality',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.municipalityCode] })],
);

export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    kind: organisationKind('kind').notNull(),
    partnerType: partnerType('partner_type'),
    name: text('name').notNull(),
    businessId: text('business_id'),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    /** Employers only: TOL 2008 main section, and size by the number of employees. */
    industry: industry('industry'),
    size: organisationSize('size'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisation_hub_idx').on(t.hubId, t.kind),
    uniqueIndex('organisation_hub_name_uq').on(t.hubId, sql`lower(${t.name})`),
    check('organisation_partner_type_ck', sql`(${t.kind} = 'partner') = (${t.partnerType} IS NOT NULL)`),
    check('organisation_employer_details_ck', sql`${t.kind} = 'employer' OR (${t.industry} IS NULL AND ${t.size} IS NULL)`),
  ],
);

/**
 * A person's role in a hub. Counsellors belong to a partner organisation, employer users to an
 * employer organisation; talents and hub administrators belong to the hub itself.
 */
export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    role: role('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('membership_uq').on(
      t.userId,
      t.hubId,
      t.role,
      sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('membership_hub_role_idx').on(t.hubId, t.role),
    index('membership_org_idx').on(t.organisationId),
    check('membership_org_ck', sql`(${t.role} in ('counsellor', 'employer')) = (${t.organisationId} IS NOT NULL)`),
  ],
);
