import type { Config } from '../config.js';
import type { Db, Tx } from '../db/connection.js';
import type { Actor } from './policy.js';
import type { Locale } from '../../shared/locales.js';

/** What a use case receives: the open transaction, who acts, and the request's identity. */
export type UseCaseCtx = {
  tx: Tx;
  actor: Actor | null;
  requestId: string;
  locale: Locale;
  config: Config;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
};

/** A use case with a signed-in actor (the policy has already checked the role). */
export type ActorCtx = UseCaseCtx & { actor: Actor };

/** Runs one use case in one transaction: it commits whole or not at all. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx));
}
