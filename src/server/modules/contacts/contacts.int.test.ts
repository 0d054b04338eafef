import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, demoPassword, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import type { TProfile } from '../talents/talents.schema.js';
import { contactRequest, employerServed, talentEmployment } from './contacts.tables.js';

type EmployerItem = {
  id: string;
  publicRef: string;
  status: string;
  outcome: string | null;
  message: string | null;
  contact: { name: string; email: string; phone: string | null } | null;
};
type MyItem = { id: string; employer: string; opening: { id: string; title: string }; message: string | null; status: string };

/** What an employer may see of a request before it is accepted: no field names or holds the person. */
const employerKeys = ['contact', 'createdAt', 'id', 'message', 'openingId', 'outcome', 'outcomeAt', 'publicRef', 'respondedAt', 'status'];

async function kivirantaOpening(employer: Client, title: string): Promise<string> {
  const orgId = (await employer.get('/api/me')).json().memberships[0].organisation.id;
  const list = (await employer.get(`/api/organisations/${orgId}/openings?status=published`)).json();
  return list.items.find((o: { title: string }) => o.title === title).id;
}

describe.each(dbKinds)('contact requests (%s)', (kind) => {
  let t: TestApp;
  let employer: Client;
  let olena: Client;
  let me: TProfile;
  let openingId: string;
  const requests = (c: Client = employer) => c.get(`/api/openings/${openingId}/contact-requests`);
  const actions = async (subject: string) =>
    (await t.database.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, subject))).map((e) => e.action);

  beforeAll(async () => {
    t = await startTestApp(kind);
    employer = await signedIn(t.app, 'employer@talenthub.example');
    olena = await signedIn(t.app, 'talent@talenthub.example');
    me = (await olena.get('/api/profile')).json<TProfile>();
    openingId = await kivirantaOpening(employer, 'Rakennusinsinööri');
  });
  afterAll(() => t.close());

  it('before acceptance the employer sees no personal field, field by field', async () => {
    const res = await requests();
    expect(res.statusCode).toBe(200);
    const items = res.json().items as EmployerItem[];
    const pending = items.find((i) => i.publicRef === me.publicRef);
    expect(pending).toMatchObject({ status: 'requested', contact: null });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(employerKeys);
    const secrets = [me.userId, me.name, ...me.name.split(' '), me.email, me.basics.phone ?? 'no-phone'];
    for (const secret of secrets) expect(res.body).not.toContain(secret);
    // The pseudonymised profile holds the municipality, never the name or contact details.
    const profile = await employer.get(`/api/talent-profiles/${me.publicRef}`);
    expect(profile.statusCode).toBe(200);
    for (const secret of secrets) expect(profile.body).not.toContain(secret);
    expect(profile.json().municipalityCode).toBe(me.municipalityCode);
  });

  it('the talent sees the request with employer, opening and message; another talent cannot answer it', async () => {
    const mine = (await olena.get('/api/contact-requests/mine')).json().items as MyItem[];
    const request = mine.find((i) => i.opening.id === openingId)!;
    expect(request).toMatchObject({ employer: 'Kiviranta Rakennus Oy', opening: { title: 'Rakennusinsinööri' }, status: 'requested' });
    expect(request.message).toContain('rakennesuunnittelun');
    const ahmed = await signedIn(t.app, 'ahmed.hassan@mail.example');
    expect((await ahmed.post(`/api/contact-requests/${request.id}/accept`)).statusCode).toBe(404);
    expect((await ahmed.post(`/api/contact-requests/${request.id}/decline`)).statusCode).toBe(404);
    expect((await employer.post(`/api/contact-requests/${request.id}/accept`)).statusCode).toBe(403);
    expect((await ahmed.get('/api/contact-requests/mine')).json().items).toEqual([]);
  });

  it('an outcome needs an accepted request', async () => {
    const [pending] = (await requests()).json().items as EmployerItem[];
    const res = await employer.post(`/api/contact-requests/${pending!.id}/outcome`, { outcome: 'interviewed' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('contact.wrong_status');
  });

  it('after acceptance exactly this employer sees the contact details; each showing is audited', async () => {
    const mine = (await olena.get('/api/contact-requests/mine')).json().items as MyItem[];
    const id = mine.find((i) => i.opening.id === openingId)!.id;
    const accepted = await olena.post(`/api/contact-requests/${id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect((await olena.post(`/api/contact-requests/${id}/decline`)).statusCode).toBe(409);

    const item = ((await requests()).json().items as EmployerItem[]).find((i) => i.id === id)!;
    expect(item.contact).toEqual({ name: me.name, email: me.email, phone: me.basics.phone });
    // The coordinator serving the employer acts for it and sees the same.
    const coordinator = await signedIn(t.app, 'counsellor@talenthub.example');
    const viaCoordinator = ((await requests(coordinator)).json().items as EmployerItem[]).find((i) => i.id === id)!;
    expect(viaCoordinator.contact?.email).toBe(me.email);
    expect(await actions(me.userId)).toEqual(expect.arrayContaining(['contact.request', 'contact.accept', 'contact.reveal']));

    // Another employer sees neither the request nor the details, anywhere.
    const laura = await signedIn(t.app, 'laura.niemi@revontuli.example');
    const other = await requests(laura);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(me.email);
    const profile = await laura.get(`/api/talent-profiles/${me.publicRef}`);
    expect(profile.statusCode).toBe(200);
    for (const secret of [me.name, me.email, me.basics.phone ?? 'no-phone']) expect(profile.body).not.toContain(secret);
    const lauraOrg = (await laura.get('/api/me')).json().memberships[0].organisation.id;
    const lauraOpenings = (await laura.get(`/api/organisations/${lauraOrg}/openings`)).json().items as { id: string }[];
    for (const o of lauraOpenings) {
      const list = await laura.get(`/api/openings/${o.id}/contact-requests`);
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(me.email);
    }
    expect((await laura.post(`/api/contact-requests/${id}/outcome`, { outcome: 'hired' })).statusCode).toBe(404);
  });

  it('a second open request to the same person for the same opening is refused', async () => {
    const res = await employer.post(`/api/openings/${openingId}/contact-requests`, { publicRef: me.publicRef });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('contact.exists');
  });

  it('interviewed, then hired: the employer is served and the person employed', async () => {
    const id = ((await requests()).json().items as EmployerItem[]).find((i) => i.publicRef === me.publicRef)!.id;
    const interviewed = await employer.post(`/api/contact-requests/${id}/outcome`, { outcome: 'interviewed' });
    expect(interviewed.statusCode).toBe(200);
    expect(interviewed.json().outcome).toBe('interviewed');
    const hired = await employer.post(`/api/contact-requests/${id}/outcome`, { outcome: 'hired' });
    expect(hired.statusCode).toBe(200);
    expect(hired.json()).toMatchObject({ outcome: 'hired', contact: null });
    expect((await employer.post(`/api/contact-requests/${id}/outcome`, { outcome: 'not_proceeding' })).statusCode).toBe(409);
    const db = t.database.db;
    const [request] = await db.select().from(contactRequest).where(eq(contactRequest.id, id));
    const served = await db.select().from(employerServed).where(eq(employerServed.contactRequestId, id));
    expect(served).toEqual([expect.objectContaining({ organisationId: request!.organisationId, source: 'hire' })]);
    const employed = await db.select().from(talentEmployment).where(eq(talentEmployment.contactRequestId, id));
    // Olena holds most of the essential skills of the civil engineer opening.
    expect(employed).toEqual([
      expect.objectContaining({ userId: me.userId, organisationId: request!.organisationId, matchesSkills: true }),
    ]);
    expect(await actions(me.userId)).toContain('contact.outcome');
  });

  it('a new request mails the talent in their language; the talent can decline it', async () => {
    const ahmed = await signedIn(t.app, 'ahmed.hassan@mail.example');
    const ref = (await ahmed.get('/api/profile')).json<TProfile>();
    const res = await employer.post(`/api/openings/${openingId}/contact-requests`, { publicRef: ref.publicRef, message: 'Hello!' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ publicRef: ref.publicRef, status: 'requested', message: 'Hello!', contact: null });
    expect(res.body).not.toContain(ref.email);
    const mail = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, ref.email), eq(mailOutbox.template, 'contactRequest')));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.locale).toBe('en');
    expect(mail[0]!.subject).toContain('Kiviranta Rakennus Oy');
    expect(mail[0]!.bodyText).toContain('/contact-requests');
    const [mine] = (await ahmed.get('/api/contact-requests/mine')).json().items as MyItem[];
    const declined = await ahmed.post(`/api/contact-requests/${mine!.id}/decline`);
    expect(declined.json().status).toBe('declined');
    const item = ((await requests()).json().items as EmployerItem[]).find((i) => i.id === mine!.id)!;
    expect(item).toMatchObject({ status: 'declined', contact: null });
    expect(await actions(ref.userId)).toEqual(expect.arrayContaining(['contact.request', 'contact.decline']));
    // A declined request is closed: the employer may ask again.
    expect((await employer.post(`/api/openings/${openingId}/contact-requests`, { publicRef: ref.publicRef })).statusCode).toBe(201);
  });

  it('only people who consent to employer visibility can be asked', async () => {
    const kwame = await signedIn(t.app, 'kwame.mensah@mail.example');
    const ref = (await kwame.get('/api/profile')).json<TProfile>().publicRef;
    const res = await employer.post(`/api/openings/${openingId}/contact-requests`, { publicRef: ref });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('profile.not_found');
    const talent = await olena.post(`/api/openings/${openingId}/contact-requests`, { publicRef: ref });
    expect(talent.statusCode).toBe(403);
  });

  it('withdrawing employer visibility removes the person from every employer view, accepted contacts included', async () => {
    const consents = (await olena.get('/api/privacy/consents')).json();
    const visible = consents.active.find((c: { kind: string }) => c.kind === 'employer_visibility');
    expect((await olena.del(`/api/privacy/consents/${visible.id}`)).statusCode).toBeLessThan(300);
    const list = await requests();
    expect(list.json().items.map((i: EmployerItem) => i.publicRef)).not.toContain(me.publicRef);
    for (const secret of [me.publicRef, me.name, me.email]) expect(list.body).not.toContain(secret);
    const candidates = await employer.get(`/api/openings/${openingId}/candidates`);
    expect(candidates.statusCode).toBe(200);
    expect(candidates.body).not.toContain(me.publicRef);
    expect((await employer.get(`/api/talent-profiles/${me.publicRef}`)).statusCode).toBe(404);
    expect((await employer.post(`/api/openings/${openingId}/contact-requests`, { publicRef: me.publicRef })).statusCode).toBe(404);
    // The rows stay, and the person still sees their own requests.
    expect(((await olena.get('/api/contact-requests/mine')).json().items as MyItem[]).length).toBeGreaterThan(0);
    await olena.post('/api/privacy/consents', { kind: 'employer_visibility', organisationId: null, textVersion: consents.textVersion });
    expect((await requests()).json().items.map((i: EmployerItem) => i.publicRef)).toContain(me.publicRef);
  });

  it('erasing the account removes the person’s requests and employment; the employer stays counted as served', async () => {
    const db = t.database.db;
    const served = await db.select().from(employerServed);
    expect(served.length).toBeGreaterThan(0);
    const res = await olena.post('/api/privacy/erase', { password: demoPassword, confirmed: true });
    expect(res.statusCode).toBe(204);
    expect(await db.select().from(contactRequest).where(eq(contactRequest.talentUserId, me.userId))).toEqual([]);
    expect(await db.select().from(talentEmployment).where(eq(talentEmployment.userId, me.userId))).toEqual([]);
    const after = await db.select().from(employerServed);
    expect(after.map((r) => r.id).sort()).toEqual(served.map((r) => r.id).sort());
    expect(after.every((r) => r.contactRequestId === null)).toBe(true);
  });
});

describe.each(dbKinds)('contact request rate limit (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimits: { contactRequestsPerDay: 1 } });
  });
  afterAll(() => t.close());

  it('an employer organisation may make only so many requests a day; refused ones are not written', async () => {
    const employer = await signedIn(t.app, 'employer@talenthub.example');
    const openingId = await kivirantaOpening(employer, 'Rakennusinsinööri');
    const refOf = async (email: string) => (await (await signedIn(t.app, email)).get('/api/profile')).json<TProfile>().publicRef;
    const first = await employer.post(`/api/openings/${openingId}/contact-requests`, {
      publicRef: await refOf('ahmed.hassan@mail.example'),
    });
    expect(first.statusCode).toBe(201);
    const second = await employer.post(`/api/openings/${openingId}/contact-requests`, {
      publicRef: await refOf('priya.raman@mail.example'),
    });
    expect(second.statusCode).toBe(429);
    expect(second.json().code).toBe('contact.rate_limited');
    const rows = await t.database.db.select().from(contactRequest).where(eq(contactRequest.openingId, openingId));
    expect(rows).toHaveLength(2); // the demo request and the first one
  });
});
