import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { count } from 'drizzle-orm';
import type { Config } from '../server/config.js';
import type { Db } from '../server/db/connection.js';
import { modules as allModules } from '../server/modules.js';
import { runDemoSeeds } from '../server/platform/demo.js';
import type { ModuleDescriptor } from '../server/platform/module.js';
import { account, user } from '../server/platform/auth.tables.js';
import type { Role } from '../server/platform/policy.js';
import { auditEvent } from '../server/platform/audit.tables.js';
import { hub, hubMunicipality, membership, organisation } from '../server/platform/tenancy.tables.js';
import { invitation } from '../server/modules/invitations/invitations.tables.js';
import { createHash } from 'node:crypto';
import type { Industry, OrganisationSize } from '../shared/employer.js';
import { seedDemoAppointments } from './demo-appointments.js';
import { seedDemoGuidance } from './demo-guidance.js';
import { seedDemoOpenings } from './demo-openings.js';
import { seedDemoWalkIns } from './demo-walkins.js';
import { seedDemoProfiles } from './demo-profiles.js';

/**
 * The demo region: a fictional Talent Hub for the Espoo region with its partner network,
 * employers, staff and international professionals. Every person and company is invented.
 */
const password = 'TalentHub-demo-2026';

type Org = {
  key: string;
  kind: 'partner' | 'employer';
  partnerType?: 'city' | 'employment_authority' | 'university' | 'chamber_of_commerce' | 'state_agency' | 'ngo';
  name: string;
  businessId?: string;
  municipalityCode: string;
  industry?: Industry;
  size?: OrganisationSize;
};
type Person = { name: string; email: string; municipalityCode: string; locale: 'fi' | 'sv' | 'en'; roles: { role: Role; org?: string }[] };

const organisations: Org[] = [
  { key: 'city', kind: 'partner', partnerType: 'city', name: 'Espoon kaupunki, Talent Hub -palvelut', municipalityCode: '049' },
  {
    key: 'employment',
    kind: 'partner',
    partnerType: 'employment_authority',
    name: 'Länsi-Uudenmaan työllisyysalue',
    municipalityCode: '049',
  },
  {
    key: 'university',
    kind: 'partner',
    partnerType: 'university',
    name: 'Otsolahti University of Applied Sciences',
    municipalityCode: '049',
  },
  { key: 'chamber', kind: 'partner', partnerType: 'chamber_of_commerce', name: 'Länsi-Uudenmaan kauppakamari', municipalityCode: '049' },
  { key: 'ih', kind: 'partner', partnerType: 'state_agency', name: 'International House Espoo – palvelupiste', municipalityCode: '049' },
  { key: 'ngo', kind: 'partner', partnerType: 'ngo', name: 'Kotoverkko ry', municipalityCode: '235' },
  {
    key: 'kiviranta',
    kind: 'employer',
    name: 'Kiviranta Rakennus Oy',
    businessId: '2260181-9',
    municipalityCode: '049',
    industry: 'F',
    size: 'medium',
  },
  {
    key: 'revontuli',
    kind: 'employer',
    name: 'Revontuli Software Oy',
    businessId: '2908301-4',
    municipalityCode: '049',
    industry: 'J',
    size: 'small',
  },
  {
    key: 'aurinkorinne',
    kind: 'employer',
    name: 'Hoivakoti Aurinkorinne Oy',
    businessId: '2613186-9',
    municipalityCode: '235',
    industry: 'Q',
    size: 'small',
  },
  {
    key: 'nordlab',
    kind: 'employer',
    name: 'Nordlab Diagnostics Oy',
    businessId: '2603082-2',
    municipalityCode: '257',
    industry: 'M',
    size: 'medium',
  },
];

const people: Person[] = [
  { name: 'Aino Lehtonen', email: 'admin@talenthub.example', municipalityCode: '049', locale: 'fi', roles: [{ role: 'hub_admin' }] },
  {
    name: 'Sanna Korhonen',
    email: 'counsellor@talenthub.example',
    municipalityCode: '049',
    locale: 'fi',
    roles: [{ role: 'counsellor', org: 'city' }],
  },
  {
    name: 'Jari Kiviranta',
    email: 'employer@talenthub.example',
    municipalityCode: '049',
    locale: 'fi',
    roles: [{ role: 'employer', org: 'kiviranta' }],
  },
  { name: 'Olena Kovalenko', email: 'talent@talenthub.example', municipalityCode: '049', locale: 'en', roles: [{ role: 'talent' }] },
  {
    name: 'Elina Mäkelä',
    email: 'elina.makela@otsolahti.example',
    municipalityCode: '049',
    locale: 'fi',
    roles: [{ role: 'counsellor', org: 'university' }],
  },
  {
    name: 'Henrik Lindqvist',
    email: 'henrik.lindqvist@tyollisyysalue.example',
    municipalityCode: '235',
    locale: 'sv',
    roles: [{ role: 'counsellor', org: 'employment' }],
  },
  {
    name: 'Maria Svensson',
    email: 'maria.svensson@ihespoo.example',
    municipalityCode: '049',
    locale: 'sv',
    roles: [{ role: 'counsellor', org: 'ih' }, { role: 'hub_admin' }],
  },
  {
    name: 'Laura Niemi',
    email: 'laura.niemi@revontuli.example',
    municipalityCode: '049',
    locale: 'fi',
    roles: [{ role: 'employer', org: 'revontuli' }],
  },
  {
    name: 'Pekka Aaltonen',
    email: 'pekka.aaltonen@aurinkorinne.example',
    municipalityCode: '235',
    locale: 'fi',
    roles: [{ role: 'employer', org: 'aurinkorinne' }],
  },
  { name: 'Ahmed Hassan', email: 'ahmed.hassan@mail.example', municipalityCode: '049', locale: 'en', roles: [{ role: 'talent' }] },
  { name: 'Priya Raman', email: 'priya.raman@mail.example', municipalityCode: '049', locale: 'en', roles: [{ role: 'talent' }] },
  { name: 'Diego Fernández', email: 'diego.fernandez@mail.example', municipalityCode: '235', locale: 'en', roles: [{ role: 'talent' }] },
  { name: 'Mei Lin', email: 'mei.lin@mail.example', municipalityCode: '257', locale: 'en', roles: [{ role: 'talent' }] },
  { name: 'Kwame Mensah', email: 'kwame.mensah@mail.example', municipalityCode: '049', locale: 'fi', roles: [{ role: 'talent' }] },
  { name: 'Oksana Melnyk', email: 'oksana.melnyk@mail.example', municipalityCode: '049', locale: 'sv', roles: [{ role: 'talent' }] },
];

export const demoAccounts = {
  password,
  list: people.slice(0, 4).map((p) => ({ role: p.roles[0]!.role, email: p.email, name: p.name })),
};

/**
 * Creates the demo region unless a hub exists already, then runs the modules' demo seeds through
 * their use cases. Returns whether it did.
 */
export async function seedDemoRegion(db: Db, config: Config, modules: readonly ModuleDescriptor[] = allModules): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(hub);
  if ((existing?.n ?? 0) > 0) return false;
  const hash = await hashPassword(password);
  const ids = new Map<string, string>();
  await db.transaction(async (tx) => {
    const [h] = await tx
      .insert(hub)
      .values({
        slug: 'espoo-region',
        nameFi: 'Espoon seudun Talent Hub',
        nameSv: 'Talent Hub Esboregionen',
        nameEn: 'Espoo Region Talent Hub',
        municipalityCode: '049',
      })
      .returning({ id: hub.id });
    const hubId = h!.id;
    ids.set('hub', hubId);
    await tx.insert(hubMunicipality).values(['049', '235', '257'].map((municipalityCode) => ({ hubId, municipalityCode })));
    const orgIds = new Map<string, string>();
    for (const o of organisations) {
      const [row] = await tx
        .insert(organisation)
        .values({
          hubId,
          kind: o.kind,
          partnerType: o.partnerType ?? null,
          name: o.name,
          businessId: o.businessId ?? null,
          municipalityCode: o.municipalityCode,
          industry: o.industry ?? null,
          size: o.size ?? null,
        })
        .returning({ id: organisation.id });
      orgIds.set(o.key, row!.id);
      ids.set(`org:${o.key}`, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const p of people) {
      const id = randomUUID();
      userIds.set(p.email, id);
      ids.set(`person:${p.email}`, id);
      await tx
        .insert(user)
        .values({ id, name: p.name, email: p.email, emailVerified: true, locale: p.locale, municipalityCode: p.municipalityCode });
      await tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
      for (const r of p.roles) {
        const organisationId = r.org ? orgIds.get(r.org)! : null;
        await tx.insert(membership).values({ userId: id, hubId, role: r.role, organisationId });
        await tx.insert(auditEvent).values({
          hubId,
          action: 'membership.create',
          subjectUserId: id,
          organisationId,
          requestId: 'demo-seed',
          details: { role: r.role, via: 'demo_seed' },
        });
      }
    }
    await tx.insert(invitation).values({
      hubId,
      organisationId: orgIds.get('employment')!,
      email: 'tuomas.laine@tyollisyysalue.example',
      role: 'counsellor',
      tokenHash: createHash('sha256').update(randomUUID()).digest('hex'),
      locale: 'fi',
      expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
    });
    await seedDemoProfiles(tx, hubId, userIds, orgIds);
    await seedDemoOpenings(tx, hubId, userIds, orgIds);
    await seedDemoGuidance(tx, hubId, userIds, orgIds);
    await seedDemoAppointments(tx, hubId, userIds, orgIds);
    await seedDemoWalkIns(tx, hubId, userIds, orgIds);
  });
  await runDemoSeeds(db, config, modules, ids);
  return true;
}
