import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './db/connection.js';
import type { RouteRecord } from './platform/http.js';
import { Client, signedIn, startTestApp, type TestApp } from './test/harness.js';
import { jsonSchemaOf, malformedIds, mutated, mutations, queryString, type Mutation } from './test/fuzz.js';

/**
 * The fuzz tier: every API route, as anonymous and as each role, with inputs generated from the
 * route's own Zod schemas, valid and hostile. It asserts that nothing answers 5xx, that every
 * error is a problem document, and that a refused request changes no table.
 *
 * CI runs it on PGlite with a fixed seed and one case per route, role and mutation kind it
 * draws. `npm run test:fuzz` runs it longer with a fresh seed (FUZZ_RUNS, FUZZ_SEED to repeat).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const runs = Number(process.env.FUZZ_RUNS ?? 1);

/** better-auth's own endpoints have no Zod schema in the app; these are the ones a stranger can reach. */
const authRoutes: RouteRecord[] = [
  { url: '/api/auth/sign-in/email', body: z.object({ email: z.email(), password: z.string().min(1).max(128) }) },
  { url: '/api/auth/request-password-reset', body: z.object({ email: z.email(), redirectTo: z.string().optional() }) },
  { url: '/api/auth/reset-password', body: z.object({ newPassword: z.string().min(12).max(128), token: z.string().min(1) }) },
].map(({ url, body }) => ({ method: 'POST', url, policy: undefined, schema: { body } }));

/** Tables that record attempts by design: a refused sign-in still counts against its limit. */
const attemptTables = new Set(['rate_limit']);

type Case = { mutation: Mutation | 'malformed_id'; params: Record<string, string>; query: string; body: unknown };

describe('fuzz tier: every route, every role, generated input', () => {
  let t: TestApp;
  let roles: [string, Client][];
  let countAll: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    t = await startTestApp('pglite', {
      rateLimits: {
        signInPerIpPer15Minutes: 100_000,
        signInFailuresPerAccountPer15Minutes: 100_000,
        passwordResetPer5Minutes: 100_000,
        signUpPer10Minutes: 100_000,
        contactRequestsPerDay: 100_000,
      },
    });
    roles = [
      ['anonymous', new Client(t.app)],
      ['talent', await signedIn(t.app, 'talent@talenthub.example')],
      ['employer', await signedIn(t.app, 'employer@talenthub.example')],
      ['counsellor', await signedIn(t.app, 'counsellor@talenthub.example')],
      ['admin', await signedIn(t.app, 'admin@talenthub.example')],
    ];
    const tables = (
      await queryRows<{ name: string }>(
        t.database.db,
        sql.raw(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`),
      )
    )
      .map((r) => r.name)
      .filter((n) => !attemptTables.has(n));
    const counts = sql.raw(`SELECT ${tables.map((n) => `(SELECT count(*)::int FROM "${n}") AS "${n}"`).join(', ')}`);
    countAll = async () => (await queryRows<Record<string, number>>(t.database.db, counts))[0]!;
  });
  afterAll(() => t.close());

  it('answers every generated request without a 5xx, with problem documents, and writes nothing it refuses', async () => {
    const routes = [...t.routes.filter((r) => r.url.startsWith('/api/') && !r.url.includes('*') && r.method !== 'HEAD'), ...authRoutes];
    expect(routes.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    for (const [ri, route] of routes.entries()) {
      const bodySchema = jsonSchemaOf(route.schema.body);
      const paramsSchema = jsonSchemaOf(route.schema.params);
      const querySchema = jsonSchemaOf(route.schema.querystring);
      const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      // Each role draws its own mutation kinds, so that every route meets every kind.
      const kinds: (Mutation | 'malformed_id')[] = [...mutations, ...(names.length ? ['malformed_id' as const] : [])];
      for (const [k, [role, client]] of roles.entries()) {
        const picked = [kinds[(ri + k) % kinds.length]!, kinds[(ri + k + 3) % kinds.length]!, kinds[(ri + k + 5) % kinds.length]!];
        for (const mutation of picked) {
          const arb: fc.Arbitrary<Case> = fc
            .tuple(
              mutated(paramsSchema, mutation === 'malformed_id' ? 'valid' : mutation === 'boundary' ? 'boundary' : 'valid'),
              mutated(querySchema, mutation === 'malformed_id' ? 'valid' : mutation),
              mutated(bodySchema, mutation === 'malformed_id' ? 'valid' : mutation),
              fc.constantFrom(...malformedIds),
            )
            .map(([params, query, body, bad]) => ({
              mutation,
              params: Object.fromEntries(
                names.map((n) => {
                  const v = (params as Record<string, unknown> | undefined)?.[n];
                  const id = typeof v === 'string' || typeof v === 'number' ? String(v) : 'x';
                  return [n, mutation === 'malformed_id' ? bad : encodeURIComponent(id)];
                }),
              ),
              query: queryString(query as never),
              body,
            }));
          for (const c of fc.sample(arb, { seed: seed + ri * 31 + k, numRuns: runs })) {
            const url = route.url.replace(/:(\w+)/g, (_m, n: string) => c.params[n]!) + c.query;
            const unsafe = route.method !== 'GET';
            const before = unsafe ? await countAll() : undefined;
            const res = await client.request(route.method as 'GET', url, route.method === 'GET' ? undefined : (c.body ?? {}));
            sent++;
            const where = `${route.method} ${route.url} as ${role}, ${c.mutation}: ${url.slice(0, 200)} ${JSON.stringify(c.body)?.slice(0, 300)}`;
            if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 300)}`);
            if (res.statusCode >= 400) {
              const type = String(res.headers['content-type'] ?? '');
              const body = type.includes('json') ? res.json<Record<string, unknown>>() : {};
              if (!type.startsWith('application/problem+json') || typeof body.code !== 'string' || body.status !== res.statusCode)
                failures.push(`${where} → ${res.statusCode} not a problem document: ${type} ${res.body.slice(0, 200)}`);
              if (before) {
                const after = await countAll();
                const changed = Object.keys(after).filter((n) => after[n] !== before[n]);
                if (changed.length) failures.push(`${where} → ${res.statusCode} refused, yet changed ${changed.join(', ')}`);
              }
            }
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(routes.length * roles.length);
    expect(failures).toEqual([]);
  }, 600_000);
});
