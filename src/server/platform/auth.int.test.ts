import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../modules/mail/mail.tables.js';
import { Client, dbKinds, signedIn, startTestApp, type TestApp } from '../test/harness.js';

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

  it('a talent signs up, is signed in at once with a hardened cookie, and sees their account', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/signup', {
      role: 'talent',
      name: 'Nadia Petrenko',
      email: 'Nadia.Petrenko@mail.example',
      password: 'a-long-passphrase',
      municipalityCode: '235',
      locale: 'sv',
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((k) => k.name === 'talenthub.session_token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain http in tests; see the TLS test below
    const me = (await c.get('/api/me')).json();
    expect(me).toMatchObject({ name: 'Nadia Petrenko', email: 'nadia.petrenko@mail.example', locale: 'sv', municipalityCode: '235' });
    expect(me.memberships).toEqual([expect.objectContaining({ role: 'talent', organisation: null })]);
    expect(JSON.stringify(me)).not.toMatch(/password|scrypt/i);
  });

  it('an employer user signs up with their organisation', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/signup', {
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

  it('the same e-mail cannot sign up twice', async () => {
    const res = await new Client(t.app).post('/api/signup', {
      role: 'talent',
      name: 'Someone',
      email: 'talent@talenthub.example',
      password: 'a-long-passphrase',
      municipalityCode: '049',
      locale: 'en',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('user.email_taken');
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
    t = await startTestApp(kind, { rateLimits: { signInPerMinute: 3, passwordResetPer5Minutes: 2, signUpPer10Minutes: 4 } });
  });
  afterAll(() => t.close());

  it('sign-in, sign-up and password reset are rate-limited', async () => {
    const c = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await c.post('/api/auth/sign-in/email', { email: 'admin@talenthub.example', password: 'wrong-password-1' })).statusCode,
      );
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);

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
