import { sql } from 'drizzle-orm';
import { buildIndex, type TaxonomyIndex } from '../../../core/taxonomy/index.js';
import { queryRows, type Db } from '../../db/connection.js';
import { loadConcepts } from './taxonomy.repo.js';

export type LoadedIndex = { index: TaxonomyIndex; importId: number; builtAt: number };

/**
 * The in-memory taxonomy index is a cache of the database: built on first use, rebuilt when a
 * newer import is recorded (checked at most every `checkEveryMs`), so every app instance picks
 * up an import made by the command line or by another instance.
 */
export class TaxonomyCache {
  private current: LoadedIndex | null = null;
  private building: Promise<LoadedIndex> | null = null;
  private checkedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly checkEveryMs = 30_000,
  ) {}

  async get(): Promise<LoadedIndex> {
    const now = Date.now();
    if (this.current && now - this.checkedAt < this.checkEveryMs) return this.current;
    this.checkedAt = now;
    const latest = await this.latestImportId();
    if (this.current && this.current.importId === latest) return this.current;
    this.building ??= this.build(latest).finally(() => {
      this.building = null;
    });
    // While a newer index builds, answer from the one we have.
    return this.current ?? this.building;
  }

  /** Forget the cached index so the next call rebuilds it (after an import in this process). */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async latestImportId(): Promise<number> {
    const [row] = await queryRows<{ id: number | null }>(this.db, sql`SELECT max(id) AS id FROM esco_import`);
    return row?.id ?? 0;
  }

  private async build(importId: number): Promise<LoadedIndex> {
    const concepts = await loadConcepts(this.db);
    const loaded = { index: buildIndex(concepts), importId, builtAt: Date.now() };
    this.current = loaded;
    return loaded;
  }
}
