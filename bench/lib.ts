import autocannon from 'autocannon';
import pg from 'pg';

/** One JSON line per measurement, in the shape ENGINEERING.md sets out. */
export type Measurement = {
  bench: string;
  db?: 'pglite' | 'postgres';
  n?: number;
  p50_ms?: number;
  p95_ms?: number;
  p99_ms?: number;
  throughput?: number;
  rss_mb?: number;
  peer?: string;
  peer_p50_ms?: number;
  peer_p95_ms?: number;
  peer_p99_ms?: number;
  peer_throughput?: number;
  [extra: string]: unknown;
};

export function emit(m: Measurement): void {
  process.stdout.write(JSON.stringify(m) + '\n');
}

export const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

export type Load = { p50_ms: number; p99_ms: number; throughput: number; requests: number; errors: number };

/** Loads a URL with autocannon for a fixed time and returns latency percentiles and req/s. */
export async function load(
  url: string,
  opts: { headers?: Record<string, string>; seconds?: number; connections?: number } = {},
): Promise<Load> {
  const result = await autocannon({ url, headers: opts.headers, duration: opts.seconds ?? 5, connections: opts.connections ?? 10 });
  return {
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    throughput: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/** The PostgreSQL server for benchmarks, if one answers: BENCH_DATABASE_URL, TEST_DATABASE_URL or the local default. */
export async function postgresUrl(): Promise<string | null> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return url;
  } catch {
    return null;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Sequential timings of one request shape, ms, sorted: `warmUp` calls first (not timed), then
 * `count` timed calls; `after` runs after each timed call (outside the timing).
 */
export async function timeSequential(
  count: number,
  fn: (i: number) => Promise<void>,
  opts: { warmUp?: number; after?: () => void } = {},
): Promise<number[]> {
  const warmUp = opts.warmUp ?? 20;
  for (let i = 0; i < warmUp; i++) await fn(count + i);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
    opts.after?.();
  }
  return out.sort((a, b) => a - b);
}
