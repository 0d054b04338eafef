import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { consentKinds } from '../../../shared/profile.js';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';

export const consentKind = pgEnum('consent_kind', consentKinds);
export const consentMethod = pgEnum('consent_method', ['self_service', 'in_person']);

/**
 * A consent the person gave, with its purpose, the version of the text they were shown and
 * when. Withdrawal sets `withdrawn_at`; the record stays as proof until the account is erased.
 */
export const consent = pgTable(
  'consent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    hubId: uuid('hub_id')
      .notNull()
      .references(() => hub.id),
    kind: consentKind('kind').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    purpose: text('purpose').notNull(),
    textVersion: text('text_version').notNull(),
    locale: text('locale').notNull(),
    method: consentMethod('method').notNull(),
    /** Who recorded it: the person, or the counsellor the person told in person. */
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('consent_active_uq')
      .on(t.userId, t.kind, sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.withdrawnAt} IS NULL`),
    index('consent_hub_kind_idx')
      .on(t.hubId, t.kind)
      .where(sql`${t.withdrawnAt} IS NULL`),
    index('consent_org_idx')
      .on(t.organisationId)
      .where(sql`${t.withdrawnAt} IS NULL`),
    check('consent_org_ck', sql`(${t.kind} = 'organisation') = (${t.organisationId} IS NOT NULL)`),
  ],
);
