import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from './mail.tables.js';
import { pendingSignup } from '../modules/people/people.tables.js';
import { Client, dbKinds, signedIn, signUpConfirmed, signUpToken, startTestApp, type TestApp } from '../test/harness.js';
import { user } from './auth.tables.js';

/** What a caller can tell from an answer: status, headers and body, less what differs on every request. */
function comparable(res: LightMyRequestResponse) {
  const { 'x-request-id': _id, date: _date, 'content-length': _length, ...headers } = res.headers;
  const text = res.body.replaceAll(String(res.headers['x-request-id']), '<request id>');
  return { status: res.statusCode, headers, body: text };
}

async function latestMailTo(t: TestApp, to: string) {
  const [row] = await t.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return row;
}

describe.each(dbKinds)('accounts, sessions and the security baseline (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('a talent signs up: nothing is created until the mailed link is followed, which signs them in with a hardened cookie', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/signup', {
      role: 'talent',
      name: 'Nadia Petrenko',
      email: 'Nadia.Petrenko@mail.example',
      password: 'a-long-passphrase',
      municipalityCode: '235',
      locale: 'sv',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'confirmation_sent' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await t.database.db.select().from(user).where(eq(user.email, 'nadia.petrenko@mail.example'))).toEqual([]);
    expect((await c.get('/api/me')).statusCode).toBe(401);

    const mail = await latestMailTo(t, 'nadia.petrenko@mail.example');
    expect(mail).toMatchObject({ template: 'signUpConfirmation', locale: 'sv', subject: 'Talent Hub: bekräfta din e-postadress' });
    const token = await signUpToken(t, 'nadia.petrenko@mail.example');
    const [pending] = await t.database.db.select().from(pendingSignup).where(eq(pendingSignup.email, 'nadia.petrenko@mail.example'));
    // Neither the token nor the password is stored as such.
    expect(pending!.tokenHash).not.toContain(token);
    expect(pending!.passwordHash).not.toContain('a-long-passphrase');
    expect(JSON.stringify(pending!.payload)).not.toContain('a-long-passphrase');
    expect(pending!.expiresAt.getTime() - pending!.createdAt.getTime()).toBe(24 * 3600 * 1000);

    const confirmed = await c.post('/api/signup/confirm', { token });
    expect(confirmed.statusCode).toBe(201);
    const cookie = confirmed.cookies.find((k) => k.name === 'talenthub.session_token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain http in tests; see the TLS test below
    const me = (await c.get('/api/me')).json();
    expect(me).toMatchObject({ name: 'Nadia Petrenko', email: 'nadia.petrenko@mail.example', locale: 'sv', municipalityCode: '235' });
    expect(me.memberships).toEqual([expect.objectContaining({ role: 'talent', organisation: null })]);
    expect(JSON.stringify(me)).not.toMatch(/password|scrypt/i);
    expect(await t.database.db.select().from(pendingSignup).where(eq(pendingSignup.email, 'nadia.petrenko@mail.example'))).toEqual([]);
    // The password chosen at sign-up is the account's.
    await new Client(t.app).signIn('nadia.petrenko@mail.example', 'a-long-passphrase');

    // The link works once.
    const again = await new Client(t.app).post('/api/signup/confirm', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('signup.link_invalid');
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('an employer user signs up with their organisation', async () => {
    const res = await signUpConfirmed(t, new Client(t.app), {
      role: 'employer',
      name: 'Tiina Rantanen',
      email: 'tiina@lumo.example',
      password: 'a-long-passphrase',
      municipalityCode: '049',
      locale: 'fi',
      organisation: { name: 'Lumo Logistiikka Oy', businessId: '2628194-7', municipalityCode: '049' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().memberships[0]).toMatchObject({ role: 'employer', organisation: { name: 'Lumo Logistiikka Oy', kind: 'employer' } });
  });

  it('a confirmation that fails half-way leaves nothing behind', async () => {
    const employer = (email: string, name: string) => ({
      role: 'employer',
      name,
      email,
      password: 'a-long-passphrase',
      municipalityCode: '049',
      locale: 'en',
      organisation: { name: `${name} Oy`, businessId: '1414213-0', municipalityCode: '049' },
    });
    // Two sign-ups for the same Business ID wait for confirmation; the first one confirmed takes it.
    expect((await new Client(t.app).post('/api/signup', employer('first@tuuli.example', 'Tuuli'))).statusCode).toBe(202);
    expect((await new Client(t.app).post('/api/signup', employer('second@myrsky.example', 'Myrsky'))).statusCode).toBe(202);
    const second = await signUpToken(t, 'second@myrsky.example');
    expect((await new Client(t.app).post('/api/signup/confirm', { token: await signUpToken(t, 'first@tuuli.example') })).statusCode).toBe(
      201,
    );
    const late = await new Client(t.app).post('/api/signup/confirm', { token: second });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('organisation.business_id_taken');
    expect(await t.database.db.select().from(user).where(eq(user.email, 'second@myrsky.example'))).toEqual([]);
  });

  it('a known address gets the same answer as a new one; its owner gets a note in their own language', async () => {
    const signUp = (email: string) =>
      new Client(t.app).post('/api/signup', {
        role: 'talent',
        name: 'Someone',
        email,
        password: 'a-long-passphrase',
        municipalityCode: '049',
        locale: 'fi',
      });
    const known = await signUp('talent@talenthub.example');
    const fresh = await signUp('someone.new@mail.example');
    expect(comparable(known)).toEqual(comparable(fresh));
    expect(known.statusCode).toBe(202);
    expect(known.headers['set-cookie']).toBeUndefined();

    // No pending sign-up for the known address; a note to its owner in English, the account's language.
    expect(await t.database.db.select().from(pendingSignup).where(eq(pendingSignup.email, 'talent@talenthub.example'))).toEqual([]);
    const note = await latestMailTo(t, 'talent@talenthub.example');
    expect(note).toMatchObject({
      template: 'signUpAttempt',
      locale: 'en',
      subject: 'Talent Hub: someone tried to sign up with your address',
    });
    expect(note!.bodyText).toContain('http://localhost:3000/sign-in');
    expect(note!.bodyText).toContain('http://localhost:3000/forgot-password');
    expect(await signUpToken(t, 'talent@talenthub.example')).toBeNull();
    // The account is as it was.
    await new Client(t.app).signIn('talent@talenthub.example');
  });

  it('sign-up mail to one address is limited, alike for known and new addresses', async () => {
    const signUp = (email: string) =>
      new Client(t.app).post('/api/signup', {
        role: 'talent',
        name: 'X',
        email,
        password: 'a-long-passphrase',
        municipalityCode: '049',
        locale: 'en',
      });
    const answers = [];
    for (const email of ['employer@talenthub.example', 'flooded@mail.example']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await signUp(email)).statusCode);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
      answers.push(await signUp(email));
    }
    expect(answers[0]!.json().code).toBe('auth.rate_limited');
    expect(Number(answers[0]!.headers['retry-after'])).toBeGreaterThan(0);
    // Alike but for the seconds to wait.
    const [known, fresh] = answers.map((a) => {
      const { 'retry-after': _r, ...headers } = comparable(a).headers;
      return { ...comparable(a), headers, body: comparable(a).body.replace(/\d+ s/, 'N s') };
    });
    expect(known).toEqual(fresh);
  });

  it('a new sign-up with the same address replaces the earlier one and its link', async () => {
    const body = { role: 'talent', name: 'Ali Hassan', email: 'ali.hassan@mail.example', municipalityCode: '049', locale: 'en' };
    expect((await new Client(t.app).post('/api/signup', { ...body, password: 'first-passphrase' })).statusCode).toBe(202);
    const first = await signUpToken(t, body.email);
    expect((await new Client(t.app).post('/api/signup', { ...body, name: 'Ali H.', password: 'second-passphrase' })).statusCode).toBe(202);
    const second = await signUpToken(t, body.email);
    expect(second).not.toBe(first);
    expect(await t.database.db.select().from(pendingSignup).where(eq(pendingSignup.email, body.email))).toHaveLength(1);
    expect((await new Client(t.app).post('/api/signup/confirm', { token: first })).json().code).toBe('signup.link_invalid');
    const c = new Client(t.app);
    expect((await c.post('/api/signup/confirm', { token: second })).statusCode).toBe(201);
    expect((await c.get('/api/me')).json().name).toBe('Ali H.');
    await new Client(t.app).signIn(body.email, 'second-passphrase');
  });

  it('an expired link is refused with a 410, and expired sign-ups are cleaned away by the next sign-up', async () => {
    const body = {
      role: 'talent',
      name: 'Late Person',
      email: 'late@mail.example',
      password: 'a-long-passphrase',
      municipalityCode: '049',
    };
    expect((await new Client(t.app).post('/api/signup', { ...body, locale: 'en' })).statusCode).toBe(202);
    const token = await signUpToken(t, body.email);
    await t.database.db
      .update(pendingSignup)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(pendingSignup.email, body.email));
    const res = await new Client(t.app).post('/api/signup/confirm', { token });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('signup.link_invalid');
    expect((await new Client(t.app).post('/api/signup/confirm', { token: 'x'.repeat(43) })).statusCode).toBe(410);
    expect((await new Client(t.app).post('/api/signup/confirm', { token: 'short' })).statusCode).toBe(400);

    expect((await new Client(t.app).post('/api/signup', { ...body, email: 'someone.else@mail.example', locale: 'en' })).statusCode).toBe(
      202,
    );
    expect(await t.database.db.select().from(pendingSignup).where(eq(pendingSignup.email, body.email))).toEqual([]);
  });

  it('sign-in and password reset answer the same for known and unknown addresses', async () => {
    const signIn = (email: string) => new Client(t.app).post('/api/auth/sign-in/email', { email, password: 'wrong-password-1' });
    const known = await signIn('counsellor@talenthub.example');
    const unknown = await signIn('nobody.here@mail.example');
    expect(known.statusCode).toBe(401);
    expect(comparable(known)).toEqual(comparable(unknown));
    const reset = (email: string) => new Client(t.app).post('/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });
    const knownReset = await reset('counsellor@talenthub.example');
    const unknownReset = await reset('nobody.here@mail.example');
    expect(knownReset.statusCode).toBe(200);
    expect(comparable(knownReset)).toEqual(comparable(unknownReset));
  });

  it('the session opener of a confirmed sign-up cannot be reached over HTTP', async () => {
    const me = (await (await signedIn(t.app, 'talent@talenthub.example')).get('/api/me')).json();
    for (const path of ['/api/auth/open-session-after-sign-up', '/api/auth/openSessionAfterSignUp']) {
      const res = await new Client(t.app).post(path, { userId: me.id });
      expect(res.statusCode).toBe(404);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('sign-out ends the session', async () => {
    const c = await signedIn(t.app, 'counsellor@talenthub.example');
    expect((await c.get('/api/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/sign-out', {})).statusCode).toBe(200);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('sessions can be listed and another one revoked', async () => {
    const laptop = await signedIn(t.app, 'employer@talenthub.example');
    const phone = await signedIn(t.app, 'employer@talenthub.example');
    const sessions = (await laptop.get('/api/auth/list-sessions')).json<{ token: string }[]>();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const phoneToken = phone.cookies.get('talenthub.session_token')!.split('.')[0];
    expect((await laptop.post('/api/auth/revoke-session', { token: phoneToken })).statusCode).toBe(200);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/me')).statusCode).toBe(200);
  });

  it('password reset goes through the outbox in the person’s language', async () => {
    const c = new Client(t.app);
    expect(
      (await c.post('/api/auth/request-password-reset', { email: 'talent@talenthub.example', redirectTo: '/reset-password' })).statusCode,
    ).toBe(200);
    const mail = await latestMailTo(t, 'talent@talenthub.example');
    expect(mail?.template).toBe('passwordReset');
    expect(mail?.subject).toBe('Talent Hub: reset your password'); // Olena reads English
    const token = /token=([^\s&]+)/.exec(mail!.bodyText)![1]!;
    expect(
      (await c.post('/api/auth/reset-password', { token: decodeURIComponent(token), newPassword: 'brand-new-passphrase' })).statusCode,
    ).toBe(200);
    expect(
      (await c.post('/api/auth/sign-in/email', { email: 'talent@talenthub.example', password: 'TalentHub-demo-2026' })).statusCode,
    ).toBe(401);
    await new Client(t.app).signIn('talent@talenthub.example', 'brand-new-passphrase');
    // the token works once
    expect(
      (await c.post('/api/auth/reset-password', { token: decodeURIComponent(token), newPassword: 'another-passphrase' })).statusCode,
    ).toBe(400);
  });

  it('a cross-site write with a session cookie is refused', async () => {
    const c = await signedIn(t.app, 'admin@talenthub.example');
    const evil = await c.request(
      'POST',
      '/api/admin/organisations',
      { kind: 'partner', partnerType: 'ngo', name: 'Evil ry', municipalityCode: '049' },
      { origin: 'https://evil.example' },
    );
    expect(evil.statusCode).toBe(403);
    expect(evil.json().code).toBe('request.csrf');
    const fetchMeta = await c.request('PATCH', '/api/me', { name: 'Hacked' }, { origin: '', 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.statusCode).toBe(403);
    const authRoute = await c.request('POST', '/api/auth/sign-out', {}, { origin: 'https://evil.example' });
    expect(authRoute.statusCode).toBe(403);
    expect((await c.get('/api/me')).json().name).toBe('Aino Lehtonen');
  });

  it('security headers with a content security policy are on every response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.json()).toMatchObject({ status: 'ok', database: kind, migration: expect.stringMatching(/^\d{4}_/) });
  });

  it('the OpenAPI document describes the API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/signup', '/api/admin/organisations', '/api/admin/audit']),
    );
  });
});

describe.each(dbKinds)('rate limits (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      rateLimits: {
        signInPerIpPer15Minutes: 24,
        signInFailuresPerAccountPer15Minutes: 3,
        passwordResetPer5Minutes: 2,
        signUpPer10Minutes: 4,
      },
    });
  });
  afterAll(() => t.close());
  const signIn = (c: Client, email: string, password = 'wrong-password-1') => c.post('/api/auth/sign-in/email', { email, password });

  it('one account is locked after repeated failures, while another account signs in from the same address', async () => {
    const c = new Client(t.app); // every request of these tests comes from the same network address
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signIn(c, 'admin@talenthub.example')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const locked = await signIn(c, 'Admin@Talenthub.example ', 'TalentHub-demo-2026');
    expect(locked.statusCode).toBe(429); // even with the right password, and however the address is written
    expect(locked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(locked.json().code).toBe('auth.rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // A colleague behind the same address is not locked out.
    expect((await signIn(c, 'counsellor@talenthub.example', 'TalentHub-demo-2026')).statusCode).toBe(200);
  });

  it('a successful sign-in clears the account’s failures', async () => {
    const c = new Client(t.app);
    expect((await signIn(c, 'employer@talenthub.example')).statusCode).toBe(401);
    expect((await signIn(c, 'employer@talenthub.example')).statusCode).toBe(401);
    expect((await signIn(c, 'employer@talenthub.example', 'TalentHub-demo-2026')).statusCode).toBe(200);
    expect((await signIn(c, 'employer@talenthub.example')).statusCode).toBe(401);
    expect((await signIn(c, 'employer@talenthub.example')).statusCode).toBe(401);
  });

  it('an unknown address is locked alike, so the answer does not tell whether an account exists', async () => {
    const c = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signIn(c, 'nobody.at.all@mail.example')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const unknown = await signIn(c, 'nobody.at.all@mail.example');
    const known = await signIn(c, 'admin@talenthub.example');
    expect(unknown.headers['retry-after']).toBeDefined();
    const { 'retry-after': _a, ...unknownHeaders } = comparable(unknown).headers;
    const { 'retry-after': _b, ...knownHeaders } = comparable(known).headers;
    expect({ ...comparable(unknown), headers: unknownHeaders }).toEqual({ ...comparable(known), headers: knownHeaders });
  });

  it('the looser limit per network address still stops a sweep over many accounts', async () => {
    const c = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(c, `sweep-${i}@mail.example`)).statusCode);
    // 17 attempts came from this address before: the 25th is refused, though each account failed once only.
    expect(statuses).toEqual([...Array<number>(7).fill(401), ...Array<number>(5).fill(429)]);
    const limited = await signIn(c, 'sweep-last@mail.example');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('auth.rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('sign-up and password reset are rate-limited', async () => {
    const c = new Client(t.app);
    const resets: number[] = [];
    for (let i = 0; i < 4; i++)
      resets.push(
        (await c.post('/api/auth/request-password-reset', { email: 'nobody@mail.example', redirectTo: '/reset-password' })).statusCode,
      );
    expect(resets.at(-1)).toBe(429);

    const signups: number[] = [];
    for (let i = 0; i < 6; i++)
      signups.push(
        (
          await c.post('/api/signup', {
            role: 'talent',
            name: 'X',
            email: `rl${i}@mail.example`,
            password: 'short',
            municipalityCode: '049',
            locale: 'en',
          })
        ).statusCode,
      );
    expect(signups).toContain(429);
    const limited = await c.post('/api/signup', {
      role: 'talent',
      name: 'X',
      email: 'rl-last@mail.example',
      password: 'a-long-passphrase',
      municipalityCode: '049',
      locale: 'en',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('auth.rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('behind TLS', () => {
  it('session cookies are Secure when the base URL is https', async () => {
    const t = await startTestApp('pglite', { env: { BASE_URL: 'https://hub.example' } });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { 'content-type': 'application/json', origin: 'https://hub.example' },
        payload: JSON.stringify({ email: 'admin@talenthub.example', password: 'TalentHub-demo-2026' }),
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((k) => k.name.endsWith('talenthub.session_token'));
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await t.close();
    }
  });
});
