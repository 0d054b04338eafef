import { randomUUID } from 'node:crypto';
import { APIError, betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthEndpoint, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { setSessionCookie } from 'better-auth/cookies';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { localeOr } from '../../shared/locales.js';
import { enqueueMail, type MailLogger } from './mail.js';
import { account, rateLimit, session, user, verification } from './auth.tables.js';
import { AppError } from './errors.js';
import { addressKey, clearRateLimit, consumeRateLimit } from './rate-limit.js';

/** Header carrying the client address that Fastify resolved; set by us, never by the client. */
export const clientIpHeader = 'x-talenthub-client-ip';

export type RateLimits = {
  /** Sign-in attempts from one network address in 15 minutes: loose, an office may share one address. */
  signInPerIpPer15Minutes: number;
  /** Sign-in attempts without success for one e-mail address in 15 minutes (decision 0013). */
  signInFailuresPerAccountPer15Minutes: number;
  passwordResetPer5Minutes: number;
};
export const defaultRateLimits: RateLimits = {
  signInPerIpPer15Minutes: 100,
  signInFailuresPerAccountPer15Minutes: 5,
  passwordResetPer5Minutes: 3,
};

const signInWindowMs = 15 * 60 * 1000;

const signInAccountKey = (email: string) => addressKey('signin-account', email);

/**
 * Locks sign-in to one address after repeated attempts without success (OWASP ASVS 2.2.1), in
 * the database so all app instances share the count (decision 0013). Every attempt is counted
 * before the password is checked, so parallel guesses cannot slip past the limit; a successful
 * sign-in clears the count. Unknown addresses are counted alike, so the answer while locked (429
 * with Retry-After) tells nothing about whether an account exists.
 */
function signInLockout(db: Db, maxFailures: number) {
  const isSignIn = (ctx: { path?: string }) => ctx.path === '/sign-in/email';
  const emailOf = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' && email.length > 0 && email.length <= 320 ? email : null;
  };
  return {
    id: 'talenthub-sign-in-lockout',
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            try {
              await consumeRateLimit(db, signInAccountKey(email), maxFailures, signInWindowMs);
            } catch (err) {
              if (!(err instanceof AppError)) throw err;
              throw new APIError(
                'TOO_MANY_REQUESTS',
                { message: 'Too many requests. Please try again later.' },
                { 'X-Retry-After': String(err.retryAfter ?? Math.ceil(signInWindowMs / 1000)) },
              );
            }
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (email && !isAPIError(ctx.context.returned)) await clearRateLimit(db, signInAccountKey(email));
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

/**
 * Opens a session for a person who has just confirmed their sign-up by the link mailed to them
 * (they typed no password in this request), with the library's own session and cookie code.
 * Server-only: the endpoint has no URL, so it is reachable from our confirm use case alone.
 */
const confirmedSignUpSession = {
  id: 'talenthub-confirmed-sign-up',
  endpoints: {
    openSessionAfterSignUp: createAuthEndpoint.serverOnly(
      { method: 'POST', body: z.object({ userId: z.string().min(1) }) },
      async (ctx) => {
        const found = await ctx.context.internalAdapter.findUserById(ctx.body.userId);
        if (!found) throw new APIError('NOT_FOUND');
        const opened = await ctx.context.internalAdapter.createSession(found.id);
        if (!opened) throw new APIError('INTERNAL_SERVER_ERROR');
        await setSessionCookie(ctx, { session: opened, user: found });
        return ctx.json({ ok: true });
      },
    ),
  },
} satisfies BetterAuthPlugin;

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
        const locale = localeOr((u as Record<string, unknown>).locale);
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
        '/sign-in/email': { window: signInWindowMs / 1000, max: opts.rateLimits.signInPerIpPer15Minutes },
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
    plugins: [confirmedSignUpSession, signInLockout(db, opts.rateLimits.signInFailuresPerAccountPer15Minutes)],
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
