import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../db/connection.js';
import { AppError, type ErrorCode } from './errors.js';

/**
 * Counts attempts per key in a fixed window, in the database so every app instance shares the
 * count. Throws `code` (by default `auth.rate_limited`) when the window's budget is spent.
 */
export async function consumeRateLimit(
  db: Tx,
  key: string,
  max: number,
  windowMs: number,
  code: ErrorCode = 'auth.rate_limited',
): Promise<void> {
  const now = Date.now();
  const [row] = await queryRows<{ count: number; last_request: string | number }>(
    db,
    sql`
    INSERT INTO rate_limit (id, key, count, last_request) VALUES (gen_random_uuid()::text, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit.last_request < ${now - windowMs} THEN 1 ELSE rate_limit.count + 1 END,
      last_request = CASE WHEN rate_limit.last_request < ${now - windowMs} THEN ${now} ELSE rate_limit.last_request END
    RETURNING count, last_request`,
  );
  if (row && row.count > max) {
    const retryAfter = Math.ceil((Number(row.last_request) + windowMs - now) / 1000);
    throw new AppError(code, `try again in ${retryAfter} s`, [], Math.max(1, retryAfter));
  }
}

/** A route hook that spends one attempt from the caller's budget before anything else runs. */
export function rateLimitHook(db: Db, name: string, max: number, windowMs: number) {
  return async (request: { ip: string }) => consumeRateLimit(db, `${name}:${request.ip}`, max, windowMs);
}
