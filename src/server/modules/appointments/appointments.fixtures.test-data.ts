import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { account, user } from '../../platform/auth.tables.js';
import { clientCase } from '../guidance/guidance.tables.js';
import { hub, membership, organisation } from '../../platform/tenancy.tables.js';
import { seedConsents } from '../privacy/index.js';

/** Test factory: people and organisations written straight into the database. */

export async function hubIdOf(db: Tx, slug = 'espoo-region'): Promise<string> {
  const [row] = await db.select({ id: hub.id }).from(hub).where(eq(hub.slug, slug));
  if (!row) throw new Error(`no hub ${slug}`);
  return row.id;
}

export async function organisationIdOf(db: Tx, hubId: string, name: string): Promise<string> {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.name, name)));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}

export async function userIdOf(db: Tx, email: string): Promise<string> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/**
 * Clients of a hub. `sharesWithHub` records the consent to share the case with the hub's
 * counsellors; `caseIn` opens a case in that organisation. With a password they can sign in.
 */
export async function makeClients(
  db: Tx,
  hubId: string,
  n: number,
  opts: { prefix: string; sharesWithHub?: boolean; caseIn?: string; password?: string; locale?: 'fi' | 'sv' | 'en' },
): Promise<{ id: string; email: string }[]> {
  const hash = opts.password ? await hashPassword(opts.password) : null;
  const people = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), email: `${opts.prefix}.${i}@mail.example` }));
  if (people.length === 0) return people;
  await db.insert(user).values(
    people.map((p, i) => ({
      id: p.id,
      name: `${opts.prefix} ${i}`,
      email: p.email,
      emailVerified: true,
      locale: opts.locale ?? 'en',
      municipalityCode: '049',
    })),
  );
  await db.insert(membership).values(people.map((p) => ({ userId: p.id, hubId, role: 'talent' as const, organisationId: null })));
  if (hash) {
    await db
      .insert(account)
      .values(people.map((p) => ({ id: randomUUID(), accountId: p.id, providerId: 'credential', userId: p.id, password: hash })));
  }
  if (opts.sharesWithHub) {
    await seedConsents(
      db,
      people.map((p) => ({ userId: p.id, hubId, kind: 'hub_counsellors' as const })),
    );
  }
  if (opts.caseIn)
    await openCases(
      db,
      hubId,
      opts.caseIn,
      people.map((p) => p.id),
    );
  return people;
}

export async function openCases(db: Tx, hubId: string, organisationId: string, clientUserIds: string[]) {
  await db
    .insert(clientCase)
    .values(clientUserIds.map((clientUserId) => ({ hubId, organisationId, clientUserId })))
    .onConflictDoNothing();
}

/** A second hub with one partner organisation, a counsellor and a client, who sign in with `password`. */
export async function makeOtherHub(db: Tx, password: string) {
  const [h] = await db
    .insert(hub)
    .values({ slug: `other-${randomUUID().slice(0, 8)}`, nameFi: 'Muu', nameSv: 'Annan', nameEn: 'Other', municipalityCode: '091' })
    .returning({ id: hub.id });
  const hubId = h!.id;
  const [o] = await db
    .insert(organisation)
    .values({ hubId, kind: 'partner', partnerType: 'city', name: 'Other city services', municipalityCode: '091' })
    .returning({ id: organisation.id });
  const hash = await hashPassword(password);
  const counsellorId = randomUUID();
  const email = `counsellor.${counsellorId.slice(0, 8)}@other.example`;
  await db
    .insert(user)
    .values({ id: counsellorId, name: 'Other Counsellor', email, emailVerified: true, locale: 'en', municipalityCode: '091' });
  await db
    .insert(account)
    .values({ id: randomUUID(), accountId: counsellorId, providerId: 'credential', userId: counsellorId, password: hash });
  await db.insert(membership).values({ userId: counsellorId, hubId, role: 'counsellor', organisationId: o!.id });
  const [client] = await makeClients(db, hubId, 1, { prefix: `other-${counsellorId.slice(0, 8)}`, password });
  return { hubId, organisationId: o!.id, counsellorEmail: email, clientEmail: client!.email };
}
