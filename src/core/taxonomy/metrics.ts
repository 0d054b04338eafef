/** Retrieval metrics used by the evaluation CLI. */

/** 1-based rank of the first relevant item, or undefined. */
export function firstRelevantRank(ranked: readonly string[], relevant: ReadonlySet<string>): number | undefined {
  const i = ranked.findIndex((x) => relevant.has(x));
  return i < 0 ? undefined : i + 1;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const r = firstRelevantRank(ranked, relevant);
  return r === undefined ? 0 : 1 / r;
}

/** RP@K = |top-K ∩ gold| / min(K, |gold|). */
export function rPrecisionAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  let hits = 0;
  for (const x of ranked.slice(0, k)) if (gold.has(x)) hits++;
  return hits / Math.min(k, gold.size);
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Lines of a TREC run file for one query. */
export function trecLines(queryId: string, items: readonly { id: string; score: number }[], tag: string, depth = 100): string[] {
  return items.slice(0, depth).map((it, i) => `${queryId}\tQ0\t${it.id}\t${i + 1}\t${it.score.toFixed(6)}\t${tag}`);
}
