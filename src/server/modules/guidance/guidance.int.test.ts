import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { user } from '../../platform/auth.tables.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { hub, membership, organisation } from '../../platform/tenancy.tables.js';
import { seedConsents } from '../privacy/index.js';
import { withdrawAllConsents } from '../privacy/privacy.fixtures.test-data.js';
import { caseNote, clientCase, referral, serviceEvent } from './guidance.tables.js';

const staff = {
  city: 'counsellor@talenthub.example',
  university: 'elina.makela@otsolahti.example',
  employment: 'henrik.lindqvist@tyollisyysalue.example',
  ihAndAdmin: 'maria.svensson@ihespoo.example',
  admin: 'admin@talenthub.example',
  employer: 'employer@talenthub.example',
  talent: 'ahmed.hassan@mail.example',
};

type Caseload = { total: number; items: { userId: string; name: string; locale: string; case: { id: string; status: string } | null }[] };

describe.each(dbKinds)('guidance and case management (%s)', (kind) => {
  let t: TestApp;
  let hubId: string;
  const orgs = new Map<string, string>();
  const clients = new Map<string, Client>();
  const as = async (who: keyof typeof staff) => {
    const existing = clients.get(who);
    if (existing) return existing;
    const c = await signedIn(t.app, staff[who]);
    clients.set(who, c);
    return c;
  };
  const userIdOf = async (email: string) => (await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]!.id;

  /** A client made for one combination of consents and case holders. */
  async function makeClient(name: string, opts: { hub?: boolean; orgConsents?: string[]; caseAt?: string[] }) {
    const id = randomUUID();
    const db = t.database.db;
    await db.insert(user).values({ id, name, email: `${id}@mail.example`, locale: 'fi', municipalityCode: '049' });
    await db.insert(membership).values({ userId: id, hubId, role: 'talent' });
    const base = { userId: id, hubId, locale: 'fi' };
    if (opts.hub) await seedConsents(db, [{ ...base, kind: 'hub_counsellors' }]);
    for (const o of opts.orgConsents ?? []) await seedConsents(db, [{ ...base, kind: 'organisation', organisationId: orgs.get(o)! }]);
    for (const o of opts.caseAt ?? []) await db.insert(clientCase).values({ hubId, clientUserId: id, organisationId: orgs.get(o)! });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    const [h] = await t.database.db.select({ id: hub.id }).from(hub);
    hubId = h!.id;
    const rows = await t.database.db.select({ id: organisation.id, name: organisation.name }).from(organisation);
    const key = (n: string) =>
      n.startsWith('Espoon')
        ? 'city'
        : n.startsWith('Otsolahti')
          ? 'university'
          : n.startsWith('Länsi-Uudenmaan työ')
            ? 'employment'
            : n.startsWith('International')
              ? 'ih'
              : n;
    for (const r of rows) orgs.set(key(r.name), r.id);
  });
  afterAll(() => t.close());

  it('decides every role × organisation × consent combination as the rules say, and audits each read', async () => {
    // Consent and case combinations.
    const combos: { label: string; hub?: boolean; orgConsents?: string[]; caseAt?: string[] }[] = [
      { label: 'nothing' },
      { label: 'hub', hub: true },
      { label: 'org-city', orgConsents: ['city'] },
      { label: 'org-university', orgConsents: ['university'] },
      { label: 'case-city', caseAt: ['city'] },
      { label: 'case-city+org-university', caseAt: ['city'], orgConsents: ['university'] },
      { label: 'case-ih', caseAt: ['ih'] },
    ];
    // Actors and their counsellor organisations (none: not a counsellor).
    const actors: { who: keyof typeof staff; counsellorAt: string[] }[] = [
      { who: 'city', counsellorAt: ['city'] },
      { who: 'university', counsellorAt: ['university'] },
      { who: 'employment', counsellorAt: ['employment'] },
      { who: 'ihAndAdmin', counsellorAt: ['ih'] },
      { who: 'admin', counsellorAt: [] },
      { who: 'employer', counsellorAt: [] },
      { who: 'talent', counsellorAt: [] },
    ];
    let checked = 0;
    for (const combo of combos) {
      const clientId = await makeClient(`Access ${combo.label}`, combo);
      for (const actor of actors) {
        const c = await as(actor.who);
        const res = await c.get(`/api/clients/${clientId}/overview`);
        const holds = (combo.caseAt ?? []).some((o) => actor.counsellorAt.includes(o));
        const consented =
          actor.counsellorAt.length > 0 && (combo.hub || (combo.orgConsents ?? []).some((o) => actor.counsellorAt.includes(o)));
        const expected = actor.counsellorAt.length === 0 ? 403 : holds || consented ? 200 : 404;
        expect({ combo: combo.label, actor: actor.who, status: res.statusCode }).toEqual({
          combo: combo.label,
          actor: actor.who,
          status: expected,
        });
        if (expected === 200) {
          expect(res.json().access).toEqual({ partnerContent: Boolean(consented), holdsCase: holds });
          const audited = await t.database.db
            .select()
            .from(auditEvent)
            .where(and(eq(auditEvent.subjectUserId, clientId), eq(auditEvent.action, 'case.read')));
          expect(audited.length).toBeGreaterThan(0);
        }
        // The caseload agrees with the direct read.
        if (actor.counsellorAt.length) {
          const scope = holds ? 'organisation' : 'shared';
          const list = (await c.get(`/api/caseload?scope=${scope}&q=${encodeURIComponent(`Access ${combo.label}`)}`)).json<Caseload>();
          expect(list.items.some((i) => i.userId === clientId)).toBe(expected === 200);
        }
        checked++;
      }
    }
    expect(checked).toBe(combos.length * actors.length);
  });

  it('a hub administrator sees figures, not case contents', async () => {
    const admin = await as('admin');
    const figures = await admin.get('/api/guidance/figures');
    expect(figures.statusCode).toBe(200);
    const city = figures.json().organisations.find((o: { id: string }) => o.id === orgs.get('city'));
    expect(city.openCases).toBeGreaterThan(0);
    expect(figures.body).not.toContain('Olena');
    expect((await admin.get('/api/caseload')).statusCode).toBe(403);
    const olena = await userIdOf('talent@talenthub.example');
    expect((await admin.get(`/api/clients/${olena}/notes`)).statusCode).toBe(403);
    expect((await admin.get(`/api/clients/${olena}/timeline`)).statusCode).toBe(403);
  });

  it('caseload: mine, organisation and shared scopes, filters, and reassignment', async () => {
    const sanna = await as('city');
    const mine = (await sanna.get('/api/caseload?scope=mine')).json<Caseload>();
    expect(mine.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Olena Kovalenko', 'Tigist Bekele', 'Priya Raman']));
    const all = (await sanna.get('/api/caseload?scope=organisation')).json<Caseload>();
    expect(all.items.map((i) => i.name)).toContain('Kwame Mensah');
    expect(mine.items.map((i) => i.name)).not.toContain('Kwame Mensah');
    const paused = (await sanna.get('/api/caseload?scope=organisation&status=paused')).json<Caseload>();
    expect(paused.items.map((i) => i.name)).toContain('Ahmed Hassan');
    expect(paused.items.every((i) => i.case?.status === 'paused')).toBe(true);
    const never = (await sanna.get('/api/caseload?scope=organisation&lastContact=never')).json<Caseload>();
    expect(never.items.map((i) => i.name)).toContain('Kwame Mensah');
    expect(never.items.map((i) => i.name)).not.toContain('Olena Kovalenko');
    const english = (await sanna.get('/api/caseload?scope=organisation&language=en')).json<Caseload>();
    expect(english.items.length).toBeGreaterThan(0);
    expect(english.items.every((i) => i.locale === 'en')).toBe(true);
    // Oksana shares with the hub, but the city holds no case: she is in "shared".
    const shared = (await sanna.get('/api/caseload?scope=shared')).json<Caseload>();
    expect(shared.items.map((i) => i.name)).toContain('Oksana Melnyk');
    expect(shared.items.map((i) => i.name)).not.toContain('Olena Kovalenko');
    expect((await sanna.get('/api/caseload?scope=everyone')).statusCode).toBe(400);

    // Kwame's unassigned case goes to Sanna, then back to nobody; a counsellor of another organisation is refused.
    const kwame = all.items.find((i) => i.name === 'Kwame Mensah')!;
    const sannaId = await userIdOf(staff.city);
    const assigned = await sanna.patch(`/api/cases/${kwame.case!.id}`, { assignedTo: sannaId });
    expect(assigned.statusCode).toBe(200);
    expect((await sanna.get('/api/caseload?scope=mine')).json<Caseload>().items.map((i) => i.name)).toContain('Kwame Mensah');
    const elinaId = await userIdOf(staff.university);
    const wrong = await sanna.patch(`/api/cases/${kwame.case!.id}`, { assignedTo: elinaId });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('case.assignee_invalid');
    expect((await (await as('university')).patch(`/api/cases/${kwame.case!.id}`, { status: 'closed' })).statusCode).toBe(404);
    const timeline = (await sanna.get(`/api/clients/${kwame.userId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'case_assigned', details: { assignee: 'Sanna Korhonen' } });
  });

  it('notes: organisation-only notes stay in the organisation; partner notes reach consented partners; edits keep history', async () => {
    const sanna = await as('city');
    const clientId = await makeClient('Note Client', { caseAt: ['city'], orgConsents: ['university'] });
    const bad = await sanna.post(`/api/clients/${clientId}/notes`, { body: '   ', visibility: 'organisation' });
    expect(bad.statusCode).toBe(400);
    expect(await t.database.db.select().from(caseNote).where(eq(caseNote.clientUserId, clientId))).toEqual([]);
    const own = (
      await sanna.post(`/api/clients/${clientId}/notes`, { body: 'Only the city reads this.', visibility: 'organisation' })
    ).json();
    const shared = (await sanna.post(`/api/clients/${clientId}/notes`, { body: 'Partners may read this.', visibility: 'partners' })).json();
    const elina = await as('university');
    const seen = (await elina.get(`/api/clients/${clientId}/notes`)).json().items.map((n: { body: string }) => n.body);
    expect(seen).toEqual(['Partners may read this.']);
    expect((await elina.get(`/api/notes/${own.id}/history`)).statusCode).toBe(404);
    expect((await elina.put(`/api/notes/${shared.id}`, { body: 'x', visibility: 'partners' })).statusCode).toBe(404);
    // Henrik's organisation has no consent and no case: nothing at all.
    expect((await (await as('employment')).get(`/api/clients/${clientId}/notes`)).statusCode).toBe(404);
    // An edit keeps the earlier text; turning a note organisation-only hides it from the partner.
    const edited = await sanna.put(`/api/notes/${shared.id}`, { body: 'Now for the city only.', visibility: 'organisation' });
    expect(edited.json()).toMatchObject({ version: 2, body: 'Now for the city only.' });
    const history = (await sanna.get(`/api/notes/${shared.id}/history`)).json().items;
    expect(history).toEqual([
      expect.objectContaining({ version: 1, body: 'Partners may read this.', visibility: 'partners', editedBy: 'Sanna Korhonen' }),
    ]);
    expect((await elina.get(`/api/clients/${clientId}/notes`)).json().items).toEqual([]);
    // Withdrawing the university consent removes even partner notes from the university.
    await sanna.put(`/api/notes/${shared.id}`, { body: 'Partners again.', visibility: 'partners' });
    await withdrawAllConsents(t.database.db, clientId);
    expect((await elina.get(`/api/clients/${clientId}/notes`)).statusCode).toBe(404);
    // Notes never reach employers.
    expect((await (await as('employer')).get(`/api/clients/${clientId}/notes`)).statusCode).toBe(403);
  });

  it('referrals need consent; the receiver accepts (opening its case) or declines with a reason; both sides and the client see the status', async () => {
    const sanna = await as('city');
    const elina = await as('university');
    const notShared = await makeClient('Referral Noconsent', { caseAt: ['city'] });
    const refused = await sanna.post(`/api/clients/${notShared}/referrals`, {
      toOrganisationId: orgs.get('university'),
      service: 'Bridging programme',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('referral.not_shared');
    const targets = (await sanna.get(`/api/clients/${notShared}/referral-targets`)).json().items;
    expect(targets.find((o: { id: string }) => o.id === orgs.get('university'))).toMatchObject({ shared: false });

    const priya = await userIdOf('priya.raman@mail.example');
    const sent = await sanna.post(`/api/clients/${priya}/referrals`, {
      toOrganisationId: orgs.get('university'),
      service: 'Finnish for IT professionals',
      message: 'She is ready for the spring group.',
    });
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id as string;
    expect(
      (await sanna.post(`/api/clients/${priya}/referrals`, { toOrganisationId: orgs.get('university'), service: 'Again' })).statusCode,
    ).toBe(409);
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'referralReceived'));
    expect(mails.map((m) => m.toAddress)).toContain(staff.university);
    // Only the receiver decides; the sender may withdraw.
    expect((await sanna.post(`/api/referrals/${id}/accept`)).statusCode).toBe(404);
    expect((await (await as('employment')).post(`/api/referrals/${id}/accept`)).statusCode).toBe(404);
    const incoming = (await elina.get('/api/referrals?direction=incoming&status=pending')).json();
    expect(incoming.items.map((r: { id: string }) => r.id)).toContain(id);
    const accepted = await elina.post(`/api/referrals/${id}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'accepted', decidedBy: 'Elina Mäkelä' });
    expect((await elina.post(`/api/referrals/${id}/decline`, { reason: 'late' })).statusCode).toBe(409);
    const cases = await t.database.db
      .select()
      .from(clientCase)
      .where(and(eq(clientCase.clientUserId, priya), eq(clientCase.organisationId, orgs.get('university')!)));
    expect(cases).toHaveLength(1);
    const outgoing = (await sanna.get('/api/referrals?direction=outgoing')).json();
    expect(outgoing.items.find((r: { id: string }) => r.id === id)).toMatchObject({ status: 'accepted' });

    // A decline needs a reason.
    const kwame = await userIdOf('kwame.mensah@mail.example');
    const second = (
      await sanna.post(`/api/clients/${kwame}/referrals`, { toOrganisationId: orgs.get('university'), service: 'Bridging programme' })
    ).json();
    expect((await elina.post(`/api/referrals/${second.id}/decline`, {})).statusCode).toBe(400);
    const declined = await elina.post(`/api/referrals/${second.id}/decline`, { reason: 'The spring group is full.' });
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: 'The spring group is full.' });

    // The client sees the referral and who holds the case; the decision reason and notes stay with the organisations.
    const priyaClient = await signedIn(t.app, 'priya.raman@mail.example');
    const path = await priyaClient.get('/api/my/service-path');
    expect(path.json().referrals.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'accepted',
      service: 'Finnish for IT professionals',
    });
    expect(path.json().cases.map((c: { organisation: string }) => c.organisation)).toContain('Otsolahti University of Applied Sciences');
    expect(path.body).not.toContain('spring group');
    expect((await priyaClient.get(`/api/clients/${priya}/notes`)).statusCode).toBe(403);
    const steps = await t.database.db.select({ kind: serviceEvent.kind }).from(serviceEvent).where(eq(serviceEvent.refId, id));
    expect(steps.map((s) => s.kind).sort()).toEqual(['referral_accepted', 'referral_sent']);
    expect((await t.database.db.select().from(referral).where(eq(referral.id, id)))[0]!.status).toBe('accepted');
  });

  it('plans are shared by the client and the counsellor; outcomes are recorded with the employer', async () => {
    const sanna = await as('city');
    const olenaId = await userIdOf('talent@talenthub.example');
    const olena = await signedIn(t.app, 'talent@talenthub.example');
    const plan = (await olena.get(`/api/clients/${olenaId}/plan`)).json();
    expect(plan.goals.map((g: { title: string }) => g.title)).toContain('Finnish B1 by June');
    const added = await olena.post(`/api/clients/${olenaId}/plan/goals`, {
      kind: 'employment',
      title: 'Visit the construction fair',
      targetDate: null,
    });
    expect(added.statusCode).toBe(201);
    const goal = added.json().goals.find((g: { title: string }) => g.title === 'Visit the construction fair');
    expect(goal.organisation).toBeNull();
    const withTask = (await sanna.post(`/api/plan/goals/${goal.id}/tasks`, { title: 'Book the tickets', dueDate: '2027-01-15' })).json();
    const task = withTask.goals.find((g: { id: string }) => g.id === goal.id).tasks[0];
    const done = (await olena.patch(`/api/plan/tasks/${task.id}`, { done: true })).json();
    expect(done.goals.find((g: { id: string }) => g.id === goal.id).tasks[0]).toMatchObject({ done: true });
    expect((await olena.post(`/api/clients/${olenaId}/plan/goals`, { kind: 'employment', title: '', targetDate: null })).statusCode).toBe(
      400,
    );
    // Another talent cannot read or change Olena's plan.
    const ahmed = await signedIn(t.app, 'ahmed.hassan@mail.example');
    expect((await ahmed.get(`/api/clients/${olenaId}/plan`)).statusCode).toBe(404);
    expect((await ahmed.patch(`/api/plan/tasks/${task.id}`, { done: false })).statusCode).toBe(404);

    const employers = (await sanna.get('/api/guidance/employers')).json().items;
    const kiviranta = employers.find((e: { name: string }) => e.name === 'Kiviranta Rakennus Oy');
    const future = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
    expect((await sanna.post(`/api/clients/${olenaId}/outcomes`, { kind: 'employed_matching', occurredOn: future })).statusCode).toBe(400);
    const today = new Date().toISOString().slice(0, 10);
    const outcome = await sanna.post(`/api/clients/${olenaId}/outcomes`, {
      kind: 'employed_matching',
      occurredOn: today,
      employerOrganisationId: kiviranta.id,
    });
    expect(outcome.statusCode).toBe(201);
    expect(outcome.json().outcomes[0]).toMatchObject({ kind: 'employed_matching', employer: 'Kiviranta Rakennus Oy' });
    const path = (await olena.get('/api/my/service-path')).json();
    expect(path.outcomes[0]).toMatchObject({ kind: 'employed_matching' });
    const timeline = (await sanna.get(`/api/clients/${olenaId}/timeline?limit=3`)).json();
    expect(timeline.items[0].kind).toBe('outcome_recorded');
    expect(timeline.more).toBe(true);
    const next = (await sanna.get(`/api/clients/${olenaId}/timeline?limit=3&before=${encodeURIComponent(timeline.next)}`)).json();
    expect(next.items[0].at <= timeline.items[2].at).toBe(true);
    expect(next.items.some((i: { id: string }) => timeline.items.some((j: { id: string }) => j.id === i.id))).toBe(false);
    expect((await sanna.get(`/api/clients/${olenaId}/timeline?before=yesterday`)).statusCode).toBe(400);
  });

  it('pages through steps taken at the same instant without losing or repeating one', async () => {
    const sanna = await as('city');
    const clientId = await makeClient('Timeline Ties', { caseAt: ['city'] });
    const at = new Date('2026-10-01T09:00:00Z');
    await t.database.db.insert(serviceEvent).values(
      Array.from({ length: 5 }, (_, i) => ({
        hubId,
        clientUserId: clientId,
        organisationId: orgs.get('city')!,
        kind: 'plan_task_done' as const,
        details: { title: `Task ${i}` },
        at,
      })),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = (
        await sanna.get(`/api/clients/${clientId}/timeline?limit=2${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('a counsellor takes on a client who shares with the hub; a client created at the desk gets a case', async () => {
    const henrik = await as('employment');
    const kwame = await userIdOf('kwame.mensah@mail.example');
    const taken = await henrik.post(`/api/clients/${kwame}/case`, {});
    expect(taken.statusCode).toBe(201);
    expect(taken.json().cases.find((c: { mine: boolean }) => c.mine)).toMatchObject({
      status: 'active',
      assignee: { name: 'Henrik Lindqvist' },
    });
    expect((await henrik.post(`/api/clients/${kwame}/case`, {})).statusCode).toBe(409);
    const diego = await userIdOf('diego.fernandez@mail.example');
    expect((await henrik.post(`/api/clients/${diego}/case`, {})).statusCode).toBe(404);

    const sanna = await as('city');
    const created = await sanna.post('/api/clients', {
      name: 'Desk Client',
      email: 'desk.client@mail.example',
      locale: 'en',
      municipalityCode: '049',
      consents: { organisation: true, hubCounsellors: false, employerVisibility: false },
      invite: false,
    });
    expect(created.statusCode).toBe(201);
    const list = (await sanna.get('/api/caseload?scope=mine&q=Desk')).json<Caseload>();
    expect(list.items[0]).toMatchObject({ name: 'Desk Client', case: { status: 'active' } });
  });
});
