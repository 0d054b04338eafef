import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { isLocale } from '../../shared/locales.js';
import { enqueueMail, type MailLogger } from '../modules/mail/mail.service.js';
import { account, rateLimit, session, user, verification } from './auth.tables.js';

/** Header carrying the client address that Fastify resolved; set by us, never by the client. */
export const clientIpHeader = 'x-talenthub-client-ip';

export type RateLimits = { signInPerMinute: number; passwordResetPer5Minutes: number };
export const defaultRateLimits: RateLimits = { signInPerMinute: 10, passwordResetPer5Minutes: 3 };

/**
 * better-auth owns passwords, sessions and password reset. Public sign-up through the library
 * is off: our sign-up use case creates the person, credential and membership in one
 * transaction with the library's password hashing (see people.service.ts).
 */
export function createAuth(opts: { db: Db; config: Config; log: MailLogger; rateLimits: RateLimits }) {
  const { db, config, log } = opts;
  return betterAuth({
    appName: 'Talent Hub',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.baseUrl],
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user: u, token }) {
        const chosen: unknown = (u as Record<string, unknown>).locale;
        const locale = isLocale(chosen) ? chosen : 'fi';
        await enqueueMail(
          db,
          {
            to: u.email,
            template: 'passwordReset',
            locale,
            values: { name: u.name, url: `${config.baseUrl}/reset-password?token=${encodeURIComponent(token)}` },
          },
          config.demoMode ? log : undefined,
        );
      },
    },
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'fi', input: false },
        municipalityCode: { type: 'string', required: true, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: opts.rateLimits.signInPerMinute },
        '/request-password-reset': { window: 300, max: opts.rateLimits.passwordResetPer5Minutes },
        '/reset-password': { window: 300, max: opts.rateLimits.passwordResetPer5Minutes * 2 },
      },
    },
    advanced: {
      useSecureCookies: config.secureCookies,
      cookiePrefix: 'talenthub',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      database: { generateId: () => randomUUID() },
    },
    telemetry: { enabled: false },
    // The library's own messages go to the app's log, through its serializers and redaction.
    logger: {
      log(level, message, ...args: unknown[]) {
        const err = args.find((a) => a instanceof Error);
        if (level === 'error') log.error(err ? { err } : {}, `auth: ${message}`);
        else log.info(err ? { err } : {}, `auth: ${message}`);
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
