import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../platform/audit.tables.js';
import { dbKinds, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import type { TProfile } from '../talents/talents.schema.js';

type Candidate = {
  publicRef: string;
  score: number;
  explanation: {
    skills: { required: { uri: string; label: string }; via: { uri: string } | null; relation: string | null }[];
    blockers: { code: string }[];
  };
};

describe.each(dbKinds)('matching through the API (%s)', (kind) => {
  let t: TestApp;
  let employer: Client;
  let talent: Client;
  let openingId: string;
  let me: TProfile;
  beforeAll(async () => {
    t = await startTestApp(kind);
    employer = await signedIn(t.app, 'employer@talenthub.example');
    talent = await signedIn(t.app, 'talent@talenthub.example');
    me = (await talent.get('/api/profile')).json<TProfile>();
    const orgId = (await employer.get('/api/me')).json().memberships[0].organisation.id;
    const list = (await employer.get(`/api/organisations/${orgId}/openings?status=published`)).json();
    openingId = list.items.find((o: { title: string }) => o.title === 'Rakennusinsinööri').id;
  });
  afterAll(() => t.close());

  it('ranks pseudonymised candidates with explanations; a must-have language gap is shown as a blocker', async () => {
    const res = await employer.get(`/api/openings/${openingId}/candidates`);
    expect(res.statusCode).toBe(200);
    for (const secret of ['Olena', 'Kovalenko', 'talent@talenthub.example', '555 0142']) expect(res.body).not.toContain(secret);
    const items = res.json().items as Candidate[];
    const olena = items.find((c) => c.publicRef === me.publicRef);
    expect(olena).toBeDefined();
    expect(olena!.explanation.skills.find((s) => s.required.uri.endsWith(':autocad'))).toMatchObject({ relation: 'exact' });
    expect(olena!.explanation.blockers).toEqual([{ kind: 'language', code: 'fi' }]);
    // Candidates without a blocker come first, then by score.
    const firstBlocked = items.findIndex((c) => c.explanation.blockers.length > 0);
    if (firstBlocked > 0) expect(items.slice(firstBlocked).every((c) => c.explanation.blockers.length > 0)).toBe(true);
    const [entry] = await t.database.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, me.userId)).limit(1);
    expect(entry).toBeDefined();
  });

  it('withdrawing employer visibility removes the person from the ranking at once', async () => {
    const consents = (await talent.get('/api/privacy/consents')).json();
    const visible = consents.active.find((c: { kind: string }) => c.kind === 'employer_visibility');
    await talent.del(`/api/privacy/consents/${visible.id}`);
    const items = (await employer.get(`/api/openings/${openingId}/candidates`)).json().items as Candidate[];
    expect(items.map((c) => c.publicRef)).not.toContain(me.publicRef);
    await talent.post('/api/privacy/consents', { kind: 'employer_visibility', organisationId: null, textVersion: consents.textVersion });
  });

  it('another employer cannot rank candidates for this opening', async () => {
    const other = await signedIn(t.app, 'laura.niemi@revontuli.example');
    expect((await other.get(`/api/openings/${openingId}/candidates`)).statusCode).toBe(404);
    expect((await talent.get(`/api/openings/${openingId}/candidates`)).statusCode).toBe(403);
  });

  it('ranks published openings for a talent, with the reasons', async () => {
    const res = await talent.get('/api/profile/matching-openings');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { opening: { id: string; title: string }; score: number; explanation: Candidate['explanation'] }[];
    const kiviranta = items.find((i) => i.opening.id === openingId);
    expect(kiviranta).toBeDefined();
    expect(kiviranta!.explanation.blockers).toEqual([{ kind: 'language', code: 'fi' }]);
    expect(kiviranta!.explanation.skills.some((s) => s.relation === 'exact')).toBe(true);
  });

  it('the hub administrator sets the weights; rankings use them', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    const before = (await admin.get('/api/admin/matching-weights')).json();
    expect(before).toMatchObject({ custom: false });
    expect(before.weights).toEqual(before.defaults);
    const score = async () =>
      ((await employer.get(`/api/openings/${openingId}/candidates`)).json().items as Candidate[]).find((c) => c.publicRef === me.publicRef)!
        .score;
    const withDefaults = await score();
    const zero = await admin.put('/api/admin/matching-weights', {
      essentialSkills: 0,
      optionalSkills: 0,
      occupation: 0,
      languages: 0,
      location: 0,
      availability: 0,
    });
    expect(zero.statusCode).toBe(400);
    const languagesOnly = { essentialSkills: 0, optionalSkills: 0, occupation: 0, languages: 1, location: 0, availability: 0 };
    const set = await admin.put('/api/admin/matching-weights', languagesOnly);
    expect(set.json()).toMatchObject({ custom: true, weights: languagesOnly });
    const withLanguagesOnly = await score();
    expect(withLanguagesOnly).not.toBe(withDefaults);
    // Olena has Finnish A2 of B1 and no English requirement met... her language part alone.
    expect(withLanguagesOnly).toBeLessThan(100);
    expect((await employer.put('/api/admin/matching-weights', languagesOnly)).statusCode).toBe(403);
  });

  it('the talent pool filters by language level, municipality and availability, and ranks by skills', async () => {
    const autocad = 'urn:talenthub:demo:skill:autocad';
    const all = (await employer.get(`/api/talent-pool?skills=${autocad}`)).json().items as Candidate[];
    expect(all.map((c) => c.publicRef)).toContain(me.publicRef);
    for (const secret of ['Olena', 'Kovalenko']) expect(JSON.stringify(all)).not.toContain(secret);
    const finnishB1 = (await employer.get(`/api/talent-pool?skills=${autocad}&languages=fi:B1`)).json().items as Candidate[];
    expect(finnishB1.map((c) => c.publicRef)).not.toContain(me.publicRef);
    const english = (await employer.get(`/api/talent-pool?skills=${autocad}&languages=en:C1&municipalities=049`)).json()
      .items as Candidate[];
    expect(english.map((c) => c.publicRef)).toContain(me.publicRef);
    const tooSoon = (await employer.get(`/api/talent-pool?skills=${autocad}&availableBy=2026-01-01`)).json().items as Candidate[];
    expect(tooSoon.map((c) => c.publicRef)).not.toContain(me.publicRef);
    expect((await employer.get('/api/talent-pool?languages=fi:Z9')).statusCode).toBe(400);
    expect((await talent.get('/api/talent-pool')).statusCode).toBe(403);
  });
});
