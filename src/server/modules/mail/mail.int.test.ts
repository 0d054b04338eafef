import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, user } from '../../platform/auth.tables.js';
import { Client, dbKinds, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { hub, membership } from '../../platform/tenancy.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';

type Row = { to: string; template: string; body: string; linksHidden: boolean };

describe.each(dbKinds)('the demo outbox (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  const real = 'olena.kovalenko@gmail.com';
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await signedIn(t.app, 'admin@talenthub.example');
    // A person of the hub with a real address, as a deployment left in demo mode would have.
    const [h] = await t.database.db.select({ id: hub.id }).from(hub).where(eq(hub.slug, 'espoo-region'));
    const id = randomUUID();
    await t.database.db.insert(user).values({ id, name: 'Olena Real', email: real, locale: 'fi', municipalityCode: '049' });
    await t.database.db
      .insert(account)
      .values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await hashPassword('a-real-passphrase') });
    await t.database.db.insert(membership).values({ userId: id, hubId: h!.id, role: 'talent' });
  });
  afterAll(() => t.close());

  async function resetFor(email: string) {
    const res = await new Client(t.app).post('/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });
    expect(res.statusCode).toBe(200);
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.template, 'passwordReset')))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    return /token=([^\s&]+)/.exec(mail!.bodyText)![1]!;
  }

  it('a reset asked for a real address shows neither link nor token to the administrator', async () => {
    const token = await resetFor(real);
    const res = await admin.get('/api/admin/outbox?limit=100');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(token);
    expect(res.body).not.toContain(decodeURIComponent(token));
    const row = res.json<{ items: Row[] }>().items.find((m) => m.to === real && m.template === 'passwordReset');
    expect(row?.linksHidden).toBe(true);
    expect(row?.body).not.toMatch(/https?:\/\//);
    expect(row?.body).toContain('[linkki piilotettu]'); // the mail's language
    // The link still works for its owner: only the outbox view hides it.
    expect(
      (
        await new Client(t.app).post('/api/auth/reset-password', {
          token: decodeURIComponent(token),
          newPassword: 'her-own-new-passphrase',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('a demo account’s reset link is shown, so the demo stays convenient', async () => {
    const token = await resetFor('talent@talenthub.example');
    const items = (await admin.get('/api/admin/outbox?limit=100')).json<{ items: Row[] }>().items;
    const row = items.find((m) => m.to === 'talent@talenthub.example' && m.template === 'passwordReset');
    expect(row?.linksHidden).toBe(false);
    expect(row?.body).toContain(`/reset-password?token=${token}`);
  });
});
