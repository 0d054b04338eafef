import { sql } from 'drizzle-orm';
import { buildIndex, type TaxonomyIndex } from '../../../core/taxonomy/index.js';
import { queryRows, type Db } from '../../db/connection.js';
import type { AppDeps } from '../../platform/http.js';
import { loadConcepts } from './taxonomy.repo.js';

/**
 * An in-memory structure derived from the taxonomy tables, as a cache of the database: built
 * on first use, rebuilt when a newer import is recorded (checked at most every `checkEveryMs`),
 * so every app instance picks up an import made by the command line or by another instance.
 */
export class EscoCache<T> {
  private current: (T & { importId: number; builtAt: number }) | null = null;
  private building: Promise<T & { importId: number; builtAt: number }> | null = null;
  private checkedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly build: (db: Db) => Promise<T>,
    private readonly checkEveryMs = 30_000,
  ) {}

  async get(): Promise<T & { importId: number; builtAt: number }> {
    const now = Date.now();
    if (this.current && now - this.checkedAt < this.checkEveryMs) return this.current;
    this.checkedAt = now;
    const latest = await this.latestImportId();
    if (this.current && this.current.importId === latest) return this.current;
    this.building ??= this.rebuild(latest).finally(() => {
      this.building = null;
    });
    // While a newer version builds, answer from the one we have.
    return this.current ?? this.building;
  }

  /** Forget the cached version so the next call rebuilds it (after an import in this process). */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async latestImportId(): Promise<number> {
    const [row] = await queryRows<{ id: number | null }>(this.db, sql`SELECT max(id) AS id FROM esco_import`);
    return row?.id ?? 0;
  }

  private async rebuild(importId: number) {
    const loaded = { ...(await this.build(this.db)), importId, builtAt: Date.now() };
    this.current = loaded;
    return loaded;
  }
}

/** The taxonomy search and linking index. */
export class TaxonomyCache extends EscoCache<{ index: TaxonomyIndex }> {
  constructor(db: Db, checkEveryMs?: number) {
    super(db, async (d) => ({ index: buildIndex(await loadConcepts(d)) }), checkEveryMs);
  }
}

/** The app's taxonomy index (one per app, shared by every module through `deps.shared`). */
export const taxonomyIndex = (deps: AppDeps): TaxonomyCache => new TaxonomyCache(deps.database.db);
