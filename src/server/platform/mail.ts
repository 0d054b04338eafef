import { and, asc, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, Tx } from '../db/connection.js';
import { localeOr, type Locale } from '../../shared/locales.js';
import { user } from './auth.tables.js';
import { mailOutbox } from './mail.tables.js';
import { formatMessage as message } from './messages.js';
import type { Job } from './module.js';

/**
 * Every mail template the product sends: the platform's (password reset) and each module's, which
 * a module declares with `defineMail` and adds here by declaration merging. The subject and body
 * are the catalog messages `mail.<template>.subject` and `mail.<template>.body`.
 */
export interface MailTemplates {
  passwordReset: true;
}
export type MailTemplate = keyof MailTemplates;

/** The platform's own templates. */
export const platformMail = ['passwordReset'] as const;

/**
 * A module's mail templates. The module adds
 * `declare module '../../platform/mail.js' { interface MailTemplates extends Templates<typeof x> {} }`.
 */
export function defineMail<const T extends readonly string[]>(templates: T): T {
  return templates;
}

/** The templates of a module's list, for the `MailTemplates` declaration. */
export type Templates<T extends readonly string[]> = Record<T[number], true>;

export type MailLogger = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/** Whom a mail goes to: the person's address, their name for the greeting, and the language they read. */
export type Recipient = { email: string; name: string; locale: Locale };

/** A person as a mail recipient, or null when there is no such person (erased meanwhile). */
export async function recipient(tx: Tx, userId: string): Promise<Recipient | null> {
  const [row] = await tx.select({ email: user.email, name: user.name, locale: user.locale }).from(user).where(eq(user.id, userId));
  return row ? { ...row, locale: localeOr(row.locale) } : null;
}

/**
 * Puts a mail in the outbox, in the caller's transaction. The text comes from the same
 * catalogs as the web app, in the recipient's language.
 */
export async function enqueueMail(
  tx: Tx,
  opts: {
    to: string;
    template: MailTemplate;
    locale: Locale;
    values: Record<string, string>;
    hubId?: string | null;
    /** Hold the mail until then (a reminder). */
    sendAfter?: Date;
    /** An iCalendar file to attach. */
    calendar?: string;
    refId?: string;
  },
  log?: MailLogger,
): Promise<void> {
  const subject = message(opts.locale, `mail.${opts.template}.subject`, opts.values);
  const bodyText = message(opts.locale, `mail.${opts.template}.body`, opts.values);
  await tx.insert(mailOutbox).values({
    hubId: opts.hubId ?? null,
    toAddress: opts.to,
    template: opts.template,
    locale: opts.locale,
    subject,
    bodyText,
    sendAfter: opts.sendAfter ?? null,
    calendar: opts.calendar ?? null,
    refId: opts.refId ?? null,
  });
  log?.info({ mail: { to: opts.to, subject, body: bodyText, sendAfter: opts.sendAfter } }, 'mail queued');
}

/** Takes back mail about `refId` that has not been sent yet (a reminder of a cancelled booking). */
export async function withdrawQueuedMail(tx: Tx, refId: string, template: MailTemplate): Promise<void> {
  await tx.delete(mailOutbox).where(and(eq(mailOutbox.refId, refId), eq(mailOutbox.template, template), isNull(mailOutbox.sentAt)));
}

/**
 * Sends queued mail through SMTP. Rows are claimed with SKIP LOCKED so several app instances
 * can run a sender side by side. Returns the number sent.
 */
export async function sendQueuedMail(db: Db, smtpUrl: string, from: string, log: MailLogger): Promise<number> {
  const transport = nodemailer.createTransport(smtpUrl);
  let sent = 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(mailOutbox)
      .where(
        and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, 5), or(isNull(mailOutbox.sendAfter), lte(mailOutbox.sendAfter, sql`now()`))),
      )
      .orderBy(asc(mailOutbox.createdAt))
      .limit(20)
      .for('update', { skipLocked: true });
    for (const row of rows) {
      try {
        await transport.sendMail({
          from,
          to: row.toAddress,
          subject: row.subject,
          text: row.bodyText,
          ...(row.calendar ? { icalEvent: { filename: 'invite.ics', method: 'PUBLISH', content: row.calendar } } : {}),
        });
        await tx
          .update(mailOutbox)
          .set({ sentAt: new Date(), attempts: sql`${mailOutbox.attempts} + 1` })
          .where(eq(mailOutbox.id, row.id));
        sent++;
      } catch (err) {
        log.error({ err, mailId: row.id }, 'mail send failed');
        await tx
          .update(mailOutbox)
          .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: String(err).slice(0, 500) })
          .where(eq(mailOutbox.id, row.id));
      }
    }
  });
  return sent;
}

/** The platform's background work: the mail sender, when SMTP is configured (every 5 s, safe with several instances). */
export const platformJobs: readonly Job[] = [
  {
    name: 'mail sender',
    everyMs: 5000,
    enabled: (deps) => Boolean(deps.config.smtpUrl),
    run: (deps, log) => sendQueuedMail(deps.database.db, deps.config.smtpUrl ?? '', deps.config.mailFrom, log),
  },
];
