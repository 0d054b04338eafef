import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../platform/audit.tables.js';
import { dbKinds, demoPassword, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import type { TOpening, TPublicOpening } from './openings.schema.js';
import { jobOpening } from './openings.tables.js';

const demo = (kind: string, slug: string) => `urn:talenthub:demo:${kind}:${slug}`;
const civilEngineer = demo('occupation', 'civil-engineer');

const opening = (over: Record<string, unknown> = {}) => ({
  kind: 'opening',
  title: 'Rakennesuunnittelija',
  occupationUri: civilEngineer,
  description: 'Suunnittelet asuinkerrostalojen betonirakenteita ja tarkastat tietomalleja.',
  descriptionLang: 'fi',
  skills: [
    { uri: demo('skill', 'eurocode'), essential: true },
    { uri: demo('skill', 'tekla'), essential: false },
  ],
  languages: [
    { language: 'fi', level: 'B1', must: true },
    { language: 'en', level: 'B2', must: false },
  ],
  municipalityCodes: ['049', '235'],
  remote: 'hybrid',
  workingTime: 'full_time',
  startDate: '2027-03-01',
  salaryMin: 3800,
  salaryMax: 4600,
  ...over,
});

describe.each(dbKinds)('job openings (%s)', (kind) => {
  let t: TestApp;
  let jari: Client;
  let laura: Client;
  let coordinator: Client;
  let otherCounsellor: Client;
  let talent: Client;
  let admin: Client;
  const org: Record<'kiviranta' | 'revontuli' | 'aurinkorinne' | 'city', string> = {
    kiviranta: '',
    revontuli: '',
    aurinkorinne: '',
    city: '',
  };

  const openingCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(jobOpening))[0]?.n;
  const auditActions = async (openingId: string) =>
    (
      await t.database.db
        .select({ action: auditEvent.action, details: auditEvent.details })
        .from(auditEvent)
        .where(sql`${auditEvent.details}->>'openingId' = ${openingId}`)
        .orderBy(auditEvent.id)
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await startTestApp(kind);
    jari = await signedIn(t.app, 'employer@talenthub.example');
    laura = await signedIn(t.app, 'laura.niemi@revontuli.example');
    coordinator = await signedIn(t.app, 'counsellor@talenthub.example');
    otherCounsellor = await signedIn(t.app, 'elina.makela@otsolahti.example');
    talent = await signedIn(t.app, 'talent@talenthub.example');
    admin = await signedIn(t.app, 'admin@talenthub.example');
    for (const [key, q] of [
      ['kiviranta', 'kiviranta'],
      ['revontuli', 'revontuli'],
      ['aurinkorinne', 'aurinkorinne'],
      ['city', 'espoon kaupunki'],
    ] as const) {
      org[key] = (await admin.get(`/api/admin/organisations?q=${encodeURIComponent(q)}`)).json().items[0].id;
    }
  });
  afterAll(() => t.close());

  it('an employer writes a draft, replaces it, publishes and closes it; every change is audited', async () => {
    const created = await jari.post(`/api/organisations/${org.kiviranta}/openings`, opening());
    expect(created.statusCode).toBe(201);
    const o = created.json<TOpening>();
    expect(o).toMatchObject({
      organisation: { id: org.kiviranta, name: 'Kiviranta Rakennus Oy' },
      kind: 'opening',
      status: 'draft',
      publishedAt: null,
      occupation: { uri: civilEngineer, labelLang: 'fi' },
      languages: [
        { language: 'fi', level: 'B1', must: true },
        { language: 'en', level: 'B2', must: false },
      ],
      municipalityCodes: ['049', '235'],
      salaryMin: 3800,
      salaryMax: 4600,
    });
    expect(o.skills.map((s) => [s.uri, s.essential, s.labelLang])).toEqual([
      [demo('skill', 'eurocode'), true, 'fi'],
      [demo('skill', 'tekla'), false, 'fi'],
    ]);

    const replaced = await jari.put(
      `/api/openings/${o.id}`,
      opening({
        kind: 'talent_need',
        title: 'Rakennesuunnittelijat (jatkuva haku)',
        skills: [{ uri: demo('skill', 'bim'), essential: true }],
        languages: [{ language: 'fi', level: 'B2', must: true }],
        municipalityCodes: [],
        remote: 'remote',
        startDate: null,
        salaryMin: null,
        salaryMax: null,
      }),
    );
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json<TOpening>()).toMatchObject({
      kind: 'talent_need',
      title: 'Rakennesuunnittelijat (jatkuva haku)',
      skills: [{ uri: demo('skill', 'bim'), essential: true }],
      languages: [{ language: 'fi', level: 'B2', must: true }],
      municipalityCodes: [],
      remote: 'remote',
      startDate: null,
      salaryMin: null,
      status: 'draft',
    });

    const published = await jari.post(`/api/openings/${o.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json<TOpening>()).toMatchObject({ status: 'published', publishedAt: expect.any(String), closedAt: null });
    const twice = await jari.post(`/api/openings/${o.id}/publish`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('opening.wrong_status');

    const closed = await jari.post(`/api/openings/${o.id}/close`);
    expect(closed.json<TOpening>()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const editClosed = await jari.put(`/api/openings/${o.id}`, opening());
    expect(editClosed.statusCode).toBe(409);
    expect(editClosed.json().code).toBe('opening.wrong_status');
    expect((await jari.get(`/api/openings/${o.id}`)).json<TOpening>().title).toBe('Rakennesuunnittelijat (jatkuva haku)');

    const closedList = (await jari.get(`/api/organisations/${org.kiviranta}/openings?status=closed`)).json();
    expect(closedList.items.map((r: { id: string }) => r.id)).toEqual([o.id]);
    const drafts = (await jari.get(`/api/organisations/${org.kiviranta}/openings?status=draft`)).json();
    expect(drafts.items.map((r: { id: string }) => r.id)).not.toContain(o.id);
    expect(drafts.items.every((r: { status: string }) => r.status === 'draft')).toBe(true);
    const all = (await jari.get(`/api/organisations/${org.kiviranta}/openings`)).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items.every((r: { organisation: { id: string } }) => r.organisation.id === org.kiviranta)).toBe(true);

    expect(await auditActions(o.id)).toEqual(['opening.create', 'opening.update', 'opening.publish', 'opening.close']);
    const [entry] = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'opening.update'), sql`${auditEvent.details}->>'openingId' = ${o.id}`));
    expect(entry).toMatchObject({ organisationId: org.kiviranta, details: { openingId: o.id, by: 'employer' } });
    expect(JSON.stringify(entry!.details)).not.toContain('Rakennesuunnittelija');
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await openingCount();
    const url = `/api/organisations/${org.kiviranta}/openings`;

    const unknownSkill = await jari.post(url, opening({ skills: [{ uri: demo('skill', 'no-such-skill'), essential: true }] }));
    expect(unknownSkill.statusCode).toBe(422);
    expect(unknownSkill.json()).toMatchObject({ code: 'concept.unknown', issues: [{ path: 'body/skills/0/uri' }] });
    const skillAsOccupation = await jari.post(url, opening({ occupationUri: demo('skill', 'bim') }));
    expect(skillAsOccupation.statusCode).toBe(422);
    expect(skillAsOccupation.json().issues).toEqual([expect.objectContaining({ path: 'body/occupationUri', message: 'concept_unknown' })]);

    const salary = await jari.post(url, opening({ salaryMin: 5000, salaryMax: 4000 }));
    expect(salary.statusCode).toBe(400);
    expect(salary.json().issues).toEqual([expect.objectContaining({ path: 'body/salaryMax', message: 'salary_range' })]);

    const municipality = await jari.post(url, opening({ municipalityCodes: ['049', '999'] }));
    expect(municipality.statusCode).toBe(422);
    expect(municipality.json().code).toBe('municipality.unknown');
    expect((await jari.post(url, opening({ municipalityCodes: ['Espoo'] }))).statusCode).toBe(400);
    const nowhere = await jari.post(url, opening({ remote: 'on_site', municipalityCodes: [] }));
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().issues).toEqual([expect.objectContaining({ path: 'body/municipalityCodes', message: 'municipality_required' })]);

    const duplicate = await jari.post(
      url,
      opening({
        languages: [
          { language: 'fi', level: 'B1', must: true },
          { language: 'fi', level: 'C1', must: false },
        ],
      }),
    );
    expect(duplicate.statusCode).toBe(400);
    expect((await jari.post(url, opening({ languages: [{ language: 'xx', level: 'B1', must: true }] }))).statusCode).toBe(400);
    expect((await jari.post(url, opening({ description: 'x'.repeat(8001) }))).statusCode).toBe(400);
    expect((await jari.post(url, opening({ status: 'published' }))).statusCode).toBe(400);

    // A valid draft whose replacement is refused stays as it was.
    const draft = (await jari.post(url, opening())).json<TOpening>();
    const refused = await jari.put(
      `/api/openings/${draft.id}`,
      opening({ title: 'Changed', skills: [{ uri: demo('skill', 'nope'), essential: true }] }),
    );
    expect(refused.statusCode).toBe(422);
    const kept = (await jari.get(`/api/openings/${draft.id}`)).json<TOpening>();
    expect({ title: kept.title, skills: kept.skills }).toEqual({ title: draft.title, skills: draft.skills });
    expect(await openingCount()).toBe((before ?? 0) + 1);
  });

  it('another employer neither reads nor changes the openings, and is told they do not exist', async () => {
    const o = (await jari.post(`/api/organisations/${org.kiviranta}/openings`, opening())).json<TOpening>();
    const tries = [
      await laura.get(`/api/openings/${o.id}`),
      await laura.put(`/api/openings/${o.id}`, opening({ title: 'Hijacked' })),
      await laura.post(`/api/openings/${o.id}/publish`),
      await laura.post(`/api/openings/${o.id}/close`),
    ];
    expect(tries.map((r) => [r.statusCode, r.json().code])).toEqual(Array(4).fill([404, 'opening.not_found']));
    const list = await laura.get(`/api/organisations/${org.kiviranta}/openings`);
    expect([list.statusCode, list.json().code]).toEqual([404, 'resource.not_found']);
    const create = await laura.post(`/api/organisations/${org.kiviranta}/openings`, opening());
    expect([create.statusCode, create.json().code]).toEqual([404, 'resource.not_found']);
    expect((await jari.get(`/api/openings/${o.id}`)).json<TOpening>()).toMatchObject({ title: o.title, status: 'draft' });
    // An opening id that does not exist answers the same.
    expect((await jari.get('/api/openings/00000000-0000-4000-8000-000000000000')).json().code).toBe('opening.not_found');
    // Other roles are refused by the route's policy.
    expect((await talent.get(`/api/openings/${o.id}`)).statusCode).toBe(403);
    expect((await talent.post('/api/openings/suggest-skills', { description: 'x' })).statusCode).toBe(403);
  });

  it('a coordinator who serves the employer acts for it; one who does not, cannot until they serve it', async () => {
    const mine = (await coordinator.get('/api/employers?mine=true')).json();
    expect(mine.items.map((e: { name: string }) => e.name)).toEqual(['Hoivakoti Aurinkorinne Oy', 'Kiviranta Rakennus Oy']);
    expect(mine.items[1]).toMatchObject({ servedByMe: true, industry: 'F', size: 'medium', municipalityCode: '049' });

    const byCoordinator = await coordinator.post(
      `/api/organisations/${org.kiviranta}/openings`,
      opening({ title: 'Vastaava työnjohtaja' }),
    );
    expect(byCoordinator.statusCode).toBe(201);
    const o = byCoordinator.json<TOpening>();
    expect((await coordinator.put(`/api/openings/${o.id}`, opening({ title: 'Vastaava työnjohtaja (FRK)' }))).statusCode).toBe(200);
    expect((await coordinator.post(`/api/openings/${o.id}/publish`)).statusCode).toBe(200);
    const [entry] = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'opening.create'), sql`${auditEvent.details}->>'openingId' = ${o.id}`));
    expect(entry?.details).toMatchObject({ by: 'coordinator' });
    // The employer's own users see what the coordinator wrote.
    expect((await jari.get(`/api/openings/${o.id}`)).json<TOpening>().title).toBe('Vastaava työnjohtaja (FRK)');

    const notServing = [
      await otherCounsellor.get(`/api/openings/${o.id}`),
      await otherCounsellor.put(`/api/openings/${o.id}`, opening()),
      await otherCounsellor.post(`/api/openings/${o.id}/close`),
    ];
    expect(notServing.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    expect((await otherCounsellor.post(`/api/organisations/${org.revontuli}/openings`, opening())).statusCode).toBe(404);

    const serve = await otherCounsellor.post(`/api/organisations/${org.revontuli}/service`);
    expect(serve.statusCode).toBe(201);
    expect(serve.json()).toEqual({ organisationId: org.revontuli, servedByMe: true });
    expect((await otherCounsellor.post(`/api/organisations/${org.revontuli}/service`)).statusCode).toBe(201);
    const forRevontuli = await otherCounsellor.post(`/api/organisations/${org.revontuli}/openings`, opening({ descriptionLang: 'en' }));
    expect(forRevontuli.statusCode).toBe(201);
    expect((await laura.get(`/api/openings/${forRevontuli.json().id}`)).statusCode).toBe(200);
    expect((await otherCounsellor.del(`/api/organisations/${org.revontuli}/service`)).statusCode).toBe(204);
    expect((await otherCounsellor.get(`/api/openings/${forRevontuli.json().id}`)).statusCode).toBe(404);
    expect((await otherCounsellor.del(`/api/organisations/${org.revontuli}/service`)).statusCode).toBe(404);
    const partner = await otherCounsellor.post(`/api/organisations/${org.city}/service`);
    expect([partner.statusCode, partner.json().code]).toEqual([422, 'organisation.wrong_kind']);
    const serviceLog = await t.database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.organisationId, org.revontuli), sql`${auditEvent.action} like 'employer_service.%'`))
      .orderBy(auditEvent.id);
    expect(serviceLog.map((r) => r.action)).toEqual(['employer_service.create', 'employer_service.delete']);
    // Employers do not choose their coordinators themselves.
    expect((await laura.post(`/api/organisations/${org.revontuli}/service`)).statusCode).toBe(403);
  });

  it('talents see only published openings, with the employer and without internal fields', async () => {
    const draft = (await jari.post(`/api/organisations/${org.kiviranta}/openings`, opening({ title: 'Luonnos' }))).json<TOpening>();
    const live = (await jari.post(`/api/organisations/${org.kiviranta}/openings`, opening({ title: 'Julkaistu' }))).json<TOpening>();
    await jari.post(`/api/openings/${live.id}/publish`);
    const gone = (await jari.post(`/api/organisations/${org.kiviranta}/openings`, opening({ title: 'Suljettu' }))).json<TOpening>();
    await jari.post(`/api/openings/${gone.id}/publish`);
    await jari.post(`/api/openings/${gone.id}/close`);

    const list = await talent.get('/api/published-openings');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; title: string }[];
    const ids = items.map((i) => i.id);
    expect(ids[0]).toBe(live.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(gone.id);
    const published = (await t.database.db.select({ id: jobOpening.id }).from(jobOpening).where(eq(jobOpening.status, 'published'))).map(
      (r) => r.id,
    );
    expect([...ids].sort()).toEqual([...published].sort());
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Lähihoitaja', 'Back-end Developer (Node.js, TypeScript)']));
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        'employer',
        'id',
        'kind',
        'languages',
        'municipalityCodes',
        'occupation',
        'publishedAt',
        'remote',
        'salaryMax',
        'salaryMin',
        'startDate',
        'title',
        'workingTime',
      ].sort(),
    );
    const needs = (await talent.get('/api/published-openings?kind=talent_need')).json();
    expect(needs.items.map((i: { title: string }) => i.title)).toContain('Laboratory technicians (continuous recruitment)');
    expect(needs.items.every((i: { kind: string }) => i.kind === 'talent_need')).toBe(true);

    const one = await talent.get(`/api/published-openings/${live.id}`);
    expect(one.statusCode).toBe(200);
    const view = one.json<TPublicOpening>();
    expect(view.employer).toEqual({ name: 'Kiviranta Rakennus Oy', municipalityCode: '049', industry: 'F', size: 'medium' });
    // Olena reads in English: labels follow the reader's language.
    expect(view.occupation).toMatchObject({ uri: civilEngineer, label: 'civil engineer', labelLang: 'en' });
    for (const internal of ['createdBy', 'organisation', 'organisationId', 'status', 'closedAt', 'createdAt', 'updatedAt', 'hubId'])
      expect(view).not.toHaveProperty(internal);
    expect(JSON.stringify(view)).not.toContain(org.kiviranta);

    for (const hidden of [draft.id, gone.id]) {
      const res = await talent.get(`/api/published-openings/${hidden}`);
      expect([res.statusCode, res.json().code]).toEqual([404, 'opening.not_found']);
    }
    // The employer's own view is not open to talents, and the talents' list is not for employers.
    expect((await talent.get(`/api/organisations/${org.kiviranta}/openings`)).statusCode).toBe(403);
    expect((await jari.get('/api/published-openings')).statusCode).toBe(403);
  });

  it('suggests the occupation’s essential skills first, then optional ones, then those in the description', async () => {
    const res = await jari.post('/api/openings/suggest-skills', {
      occupationUri: civilEngineer,
      description: 'You will model structures in Tekla and automate load calculations with Python scripts running in Docker.',
      lang: 'en',
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { uri: string; label: string; labelLang: string; source: string; evidence: string | null }[];
    const essential = [
      'structural-analysis',
      'eurocode',
      'building-regulations',
      'bim',
      'autocad',
      'technical-drawings',
      'construction-project-management',
      'problem-solving',
    ].map((s) => demo('skill', s));
    const sources = items.map((i) => i.source);
    expect(sources.slice(0, essential.length)).toEqual(Array(essential.length).fill('occupation_essential'));
    expect(
      items
        .slice(0, essential.length)
        .map((i) => i.uri)
        .sort(),
    ).toEqual([...essential].sort());
    // Groups in order: essential, optional, description.
    const rank = { occupation_essential: 0, occupation_optional: 1, description: 2 } as Record<string, number>;
    expect(sources.map((s) => rank[s])).toEqual([...sources.map((s) => rank[s])].sort());
    expect(items.find((i) => i.uri === demo('skill', 'tekla'))?.source).toBe('occupation_optional');
    const fromText = items.filter((i) => i.source === 'description').map((i) => i.uri);
    expect(fromText).toEqual(expect.arrayContaining([demo('skill', 'python'), demo('skill', 'docker')]));
    expect(items.find((i) => i.uri === demo('skill', 'python'))?.evidence?.toLowerCase()).toContain('python');
    expect(new Set(items.map((i) => i.uri)).size).toBe(items.length);
    // Jari reads in Finnish.
    expect(items[0]?.labelLang).toBe('fi');

    const textOnly = (await coordinator.post('/api/openings/suggest-skills', { description: 'Kokemus Pythonista ja Dockerista.' })).json();
    expect(textOnly.items.every((i: { source: string }) => i.source === 'description')).toBe(true);
    const unknown = await jari.post('/api/openings/suggest-skills', { occupationUri: demo('occupation', 'astronaut'), description: '' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'concept.unknown']);
  });

  it('hub administrators list every opening of the hub, by status and employer', async () => {
    const all = (await admin.get('/api/admin/openings?limit=100')).json();
    const names = new Set(all.items.map((r: { organisation: { name: string } }) => r.organisation.name));
    expect(names).toEqual(
      new Set(['Kiviranta Rakennus Oy', 'Revontuli Software Oy', 'Hoivakoti Aurinkorinne Oy', 'Nordlab Diagnostics Oy']),
    );
    expect(all.total).toBe(await openingCount());
    const drafts = (await admin.get(`/api/admin/openings?status=draft&organisationId=${org.kiviranta}`)).json();
    expect(drafts.items.length).toBeGreaterThan(0);
    expect(
      drafts.items.every(
        (r: { status: string; organisation: { id: string } }) => r.status === 'draft' && r.organisation.id === org.kiviranta,
      ),
    ).toBe(true);
    expect((await jari.get('/api/admin/openings')).statusCode).toBe(403);
  });

  it('the data export names the openings a person wrote and the employers they serve; erasure leaves the employer’s openings', async () => {
    const pekka = await signedIn(t.app, 'pekka.aaltonen@aurinkorinne.example');
    const exported = (await pekka.get('/api/privacy/export?format=json')).json();
    expect(exported.tables.job_opening.map((r: { title: string }) => r.title)).toEqual(['Lähihoitaja']);
    const served = (await coordinator.get('/api/privacy/export?format=json')).json().tables.employer_service;
    expect(served.map((r: { organisationId: string }) => r.organisationId).sort()).toEqual([org.kiviranta, org.aurinkorinne].sort());

    const id = exported.tables.job_opening[0].id as string;
    expect((await pekka.post('/api/privacy/erase', { password: demoPassword, confirmed: true })).statusCode).toBe(204);
    const [row] = await t.database.db.select().from(jobOpening).where(eq(jobOpening.id, id));
    expect(row).toMatchObject({ status: 'published', createdBy: null });
    expect((await talent.get(`/api/published-openings/${id}`)).statusCode).toBe(200);
  });

  it('the API contract describes the routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/organisations/{id}/openings',
        '/api/openings/{id}',
        '/api/openings/suggest-skills',
        '/api/published-openings',
        '/api/employers',
        '/api/organisations/{id}/service',
      ]),
    );
  });
});
