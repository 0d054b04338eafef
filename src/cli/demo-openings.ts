import type { Tx } from '../server/db/connection.js';
import { auditEvent } from '../server/platform/audit.tables.js';
import { contactRequest } from '../server/modules/contacts/contacts.tables.js';
import { employerService, jobOpening } from '../server/modules/openings/openings.tables.js';
import { openingColumns, replaceRequirements } from '../server/modules/openings/openings.repo.js';
import type { TOpeningRequest } from '../server/modules/openings/openings.schema.js';
import type { OpeningStatus } from '../shared/employer.js';

const occ = (slug: string) => `urn:talenthub:demo:occupation:${slug}`;
const skill = (slug: string) => `urn:talenthub:demo:skill:${slug}`;
/** [slug, essential] */
const skills = (list: [string, boolean][]) => list.map(([slug, essential]) => ({ uri: skill(slug), essential }));

type DemoOpening = {
  org: string;
  /** E-mail of the person who wrote it; null when hub staff entered it during the set-up. */
  author: string | null;
  status: OpeningStatus;
  /** Days before the seed the opening was published. */
  publishedDaysAgo?: number;
  doc: TOpeningRequest;
};

/** Openings of the demo region's employers. Every company and opening is invented. */
const openings: DemoOpening[] = [
  {
    org: 'kiviranta',
    author: 'employer@talenthub.example',
    status: 'published',
    publishedDaysAgo: 6,
    doc: {
      kind: 'opening',
      title: 'Rakennusinsinööri',
      occupationUri: occ('civil-engineer'),
      description: [
        'Kiviranta Rakennus Oy on espoolainen perheyritys, joka rakentaa asuin- ja liikerakennuksia pääkaupunkiseudulla ja Kirkkonummella.',
        'Haemme rakennusinsinööriä rakennesuunnittelun ja työmaidemme tueksi.',
        '',
        'Tehtäviisi kuuluu rakenteiden mitoitus eurokoodien mukaan, tietomallien (BIM) tarkastus ja yhteensovitus, työmaan teknisten kysymysten ratkaiseminen sekä kustannusarvioiden laatiminen yhdessä vastaavan työnjohtajan kanssa.',
        'Toivomme kokemusta betonirakenteista ja kosteudenhallinnasta sekä AutoCADin tai Teklan käytöstä.',
        '',
        'Työkielenä on suomi. Tarjoamme suomen kielen opiskelua työn ohessa, ja autamme ulkomailla suoritetun tutkinnon tunnustamisessa.',
      ].join('\n'),
      descriptionLang: 'fi',
      skills: skills([
        ['structural-analysis', true],
        ['eurocode', true],
        ['building-regulations', true],
        ['bim', true],
        ['construction-project-management', true],
        ['autocad', false],
        ['tekla', false],
        ['concrete-construction', false],
        ['moisture-control', false],
        ['cost-estimation', false],
      ]),
      languages: [
        { language: 'fi', level: 'B1', must: true },
        { language: 'en', level: 'B2', must: false },
      ],
      municipalityCodes: ['049', '257'],
      remote: 'on_site',
      workingTime: 'full_time',
      startDate: '2027-02-01',
      salaryMin: 3900,
      salaryMax: 4800,
    },
  },
  {
    org: 'kiviranta',
    author: 'counsellor@talenthub.example',
    status: 'draft',
    doc: {
      kind: 'opening',
      title: 'Työmaamestari',
      occupationUri: occ('site-manager'),
      description: [
        'Kiviranta Rakennus Oy hakee työmaamestaria asuinkerrostalokohteisiin Espoossa.',
        'Vastaat työmaan päivittäisestä johtamisesta, aliurakoitsijoiden ohjauksesta, työturvallisuudesta ja laadunvarmistuksesta.',
        'Luonnos: täydennetään yrityksen kanssa palkka ja aloituspäivä.',
      ].join('\n'),
      descriptionLang: 'fi',
      skills: skills([
        ['site-supervision', true],
        ['occupational-safety', true],
        ['construction-project-management', true],
        ['safety-card', true],
      ]),
      languages: [{ language: 'fi', level: 'B2', must: true }],
      municipalityCodes: ['049'],
      remote: 'on_site',
      workingTime: 'full_time',
      startDate: null,
      salaryMin: null,
      salaryMax: null,
    },
  },
  {
    org: 'revontuli',
    author: 'laura.niemi@revontuli.example',
    status: 'published',
    publishedDaysAgo: 3,
    doc: {
      kind: 'opening',
      title: 'Back-end Developer (Node.js, TypeScript)',
      occupationUri: occ('backend-developer'),
      description: [
        'Revontuli Software builds booking and payment systems for Nordic travel companies. We are looking for a back-end developer to join our team of eight in Espoo.',
        '',
        'You will design and build REST APIs in Node.js and TypeScript, model data in PostgreSQL, review code with your colleagues and take part in a light on-call rotation.',
        'We ship several times a day with Docker and a CI/CD pipeline to the cloud.',
        '',
        'Our working language is English. Finnish is not required, and we pay for Finnish lessons if you want them.',
        'Hybrid work: two days a week at our office in Keilaniemi.',
      ].join('\n'),
      descriptionLang: 'en',
      skills: skills([
        ['backend-development', true],
        ['rest-api', true],
        ['nodejs', true],
        ['sql', true],
        ['databases', true],
        ['git', true],
        ['typescript', false],
        ['docker', false],
        ['ci-cd', false],
        ['cloud-computing', false],
      ]),
      languages: [
        { language: 'en', level: 'B2', must: true },
        { language: 'fi', level: 'A1', must: false },
      ],
      municipalityCodes: ['049'],
      remote: 'hybrid',
      workingTime: 'full_time',
      startDate: null,
      salaryMin: 4200,
      salaryMax: 5600,
    },
  },
  {
    org: 'aurinkorinne',
    author: 'pekka.aaltonen@aurinkorinne.example',
    status: 'published',
    publishedDaysAgo: 10,
    doc: {
      kind: 'opening',
      title: 'Lähihoitaja',
      occupationUri: occ('practical-nurse'),
      description: [
        'Hoivakoti Aurinkorinne on 40-paikkainen ympärivuorokautisen palveluasumisen yksikkö Kauniaisissa.',
        'Etsimme lähihoitajia vakituisiin koko- ja osa-aikaisiin työsuhteisiin kolmivuorotyöhön.',
        '',
        'Työhösi kuuluu asukkaiden avustaminen päivittäisissä toimissa, lääkehoidon toteuttaminen, elintoimintojen seuranta ja kirjaaminen sekä infektioiden torjunta.',
        'Ulkomailla koulutetuilta edellytämme Valviran myöntämää ammattioikeutta; autamme hakemuksen kanssa.',
        '',
        'Suomen kielen taito on välttämätön. Ruotsin kielen taito on eduksi, sillä osa asukkaistamme on ruotsinkielisiä.',
      ].join('\n'),
      descriptionLang: 'fi',
      skills: skills([
        ['patient-care', true],
        ['elderly-care', true],
        ['administer-medication', true],
        ['vital-signs', true],
        ['patient-records', true],
        ['infection-control', true],
        ['first-aid', false],
        ['ergonomics', false],
      ]),
      languages: [
        { language: 'fi', level: 'B1', must: true },
        { language: 'sv', level: 'A2', must: false },
      ],
      municipalityCodes: ['235'],
      remote: 'on_site',
      workingTime: 'either',
      startDate: '2027-01-07',
      salaryMin: 2600,
      salaryMax: 3000,
    },
  },
  {
    org: 'nordlab',
    author: null,
    status: 'published',
    publishedDaysAgo: 20,
    doc: {
      kind: 'talent_need',
      title: 'Laboratory technicians (continuous recruitment)',
      occupationUri: occ('laboratory-technician'),
      description: [
        'Nordlab Diagnostics analyses clinical and environmental samples for hospitals and municipalities in Uusimaa.',
        'Our volumes grow every year, and we are always interested in meeting laboratory technicians.',
        'This is an open-ended talent need rather than a single vacancy: we contact suitable people when a position opens, usually several times a year.',
        '',
        'The work includes sample preparation, chemical analysis, quality control under ISO/IEC 17025 and documentation in our laboratory information system.',
        'A degree in biomedical laboratory science, chemistry or biotechnology is expected; experience with PCR is a plus.',
      ].join('\n'),
      descriptionLang: 'en',
      skills: skills([
        ['laboratory-techniques', true],
        ['laboratory-safety', true],
        ['quality-assurance-lab', true],
        ['chemical-analysis', true],
        ['attention-to-detail', true],
        ['molecular-biology', false],
        ['data-analysis', false],
      ]),
      languages: [
        { language: 'en', level: 'B2', must: true },
        { language: 'fi', level: 'B1', must: false },
      ],
      municipalityCodes: ['257'],
      remote: 'on_site',
      workingTime: 'full_time',
      startDate: null,
      salaryMin: null,
      salaryMax: null,
    },
  },
];

/** Employers the city's company coordinator serves. */
/** Pending contact requests of the demo employers, by opening title, to talents who consent to employer visibility. */
const demoContactRequests = [
  {
    org: 'kiviranta',
    title: 'Rakennusinsinööri',
    by: 'employer@talenthub.example',
    talent: 'talent@talenthub.example',
    message: 'Hei! Profiilisi rakennesuunnittelun kokemus kiinnostaa meitä. Voisimmeko jutella rakennusinsinöörin tehtävästä?',
  },
];

const coordinatorServes = { coordinator: 'counsellor@talenthub.example', orgs: ['kiviranta', 'aurinkorinne'] };

/**
 * The demo employers' openings and talent needs, and the employers the city's counsellor
 * serves as their company coordinator. `people` maps e-mail to user id, `orgs` organisation
 * key to id.
 */
export async function seedDemoOpenings(tx: Tx, hubId: string, people: Map<string, string>, orgs: Map<string, string>) {
  const seedAudit = (actorUserId: string | null, action: string, organisationId: string, details: Record<string, unknown>) =>
    tx
      .insert(auditEvent)
      .values({ hubId, actorUserId, action, organisationId, requestId: 'demo-seed', details: { ...details, via: 'demo_seed' } });
  const coordinator = people.get(coordinatorServes.coordinator)!;
  for (const key of coordinatorServes.orgs) {
    const organisationId = orgs.get(key)!;
    await tx.insert(employerService).values({ hubId, organisationId, userId: coordinator, createdBy: coordinator });
    await seedAudit(coordinator, 'employer_service.create', organisationId, {});
  }
  const day = 24 * 3600 * 1000;
  for (const o of openings) {
    const organisationId = orgs.get(o.org)!;
    const createdBy = o.author ? people.get(o.author)! : null;
    const publishedAt = o.publishedDaysAgo === undefined ? null : new Date(Date.now() - o.publishedDaysAgo * day);
    const [row] = await tx
      .insert(jobOpening)
      .values({
        hubId,
        organisationId,
        ...openingColumns(o.doc),
        status: o.status,
        publishedAt,
        createdBy,
        createdAt: publishedAt ?? new Date(),
        updatedAt: publishedAt ?? new Date(),
      })
      .returning({ id: jobOpening.id });
    await replaceRequirements(tx, row!.id, o.doc);
    for (const c of demoContactRequests.filter((d) => d.org === o.org && d.title === o.doc.title)) {
      const talentUserId = people.get(c.talent)!;
      const requestedBy = people.get(c.by)!;
      const [request] = await tx
        .insert(contactRequest)
        .values({ hubId, openingId: row!.id, organisationId, talentUserId, requestedBy, message: c.message })
        .returning({ id: contactRequest.id });
      await tx.insert(auditEvent).values({
        hubId,
        actorUserId: requestedBy,
        action: 'contact.request',
        subjectUserId: talentUserId,
        organisationId,
        requestId: 'demo-seed',
        details: { contactRequestId: request!.id, openingId: row!.id, by: 'employer', via: 'demo_seed' },
      });
    }
    await seedAudit(createdBy, 'opening.create', organisationId, { openingId: row!.id });
    if (o.status === 'published') await seedAudit(createdBy, 'opening.publish', organisationId, { openingId: row!.id });
  }
}
