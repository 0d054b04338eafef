import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../../platform/auth.tables.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';
import {
  caseStatuses,
  goalKinds,
  goalStatuses,
  noteVisibilities,
  outcomeKinds,
  referralStatuses,
  serviceEventKinds,
} from '../../../shared/guidance.js';

export const caseStatus = pgEnum('case_status', caseStatuses);
export const noteVisibility = pgEnum('note_visibility', noteVisibilities);
export const goalKind = pgEnum('goal_kind', goalKinds);
export const goalStatus = pgEnum('goal_status', goalStatuses);
export const referralStatus = pgEnum('referral_status', referralStatuses);
export const outcomeKind = pgEnum('outcome_kind', outcomeKinds);
export const serviceEventKind = pgEnum('service_event_kind', serviceEventKinds);

/** The hub and the client a row of case work belongs to; the rows go with the client's account. */
const clientOfHub = () => ({
  hubId: uuid('hub_id')
    .notNull()
    .references(() => hub.id),
  clientUserId: text('client_user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
});

/**
 * A partner organisation holds a client's case: the client is that organisation's client.
 * A client can have one open case per organisation (the city and, after a referral, the
 * university). `assigned_to` is the counsellor responsible; `last_contact_at` is kept by the
 * use cases that count as contact (appointment attended, note, referral, outcome).
 */
export const clientCase = pgTable(
  'client_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    assignedTo: text('assigned_to').references(() => user.id, { onDelete: 'set null' }),
    status: caseStatus('status').notNull().default('active'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('client_case_open_uq')
      .on(t.clientUserId, t.organisationId)
      .where(sql`${t.status} <> 'closed'`),
    index('client_case_org_idx').on(t.hubId, t.organisationId, t.status),
    index('client_case_assignee_idx').on(t.assignedTo),
    index('client_case_client_idx').on(t.clientUserId),
  ],
);

/**
 * A counsellor's note on a client. `organisation` notes stay in the author's organisation;
 * `partners` notes are also shown to the partner organisations the client shares their case
 * with. Notes never reach employers. Each edit keeps the earlier text in `case_note_version`.
 */
export const caseNote = pgTable(
  'case_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    visibility: noteVisibility('visibility').notNull(),
    body: text('body').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_note_client_idx').on(t.clientUserId, t.createdAt),
    check('case_note_body_len', sql`char_length(${t.body}) BETWEEN 1 AND 5000`),
  ],
);

/** Earlier versions of a note: one row per edit, holding the text as it was before the edit. */
export const caseNoteVersion = pgTable(
  'case_note_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => caseNote.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    visibility: noteVisibility('visibility').notNull(),
    editedBy: text('edited_by').references(() => user.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('case_note_version_uq').on(t.noteId, t.version)],
);

/**
 * A goal in the client's guidance plan, edited by the client and their counsellors alike.
 * `organisation_id` is the organisation whose counsellor set the goal (null: the client did);
 * other organisations see it only when the client shares their case with them.
 */
export const planGoal = pgTable(
  'plan_goal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    kind: goalKind('kind').notNull(),
    title: text('title').notNull(),
    targetDate: date('target_date'),
    status: goalStatus('status').notNull().default('open'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_goal_client_idx').on(t.clientUserId, t.createdAt),
    check('plan_goal_title_len', sql`char_length(${t.title}) BETWEEN 1 AND 200`),
  ],
);

export const planTask = pgTable(
  'plan_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoal.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueDate: date('due_date'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_task_goal_idx').on(t.goalId), check('plan_task_title_len', sql`char_length(${t.title}) BETWEEN 1 AND 200`)],
);

/**
 * A referral of a client from one partner organisation to another, made only while the client
 * shares their case with the receiver. The receiver accepts (which opens its case) or declines
 * with a reason.
 */
export const referral = pgTable(
  'referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisation.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisation.id),
    referredBy: text('referred_by').references(() => user.id, { onDelete: 'set null' }),
    /** What the client is referred to, e.g. a bridging programme. */
    service: text('service').notNull(),
    message: text('message'),
    status: referralStatus('status').notNull().default('pending'),
    decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referral_client_idx').on(t.clientUserId, t.createdAt),
    index('referral_to_idx').on(t.hubId, t.toOrganisationId, t.status),
    index('referral_from_idx').on(t.hubId, t.fromOrganisationId),
    uniqueIndex('referral_pending_uq')
      .on(t.clientUserId, t.toOrganisationId)
      .where(sql`${t.status} = 'pending'`),
    check('referral_service_len', sql`char_length(${t.service}) BETWEEN 1 AND 200`),
    check('referral_message_len', sql`char_length(${t.message}) <= 2000`),
    check('referral_reason_len', sql`char_length(${t.decisionReason}) <= 1000`),
    check('referral_other_org', sql`${t.fromOrganisationId} <> ${t.toOrganisationId}`),
    check('referral_decline_reason', sql`${t.status} <> 'declined' OR ${t.decisionReason} IS NOT NULL`),
  ],
);

/** Where a client's service path led, recorded by a counsellor. */
export const caseOutcome = pgTable(
  'case_outcome',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    kind: outcomeKind('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    employerOrganisationId: uuid('employer_organisation_id').references(() => organisation.id),
    employerName: text('employer_name'),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_outcome_client_idx').on(t.clientUserId),
    index('case_outcome_hub_idx').on(t.hubId, t.occurredOn),
    check('case_outcome_employer_len', sql`char_length(${t.employerName}) <= 200`),
  ],
);

/**
 * The client's service path across organisations, one row per step, written by the use case
 * that takes the step. `details` holds identifiers and labels, never note text.
 */
export const serviceEvent = pgTable(
  'service_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...clientOfHub(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    kind: serviceEventKind('kind').notNull(),
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    refId: uuid('ref_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_event_client_idx').on(t.clientUserId, t.at)],
);
