/* eslint-disable max-lines -- the demo talents' profiles are data; they move into the talents module's demo seed */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../server/db/connection.js';
import { user } from '../server/platform/auth.tables.js';
import { auditEvent } from '../server/platform/audit.tables.js';
import { membership } from '../server/platform/tenancy.tables.js';
import { seedConsents } from '../server/modules/privacy/index.js';
import { newPublicRef } from '../server/modules/talents/talents.repo.js';
import { talentEducation, talentLanguage, talentProfile, talentSkill, talentWork } from '../server/modules/talents/talents.tables.js';
import { type CefrLevel, type ConsentKind, type IscedLevel, type PermitBasis, type RecognitionStatus } from '../shared/profile.js';

const occ = (slug: string) => `urn:talenthub:demo:occupation:${slug}`;
const skill = (slug: string) => `urn:talenthub:demo:skill:${slug}`;

type DemoProfile = {
  email: string;
  phone: string;
  arrivalYear: number;
  permitBasis: PermitBasis;
  availableFrom: string;
  workingTime: 'full_time' | 'part_time' | 'either';
  drivingLicences: string[];
  education: {
    level: IscedLevel;
    field: string;
    country: string;
    institution: string;
    startYear: number;
    endYear: number;
    recognition: RecognitionStatus;
  }[];
  work: {
    title: string;
    occupation: string | null;
    employer: string;
    country: string;
    startYear: number;
    endYear: number | null;
    description: string;
  }[];
  /** [slug or free text, years]; free text is written with a leading "~". */
  skills: [string, number | null][];
  languages: [string, CefrLevel][];
  wishes: { occupations: string[]; municipalities: string[]; remote: 'on_site' | 'hybrid' | 'remote' | null };
  consents: (ConsentKind | `organisation:${string}`)[];
};

/** Profiles of the demo region's international professionals. Every person is invented. */
const profiles: DemoProfile[] = [
  {
    email: 'talent@talenthub.example',
    phone: '+358 40 555 0142',
    arrivalYear: 2022,
    permitBasis: 'temporary_protection',
    availableFrom: '2026-12-01',
    workingTime: 'full_time',
    drivingLicences: ['B'],
    education: [
      {
        level: '7',
        field: 'Civil engineering (industrial and civil construction)',
        country: 'UA',
        institution: 'Kharkiv National University of Civil Engineering',
        startYear: 2008,
        endYear: 2014,
        recognition: 'applied',
      },
    ],
    work: [
      {
        title: 'Structural design engineer',
        occupation: occ('structural-engineer'),
        employer: 'Budproekt',
        country: 'UA',
        startYear: 2014,
        endYear: 2022,
        description:
          'Designed reinforced concrete frames for residential buildings up to 16 floors; drawings in AutoCAD, models in Revit; checked loads to national codes.',
      },
    ],
    skills: [
      ['autocad', 8],
      ['revit', 5],
      ['structural-analysis', 8],
      ['concrete-construction', 8],
      ['technical-drawings', 8],
      ['~Ukrainian building codes (DBN)', 8],
    ],
    languages: [
      ['uk', 'native'],
      ['ru', 'C2'],
      ['en', 'C1'],
      ['fi', 'A2'],
    ],
    wishes: { occupations: [occ('civil-engineer'), occ('structural-engineer')], municipalities: ['049', '091'], remote: 'hybrid' },
    consents: ['employer_visibility', 'organisation:city'],
  },
  {
    email: 'ahmed.hassan@mail.example',
    phone: '+358 44 555 0177',
    arrivalYear: 2019,
    permitBasis: 'family',
    availableFrom: '2026-11-01',
    workingTime: 'either',
    drivingLicences: ['B', 'C'],
    education: [
      {
        level: '6',
        field: 'Electrical engineering',
        country: 'EG',
        institution: 'Alexandria University',
        startYear: 2009,
        endYear: 2013,
        recognition: 'partly_recognised',
      },
    ],
    work: [
      {
        title: 'Site electrical engineer',
        occupation: occ('electrical-engineer'),
        employer: 'Delta Contracting',
        country: 'EG',
        startYear: 2013,
        endYear: 2019,
        description: 'Electrical installations and safety inspections on commercial building sites.',
      },
      {
        title: 'Electrician (work trial)',
        occupation: occ('electrician'),
        employer: 'Sähkö-Kiuru Oy',
        country: 'FI',
        startYear: 2024,
        endYear: 2024,
        description: 'Three-month work trial in electrical installation.',
      },
    ],
    skills: [
      ['electrical-installation', 10],
      ['electrical-safety', 10],
      ['electrical-design', 6],
      ['automation', 3],
      ['electrical-safety-card', null],
    ],
    languages: [
      ['ar', 'native'],
      ['en', 'B2'],
      ['fi', 'B1'],
    ],
    wishes: { occupations: [occ('electrician'), occ('electrical-engineer')], municipalities: ['049', '235'], remote: 'on_site' },
    consents: ['employer_visibility', 'hub_counsellors'],
  },
  {
    email: 'priya.raman@mail.example',
    phone: '+358 50 555 0190',
    arrivalYear: 2023,
    permitBasis: 'family',
    availableFrom: '2026-12-15',
    workingTime: 'full_time',
    drivingLicences: [],
    education: [
      {
        level: '7',
        field: 'Computer science',
        country: 'IN',
        institution: 'Anna University',
        startYear: 2012,
        endYear: 2017,
        recognition: 'not_started',
      },
    ],
    work: [
      {
        title: 'Senior software engineer',
        occupation: occ('backend-developer'),
        employer: 'Finlytics India',
        country: 'IN',
        startYear: 2017,
        endYear: 2023,
        description: 'Back-end services in Java and Python, REST APIs, PostgreSQL, Docker and Kubernetes on AWS.',
      },
    ],
    skills: [
      ['java', 6],
      ['python', 5],
      ['rest-api', 6],
      ['sql', 6],
      ['docker', 4],
      ['kubernetes', 3],
      ['aws', 4],
    ],
    languages: [
      ['ta', 'native'],
      ['en', 'C2'],
      ['fi', 'A1'],
    ],
    wishes: { occupations: [occ('backend-developer'), occ('software-developer')], municipalities: ['049', '091', '092'], remote: 'remote' },
    consents: ['employer_visibility', 'hub_counsellors'],
  },
  {
    email: 'diego.fernandez@mail.example',
    phone: '+358 45 555 0123',
    arrivalYear: 2024,
    permitBasis: 'studies',
    availableFrom: '2027-01-07',
    workingTime: 'part_time',
    drivingLicences: ['B'],
    education: [
      {
        level: '6',
        field: 'Hospitality management',
        country: 'ES',
        institution: 'Universidad de Sevilla',
        startYear: 2016,
        endYear: 2020,
        recognition: 'not_started',
      },
    ],
    work: [
      {
        title: 'Cook',
        occupation: occ('cook'),
        employer: 'Casa Lola',
        country: 'ES',
        startYear: 2020,
        endYear: 2024,
        description: 'Line cook in a busy tapas restaurant; menu planning and special diets.',
      },
    ],
    skills: [
      ['food-preparation', 4],
      ['special-diets', 3],
      ['menu-planning', 2],
      ['hygiene-passport', null],
    ],
    languages: [
      ['es', 'native'],
      ['en', 'B2'],
      ['sv', 'A1'],
      ['fi', 'A1'],
    ],
    wishes: { occupations: [occ('cook')], municipalities: ['235'], remote: null },
    consents: ['employer_visibility'],
  },
  {
    email: 'mei.lin@mail.example',
    phone: '+358 40 555 0188',
    arrivalYear: 2020,
    permitBasis: 'work',
    availableFrom: '2027-02-01',
    workingTime: 'full_time',
    drivingLicences: [],
    education: [
      {
        level: '8',
        field: 'Molecular biology',
        country: 'CN',
        institution: 'Fudan University',
        startYear: 2012,
        endYear: 2018,
        recognition: 'recognised',
      },
    ],
    work: [
      {
        title: 'Postdoctoral researcher',
        occupation: occ('researcher'),
        employer: 'University of Helsinki',
        country: 'FI',
        startYear: 2020,
        endYear: 2026,
        description: 'Research in molecular diagnostics; laboratory methods and scientific writing.',
      },
    ],
    skills: [
      ['molecular-biology', 10],
      ['laboratory-techniques', 10],
      ['research-methods', 8],
      ['scientific-writing', 6],
      ['grant-writing', 3],
    ],
    languages: [
      ['zh', 'native'],
      ['en', 'C1'],
      ['fi', 'A2'],
    ],
    wishes: { occupations: [occ('laboratory-technician'), occ('researcher')], municipalities: ['257', '049'], remote: 'hybrid' },
    consents: ['employer_visibility', 'organisation:university'],
  },
  {
    email: 'kwame.mensah@mail.example',
    phone: '+358 46 555 0105',
    arrivalYear: 2018,
    permitBasis: 'permanent',
    availableFrom: '2026-11-15',
    workingTime: 'either',
    drivingLicences: ['B', 'C', 'CE'],
    education: [
      {
        level: '3',
        field: 'Logistics (vocational)',
        country: 'FI',
        institution: 'Omnia',
        startYear: 2019,
        endYear: 2021,
        recognition: 'not_needed',
      },
    ],
    work: [
      {
        title: 'Truck driver',
        occupation: occ('truck-driver'),
        employer: 'Kuljetus Virtanen Oy',
        country: 'FI',
        startYear: 2021,
        endYear: null,
        description: 'Distribution routes in Uusimaa with a full trailer combination.',
      },
    ],
    skills: [
      ['driving-licence-c', 5],
      ['professional-competence-drivers', 5],
      ['load-securing', 5],
      ['route-planning', 4],
      ['operate-forklift', 3],
    ],
    languages: [
      ['en', 'C1'],
      ['fi', 'B2'],
    ],
    wishes: { occupations: [occ('truck-driver')], municipalities: ['049', '092', '235'], remote: 'on_site' },
    consents: ['hub_counsellors'],
  },
  {
    email: 'oksana.melnyk@mail.example',
    phone: '+358 40 555 0166',
    arrivalYear: 2022,
    permitBasis: 'temporary_protection',
    availableFrom: '2026-12-01',
    workingTime: 'part_time',
    drivingLicences: [],
    education: [
      {
        level: '6',
        field: 'Nursing',
        country: 'UA',
        institution: 'Lviv Medical College',
        startYear: 2005,
        endYear: 2009,
        recognition: 'applied',
      },
    ],
    work: [
      {
        title: 'Nurse',
        occupation: occ('registered-nurse'),
        employer: 'City Hospital No. 8',
        country: 'UA',
        startYear: 2009,
        endYear: 2022,
        description: 'Ward nurse in internal medicine: medication, wound care and patient records.',
      },
    ],
    skills: [
      ['patient-care', 13],
      ['administer-medication', 13],
      ['wound-care', 10],
      ['patient-records', 10],
      ['elderly-care', 4],
    ],
    languages: [
      ['uk', 'native'],
      ['sv', 'A2'],
      ['en', 'B1'],
      ['fi', 'A2'],
    ],
    wishes: { occupations: [occ('practical-nurse'), occ('registered-nurse')], municipalities: ['235', '049'], remote: 'on_site' },
    consents: ['employer_visibility', 'organisation:employment', 'hub_counsellors'],
  },
];

/**
 * Writes the demo talents' profiles and consents. `people` maps e-mail to user id, `orgs`
 * organisation key to id; a walk-in client created by the city's counsellor comes too.
 */
export async function seedDemoProfiles(tx: Tx, hubId: string, people: Map<string, string>, orgs: Map<string, string>) {
  for (const p of profiles) {
    const userId = people.get(p.email);
    if (!userId) continue;
    await insertProfile(tx, hubId, userId, p, null, orgs);
  }
  // A walk-in client the city's counsellor registered; she has not taken the account over yet.
  const counsellor = people.get('counsellor@talenthub.example') ?? null;
  const walkIn = randomUUID();
  await tx
    .insert(user)
    .values({ id: walkIn, name: 'Tigist Bekele', email: 'tigist.bekele@mail.example', locale: 'en', municipalityCode: '049' });
  await tx.insert(membership).values({ userId: walkIn, hubId, role: 'talent' });
  await insertProfile(
    tx,
    hubId,
    walkIn,
    {
      email: 'tigist.bekele@mail.example',
      phone: '+358 41 555 0111',
      arrivalYear: 2025,
      permitBasis: 'family',
      availableFrom: '2026-12-01',
      workingTime: 'either',
      drivingLicences: [],
      education: [
        {
          level: '6',
          field: 'Accounting and finance',
          country: 'ET',
          institution: 'Addis Ababa University',
          startYear: 2012,
          endYear: 2016,
          recognition: 'not_started',
        },
      ],
      work: [
        {
          title: 'Accountant',
          occupation: occ('accountant'),
          employer: 'Abay Trading',
          country: 'ET',
          startYear: 2016,
          endYear: 2024,
          description: 'Bookkeeping, payroll and financial statements.',
        },
      ],
      skills: [
        ['bookkeeping', 8],
        ['payroll', 5],
        ['financial-statements', 6],
      ],
      languages: [
        ['am', 'native'],
        ['en', 'B2'],
        ['fi', 'A1'],
      ],
      wishes: { occupations: [occ('accountant')], municipalities: ['049'], remote: null },
      consents: ['organisation:city'],
    },
    counsellor,
    orgs,
  );
}

async function insertProfile(tx: Tx, hubId: string, userId: string, p: DemoProfile, createdBy: string | null, orgs: Map<string, string>) {
  await tx.insert(talentProfile).values({
    userId,
    hubId,
    publicRef: newPublicRef(),
    phone: p.phone,
    arrivalYear: p.arrivalYear,
    permitBasis: p.permitBasis,
    availableFrom: p.availableFrom,
    workingTime: p.workingTime,
    drivingLicences: p.drivingLicences,
    wishOccupations: p.wishes.occupations,
    wishMunicipalities: p.wishes.municipalities,
    remoteWish: p.wishes.remote,
    createdBy,
  });
  await tx.insert(talentEducation).values(p.education.map((e, position) => ({ ...e, userId, position })));
  await tx.insert(talentWork).values(p.work.map((w, position) => ({ ...w, occupationUri: w.occupation, userId, position })));
  await tx
    .insert(talentSkill)
    .values(
      p.skills.map(([s, years], position) =>
        s.startsWith('~')
          ? { userId, position, skillUri: null, label: s.slice(1), years }
          : { userId, position, skillUri: skill(s), label: s.replace(/-/g, ' '), years },
      ),
    );
  await tx.insert(talentLanguage).values(p.languages.map(([language, level], position) => ({ userId, language, level, position })));
  for (const c of p.consents) {
    const [kind, orgKey] = c.startsWith('organisation:')
      ? (['organisation', c.slice('organisation:'.length)] as const)
      : ([c as ConsentKind, null] as const);
    const organisationId = orgKey ? (orgs.get(orgKey) ?? null) : null;
    await seedConsents(tx, [
      {
        userId,
        hubId,
        kind,
        organisationId,
        locale: 'en',
        method: createdBy ? 'in_person' : 'self_service',
        recordedBy: createdBy ?? userId,
      },
    ]);
    await tx.insert(auditEvent).values({
      hubId,
      actorUserId: createdBy ?? userId,
      action: 'consent.grant',
      subjectUserId: userId,
      organisationId,
      requestId: 'demo-seed',
      details: { kind, via: 'demo_seed' },
    });
  }
}
