import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimit } from '../app.js';
import { user } from './auth.tables.js';
import { Client, dbKinds, signedIn, startTestApp, type TestApp } from '../test/harness.js';

const talent = (over: Record<string, unknown> = {}) => ({
  role: 'talent',
  name: 'Test Person',
  email: `person-${Math.random().toString(36).slice(2)}@mail.example`,
  password: 'correct-horse-battery',
  municipalityCode: '049',
  locale: 'en',
  ...over,
});

describe.each(dbKinds)('bad input gets a problem response (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('unknown route: 404 problem with a stable code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'route.not_found', status: 404, type: '/problems/route.not_found' });
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('malformed JSON: 400 request.malformed_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"role": "talent",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('request.malformed_json');
  });

  it('body over the limit: 413 request.too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/signup',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(talent({ name: 'x'.repeat(bodyLimit + 10) })),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('request.too_large');
  });

  it('a form post is not accepted: 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/signup',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'role=talent',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('request.unsupported_media_type');
  });

  it('wrong types, over-long strings and unknown enum values name the field', async () => {
    const c = new Client(t.app);
    const wrongType = await c.post('/api/signup', talent({ municipalityCode: 49 }));
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body/municipalityCode', code: 'invalid_type' })]),
    );

    const tooLong = await c.post('/api/signup', talent({ name: 'a'.repeat(201) }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body/name', code: 'too_big', params: expect.objectContaining({ maximum: 200 }) }),
      ]),
    );

    const badEnum = await c.post('/api/signup', talent({ locale: 'de' }));
    expect(badEnum.statusCode).toBe(400);
    expect(badEnum.json().issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body/locale', code: 'invalid_value' })]),
    );

    const badRole = await c.post('/api/signup', talent({ role: 'superuser' }));
    expect(badRole.statusCode).toBe(400);

    const extraKey = await c.post('/api/signup', talent({ isAdmin: true }));
    expect(extraKey.statusCode).toBe(400);
    expect(extraKey.json().issues[0].code).toBe('unrecognized_keys');
  });

  it('a Business ID with a wrong check digit is refused with its own message key', async () => {
    const res = await new Client(t.app).post('/api/signup', {
      ...talent({ role: 'employer' }),
      organisation: { name: 'Testi Oy', businessId: '0112038-8', municipalityCode: '049' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      expect.objectContaining({ path: 'body/organisation/businessId', code: 'custom', message: 'business_id_checksum' }),
    ]);
  });

  it('a use case that fails half-way leaves nothing behind', async () => {
    // The person would be created first; the Business ID already belongs to a demo employer.
    const email = 'half-way@mail.example';
    const res = await new Client(t.app).post('/api/signup', {
      ...talent({ role: 'employer', email }),
      organisation: { name: 'Another Name Oy', businessId: '2260181-9', municipalityCode: '049' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('organisation.business_id_taken');
    const [row] = await t.database.db.select({ n: count() }).from(user).where(eq(user.email, email));
    expect(row?.n).toBe(0);
  });

  it('an unknown municipality is a 422 with a stable code', async () => {
    const res = await new Client(t.app).post('/api/signup', talent({ municipalityCode: '999' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('municipality.unknown');
  });

  it('query strings are validated too', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    const res = await admin.get('/api/admin/people?limit=100000');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0]).toMatchObject({ path: 'querystring/limit', code: 'too_big' });
    const bad = await admin.get('/api/admin/organisations/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('params/id');
  });
});
