import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection.js';
import { rateLimit } from '../../platform/auth.tables.js';
import { addressKey, addressLimits } from '../../platform/rate-limit.js';
import { makePdf } from '../../test/files.js';
import { Client, dbKinds, demoPassword, signedIn, signUpConfirmed, startTestApp, type TestApp } from '../../test/harness.js';
import { auditEvent } from '../../platform/audit.tables.js';
import type { TProfile } from '../talents/talents.schema.js';
import { modules } from '../../modules.js';
import { personalDataTables, tablesWithoutPersonalData } from './privacy.export.js';

const autocad = 'urn:talenthub:demo:skill:autocad';

/** A new talent with a full profile, a CV and consents, as a person would build it. */
async function newTalent(t: TestApp, email: string, name: string, phone: string) {
  const client = new Client(t.app);
  const res = await signUpConfirmed(t, client, {
    role: 'talent',
    name,
    email,
    password: 'A-long-password-2026',
    municipalityCode: '049',
    locale: 'en',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  await client.put('/api/profile/basics', {
    name,
    municipalityCode: '049',
    phone,
    arrivalYear: 2021,
    permitBasis: 'work',
    availableFrom: '2027-01-15',
    workingTime: 'part_time',
    drivingLicences: ['B', 'C'],
  });
  await client.put('/api/profile/education', {
    items: [
      {
        level: '6',
        field: 'Nursing',
        country: 'PH',
        institution: 'Cebu Nursing College',
        startYear: 2010,
        endYear: 2014,
        recognition: 'recognised',
      },
    ],
  });
  await client.put('/api/profile/work', {
    items: [
      {
        title: 'Staff nurse',
        occupationUri: null,
        employer: `${name.split(' ')[1] ?? ''} Family Clinic`,
        country: 'PH',
        startYear: 2014,
        endYear: null,
        description: `${name} cared for patients.`,
      },
    ],
  });
  await client.put('/api/profile/skills', {
    items: [
      { uri: autocad, label: 'AutoCAD', years: 1 },
      { uri: null, label: 'Tagalog medical terms', years: 5 },
    ],
  });
  await client.put('/api/profile/languages', { items: [{ language: 'tl', level: 'native' }] });
  await client.put('/api/profile/wishes', { occupationUris: [], municipalityCodes: ['049'], remote: null });
  await client.upload('/api/profile/cv', 'cv.pdf', 'application/pdf', await makePdf([name, 'Registered nurse, AutoCAD']));
  const { textVersion } = (await client.get('/api/privacy/consents')).json();
  await client.post('/api/privacy/consents', { kind: 'hub_counsellors', organisationId: null, textVersion });
  await client.post('/api/privacy/consents', { kind: 'employer_visibility', organisationId: null, textVersion });
  const profile = (await client.get('/api/profile')).json<TProfile>();
  return { client, profile };
}

/** Every text-like value in every table of the public schema, to look for a person's traces. */
async function everyText(t: TestApp): Promise<string> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    t.database.db,
    sql`SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY', 'character varying')`,
  );
  const parts: string[] = [];
  for (const c of columns) {
    const rows = await queryRows<{ v: string | null }>(
      t.database.db,
      sql.raw(`SELECT "${c.column_name}"::text AS v FROM "${c.table_name}" WHERE "${c.column_name}" IS NOT NULL`),
    );
    for (const r of rows) if (r.v) parts.push(r.v);
  }
  return parts.join('\n');
}

describe.each(dbKinds)('privacy: consents, export, access log and erasure (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('every table is classified: with personal data (exported) or without', async () => {
    const tables = await queryRows<{ table_name: string }>(
      t.database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const classified = new Set([...Object.keys(personalDataTables(modules)), ...Object.keys(tablesWithoutPersonalData(modules))]);
    const missing = tables.map((r) => r.table_name).filter((n) => !classified.has(n));
    expect(missing, 'tables missing from the GDPR export registry (privacy.export.ts)').toEqual([]);
    const stale = [...classified].filter((n) => !tables.some((r) => r.table_name === n));
    expect(stale, 'registry names tables that do not exist').toEqual([]);
  });

  it('the export holds every row about the person and no secrets', async () => {
    const { client, profile } = await newTalent(t, 'maricel.santos@mail.example', 'Maricel Santos', '+358 50 111 2222');
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    await counsellor.get(`/api/clients/${profile.userId}/profile`);
    const res = await client.get('/api/privacy/export?format=json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="talent-hub-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = res.json();
    expect(Object.keys(data.tables).sort()).toEqual(Object.keys(personalDataTables(modules)).sort());
    const counts = Object.fromEntries(Object.entries(data.tables as Record<string, unknown[]>).map(([k, v]) => [k, v.length]));
    for (const table of [
      'auth_user',
      'auth_account',
      'auth_session',
      'membership',
      'talent_profile',
      'talent_education',
      'talent_work',
      'talent_skill',
      'talent_language',
      'talent_cv',
      'consent',
      'audit_event',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(data.tables.talent_cv[0].text).toContain('Registered nurse');
    expect(data.tables.audit_event.some((e: { action: string }) => e.action === 'profile.read')).toBe(true);
    // No password hash, no session token.
    expect(res.body).not.toMatch(/"password"\s*:/);
    expect(res.body).not.toContain(client.cookies.get('talenthub.session_token')?.split('.')[0] ?? 'no-cookie');

    const html = await client.get('/api/privacy/export?format=html');
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<html lang="en">');
    expect(html.body).toContain('Maricel Santos');
    expect(html.body).toContain('Cebu Nursing College');
  });

  it('the access log shows who read my data, with their organisation', async () => {
    const client = await signedIn(t.app, 'maricel.santos@mail.example', 'A-long-password-2026');
    const log = (await client.get('/api/privacy/access-log')).json();
    const read = log.items.find((i: { action: string }) => i.action === 'profile.read');
    expect(read).toMatchObject({
      reader: { name: 'Sanna Korhonen', roles: ['counsellor'], organisations: ['Espoon kaupunki, Talent Hub -palvelut'] },
    });
    // The person's own actions are not "access by others".
    expect(log.items.every((i: { reader: { name: string } }) => i.reader.name !== 'Maricel Santos')).toBe(true);
  });

  it('a wrong password erases nothing; the right one erases every trace but the anonymous audit trail', async () => {
    const { client, profile } = await newTalent(t, 'farah.ali@mail.example', 'Farah Ali', '+358 50 765 4321');
    const wrong = await client.post('/api/privacy/erase', { password: 'not-my-password', confirmed: true });
    expect(wrong.statusCode).toBe(403);
    expect((await client.get('/api/profile')).statusCode).toBe(200);
    const unconfirmed = await client.post('/api/privacy/erase', { password: 'A-long-password-2026', confirmed: false });
    expect(unconfirmed.statusCode).toBe(400);
    // A mistyped sign-in and the sign-up left counters keyed by a hash of her address.
    await new Client(t.app).post('/api/auth/sign-in/email', { email: 'farah.ali@mail.example', password: 'not-my-password' });
    const counters = () =>
      t.database.db
        .select()
        .from(rateLimit)
        .where(
          inArray(
            rateLimit.key,
            addressLimits.map((name) => addressKey(name, 'farah.ali@mail.example')),
          ),
        );
    expect(await counters()).toHaveLength(2);

    const ok = await client.post('/api/privacy/erase', { password: 'A-long-password-2026', confirmed: true });
    expect(ok.statusCode).toBe(204);
    expect(await counters()).toEqual([]);
    expect((await client.get('/api/me')).statusCode).toBe(401);
    const again = await new Client(t.app).post('/api/auth/sign-in/email', {
      email: 'farah.ali@mail.example',
      password: 'A-long-password-2026',
    });
    expect(again.statusCode).toBe(401);
    const everything = await everyText(t);
    for (const trace of ['farah.ali@mail.example', 'Farah Ali', '+358 50 765 4321', 'Ali Family Clinic']) {
      expect(everything.includes(trace), trace).toBe(false);
    }
    const trail = await t.database.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, profile.userId));
    expect(trail.map((e) => e.action)).toContain('person.erase');
    // The employer view and the counsellor's list lose the person at once.
    const employer = await signedIn(t.app, 'employer@talenthub.example');
    expect((await employer.get(`/api/talent-profiles/${profile.publicRef}`)).statusCode).toBe(404);
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    expect((await counsellor.get('/api/clients?q=farah')).json().total).toBe(0);
  });

  it('the last hub administrator cannot erase their account', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    const maria = await signedIn(t.app, 'maria.svensson@ihespoo.example');
    expect((await maria.post('/api/privacy/erase', { password: demoPassword, confirmed: true })).statusCode).toBe(204);
    const last = await admin.post('/api/privacy/erase', { password: demoPassword, confirmed: true });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('membership.last_admin');
  });

  it('consents: only the current text version, organisations only for organisation consents', async () => {
    const talent = await signedIn(t.app, 'maricel.santos@mail.example', 'A-long-password-2026');
    const c = (await talent.get('/api/privacy/consents')).json();
    for (const a of c.active) await talent.del(`/api/privacy/consents/${a.id}`);
    const old = await talent.post('/api/privacy/consents', { kind: 'hub_counsellors', organisationId: null, textVersion: '2020-01' });
    expect(old.statusCode).toBe(409);
    const uni = c.organisations.find((o: { partnerType: string }) => o.partnerType === 'university');
    const missingOrg = await talent.post('/api/privacy/consents', {
      kind: 'organisation',
      organisationId: null,
      textVersion: c.textVersion,
    });
    expect(missingOrg.statusCode).toBe(400);
    const granted = await talent.post('/api/privacy/consents', {
      kind: 'organisation',
      organisationId: uni.id,
      textVersion: c.textVersion,
    });
    expect(granted.json().active).toMatchObject([{ kind: 'organisation', organisation: { id: uni.id }, method: 'self_service' }]);
    // Granting twice keeps one consent in force.
    const twice = await talent.post('/api/privacy/consents', { kind: 'organisation', organisationId: uni.id, textVersion: c.textVersion });
    expect(twice.json().active).toHaveLength(1);
    const withdrawn = await talent.del(`/api/privacy/consents/${twice.json().active[0].id}`);
    expect(withdrawn.json().active).toEqual([]);
    expect(withdrawn.json().history[0]).toMatchObject({ kind: 'organisation' });
  });
});
