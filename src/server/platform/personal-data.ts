import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.js';
import { auditEvent } from './audit.tables.js';
import { account, rateLimit, session, user, verification } from './auth.tables.js';
import { mailOutbox } from './mail.tables.js';
import type { PersonalData } from './module.js';
import { addressKey, addressLimits } from './rate-limit.js';
import { membership } from './tenancy.tables.js';

/**
 * The platform's tables in the GDPR export and erasure: the account (secrets left out), sessions,
 * memberships, the audit trail and the mail outbox. Erasure deletes the person's mail, address
 * counters and verification tokens; the user row goes last and takes the account, sessions and
 * memberships with it by cascade. Audit entries stay: they hold identifiers only.
 */
export const platformPersonalData: PersonalData = {
  exporters: {
    auth_user: (tx, p) => tx.select().from(user).where(eq(user.id, p.userId)),
    auth_account: (tx, p) =>
      tx
        .select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
        .from(account)
        .where(eq(account.userId, p.userId)),
    auth_session: (tx, p) =>
      tx
        .select({
          createdAt: session.createdAt,
          expiresAt: session.expiresAt,
          ipAddress: session.ipAddress,
          userAgent: session.userAgent,
        })
        .from(session)
        .where(eq(session.userId, p.userId)),
    auth_verification: (tx, p) =>
      tx
        .select({ createdAt: verification.createdAt, expiresAt: verification.expiresAt })
        .from(verification)
        .where(or(eq(verification.value, p.userId), sql`position(${p.email} in ${verification.identifier}) > 0`)),
    membership: (tx, p) => tx.select().from(membership).where(eq(membership.userId, p.userId)),
    // Events about the person, and what the person did; others they acted on stay unnamed.
    audit_event: async (tx, p) => {
      const rows = await tx
        .select()
        .from(auditEvent)
        .where(or(eq(auditEvent.subjectUserId, p.userId), eq(auditEvent.actorUserId, p.userId)))
        .orderBy(auditEvent.id);
      return rows.map((r) => (r.subjectUserId === p.userId || r.subjectUserId === null ? r : { ...r, subjectUserId: '(another person)' }));
    },
    mail_outbox: (tx, p) =>
      tx
        .select({
          template: mailOutbox.template,
          subject: mailOutbox.subject,
          bodyText: mailOutbox.bodyText,
          createdAt: mailOutbox.createdAt,
          sentAt: mailOutbox.sentAt,
        })
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, p.email)),
  },
  none: {
    hub: 'the regional hubs',
    hub_municipality: 'municipalities a hub serves',
    organisation: 'partner organisations and employers (legal persons)',
    municipality: 'reference data',
    rate_limit:
      'attempt counters keyed by network address, employer organisation or a sha256 hash of an address signing in or up, not linked to an account row; erasure removes those of the person’s address',
  },
  async erase(tx: Tx, p) {
    await tx.delete(rateLimit).where(
      inArray(
        rateLimit.key,
        addressLimits.map((name) => addressKey(name, p.email)),
      ),
    );
    await tx.delete(mailOutbox).where(eq(mailOutbox.toAddress, p.email));
    await tx.delete(verification).where(or(eq(verification.value, p.userId), sql`position(${p.email} in ${verification.identifier}) > 0`));
  },
};
