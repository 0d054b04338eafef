import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from './auth.tables.js';
import { runUseCase, type AppDeps } from './http.js';
import { publicRoute } from './policy.js';
import { dbKinds, signedIn, startTestApp, type TestApp } from '../test/harness.js';

const secretName = 'Secretta Personname';
const secretPhone = '+358 40 765 4321';
const takenEmail = 'talent@talenthub.example';

describe.each(dbKinds)('the log holds no personal data (%s)', (kind) => {
  let t: TestApp;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { LOG_LEVEL: 'info' },
      logStream: stream,
      extraRoutes(app) {
        // Two queries that fail with personal data among their parameters.
        app.post('/api/test/failing-insert', { config: { policy: publicRoute('test of the log') } }, (request) =>
          runUseCase({ database: t.database } as AppDeps, request, async (ctx) => {
            await ctx.tx.insert(user).values({ id: randomUUID(), name: secretName, email: takenEmail, municipalityCode: '049' });
            return {};
          }),
        );
        app.post('/api/test/failing-cast', { config: { policy: publicRoute('test of the log') } }, async () => {
          await t.database.db.execute(sql`SELECT ${secretPhone}::int AS n`);
          return {};
        });
      },
    });
  });
  afterAll(() => t.close());

  it('a failed query is logged with its SQL and SQLSTATE, never its parameters or the values PostgreSQL quotes', async () => {
    const client = await signedIn(t.app, 'counsellor@talenthub.example');
    lines.length = 0;
    const insert = await client.post('/api/test/failing-insert', { name: secretName });
    expect(insert.statusCode).toBe(500);
    expect(insert.json().code).toBe('server.error');
    const cast = await client.post('/api/test/failing-cast', { phone: secretPhone });
    expect(cast.statusCode).toBe(500);
    await client.get(`/api/clients?q=${encodeURIComponent(secretName)}`);

    const log = lines.join('\n');
    const failures = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request failed');
    expect(failures).toHaveLength(2);
    const [insertErr, castErr] = failures.map((f) => f.err as Record<string, unknown>);
    expect(insertErr).toMatchObject({
      query: expect.stringMatching(/^insert into "auth_user"/),
      cause: expect.objectContaining({ sqlState: '23505' }),
    });
    expect(castErr).toMatchObject({ query: expect.stringContaining('::int'), cause: expect.objectContaining({ sqlState: '22P02' }) });
    for (const value of [secretName, secretPhone, takenEmail, 'Secretta', '765 4321']) expect(log).not.toContain(value);
    // Nor the session cookie, nor the search someone typed.
    const cookie = client.cookies.get('talenthub.session_token')!;
    expect(log).not.toContain(cookie.split('.')[0]);
    expect(log).toContain('"url":"/api/clients"');
  });
});
