import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { localeOr } from '../../shared/locales.js';
import { user } from './auth.tables.js';
import { inTransaction, type ActorCtx, type PublicCtx } from './context.js';
import { AppError } from './errors.js';
import type { Logger } from './jobs.js';
import type { Actor } from './policy.js';
import { membershipsOf } from './tenancy.js';

const quiet: Logger = { info() {}, error() {} };

/** The actor a request by this person would have: their name, language and memberships. */
export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const [u] = await db.select().from(user).where(eq(user.id, userId));
  if (!u) throw new AppError('auth.required', 'no such person');
  const memberships = await membershipsOf(db, userId);
  return {
    userId: u.id,
    name: u.name,
    email: u.email,
    locale: localeOr(u.locale),
    sessionId: '',
    hubId: memberships[0]?.hubId ?? null,
    memberships,
  };
}

type RunOptions = { config: Config; at?: Date; log?: Logger; requestId?: string };

/**
 * Runs a use case as a person, outside HTTP, exactly as a request of theirs would: in their hub,
 * in one transaction, audited as them. The demo region and tests use it to act through the use
 * cases; `at` sets the time the use case acts at.
 */
export async function runAs<T>(db: Db, userId: string, fn: (ctx: ActorCtx) => Promise<T>, opts: RunOptions): Promise<T> {
  const actor = await actorOf(db, userId);
  const hubId = actor.hubId;
  if (!hubId) throw new AppError('auth.forbidden', 'no hub membership');
  return inTransaction(db, (tx) =>
    fn({
      tx,
      actor,
      hubId,
      requestId: opts.requestId ?? randomUUID(),
      now: opts.at ?? new Date(),
      locale: actor.locale as ActorCtx['locale'],
      config: opts.config,
      log: opts.log ?? quiet,
    }),
  );
}

/** Runs a use case with no one signed in, in the given hub (a public form, a sign-up). */
export function runAnonymous<T>(db: Db, hubId: string, fn: (ctx: PublicCtx) => Promise<T>, opts: RunOptions): Promise<T> {
  return inTransaction(db, (tx) =>
    fn({
      tx,
      actor: null,
      hubId,
      requestId: opts.requestId ?? randomUUID(),
      now: opts.at ?? new Date(),
      locale: 'fi',
      config: opts.config,
      log: opts.log ?? quiet,
    }),
  );
}
