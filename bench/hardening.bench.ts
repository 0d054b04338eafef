import { signedIn, startTestApp, baseUrl } from '../src/server/test/harness.js';
import { makeRunBomb } from '../src/server/test/files.js';
import { emit, load, rssMb } from './lib.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /api/health under autocannon on an idle instance (the peer), then again while five
 * clients keep uploading a 100 MB decompression-bomb DOCX, on the same instance in the same
 * run. The goal: p99 under 50 ms during the uploads. The bombs are counted: each must get 422.
 */
export async function runHardeningBench(opts: { seconds: number; uploads: number }): Promise<void> {
  const t = await startTestApp('pglite');
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const talent = await signedIn(t.app, 'talent@talenthub.example');
  const bomb = new Uint8Array(makeRunBomb(100));
  const form = () => {
    const body = new FormData();
    body.set('file', new Blob([bomb], { type: docxType }), 'bomb.docx');
    return body;
  };
  const health = { url: `${address}/api/health`, seconds: opts.seconds, connections: 4 };

  const idle = await load(health.url, health);

  let running = true;
  const statuses = new Map<number, number>();
  const uploader = async () => {
    while (running) {
      const res = await fetch(`${address}/api/profile/cv`, {
        method: 'POST',
        headers: { cookie: talent.cookieHeader, origin: baseUrl },
        body: form(),
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  const uploads = Array.from({ length: opts.uploads }, uploader);
  const busy = await load(health.url, health);
  running = false;
  await Promise.all(uploads);

  const counts = Object.fromEntries(statuses);
  if (Object.keys(counts).some((s) => s !== '422')) console.error(`bench hardening: uploads answered ${JSON.stringify(counts)}`);
  for (const [bench, r] of [
    ['hardening.health_idle', idle],
    ['hardening.health_during_bombs', busy],
  ] as const)
    emit({
      bench,
      db: 'pglite',
      n: r.requests,
      p50_ms: r.p50_ms,
      p99_ms: r.p99_ms,
      throughput: r.throughput,
      rss_mb: rssMb(),
      peer: 'hardening.health_idle',
      peer_p50_ms: idle.p50_ms,
      peer_p99_ms: idle.p99_ms,
      peer_throughput: idle.throughput,
      parallel_uploads: bench === 'hardening.health_idle' ? 0 : opts.uploads,
      ...(bench === 'hardening.health_idle' ? {} : { uploads_answered: counts }),
      failed_health: r.errors,
    });
  await t.close();
}
