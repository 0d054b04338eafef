import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction or the database itself: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;
export type DbKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DbKind;
  migrate(): Promise<void>;
  /** Tag of the newest applied migration, e.g. `0001_audit_append_only`. */
  appliedMigration(): Promise<string | null>;
  close(): Promise<void>;
};

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

type Journal = { entries: { tag: string; when: number }[] };

let journal: Journal | undefined;
function readJournal(): Journal {
  journal ??= JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
  return journal;
}

/** The PostgreSQL server did not answer within the connect timeout; the message is one line. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** Errors after which the server may still come up (starting, restarting, not yet in DNS). */
const transientCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P03',
]);

function causeOf(err: unknown): { code: string | undefined; text: string } {
  const e = err as { code?: unknown; message?: unknown; errors?: unknown[] };
  // node-postgres reports a host with several addresses as an AggregateError with an empty message.
  const inner = Array.isArray(e.errors) && e.errors.length ? (e.errors[0] as { code?: unknown; message?: unknown }) : e;
  const code = typeof e.code === 'string' ? e.code : typeof inner.code === 'string' ? inner.code : undefined;
  const message = typeof e.message === 'string' && e.message ? e.message : typeof inner.message === 'string' ? inner.message : '';
  const text = [code, message && message !== code ? message : ''].filter(Boolean).join(': ');
  return { code, text: text.replace(/\s+/g, ' ') || 'unknown error' };
}

/**
 * Waits until the server accepts a connection, retrying with backoff for up to `timeoutMs`
 * (a server started alongside the app may need a moment). An error that waiting cannot cure
 * (wrong password, no such database) ends the wait at once.
 */
async function waitForServer(pool: pg.Pool, databaseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (;;) {
    try {
      const client = await pool.connect();
      client.release();
      return;
    } catch (err) {
      const cause = causeOf(err);
      const transient = cause.code !== undefined && transientCodes.has(cause.code);
      if (!transient || Date.now() + delay > deadline) {
        const url = new URL(databaseUrl);
        const where = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
        const waited = transient ? ` (waited ${Math.round(timeoutMs / 1000)} s, DATABASE_CONNECT_TIMEOUT)` : '';
        throw new DatabaseUnreachableError(`Cannot connect to the PostgreSQL server at ${where}${waited}: ${cause.text}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
}

/**
 * Opens PostgreSQL when `databaseUrl` is set, otherwise the embedded PGlite database in
 * `dataDir` (or in memory when `dataDir` is `memory://`). A PostgreSQL server is waited for up
 * to `connectTimeoutMs` (30 s by default).
 */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
  connectTimeoutMs?: number;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle connection closed by the server (restart, failover) must not end the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    try {
      await waitForServer(pool, opts.databaseUrl, opts.connectTimeoutMs ?? 30_000);
    } catch (err) {
      await pool.end();
      throw err;
    }
    // No relational schema: drizzle would rebuild its metadata for every transaction, and the
    // typed query builder needs none.
    const db = drizzlePg(pool) as unknown as Db;
    return withMigrations(
      db,
      'postgres',
      () => migratePg(drizzlePg(pool), { migrationsFolder }),
      () => pool.end(),
    );
  }
  const memory = opts.dataDir === 'memory://';
  const dir = memory ? undefined : path.join(path.resolve(opts.dataDir), 'pglite');
  if (dir) mkdirSync(path.dirname(dir), { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client) as unknown as Db;
  return withMigrations(
    db,
    'pglite',
    () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    () => client.close(),
  );
}

function withMigrations(db: Db, kind: DbKind, runMigrations: () => Promise<void>, close: () => Promise<void>): Database {
  return {
    db,
    kind,
    async migrate() {
      await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await runMigrations();
    },
    async appliedMigration() {
      const [row] = await queryRows<{ created_at: string | number }>(
        db,
        sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
      );
      if (!row) return null;
      const when = Number(row.created_at);
      return readJournal().entries.find((e) => e.when === when)?.tag ?? String(when);
    },
    close,
  };
}

/** Rows of a raw SQL query; node-postgres and PGlite both answer with `{ rows }`. */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
