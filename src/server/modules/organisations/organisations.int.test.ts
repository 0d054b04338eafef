import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../platform/audit.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { Client, dbKinds, signedIn, signUpConfirmed, startTestApp, type TestApp } from '../../test/harness.js';
import { hub, membership, organisation } from '../../platform/tenancy.tables.js';

async function invitationLink(t: TestApp, to: string) {
  const [mail] = await t.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const token = /invitation\?token=([A-Za-z0-9_-]+)/.exec(mail?.bodyText ?? '')?.[1];
  if (!mail || !token) throw new Error(`no invitation mail to ${to}`);
  return { mail, token };
}

describe.each(dbKinds)('organisations, staff and invitations (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await signedIn(t.app, 'admin@talenthub.example');
  });
  afterAll(() => t.close());

  it('an administrator creates partner and employer organisations; names are unique per hub', async () => {
    const uni = await admin.post('/api/admin/organisations', {
      kind: 'partner',
      partnerType: 'university',
      name: 'Laurea Demo University',
      municipalityCode: '092',
    });
    expect(uni.statusCode).toBe(201);
    expect(uni.json()).toMatchObject({ kind: 'partner', partnerType: 'university', businessId: null, memberCount: 0 });
    const dup = await admin.post('/api/admin/organisations', {
      kind: 'partner',
      partnerType: 'ngo',
      name: 'laurea demo university',
      municipalityCode: '092',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('organisation.name_taken');
    const employer = await admin.post('/api/admin/organisations', {
      kind: 'employer',
      name: 'Saaristo Catering Oy',
      businessId: '2219935-6',
      municipalityCode: '257',
    });
    expect(employer.statusCode).toBe(201);
    const list = (await admin.get('/api/admin/organisations?kind=employer&q=saaristo')).json();
    expect(list.items.map((o: { name: string }) => o.name)).toEqual(['Saaristo Catering Oy']);
    const staffed = (await admin.get('/api/admin/organisations?kind=employer&q=kiviranta')).json();
    expect(staffed.items[0]).toMatchObject({ name: 'Kiviranta Rakennus Oy', memberCount: 1 });
    const patched = await admin.patch(`/api/admin/organisations/${uni.json().id}`, { name: 'Laurea Demo UAS' });
    expect(patched.json().name).toBe('Laurea Demo UAS');
    expect((await admin.patch(`/api/admin/organisations/${uni.json().id}`, { businessId: '2219935-6' })).json().code).toBe(
      'organisation.wrong_kind',
    );
  });

  it('only administrators manage organisations', async () => {
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    const res = await counsellor.post('/api/admin/organisations', {
      kind: 'partner',
      partnerType: 'ngo',
      name: 'Sneaky ry',
      municipalityCode: '049',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.forbidden');
    expect((await counsellor.get('/api/admin/people')).statusCode).toBe(403);
    expect((await counsellor.get('/api/admin/audit')).statusCode).toBe(403);
  });

  it('a counsellor is invited by e-mail, sets a password and lands in their organisation', async () => {
    const orgs = (await admin.get('/api/admin/organisations?kind=partner&q=työllisyysalue')).json();
    const orgId = orgs.items[0].id as string;
    const wrongKind = await admin.post('/api/admin/invitations', {
      email: 'x@y.example',
      role: 'counsellor',
      organisationId: null,
      locale: 'fi',
    });
    expect(wrongKind.json().code).toBe('organisation.wrong_kind');
    const inv = await admin.post('/api/admin/invitations', {
      email: 'Ville.Nieminen@tyollisyysalue.example',
      role: 'counsellor',
      organisationId: orgId,
      locale: 'sv',
    });
    expect(inv.statusCode).toBe(201);
    expect(inv.json()).toMatchObject({ status: 'pending', email: 'ville.nieminen@tyollisyysalue.example' });
    const { mail, token } = await invitationLink(t, 'ville.nieminen@tyollisyysalue.example');
    expect(mail.subject).toBe('Inbjudan: Talent Hub Esboregionen');
    expect(mail.bodyText).toContain('handledare');

    const newcomer = new Client(t.app);
    const preview = await newcomer.post('/api/invitations/preview', { token });
    expect(preview.json()).toMatchObject({ role: 'counsellor', organisationName: 'Länsi-Uudenmaan työllisyysalue', accountExists: false });
    const incomplete = await newcomer.post('/api/invitations/accept', { token, locale: 'sv' });
    expect(incomplete.statusCode).toBe(400);
    const accepted = await newcomer.post('/api/invitations/accept', {
      token,
      locale: 'sv',
      name: 'Ville Nieminen',
      password: 'a-long-passphrase',
      municipalityCode: '049',
    });
    expect(accepted.statusCode).toBe(200);
    const me = (await newcomer.get('/api/me')).json();
    expect(me.memberships).toEqual([expect.objectContaining({ role: 'counsellor', organisation: expect.objectContaining({ id: orgId }) })]);
    const home = (await newcomer.get('/api/home')).json();
    expect(home.organisations[0].members.map((m: { name: string }) => m.name)).toContain('Henrik Lindqvist');
    // used once
    expect((await new Client(t.app).post('/api/invitations/preview', { token })).json().code).toBe('invitation.invalid');
  });

  it('an existing account accepts an invitation after signing in, with the invited address only', async () => {
    const inv = await admin.post('/api/admin/invitations', {
      email: 'talent@talenthub.example',
      role: 'hub_admin',
      organisationId: null,
      locale: 'en',
    });
    expect(inv.statusCode).toBe(201);
    const { token } = await invitationLink(t, 'talent@talenthub.example');
    expect((await new Client(t.app).post('/api/invitations/accept', { token, locale: 'en' })).json().code).toBe(
      'invitation.sign_in_required',
    );
    const other = await signedIn(t.app, 'employer@talenthub.example');
    expect((await other.post('/api/invitations/accept', { token, locale: 'en' })).json().code).toBe('invitation.email_mismatch');
    const olena = await signedIn(t.app, 'talent@talenthub.example');
    expect((await olena.post('/api/invitations/accept', { token, locale: 'en' })).json()).toEqual({ created: false });
    const roles = (await olena.get('/api/me'))
      .json()
      .memberships.map((m: { role: string }) => m.role)
      .sort();
    expect(roles).toEqual(['hub_admin', 'talent']);
  });

  it('revoked invitations cannot be used', async () => {
    const inv = (
      await admin.post('/api/admin/invitations', { email: 'late@mail.example', role: 'talent', organisationId: null, locale: 'en' })
    ).json();
    const { token } = await invitationLink(t, 'late@mail.example');
    expect((await admin.del(`/api/admin/invitations/${inv.id}`)).statusCode).toBe(204);
    expect((await new Client(t.app).post('/api/invitations/preview', { token })).statusCode).toBe(410);
    const list = (await admin.get('/api/admin/invitations')).json();
    expect(list.items.find((i: { id: string }) => i.id === inv.id).status).toBe('revoked');
  });

  it('an employer user invites colleagues to their own organisation only', async () => {
    const jari = await signedIn(t.app, 'employer@talenthub.example');
    const own = (await jari.get('/api/me')).json().memberships[0].organisation.id as string;
    expect((await jari.post(`/api/organisations/${own}/invitations`, { email: 'hanna@kiviranta.example', locale: 'fi' })).statusCode).toBe(
      201,
    );
    const others = (await admin.get('/api/admin/organisations?kind=employer&q=revontuli')).json().items[0].id as string;
    const refused = await jari.post(`/api/organisations/${others}/invitations`, { email: 'spy@kiviranta.example', locale: 'fi' });
    expect(refused.statusCode).toBe(403);
  });

  it('an employer’s users and administrators set its industry and size; partners have none', async () => {
    const jari = await signedIn(t.app, 'employer@talenthub.example');
    const own = (await jari.get('/api/me')).json().memberships[0].organisation.id as string;
    const set = await jari.patch(`/api/organisations/${own}`, { industry: 'F', size: 'large' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ id: own, industry: 'F', size: 'large' });
    expect((await jari.patch(`/api/organisations/${own}`, { industry: 'Z' })).statusCode).toBe(400);
    expect((await jari.patch(`/api/organisations/${own}`, { name: 'Renamed Oy' })).statusCode).toBe(400);
    const others = (await admin.get('/api/admin/organisations?kind=employer&q=revontuli')).json().items[0].id as string;
    expect((await jari.patch(`/api/organisations/${others}`, { size: 'micro' })).statusCode).toBe(403);
    const cleared = await admin.patch(`/api/admin/organisations/${own}`, { size: null });
    expect(cleared.json()).toMatchObject({ industry: 'F', size: null });
    const partner = (await admin.get('/api/admin/organisations?kind=partner')).json().items[0].id as string;
    expect((await admin.patch(`/api/admin/organisations/${partner}`, { industry: 'P' })).json().code).toBe('organisation.wrong_kind');
  });

  it('administrators assign and remove roles; the last administrator stays', async () => {
    const people = (await admin.get('/api/admin/people?q=priya')).json();
    const priya = people.items[0];
    const uni = (await admin.get('/api/admin/organisations?q=otsolahti')).json().items[0].id as string;
    const added = await admin.post('/api/admin/memberships', { userId: priya.id, role: 'counsellor', organisationId: uni });
    expect(added.statusCode).toBe(201);
    expect((await admin.post('/api/admin/memberships', { userId: priya.id, role: 'counsellor', organisationId: uni })).json().code).toBe(
      'user.already_member',
    );
    expect((await admin.del(`/api/admin/memberships/${added.json().id}`)).statusCode).toBe(204);

    const admins = (await admin.get('/api/admin/people?role=hub_admin')).json().items as { memberships: { id: string; role: string }[] }[];
    const adminMemberships = admins.flatMap((p) => p.memberships.filter((m) => m.role === 'hub_admin'));
    for (const m of adminMemberships.slice(1)) expect((await admin.del(`/api/admin/memberships/${m.id}`)).statusCode).toBe(204);
    const last = await admin.del(`/api/admin/memberships/${adminMemberships[0]!.id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('membership.last_admin');
  });

  it('another hub’s administrator sees nothing of this hub', async () => {
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
    const c = new Client(t.app);
    await signUpConfirmed(t, c, {
      role: 'talent',
      name: 'Second Hub Admin',
      email: 'admin@lpr.example',
      password: 'a-long-passphrase',
      municipalityCode: '405',
      locale: 'fi',
    });
    const me = (await c.get('/api/me')).json();
    // Make them the other hub's administrator (and only that).
    await db.update(membership).set({ hubId: other!.id, role: 'hub_admin' }).where(eq(membership.userId, me.id));
    const [espooOrg] = await db
      .select()
      .from(organisation)
      .where(sql`${organisation.name} like 'Kiviranta%'`);
    expect((await c.get('/api/admin/organisations')).json().total).toBe(0);
    expect((await c.get(`/api/admin/organisations/${espooOrg!.id}`)).statusCode).toBe(404);
    expect((await c.get('/api/admin/people')).json().items.map((p: { email: string }) => p.email)).toEqual(['admin@lpr.example']);
    const audit = (await c.get('/api/admin/audit')).json();
    expect(audit.items.every((e: { actor: { id: string } | null }) => e.actor?.id === me.id)).toBe(true);
    const invite = await c.post('/api/admin/invitations', {
      email: 'x@lpr.example',
      role: 'counsellor',
      organisationId: espooOrg!.id,
      locale: 'fi',
    });
    expect(invite.statusCode).toBe(404);
  });
});

describe.each(dbKinds)('audit trail (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('records each person an administrator reads, and filters by action, subject and date', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    const before = (await admin.get('/api/admin/audit?action=person.list')).json().total as number;
    const listed = (await admin.get('/api/admin/people?role=talent&limit=3')).json();
    expect(listed.items).toHaveLength(3);
    const after = (await admin.get('/api/admin/audit?action=person.list&limit=100')).json();
    expect(after.total).toBe(before + 3);
    const subjects = after.items
      .slice(0, 3)
      .map((e: { subject: { id: string } }) => e.subject.id)
      .sort();
    expect(subjects).toEqual(listed.items.map((p: { id: string }) => p.id).sort());
    expect(after.items[0]).toMatchObject({ actor: { name: 'Aino Lehtonen' }, requestId: expect.any(String) });

    const oneSubject = (await admin.get(`/api/admin/audit?subjectUserId=${listed.items[0].id}`)).json();
    expect(oneSubject.items.every((e: { subject: { id: string } }) => e.subject.id === listed.items[0].id)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/api/admin/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/admin/audit?from=2001-01-01&to=2001-01-02')).json().total).toBe(0);
    expect((await admin.get('/api/admin/audit?from=yesterday')).statusCode).toBe(400);
  });

  it('is append-only in the database itself', async () => {
    const refusal = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return String(err?.cause?.message ?? err?.message);
    };
    expect(await refusal(t.database.db.update(auditEvent).set({ action: 'tampered' }))).toMatch(/append-only/);
    expect(await refusal(t.database.db.delete(auditEvent))).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`TRUNCATE audit_event`))).toMatch(/append-only/);
    expect((await t.database.db.select({ a: auditEvent.action }).from(auditEvent)).some((r) => r.a === 'tampered')).toBe(false);
  });

  it('records changes a person makes to their own data, without the content', async () => {
    const c = await signedIn(t.app, 'talent@talenthub.example');
    const me = (await c.patch('/api/me', { name: 'Olena K.', municipalityCode: '235' })).json();
    expect(me).toMatchObject({ name: 'Olena K.', municipalityCode: '235' });
    const rows = await t.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.subjectUserId, me.id))
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(rows[0]).toMatchObject({ action: 'person.update', actorUserId: me.id, details: { fields: ['name', 'municipalityCode'] } });
    expect(JSON.stringify(rows[0]!.details)).not.toContain('Olena K.');
  });

  it('the outbox page shows this hub’s mail in demo mode', async () => {
    const admin = await signedIn(t.app, 'admin@talenthub.example');
    await new Client(t.app).post('/api/auth/request-password-reset', {
      email: 'counsellor@talenthub.example',
      redirectTo: '/reset-password',
    });
    const out = (await admin.get('/api/admin/outbox')).json();
    expect(out.items[0]).toMatchObject({
      to: 'counsellor@talenthub.example',
      template: 'passwordReset',
      subject: 'Talent Hub: salasanan vaihto',
    });
  });
});
