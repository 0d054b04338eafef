import Fastify from 'fastify';
import type { DbKind } from '../src/server/db/connection.js';
import { signedIn, startTestApp } from '../src/server/test/harness.js';
import { emit, load, postgresUrl, rssMb } from './lib.js';

/**
 * Throughput and p99 latency of GET /api/health and of an authenticated read
 * (GET /api/admin/organisations as the demo administrator) under autocannon load, on each
 * database. Peer: a bare Fastify server answering the same JSON, measured in the same run,
 * so the ratio shows what the platform (policies, sessions, database) costs.
 */
export async function runHttpBench(opts: { seconds: number }): Promise<void> {
  const bare = Fastify();
  bare.get('/health', () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/health`;
  const peer = await load(bareUrl, { seconds: opts.seconds });

  const kinds: DbKind[] = ['pglite'];
  const pgUrl = await postgresUrl();
  if (pgUrl) {
    process.env.TEST_DATABASE_URL ??= pgUrl;
    kinds.push('postgres');
  } else console.error('bench http: no PostgreSQL server answered; measuring PGlite only');

  for (const kind of kinds) {
    const t = await startTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    const cases = [
      { bench: 'http.health', url: `${base}/api/health`, headers: {} as Record<string, string> },
      { bench: 'http.organisations', url: `${base}/api/admin/organisations?limit=50`, headers: { cookie: admin.cookieHeader } },
    ];
    for (const c of cases) {
      const r = await load(c.url, { headers: c.headers, seconds: opts.seconds });
      if (r.errors > 0) console.error(`bench ${c.bench} (${kind}): ${r.errors} failed responses`);
      emit({
        bench: c.bench,
        db: kind,
        n: r.requests,
        p50_ms: r.p50_ms,
        p99_ms: r.p99_ms,
        throughput: r.throughput,
        rss_mb: rssMb(),
        peer: 'fastify-bare',
        peer_p50_ms: peer.p50_ms,
        peer_p99_ms: peer.p99_ms,
        peer_throughput: peer.throughput,
        throughput_ratio: Number((r.throughput / peer.throughput).toFixed(3)),
      });
    }
    await t.close();
  }
  await bare.close();
}
