import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import type { RouteRecord } from './http.js';

const sampleParams: Record<string, string> = { id: '00000000-0000-4000-8000-000000000000', '*': 'x' };

describe('route policies', () => {
  let t: TestApp;
  let routes: RouteRecord[];
  beforeAll(async () => {
    t = await startTestApp('pglite');
    routes = [];
    // Rebuild the route table from a second app on the same database to read its registry.
    const built = await buildApp({
      database: t.database,
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/talenthub-policy-test', LOG_LEVEL: 'silent' }),
      logger: false,
    });
    routes = built.routes;
    await built.app.close();
  });
  afterAll(() => t.close());

  it('every registered route declares a policy', () => {
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('refuses to start when a route has no policy', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    const { app } = await buildApp({
      database,
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/talenthub-policy-test', LOG_LEVEL: 'silent' }),
      logger: false,
    });
    app.get('/api/unguarded', () => ({ ok: true }));
    await expect(app.ready()).rejects.toThrow(/routes without a policy: GET \/api\/unguarded/);
    await database.close();
  });

  it('every route that is not public answers 401 to an anonymous caller', async () => {
    const guarded = routes.filter((r) => r.policy && r.policy.kind !== 'public' && r.method !== 'HEAD');
    expect(guarded.length).toBeGreaterThan(10);
    for (const r of guarded) {
      const url = r.url.replace(/:(\w+)|\*/g, (m, name: string | undefined) => sampleParams[name ?? '*'] ?? 'x');
      const res = await t.app.inject({
        method: r.method as 'GET',
        url,
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: '{}' }),
      });
      expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({ route: `${r.method} ${r.url}`, status: 401 });
      expect(res.json()).toMatchObject({ code: 'auth.required' });
    }
  });
});
