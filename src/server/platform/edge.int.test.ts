import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNote, planGoal, serviceEvent } from '../modules/guidance/guidance.tables.js';
import { session, user } from './auth.tables.js';
import { Client, dbKinds, signedIn, startTestApp, type TestApp } from '../test/harness.js';

type Res = Awaited<ReturnType<Client['get']>>;

function expectProblem(res: Res, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status, code, type: `/problems/${code}` });
}

function expectInvalidText(res: Res, path: string) {
  expectProblem(res, 400, 'request.invalid');
  expect(res.json().issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, code: 'invalid_text' })]));
}

describe.each(dbKinds)('the edge refuses what the database cannot store, and every error is a problem (%s)', (kind) => {
  let t: TestApp;
  let olenaId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    olenaId = (await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, 'talent@talenthub.example')))[0]!.id;
  });
  afterAll(() => t.close());

  const rows = async () => {
    const db = t.database.db;
    const [notes] = await db.select({ n: count() }).from(caseNote);
    const [goals] = await db.select({ n: count() }).from(planGoal);
    const [steps] = await db.select({ n: count() }).from(serviceEvent);
    const titles = (await db.select({ title: planGoal.title }).from(planGoal)).map((g) => g.title);
    return { notes: notes!.n, goals: goals!.n, steps: steps!.n, titles };
  };

  it('a NUL character in body text, a path id or a search is a 400 naming the field, and nothing is written', async () => {
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    const before = await rows();
    expectInvalidText(
      await counsellor.post(`/api/clients/${olenaId}/notes`, { body: 'met today\u0000', visibility: 'organisation' }),
      'body/body',
    );
    expectInvalidText(await counsellor.post(`/api/clients/${olenaId}/notes`, { 'body\u0000': 'x', visibility: 'organisation' }), 'body');
    expectInvalidText(await counsellor.get('/api/clients/%00/notes'), 'params/userId');
    expectInvalidText(await counsellor.get('/api/clients?q=%00x'), 'querystring/q');
    // A path id that is no user id is refused by its type, before any query.
    expectProblem(await counsellor.get('/api/clients/not-a-user/notes'), 400, 'request.invalid');
    expect(await rows()).toEqual(before);
  });

  it('a lone surrogate in a goal title is a 400 on create and on update, and nothing is written', async () => {
    const olena = await signedIn(t.app, 'talent@talenthub.example');
    const created = await olena.post(`/api/clients/${olenaId}/plan/goals`, { kind: 'employment', title: 'Fair visit', targetDate: null });
    expect(created.statusCode).toBe(201);
    const goal = created.json<{ goals: { id: string; title: string }[] }>().goals.find((g) => g.title === 'Fair visit')!;
    const before = await rows();
    // The JSON text carries the escape `\ud800`, which JSON.parse turns into a lone surrogate.
    const raw = (body: string) => Buffer.from(body);
    const headers = { 'content-type': 'application/json' };
    expectInvalidText(
      await olena.request(
        'POST',
        `/api/clients/${olenaId}/plan/goals`,
        undefined,
        headers,
        raw('{"kind":"employment","title":"x\\ud800","targetDate":null}'),
      ),
      'body/title',
    );
    expectInvalidText(
      await olena.request('PATCH', `/api/plan/goals/${goal.id}`, undefined, headers, raw('{"title":"x\\ud800"}')),
      'body/title',
    );
    // A well-formed pair (an emoji) is fine.
    expect((await olena.patch(`/api/plan/goals/${goal.id}`, { title: 'Fair visit \ud83c\udf89' })).statusCode).toBe(200);
    const after = await rows();
    expect({ ...after, steps: before.steps, titles: before.titles }).toEqual(before);
    expect(after.titles).toContain('Fair visit \ud83c\udf89');
  });

  it('an over-long path is a 414 problem that does not echo the URL', async () => {
    const id = 'a'.repeat(5000);
    const res = await t.app.inject({ method: 'GET', url: `/api/clients/${id}/notes` });
    expectProblem(res, 414, 'request.uri_too_long');
    expect(res.body).not.toContain('aaaaaaaaaa');
    expect(res.headers['x-request-id']).toBe(res.json().requestId);
    // A path that is not valid percent-encoding is a problem too.
    const bad = await t.app.inject({ method: 'GET', url: '/api/clients/%ff%zz/notes' });
    expectProblem(bad, 400, 'request.invalid');
    expect(bad.body).not.toContain('%zz');
  });

  it('errors of the auth library are problem documents with a code the web app translates', async () => {
    const c = new Client(t.app);
    const wrong = await c.post('/api/auth/sign-in/email', { email: 'talent@talenthub.example', password: 'not-the-password' });
    expectProblem(wrong, 401, 'auth.INVALID_EMAIL_OR_PASSWORD');
    expect(wrong.body).not.toContain('talent@talenthub.example');
    const anonymous = await c.get('/api/auth/list-sessions');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectProblem(await c.get('/api/auth/no-such-endpoint'), 404, 'route.not_found');
  });

  it('personal answers and errors are not stored by caches', async () => {
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    expect((await counsellor.get('/api/me')).headers['cache-control']).toBe('no-store');
    const overview = await counsellor.get(`/api/clients/${olenaId}/overview`);
    expect(overview.statusCode).toBe(200);
    expect(overview.headers['cache-control']).toBe('no-store');
    const missing = await counsellor.get('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await new Client(t.app).get('/api/me')).headers['cache-control']).toBe('no-store');
  });

  it('session tokens never reach scripts; sessions are ended by id', async () => {
    const laptop = new Client(t.app);
    const signIn = await laptop.post('/api/auth/sign-in/email', { email: 'employer@talenthub.example', password: 'TalentHub-demo-2026' });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).not.toHaveProperty('token');
    expect(signIn.json().user.email).toBe('employer@talenthub.example');
    const phone = await signedIn(t.app, 'employer@talenthub.example');
    const list = await laptop.get('/api/auth/list-sessions');
    const sessions = list.json<{ id: string; token?: string }[]>();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    for (const s of sessions) expect(s).not.toHaveProperty('token');
    const current = (await laptop.get('/api/auth/get-session')).json<{ session: { id: string; token?: string } }>();
    expect(current.session).not.toHaveProperty('token');
    // No body holds the token of the cookie.
    const cookieToken = laptop.cookies.get('talenthub.session_token')!.split('.')[0]!;
    expect(list.body + JSON.stringify(current) + signIn.body).not.toContain(decodeURIComponent(cookieToken));

    // The laptop ends the phone's session by its id; someone else's session cannot be named.
    const phoneId = sessions.find((s) => s.id !== current.session.id)!.id;
    const stranger = await signedIn(t.app, 'talent@talenthub.example');
    expectProblem(await stranger.del(`/api/me/sessions/${phoneId}`), 404, 'resource.not_found');
    expect((await phone.get('/api/me')).statusCode).toBe(200);
    expect((await laptop.del(`/api/me/sessions/${phoneId}`)).statusCode).toBe(204);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/me')).statusCode).toBe(200);

    // Ending every other session and signing out still work without tokens.
    const tablet = await signedIn(t.app, 'employer@talenthub.example');
    expect((await laptop.post('/api/auth/revoke-other-sessions', {})).statusCode).toBe(200);
    expect((await tablet.get('/api/me')).statusCode).toBe(401);
    expect((await laptop.post('/api/auth/sign-out', {})).statusCode).toBe(200);
    expect((await laptop.get('/api/me')).statusCode).toBe(401);
    const [left] = await t.database.db.select({ n: count() }).from(session).where(eq(session.id, current.session.id));
    expect(left!.n).toBe(0);
  });

  it('rate limits say when to try again', async () => {
    const limited = await startTestApp(kind, { rateLimits: { signInPerIpPer15Minutes: 1, signUpPer10Minutes: 1 }, seed: false });
    try {
      const c = new Client(limited.app);
      const attempt = () => c.post('/api/auth/sign-in/email', { email: 'talent@talenthub.example', password: 'not-the-password' });
      await attempt();
      const res = await attempt();
      expectProblem(res, 429, 'auth.rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // The app's own limits (here sign-up) too.
      await c.post('/api/signup', {});
      const again = await c.post('/api/signup', {});
      expectProblem(again, 429, 'auth.rate_limited');
      expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
