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

/**
 * Opens PostgreSQL when `databaseUrl` is set, otherwise the embedded PGlite database in
 * `dataDir` (or in memory when `dataDir` is `memory://`).
 */
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection closed by the server (restart, failover) must not end the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
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
