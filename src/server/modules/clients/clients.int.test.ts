import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../platform/audit.tables.js';
import { dbKinds, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { withdrawAllConsents } from '../privacy/privacy.fixtures.test-data.js';

const staff = {
  city: 'counsellor@talenthub.example',
  university: 'elina.makela@otsolahti.example',
  admin: 'admin@talenthub.example',
  employer: 'employer@talenthub.example',
  talent: 'ahmed.hassan@mail.example',
};

const allParts = ['overview', 'profile', 'appointments', 'plan', 'notes', 'referrals', 'referralTargets', 'timeline'];

describe.each(dbKinds)('one audited view of a client (%s)', (kind) => {
  let t: TestApp;
  let city: Client;
  let clientId: string;

  /** The audit entries a request wrote, by its request id. */
  const writtenBy = (res: { headers: Record<string, unknown> }) =>
    t.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.requestId, String(res.headers['x-request-id'])));
  const entriesAbout = async (userId: string) =>
    (await t.database.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, userId))).length;

  beforeAll(async () => {
    t = await startTestApp(kind);
    city = await signedIn(t.app, staff.city);
    // A client of the city's own: registered at the desk, sharing with the city only.
    const created = await city.post('/api/clients', {
      name: 'Viewed Client',
      email: 'viewed.client@mail.example',
      municipalityCode: '049',
      locale: 'en',
      consents: { organisation: true, hubCounsellors: false, employerVisibility: false },
      invite: false,
    });
    expect(created.statusCode).toBe(201);
    clientId = created.json<{ userId: string }>().userId;
    expect(
      (await city.put(`/api/clients/${clientId}/profile/languages`, { items: [{ language: 'ti', level: 'native' }] })).statusCode,
    ).toBe(200);
    expect((await city.post(`/api/clients/${clientId}/notes`, { body: 'Met at the desk.', visibility: 'organisation' })).statusCode).toBe(
      201,
    );
    expect(
      (await city.post(`/api/clients/${clientId}/plan/goals`, { kind: 'language', title: 'Finnish A2', targetDate: null })).statusCode,
    ).toBe(201);
  });
  afterAll(() => t.close());

  it('answers every part of the page and writes one case.read entry listing the parts read', async () => {
    const before = await entriesAbout(clientId);
    const res = await city.get(`/api/clients/${clientId}/view`);
    expect(res.statusCode).toBe(200);
    const written = await writtenBy(res);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ action: 'case.read', subjectUserId: clientId, details: { parts: allParts } });
    expect(await entriesAbout(clientId)).toBe(before + 1);

    // Each part is what its section endpoint answers.
    const view = res.json();
    expect(Object.keys(view).sort()).toEqual(['appointments', 'notes', 'overview', 'plan', 'referralTargets', 'referrals', 'timeline']);
    expect(view.overview).toEqual((await city.get(`/api/clients/${clientId}/overview`)).json());
    expect(view.appointments).toEqual((await city.get(`/api/clients/${clientId}/appointments`)).json());
    expect(view.plan).toEqual((await city.get(`/api/clients/${clientId}/plan`)).json());
    expect(view.notes).toEqual((await city.get(`/api/clients/${clientId}/notes`)).json());
    expect(view.referrals).toEqual((await city.get(`/api/clients/${clientId}/referrals`)).json());
    expect(view.referralTargets).toEqual((await city.get(`/api/clients/${clientId}/referral-targets`)).json());
    expect(view.timeline).toEqual((await city.get(`/api/clients/${clientId}/timeline`)).json());
    expect(view.notes.items.map((n: { body: string }) => n.body)).toEqual(['Met at the desk.']);
    expect(view.plan.goals.map((g: { title: string }) => g.title)).toEqual(['Finnish A2']);
    expect(view.overview.profile).not.toBeNull();
  });

  it('keeps the log to identifiers and part names', async () => {
    const res = await city.get(`/api/clients/${clientId}/view`);
    const [entry] = await writtenBy(res);
    const logged = JSON.stringify(entry?.details);
    for (const content of ['Met at the desk.', 'Finnish A2', 'viewed.client@mail.example', 'Viewed Client'])
      expect(logged).not.toContain(content);
  });

  it('carries the first page of the service path; later pages come from the timeline', async () => {
    const res = await city.get(`/api/clients/${clientId}/view?timelineLimit=1`);
    expect(res.statusCode).toBe(200);
    const { timeline } = res.json();
    expect(timeline.items).toHaveLength(1);
    expect(timeline.more).toBe(true);
    const next = await city.get(`/api/clients/${clientId}/timeline?limit=1&before=${encodeURIComponent(timeline.next)}`);
    expect(next.json().items[0].id).not.toBe(timeline.items[0].id);
    expect((await city.get(`/api/clients/${clientId}/view?timelineLimit=0`)).statusCode).toBe(400);
  });

  it('refuses without consent or case (404) and other roles (403), writing nothing', async () => {
    const before = await entriesAbout(clientId);
    const university = await signedIn(t.app, staff.university);
    const refused = await university.get(`/api/clients/${clientId}/view`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('case.not_found');
    expect(await writtenBy(refused)).toEqual([]);
    for (const who of ['admin', 'employer', 'talent'] as const) {
      const res = await (await signedIn(t.app, staff[who])).get(`/api/clients/${clientId}/view`);
      expect({ who, status: res.statusCode }).toEqual({ who, status: 403 });
      expect(await writtenBy(res)).toEqual([]);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/view` });
    expect(anonymous.statusCode).toBe(401);
    expect(await entriesAbout(clientId)).toBe(before);
  });

  it('names only the parts read: no profile summary once the client stops sharing it', async () => {
    await withdrawAllConsents(t.database.db, clientId);
    // The city still holds the client's case, so the page opens, without the profile.
    const res = await city.get(`/api/clients/${clientId}/view`);
    expect(res.statusCode).toBe(200);
    expect(res.json().overview.profile).toBeNull();
    const [entry] = await writtenBy(res);
    expect(entry?.details).toEqual({ parts: allParts.filter((p) => p !== 'profile') });
  });
});
