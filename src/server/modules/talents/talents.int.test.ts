import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvMaxBytes } from '../../../shared/profile.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { Client, dbKinds, signedIn, signUpConfirmed, startTestApp, type TestApp } from '../../test/harness.js';
import { makeDocx, makePdf } from '../../test/files.js';
import type { TProfile } from './talents.schema.js';

const demo = (kind: string, slug: string) => `urn:talenthub:demo:${kind}:${slug}`;
const civilEngineer = demo('occupation', 'civil-engineer');
const autocad = demo('skill', 'autocad');
const bim = demo('skill', 'bim');

const basics = {
  name: 'Olena Kovalenko',
  municipalityCode: '049',
  phone: '+358 40 123 4567',
  arrivalYear: 2022,
  permitBasis: 'temporary_protection',
  availableFrom: '2026-12-01',
  workingTime: 'full_time',
  drivingLicences: ['B'],
};

describe.each(dbKinds)('talent profiles (%s)', (kind) => {
  let t: TestApp;
  let talent: Client;
  let counsellor: Client;
  let employer: Client;
  beforeAll(async () => {
    t = await startTestApp(kind);
    talent = new Client(t.app);
    const signUp = await signUpConfirmed(t, talent, {
      role: 'talent',
      name: 'Olena Kovalenko',
      email: 'olena.k@mail.example',
      password: 'Olena-password-2026',
      municipalityCode: '049',
      locale: 'en',
    });
    expect(signUp.statusCode).toBe(201);
    counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    employer = await signedIn(t.app, 'employer@talenthub.example');
  });
  afterAll(() => t.close());

  it('a talent fills in every section; completeness follows', async () => {
    const start = (await talent.get('/api/profile')).json<TProfile>();
    expect(start.publicRef).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const saved = await talent.put('/api/profile/basics', basics);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TProfile>().basics).toMatchObject({ phone: '+358 40 123 4567', permitBasis: 'temporary_protection' });

    const education = await talent.put('/api/profile/education', {
      items: [
        {
          level: '7',
          field: 'Civil engineering',
          country: 'UA',
          institution: 'Kyiv National University of Construction and Architecture',
          startYear: 2008,
          endYear: 2014,
          recognition: 'applied',
        },
      ],
    });
    expect(education.statusCode).toBe(200);
    const work = await talent.put('/api/profile/work', {
      items: [
        {
          title: 'Structural engineer',
          occupationUri: civilEngineer,
          employer: 'Kyivmiskbud',
          country: 'UA',
          startYear: 2014,
          endYear: 2022,
          description: 'Designed reinforced concrete frames for residential buildings.',
        },
      ],
    });
    expect(work.json<TProfile>().work[0]?.occupation).toMatchObject({ uri: civilEngineer, label: 'civil engineer', labelLang: 'en' });
    const skills = await talent.put('/api/profile/skills', {
      items: [
        { uri: autocad, label: 'AutoCAD', years: 8 },
        { uri: bim, label: 'building information modelling', years: 4 },
        { uri: null, label: 'Ukrainian building codes (DBN)', years: 8 },
      ],
    });
    const s = skills.json<TProfile>().skills;
    expect(s.map((x) => [x.uri, x.years])).toEqual([
      [autocad, 8],
      [bim, 4],
      [null, 8],
    ]);
    expect(s[2]).toMatchObject({ uri: null, label: 'Ukrainian building codes (DBN)', labelLang: null });
    const languages = await talent.put('/api/profile/languages', {
      items: [
        { language: 'uk', level: 'native' },
        { language: 'en', level: 'C1' },
        { language: 'fi', level: 'A2' },
      ],
    });
    expect(languages.statusCode).toBe(200);
    const wishes = await talent.put('/api/profile/wishes', {
      occupationUris: [civilEngineer],
      municipalityCodes: ['049', '091'],
      remote: 'hybrid',
    });
    const p = wishes.json<TProfile>();
    expect(p.wishes.occupations[0]?.label).toBe('civil engineer');
    expect(p.completeness).toEqual({ percent: 86, missing: ['cv'] });
  });

  it('labels of linked concepts follow the reader’s language', async () => {
    await talent.patch('/api/me', { locale: 'fi' });
    const fi = (await talent.get('/api/profile')).json<TProfile>();
    expect(fi.work[0]?.occupation).toMatchObject({ labelLang: 'fi' });
    expect(fi.work[0]?.occupation?.label).not.toBe('civil engineer');
    await talent.patch('/api/me', { locale: 'en' });
  });

  it('refuses bad input with field paths and keeps the section as it was', async () => {
    const before = (await talent.get('/api/profile')).json<TProfile>();
    const future = await talent.put('/api/profile/basics', { ...basics, arrivalYear: new Date().getFullYear() + 1 });
    expect(future.statusCode).toBe(400);
    expect(future.json().issues.map((i: { path: string }) => i.path)).toContain('body/arrivalYear');
    const order = await talent.put('/api/profile/education', {
      items: [{ level: '6', field: 'x', country: 'UA', institution: null, startYear: 2015, endYear: 2010, recognition: 'applied' }],
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().issues.map((i: { path: string }) => i.path)).toContain('body/items/0/endYear');
    const country = await talent.put('/api/profile/education', {
      items: [{ level: '6', field: 'x', country: 'XX', institution: null, startYear: null, endYear: null, recognition: 'applied' }],
    });
    expect(country.statusCode).toBe(400);
    const dup = await talent.put('/api/profile/languages', {
      items: [
        { language: 'fi', level: 'A1' },
        { language: 'fi', level: 'B1' },
      ],
    });
    expect(dup.statusCode).toBe(400);
    // A skill URI the taxonomy does not know: the whole section is refused, nothing half-saved.
    const unknown = await talent.put('/api/profile/skills', {
      items: [
        { uri: autocad, label: 'AutoCAD', years: 1 },
        { uri: 'urn:talenthub:demo:skill:no-such-skill', label: 'nothing', years: null },
      ],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'concept.unknown', issues: [{ path: 'body/items/1/uri' }] });
    const occupationAsSkill = await talent.put('/api/profile/skills', { items: [{ uri: civilEngineer, label: 'x', years: null }] });
    expect(occupationAsSkill.statusCode).toBe(422);
    const after = (await talent.get('/api/profile')).json<TProfile>();
    expect(after.skills).toEqual(before.skills);
    expect(after.education).toEqual(before.education);
    expect(after.basics).toEqual(before.basics);
  });

  it('a CV is checked by content, its text suggests concepts to accept or reject one by one', async () => {
    const pdf = await makePdf([
      'Olena Kovalenko, civil engineer',
      'Eight years of structural design with AutoCAD and Revit.',
      'Building information modelling (BIM) coordination for residential projects.',
    ]);
    const res = await talent.upload('/api/profile/cv', 'Olena CV.pdf', 'application/pdf', pdf);
    expect(res.statusCode).toBe(200);
    const p = res.json<TProfile>();
    expect(p.cv).toMatchObject({ fileName: 'Olena CV.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(p.completeness.percent).toBe(100);
    const uris = p.suggestions.map((s) => s.concept.uri);
    expect(uris).toContain(demo('skill', 'revit'));
    // Already in the profile: not suggested again.
    expect(uris).not.toContain(autocad);
    expect(uris).not.toContain(civilEngineer);
    const revit = p.suggestions.find((s) => s.concept.uri === demo('skill', 'revit'))!;
    expect(revit.evidence.toLowerCase()).toContain('revit');

    const accepted = (await talent.post(`/api/profile/suggestions/${revit.id}`, { decision: 'accept' })).json<TProfile>();
    expect(accepted.skills.find((s) => s.uri === revit.concept.uri)).toMatchObject({ source: 'cv' });
    expect(accepted.suggestions.map((s) => s.id)).not.toContain(revit.id);
    const other = accepted.suggestions[0];
    if (other) {
      const rejected = (await talent.post(`/api/profile/suggestions/${other.id}`, { decision: 'reject' })).json<TProfile>();
      expect(rejected.suggestions.map((s) => s.id)).not.toContain(other.id);
      // Uploading again does not bring back what was rejected.
      const again = (await talent.upload('/api/profile/cv', 'cv.pdf', 'application/pdf', pdf)).json<TProfile>();
      expect(again.suggestions.map((s) => s.concept.uri)).not.toContain(other.concept.uri);
    }
    expect((await talent.post(`/api/profile/suggestions/${revit.id}`, { decision: 'accept' })).statusCode).toBe(404);

    const file = await talent.get('/api/profile/cv');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.rawPayload, pdf)).toBe(0);
  });

  it('accepting a suggestion respects the section limits', async () => {
    const before = (await talent.get('/api/profile')).json<TProfile>();
    const pending = before.suggestions.find((x) => x.kind === 'skill');
    expect(pending).toBeDefined();
    const full = Array.from({ length: 200 }, (_, i) => ({ uri: null, label: `Skill number ${i}`, years: null }));
    expect((await talent.put('/api/profile/skills', { items: full })).statusCode).toBe(200);
    const refused = await talent.post(`/api/profile/suggestions/${pending!.id}`, { decision: 'accept' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('profile.limit_reached');
    const restore = before.skills.map(({ uri, label, years, source }) => ({ uri, label, years, source }));
    expect((await talent.put('/api/profile/skills', { items: restore })).statusCode).toBe(200);
  });

  it('a DOCX CV is read too', async () => {
    const docx = makeDocx(['Experience', 'Civil engineer. Tekla Structures and AutoCAD for precast concrete.']);
    const res = await talent.upload('/api/profile/cv', 'cv.docx', 'application/octet-stream', docx);
    expect(res.statusCode).toBe(200);
    expect(res.json<TProfile>().cv?.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.json<TProfile>().suggestions.map((s) => s.concept.uri)).toContain(demo('skill', 'tekla'));
  });

  it('refuses uploads of the wrong type or over the size limit, keeping the CV it has', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const wrong = await talent.upload('/api/profile/cv', 'cv.pdf', 'application/pdf', png);
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().code).toBe('upload.unsupported_type');
    const big = Buffer.concat([await makePdf(['big']), Buffer.alloc(cvMaxBytes)]);
    const tooBig = await talent.upload('/api/profile/cv', 'big.pdf', 'application/pdf', big);
    expect(tooBig.statusCode).toBe(413);
    const broken = await talent.upload('/api/profile/cv', 'broken.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n%garbage only'));
    expect(broken.statusCode).toBe(422);
    const json = await talent.post('/api/profile/cv', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect((await talent.get('/api/profile')).json<TProfile>().cv?.fileName).toBe('cv.docx');
  });

  it('counsellors see the profile only with consent; every read is audited', async () => {
    const me = (await talent.get('/api/profile')).json<TProfile>();
    expect((await counsellor.get(`/api/clients/${me.userId}/profile`)).statusCode).toBe(404);
    expect((await counsellor.get('/api/clients')).json().items.map((c: { userId: string }) => c.userId)).not.toContain(me.userId);

    const consents = (await talent.get('/api/privacy/consents')).json();
    await talent.post('/api/privacy/consents', { kind: 'hub_counsellors', organisationId: null, textVersion: consents.textVersion });
    const read = await counsellor.get(`/api/clients/${me.userId}/profile`);
    expect(read.statusCode).toBe(200);
    expect(read.json<TProfile>().basics.phone).toBe(basics.phone);
    const [entry] = await t.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.subjectUserId, me.userId))
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(entry).toMatchObject({ action: 'profile.read', details: { view: 'counsellor' } });
    expect((await counsellor.get('/api/clients?q=olena.k@')).json().items[0]).toMatchObject({
      userId: me.userId,
      sharedWith: ['hub'],
      completeness: 100,
    });
    // The counsellor can help edit it too.
    const edit = await counsellor.put(`/api/clients/${me.userId}/profile/languages`, {
      items: [
        { language: 'uk', level: 'native' },
        { language: 'fi', level: 'B1' },
      ],
    });
    expect(edit.statusCode).toBe(200);
    // Another organisation's counsellor sees it through the hub consent; withdrawal ends both.
    const university = await signedIn(t.app, 'elina.makela@otsolahti.example');
    expect((await university.get(`/api/clients/${me.userId}/profile`)).statusCode).toBe(200);
    const hubConsent = (await talent.get('/api/privacy/consents'))
      .json()
      .active.find((c: { kind: string }) => c.kind === 'hub_counsellors');
    await talent.del(`/api/privacy/consents/${hubConsent.id}`);
    expect((await counsellor.get(`/api/clients/${me.userId}/profile`)).statusCode).toBe(404);
    expect((await university.get(`/api/clients/${me.userId}/profile`)).statusCode).toBe(404);
  });

  it('employers see the pseudonymised view only while the person consents; withdrawal is immediate', async () => {
    const me = (await talent.get('/api/profile')).json<TProfile>();
    const url = `/api/talent-profiles/${me.publicRef}`;
    expect((await employer.get(url)).statusCode).toBe(404);
    const { textVersion } = (await talent.get('/api/privacy/consents')).json();
    await talent.post('/api/privacy/consents', { kind: 'employer_visibility', organisationId: null, textVersion });
    const view = await employer.get(url);
    expect(view.statusCode).toBe(200);
    const body = view.body;
    for (const secret of [
      'Olena',
      'Kovalenko',
      'talent@talenthub.example',
      '123 4567',
      'Kyivmiskbud',
      'Designed reinforced',
      'temporary_protection',
      'Kyiv National',
    ]) {
      expect(body).not.toContain(secret);
    }
    expect(view.json()).toMatchObject({ publicRef: me.publicRef, work: [{ title: 'Structural engineer', country: 'UA' }] });
    // The preview the person sees is the same document (labels in the reader's language).
    await employer.patch('/api/me', { locale: 'en' });
    expect((await talent.get('/api/profile/employer-view')).json()).toEqual((await employer.get(url)).json());
    await employer.patch('/api/me', { locale: 'fi' });
    // Employers never reach the full profile routes.
    expect((await employer.get(`/api/clients/${me.userId}/profile`)).statusCode).toBe(403);
    const active = (await talent.get('/api/privacy/consents'))
      .json()
      .active.find((c: { kind: string }) => c.kind === 'employer_visibility');
    await talent.del(`/api/privacy/consents/${active.id}`);
    expect((await employer.get(url)).statusCode).toBe(404);
  });

  it('a counsellor creates a walk-in client with recorded consent; the client takes the account over', async () => {
    const created = await counsellor.post('/api/clients', {
      name: 'Selam Tesfaye',
      email: 'selam.tesfaye@mail.example',
      municipalityCode: '049',
      locale: 'en',
      consents: { organisation: true, hubCounsellors: false, employerVisibility: false },
      invite: true,
    });
    expect(created.statusCode).toBe(201);
    const { userId } = created.json();
    const saved = await counsellor.put(`/api/clients/${userId}/profile/languages`, { items: [{ language: 'am', level: 'native' }] });
    expect(saved.json<TProfile>()).toMatchObject({ createdByCounsellor: true, languages: [{ language: 'am' }] });
    // The university counsellor is in another organisation: no consent, no access.
    const university = await signedIn(t.app, 'elina.makela@otsolahti.example');
    expect((await university.get(`/api/clients/${userId}/profile`)).statusCode).toBe(404);
    const row = (await counsellor.get('/api/clients?q=selam')).json().items[0];
    expect(row).toMatchObject({ sharedWith: ['organisation'], hasAccount: false });

    const [mail] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'selam.tesfaye@mail.example'));
    const token = /invitation\?token=([A-Za-z0-9_-]+)/.exec(mail?.bodyText ?? '')?.[1];
    expect(token).toBeDefined();
    const client = new Client(t.app);
    expect((await client.post('/api/invitations/preview', { token })).json()).toMatchObject({ accountExists: false, role: 'talent' });
    const accepted = await client.post('/api/invitations/accept', { token, password: 'Selam-own-password-1', locale: 'en' });
    expect(accepted.statusCode).toBe(200);
    const own = (await client.get('/api/profile')).json<TProfile>();
    expect(own).toMatchObject({ userId, name: 'Selam Tesfaye', languages: [{ language: 'am', level: 'native' }] });
    const consents = (await client.get('/api/privacy/consents')).json();
    expect(consents.active).toMatchObject([{ kind: 'organisation', method: 'in_person' }]);
    const again = await counsellor.post(`/api/clients/${userId}/invite`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('client.account_in_use');
  });

  it('a counsellor cannot create a client with an address already in use', async () => {
    const res = await counsellor.post('/api/clients', {
      name: 'Someone',
      email: 'talent@talenthub.example',
      municipalityCode: '049',
      locale: 'fi',
      consents: { organisation: true, hubCounsellors: false, employerVisibility: false },
      invite: false,
    });
    expect(res.statusCode).toBe(409);
  });
});
