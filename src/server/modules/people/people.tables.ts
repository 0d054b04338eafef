import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A sign-up waiting for its e-mail address to be confirmed (double opt-in). The person and their
 * account are created only when the link in the confirmation mail is followed. One row per
 * address: a new sign-up replaces the earlier one. Rows expire after a day.
 */
export const pendingSignup = pgTable(
  'pending_signup',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** sha256 of the token in the mailed link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** Lower-cased, as the account's address will be. */
    email: text('email').notNull().unique(),
    /** The validated sign-up request without the password. */
    payload: jsonb('payload').notNull(),
    /** Hashed by the auth library's password hasher, as the account's credential will be. */
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('pending_signup_expires_idx').on(t.expiresAt)],
);
