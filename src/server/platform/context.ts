import type { Config } from '../config.js';
import type { Db, Tx } from '../db/connection.js';
import type { Actor } from './policy.js';
import type { Locale } from '../../shared/locales.js';

/**
 * What a use case receives: the open transaction, who acts, the hub the request acts in (resolved
 * once per request by the platform), and the request's identity.
 */
export type UseCaseCtx = {
  tx: Tx;
  actor: Actor | null;
  /** The hub the request acts in: the signed-in person's hub, or the public hub for anonymous pages; null when there is none. */
  hubId: string | null;
  requestId: string;
  /** The time the use case acts at: the request's arrival (a demo seed may set an earlier one). */
  now: Date;
  locale: Locale;
  config: Config;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
};

/** A signed-in person acting on their own data, who may belong to no hub (their account, their privacy). */
export type PersonCtx = UseCaseCtx & { actor: Actor };

/** A signed-in member acting in their hub (the policy has already checked the role there). */
export type ActorCtx = PersonCtx & { hubId: string };

/** Anyone, signed in or not, on a public page of a hub. */
export type PublicCtx = UseCaseCtx & { hubId: string };

/** Runs one use case in one transaction: it commits whole or not at all. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx));
}
