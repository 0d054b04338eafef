import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, dbKinds, signedIn, signUpConfirmed, startTestApp, type TestApp } from '../../test/harness.js';
import { hub, membership, organisation } from '../../platform/tenancy.tables.js';
import { hubTimeZone } from '../../../shared/time.js';
import { hubDay } from './walkins.policy.js';
import type { TFigures, TMyWalkIns, TSavedWalkIn, TServicePoint } from './walkins.schema.js';
import { servicePoint, walkIn } from './walkins.tables.js';

const sanna = 'counsellor@talenthub.example'; // counsellor, city of Espoo
const elina = 'elina.makela@otsolahti.example'; // counsellor, university
const maria = 'maria.svensson@ihespoo.example'; // counsellor at International House and hub administrator
const aino = 'admin@talenthub.example'; // hub administrator only

const visit = (servicePointId: string, extra: Record<string, unknown> = {}) => ({
  servicePointId,
  topics: ['job_search', 'residence_permit'],
  language: 'en',
  ageBand: '25_34',
  referralGiven: true,
  nextStepGiven: false,
  ...extra,
});

describe.each(dbKinds)('anonymous walk-ins (%s)', (kind) => {
  let t: TestApp;
  let counsellor: Client;
  let admin: Client;
  let pointId: string;
  let sannaId: string;
  const walkInCount = async () => (await t.database.db.select({ n: count() }).from(walkIn))[0]!.n;
  const orgId = async (prefix: string) =>
    (
      await t.database.db
        .select({ id: organisation.id })
        .from(organisation)
        .where(sql`${organisation.name} like ${`${prefix}%`}`)
    )[0]!.id;

  beforeAll(async () => {
    t = await startTestApp(kind);
    counsellor = await signedIn(t.app, sanna);
    admin = await signedIn(t.app, aino);
    sannaId = (await counsellor.get('/api/me')).json().id;
  });
  afterAll(() => t.close());

  it('advisers see the active service points of the hub, their own organisation’s first', async () => {
    const res = await counsellor.get('/api/service-points');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as TServicePoint[];
    expect(items.length).toBe(3);
    expect(items.map((i) => i.own)).toEqual([true, true, false]);
    expect(items[0]!.organisation.name).toBe('Espoon kaupunki, Talent Hub -palvelut');
    const fromIh = (await (await signedIn(t.app, maria)).get('/api/service-points')).json().items as TServicePoint[];
    expect(fromIh[0]!.name).toContain('International House');
    expect((await admin.get('/api/service-points')).statusCode).toBe(200);
    for (const email of ['talent@talenthub.example', 'employer@talenthub.example']) {
      expect((await (await signedIn(t.app, email)).get('/api/service-points')).statusCode).toBe(403);
    }
  });

  it('hub administrators add and close service points of partner organisations; advisers cannot', async () => {
    const city = await orgId('Espoon kaupunki');
    const employer = await orgId('Kiviranta');
    const wrongKind = await admin.post('/api/admin/service-points', { name: 'Kiviranta desk', organisationId: employer });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json().code).toBe('organisation.wrong_kind');
    const badPlace = await admin.post('/api/admin/service-points', { name: 'Nowhere', organisationId: city, municipalityCode: '999' });
    expect(badPlace.json().code).toBe('municipality.unknown');
    expect((await admin.post('/api/admin/service-points', { name: '  ', organisationId: city })).statusCode).toBe(400);
    expect((await counsellor.post('/api/admin/service-points', { name: 'Mine', organisationId: city })).statusCode).toBe(403);
    expect(await t.database.db.select({ n: count() }).from(servicePoint)).toEqual([{ n: 3 }]);

    const created = await admin.post('/api/admin/service-points', {
      name: 'Työllisyyspiste Tapiola',
      organisationId: city,
      municipalityCode: '049',
    });
    expect(created.statusCode).toBe(201);
    pointId = created.json().id;
    expect(created.json()).toMatchObject({ name: 'Työllisyyspiste Tapiola', active: true, organisation: { id: city } });

    const closed = await admin.patch(`/api/admin/service-points/${pointId}`, { active: false });
    expect(closed.json().active).toBe(false);
    const listed = (await counsellor.get('/api/service-points')).json().items as TServicePoint[];
    expect(listed.some((p) => p.id === pointId)).toBe(false);
    const all = (await counsellor.get('/api/service-points?include=all')).json().items as TServicePoint[];
    expect(all.some((p) => p.id === pointId)).toBe(true);
    // A closed point takes no walk-ins.
    const refused = await counsellor.post('/api/walk-ins', visit(pointId));
    expect(refused.json().code).toBe('service_point.not_found');
    expect((await admin.patch(`/api/admin/service-points/${pointId}`, { active: true, name: 'Työllisyyspiste Tapiola' })).statusCode).toBe(
      200,
    );
  });

  it('refuses bad entries with a 4xx and writes nothing', async () => {
    const before = await walkInCount();
    const now = Date.now();
    const bad: [Record<string, unknown>, number][] = [
      [visit(pointId, { topics: [] }), 400],
      [visit(pointId, { topics: ['astrology'] }), 400],
      [visit(pointId, { topics: ['job_search', 'job_search'] }), 400],
      [visit(pointId, { language: 'klingon' }), 400],
      [visit(pointId, { ageBand: undefined }), 400],
      [visit(pointId, { referralGiven: 'yes' }), 400],
      [visit(pointId, { at: 'yesterday' }), 400],
      [visit(pointId, { at: new Date(now + 3600_000).toISOString() }), 400],
      [visit(pointId, { at: new Date(now - 30 * 3600_000).toISOString() }), 400],
      [visit('00000000-0000-4000-8000-000000000000'), 404],
      [{ ...visit(pointId), extra: 'field' }, 201],
    ];
    for (const [body, status] of bad.slice(0, -1)) {
      const res = await counsellor.post('/api/walk-ins', body);
      expect({ body, status: res.statusCode }).toEqual({ body, status });
      expect(res.json().code).toMatch(/^(request\.invalid|service_point\.not_found)$/);
    }
    const future = await counsellor.post('/api/walk-ins', visit(pointId, { at: new Date(now + 3600_000).toISOString() }));
    expect(future.json().issues).toEqual([expect.objectContaining({ path: 'body/at', message: 'time_in_future' })]);
    expect(await walkInCount()).toBe(before);
  });

  it('only advisers log walk-ins; a hub administrator who is also an adviser may', async () => {
    for (const email of [aino, 'talent@talenthub.example', 'employer@talenthub.example']) {
      const c = email === aino ? admin : await signedIn(t.app, email);
      expect((await c.post('/api/walk-ins', visit(pointId))).statusCode).toBe(403);
    }
    expect((await new Client(t.app).post('/api/walk-ins', visit(pointId))).statusCode).toBe(401);
    const both = await signedIn(t.app, maria);
    const ihPoint = (await both.get('/api/service-points')).json().items[0] as TServicePoint;
    expect(ihPoint.own).toBe(true);
    expect((await both.post('/api/walk-ins', visit(ihPoint.id, { language: 'sv' }))).statusCode).toBe(201);
  });

  it('an adviser logs walk-ins only at their own organisation’s service points', async () => {
    const maries = await signedIn(t.app, maria);
    const ihPoint = (await maries.get('/api/service-points')).json().items[0] as TServicePoint;
    expect(ihPoint.organisation.name).toContain('International House');
    const before = await walkInCount();
    // Sanna (city of Espoo) at International House's point: refused, nothing counted there.
    const refused = await counsellor.post('/api/walk-ins', visit(ihPoint.id));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('walk_in.point_not_yours');
    // Maria (International House) at the city's point: refused too.
    expect((await maries.post('/api/walk-ins', visit(pointId))).json().code).toBe('walk_in.point_not_yours');
    expect(await walkInCount()).toBe(before);
    // An entry at her own point cannot be moved to another organisation's point either.
    const own = await counsellor.post('/api/walk-ins', visit(pointId));
    expect(own.statusCode).toBe(201);
    const id = own.json<TSavedWalkIn>().item.id;
    const moved = await counsellor.put(`/api/walk-ins/${id}`, visit(ihPoint.id));
    expect(moved.statusCode).toBe(403);
    expect(moved.json().code).toBe('walk_in.point_not_yours');
    expect((await counsellor.del(`/api/walk-ins/${id}`)).statusCode).toBe(204);
  });

  it('logs a walk-in now or earlier today, counts the point’s day and lists my entries of today', async () => {
    const startOfToday = await t.database.db
      .select({ at: sql<string>`(${hubDay(new Date())}::date::timestamp AT TIME ZONE ${hubTimeZone})::text` })
      .from(hub)
      .limit(1);
    const earlier = new Date((Date.parse(startOfToday[0]!.at.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')) + Date.now()) / 2);
    // An entry by another adviser (whose account has since been erased) counts in the point's day.
    await t.database.db
      .insert(walkIn)
      .values({ ...visit(pointId), hubId: await hubId(t), recordedBy: null, at: new Date() } as typeof walkIn.$inferInsert);
    const first = await counsellor.post('/api/walk-ins', visit(pointId));
    expect(first.statusCode).toBe(201);
    const saved = first.json<TSavedWalkIn>();
    expect(saved.item).toMatchObject({ servicePointName: 'Työllisyyspiste Tapiola', topics: ['job_search', 'residence_permit'] });
    expect(Object.keys(saved.item)).not.toContain('recordedBy');
    const second = await counsellor.post('/api/walk-ins', visit(pointId, { at: earlier.toISOString(), topics: ['housing'] }));
    expect(second.statusCode).toBe(201);
    expect(second.json().item.at).toBe(earlier.toISOString());
    // The point's day counts every adviser's entries.
    expect(second.json().todayAtPoint).toBe(3);

    const mine = (await counsellor.get('/api/walk-ins/mine')).json<TMyWalkIns>();
    expect(mine).toMatchObject({ date: hubDay(new Date()), editable: true });
    expect(mine.items.map((i) => i.id)).toEqual([saved.item.id, second.json().item.id]);
    const yesterday = (await counsellor.get(`/api/walk-ins/mine?date=2020-01-01`)).json<TMyWalkIns>();
    expect(yesterday).toMatchObject({ editable: false, items: [] });
  });

  it('an adviser corrects and removes only their own entries of today', async () => {
    const [mine] = (await counsellor.get('/api/walk-ins/mine')).json<TMyWalkIns>().items;
    const other = await signedIn(t.app, elina);
    const changed = visit(pointId, { topics: ['education'], language: 'fi', ageBand: 'under_25' });
    const locked = await other.put(`/api/walk-ins/${mine!.id}`, changed);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('walk_in.locked');
    expect((await other.del(`/api/walk-ins/${mine!.id}`)).json().code).toBe('walk_in.locked');

    const corrected = await counsellor.put(`/api/walk-ins/${mine!.id}`, changed);
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().item).toMatchObject({ topics: ['education'], language: 'fi', ageBand: 'under_25', at: mine!.at });

    // Yesterday's entry is closed, even for its own adviser.
    const [old] = await t.database.db
      .insert(walkIn)
      .values({
        ...visit(pointId),
        topics: ['other'],
        language: 'en',
        ageBand: 'unknown',
        hubId: await hubId(t),
        recordedBy: sannaId,
        at: new Date(Date.now() - 30 * 3600_000),
      } as typeof walkIn.$inferInsert)
      .returning({ id: walkIn.id });
    expect((await counsellor.put(`/api/walk-ins/${old!.id}`, changed)).json().code).toBe('walk_in.locked');
    expect((await counsellor.del(`/api/walk-ins/${old!.id}`)).json().code).toBe('walk_in.locked');
    expect((await counsellor.del(`/api/walk-ins/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);

    const before = await walkInCount();
    expect((await counsellor.del(`/api/walk-ins/${mine!.id}`)).statusCode).toBe(204);
    expect(await walkInCount()).toBe(before - 1);
    expect((await counsellor.get('/api/walk-ins/mine')).json<TMyWalkIns>().items.some((i) => i.id === mine!.id)).toBe(false);
  });

  it('the adviser’s data export holds the walk-ins they logged, with nothing about the visitors', async () => {
    const res = await counsellor.get('/api/privacy/export?format=json');
    expect(res.statusCode).toBe(200);
    const rows = res.json().tables.walk_in as { recordedBy: string; topics: string[] }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.recordedBy === sannaId)).toBe(true);
    const html = await counsellor.get('/api/privacy/export?format=html');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Kirjaamasi anonyymit käynnit palvelupisteessä');
  });

  it('gives figures per day and month in Helsinki days, to advisers and hub administrators', async () => {
    const hid = await hubId(t);
    const [point] = await t.database.db
      .insert(servicePoint)
      .values({ hubId: hid, organisationId: await orgId('Espoon kaupunki'), name: 'Figures desk' })
      .returning({ id: servicePoint.id });
    const row = (at: string, extra: Partial<typeof walkIn.$inferInsert> = {}) => ({
      hubId: hid,
      servicePointId: point!.id,
      recordedBy: sannaId,
      at: new Date(at),
      topics: ['job_search' as const],
      language: 'en' as const,
      ageBand: '25_34' as const,
      ...extra,
    });
    await t.database.db.insert(walkIn).values([
      // 23:59 on 10 March in Helsinki (UTC+2) and a minute past midnight on 11 March.
      row('2026-03-10T21:59:00Z', { topics: ['job_search', 'housing'], referralGiven: true }),
      row('2026-03-10T22:01:00Z', { language: 'uk', ageBand: '35_44', nextStepGiven: true }),
      // 00:30 on 1 April in Helsinki (UTC+3 in summer time) is still 31 March in UTC.
      row('2026-03-31T21:30:00Z', { language: 'fi', topics: ['education'] }),
      row('2026-03-31T20:30:00Z', { language: 'fi', topics: ['education', 'job_search'], nextStepGiven: true }),
      // Outside the span asked for.
      row('2026-02-28T21:59:00Z'),
      row('2026-04-30T21:00:00Z'),
    ]);
    for (const c of [counsellor, admin]) {
      const res = await c.get(`/api/walk-ins/figures?from=2026-03-01&to=2026-04-30&servicePointId=${point!.id}`);
      expect(res.statusCode).toBe(200);
      const f = res.json<TFigures>();
      expect(f.timeZone).toBe('Europe/Helsinki');
      expect(f.points).toHaveLength(1);
      const p = f.points[0]!;
      expect(p.days.map((d) => [d.date, d.total])).toEqual([
        ['2026-03-10', 1],
        ['2026-03-11', 1],
        ['2026-03-31', 1],
        ['2026-04-01', 1],
      ]);
      expect(p.days[0]).toMatchObject({ referrals: 1, nextSteps: 0, topics: { job_search: 1, housing: 1, education: 0 } });
      expect(p.days[1]).toMatchObject({ languages: { uk: 1, en: 0 }, ageBands: { '35_44': 1 }, nextSteps: 1 });
      expect(p.months.map((m) => [m.month, m.total])).toEqual([
        ['2026-03', 3],
        ['2026-04', 1],
      ]);
      expect(p.months[0]).toMatchObject({
        referrals: 1,
        nextSteps: 2,
        topics: { job_search: 3, housing: 1, education: 1 },
        languages: { en: 1, uk: 1, fi: 1 },
      });
      expect(p.total).toMatchObject({ total: 4, topics: { education: 2 }, languages: { fi: 2 } });
    }
    const all = (await admin.get('/api/walk-ins/figures?from=2026-03-01&to=2026-03-31')).json<TFigures>();
    expect(all.points.length).toBe(5);
    expect(all.points.find((p) => p.servicePoint.id === point!.id)?.total.total).toBe(3);

    expect((await admin.get('/api/walk-ins/figures?from=2026-03-31&to=2026-03-01')).statusCode).toBe(400);
    expect((await admin.get('/api/walk-ins/figures?from=2024-01-01&to=2026-03-01')).statusCode).toBe(400);
    expect((await admin.get('/api/walk-ins/figures?from=2026-03-01')).statusCode).toBe(400);
    expect(
      (await (await signedIn(t.app, 'talent@talenthub.example')).get('/api/walk-ins/figures?from=2026-03-01&to=2026-03-31')).statusCode,
    ).toBe(403);
  });

  it('another hub sees nothing of this hub’s points and walk-ins', async () => {
    const db = t.database.db;
    const [other] = await db
      .insert(hub)
      .values({
        slug: 'lappeenranta',
        nameFi: 'Lappeenrannan Talent Hub',
        nameSv: 'Talent Hub Villmanstrand',
        nameEn: 'Lappeenranta Talent Hub',
        municipalityCode: '405',
      })
      .returning();
    const [org] = await db
      .insert(organisation)
      .values({ hubId: other!.id, kind: 'partner', partnerType: 'city', name: 'Lappeenrannan kaupunki', municipalityCode: '405' })
      .returning();
    const c = new Client(t.app);
    await signUpConfirmed(t, c, {
      role: 'talent',
      name: 'Other Adviser',
      email: 'adviser@lpr.example',
      password: 'a-long-passphrase',
      municipalityCode: '405',
      locale: 'fi',
    });
    const me = (await c.get('/api/me')).json();
    await db.update(membership).set({ hubId: other!.id, role: 'counsellor', organisationId: org!.id }).where(eq(membership.userId, me.id));
    await db.insert(membership).values({ userId: me.id, hubId: other!.id, role: 'hub_admin' });

    expect((await c.get('/api/service-points?include=all')).json().items).toEqual([]);
    expect((await c.get('/api/walk-ins/figures?from=2026-03-01&to=2026-04-30')).json().points).toEqual([]);
    expect((await c.get(`/api/walk-ins/figures?from=2026-03-01&to=2026-04-30&servicePointId=${pointId}`)).statusCode).toBe(404);
    expect((await c.post('/api/walk-ins', visit(pointId))).json().code).toBe('service_point.not_found');
    expect((await c.patch(`/api/admin/service-points/${pointId}`, { active: false })).json().code).toBe('service_point.not_found');
    const [espoo] = await db
      .select({ id: walkIn.id })
      .from(walkIn)
      .where(and(eq(walkIn.servicePointId, pointId), eq(walkIn.recordedBy, sannaId)));
    expect((await c.put(`/api/walk-ins/${espoo!.id}`, visit(pointId))).json().code).toBe('walk_in.not_found');
    expect((await c.del(`/api/walk-ins/${espoo!.id}`)).json().code).toBe('walk_in.not_found');
    expect((await c.get('/api/walk-ins/mine')).json().items).toEqual([]);
  });
});

async function hubId(t: TestApp): Promise<string> {
  const [h] = await t.database.db.select({ id: hub.id }).from(hub).where(eq(hub.slug, 'espoo-region'));
  return h!.id;
}
