/* eslint-disable max-lines -- the demo region's case histories are data; they move into the guidance module's demo seed */
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Tx } from '../server/db/connection.js';
import { user } from '../server/platform/auth.tables.js';
import { membership } from '../server/platform/tenancy.tables.js';
import { seedConsents } from '../server/modules/privacy/index.js';
import { newPublicRef } from '../server/modules/talents/talents.repo.js';
import { talentLanguage, talentProfile } from '../server/modules/talents/talents.tables.js';
import {
  caseNote,
  caseNoteVersion,
  caseOutcome,
  clientCase,
  planGoal,
  planTask,
  referral,
  serviceEvent,
} from '../server/modules/guidance/guidance.tables.js';
import type { CaseStatus, GoalKind, NoteVisibility, OutcomeKind, ServiceEventKind } from '../shared/guidance.js';

const day = 24 * 3600 * 1000;

/**
 * Case work of the demo region: who holds each client's case, the counsellors' notes, guidance
 * plans, referrals between partner organisations and outcomes, with the service-path steps
 * they left behind. Dates are relative to the seed time.
 */
export async function seedDemoGuidance(tx: Tx, hubId: string, people: Map<string, string>, orgs: Map<string, string>) {
  const now = Date.now();
  const ago = (days: number, hours = 10) => new Date(now - days * day + (hours - 10) * 3600 * 1000);
  const dateAgo = (days: number) => new Date(now - days * day).toISOString().slice(0, 10);
  const dateAhead = (days: number) => new Date(now + days * day).toISOString().slice(0, 10);
  const emails = [
    'talent@talenthub.example',
    'ahmed.hassan@mail.example',
    'priya.raman@mail.example',
    'mei.lin@mail.example',
    'kwame.mensah@mail.example',
    'oksana.melnyk@mail.example',
    'tigist.bekele@mail.example',
  ];
  const rows = await tx.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, emails));
  const id = (email: string) => {
    const found = people.get(email) ?? rows.find((r) => r.email === email)?.id;
    if (!found) throw new Error(`demo person ${email} missing`);
    return found;
  };
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`demo organisation ${key} missing`);
    return found;
  };
  const sanna = id('counsellor@talenthub.example');
  const elina = id('elina.makela@otsolahti.example');
  const henrik = id('henrik.lindqvist@tyollisyysalue.example');
  const maria = id('maria.svensson@ihespoo.example');
  const counsellorOf: Record<string, string> = { city: sanna, university: elina, employment: henrik, ih: maria };

  const events: (typeof serviceEvent.$inferInsert)[] = [];
  const step = (
    client: string,
    orgKey: string | null,
    kind: ServiceEventKind,
    at: Date,
    details: Record<string, string | number | boolean | null> = {},
  ) =>
    events.push({
      hubId,
      clientUserId: client,
      organisationId: orgKey ? org(orgKey) : null,
      kind,
      actorUserId: orgKey ? (counsellorOf[orgKey] ?? null) : client,
      details,
      at,
    });

  // Cases: [client, organisation, opened days ago, last contact days ago, status, assigned].
  const cases: [string, string, number, number | null, CaseStatus, boolean][] = [
    ['talent@talenthub.example', 'city', 120, 6, 'active', true],
    ['tigist.bekele@mail.example', 'city', 21, 21, 'active', true],
    ['priya.raman@mail.example', 'city', 75, 12, 'active', true],
    ['ahmed.hassan@mail.example', 'city', 200, 95, 'paused', true],
    ['kwame.mensah@mail.example', 'city', 40, null, 'active', false],
    ['mei.lin@mail.example', 'university', 300, 14, 'active', true],
    ['oksana.melnyk@mail.example', 'employment', 150, 30, 'active', true],
    ['oksana.melnyk@mail.example', 'ih', 60, 45, 'active', true],
    ['ahmed.hassan@mail.example', 'employment', 400, 260, 'closed', true],
  ];
  for (const [email, orgKey, opened, contact, status, assigned] of cases) {
    const client = id(email);
    await tx.insert(clientCase).values({
      hubId,
      clientUserId: client,
      organisationId: org(orgKey),
      assignedTo: assigned ? (counsellorOf[orgKey] ?? null) : null,
      status,
      openedAt: ago(opened),
      closedAt: status === 'closed' ? ago(opened - 120) : null,
      lastContactAt: contact === null ? null : ago(contact),
    });
    step(client, orgKey, 'case_opened', ago(opened));
    if (status !== 'active') step(client, orgKey, 'case_status', ago(contact ?? opened), { status });
  }

  // Notes: some stay in the organisation, some are for the partners the client shares with.
  const notes: [string, string, number, NoteVisibility, string, string?][] = [
    [
      'talent@talenthub.example',
      'city',
      110,
      'organisation',
      'First meeting. Civil engineer, 12 years in Kyiv. Wants to work in structural design; worried about Finnish. Agreed to start a Finnish course and to apply for degree recognition.',
    ],
    [
      'talent@talenthub.example',
      'city',
      30,
      'partners',
      'Degree recognition application sent to the Finnish National Agency for Education. Interested in the bridging programme for engineers.',
      'Degree recognition application sent. Interested in bridging programmes.',
    ],
    [
      'priya.raman@mail.example',
      'city',
      70,
      'organisation',
      'Software developer, arrived with her spouse. Strong React and Node.js. Practised interview answers; CV now in Finnish format.',
    ],
    [
      'priya.raman@mail.example',
      'city',
      12,
      'partners',
      'Looking at the university’s Finnish for IT professionals course. Ready for interviews in English.',
    ],
    [
      'tigist.bekele@mail.example',
      'city',
      21,
      'organisation',
      'Walk-in. Accountant; needs help with CV and the recognition of her degree. Created her profile together.',
    ],
    [
      'mei.lin@mail.example',
      'university',
      14,
      'partners',
      'Thesis on laboratory automation accepted; graduation in December. Internship at a diagnostics company discussed.',
    ],
    [
      'oksana.melnyk@mail.example',
      'employment',
      30,
      'organisation',
      'Registered as a jobseeker. EURES adviser meeting booked for the Nordic job market.',
    ],
  ];
  for (const [email, orgKey, days, visibility, body, earlier] of notes) {
    const [n] = await tx
      .insert(caseNote)
      .values({
        hubId,
        clientUserId: id(email),
        organisationId: org(orgKey),
        authorId: counsellorOf[orgKey] ?? null,
        visibility,
        body,
        version: earlier ? 2 : 1,
        createdAt: ago(days),
        updatedAt: earlier ? ago(days - 1) : ago(days),
      })
      .returning({ id: caseNote.id });
    if (earlier && n) {
      await tx.insert(caseNoteVersion).values({
        noteId: n.id,
        version: 1,
        body: earlier,
        visibility: 'organisation',
        editedBy: counsellorOf[orgKey] ?? null,
        editedAt: ago(days - 1),
      });
    }
  }

  // Guidance plans.
  type Goal = [GoalKind, string, string | null, 'open' | 'done', string | null, [string, string | null, boolean][]];
  const plans: [string, Goal[]][] = [
    [
      'talent@talenthub.example',
      [
        [
          'language',
          'Finnish B1 by June',
          `${new Date(now).getUTCFullYear() + 1}-06-30`,
          'open',
          'city',
          [
            ['Enrol in the evening Finnish course (A2 → B1)', dateAgo(90), true],
            ['Take the YKI test, intermediate level', dateAhead(150), false],
          ],
        ],
        [
          'recognition',
          'Degree recognised in Finland',
          dateAhead(60),
          'open',
          'city',
          [
            ['Send the recognition application to the Finnish National Agency for Education', dateAgo(35), true],
            ['Add the decision to the profile', dateAhead(60), false],
          ],
        ],
        [
          'employment',
          'A first job in structural design',
          dateAhead(200),
          'open',
          null,
          [['Apply to three structural design openings', dateAhead(30), false]],
        ],
      ],
    ],
    [
      'priya.raman@mail.example',
      [
        [
          'employment',
          'A developer job in the Espoo region',
          dateAhead(90),
          'open',
          'city',
          [
            ['CV in Finnish format', dateAgo(60), true],
            ['Two interviews practised', dateAgo(20), true],
            ['Apply to Revontuli Software', dateAhead(10), false],
          ],
        ],
        [
          'language',
          'Finnish A2 for everyday work',
          dateAhead(240),
          'open',
          'city',
          [['Start the Finnish for IT professionals course', dateAhead(40), false]],
        ],
      ],
    ],
    [
      'mei.lin@mail.example',
      [['education', 'Graduate in December', dateAhead(25), 'open', 'university', [['Submit the final thesis', dateAgo(14), true]]]],
    ],
  ];
  for (const [email, goals] of plans) {
    const client = id(email);
    let offset = 100;
    for (const [kind, title, targetDate, status, orgKey, tasks] of goals) {
      offset -= 5;
      const [g] = await tx
        .insert(planGoal)
        .values({
          hubId,
          clientUserId: client,
          organisationId: orgKey ? org(orgKey) : null,
          kind,
          title,
          targetDate,
          status,
          createdBy: orgKey ? (counsellorOf[orgKey] ?? null) : client,
          createdAt: ago(offset),
          updatedAt: ago(offset),
        })
        .returning({ id: planGoal.id });
      if (!g) continue;
      step(client, orgKey, 'plan_goal_added', ago(offset), { title, goalKind: kind });
      for (const [taskTitle, due, done] of tasks) {
        await tx.insert(planTask).values({
          goalId: g.id,
          title: taskTitle,
          dueDate: due,
          doneAt: done ? new Date(`${due}T12:00:00Z`) : null,
          createdBy: orgKey ? (counsellorOf[orgKey] ?? null) : client,
          createdAt: ago(offset),
        });
        if (done) step(client, orgKey, 'plan_task_done', new Date(`${due}T12:00:00Z`), { title: taskTitle, goal: title });
      }
    }
  }

  // Referrals: one accepted, one declined with a reason, one waiting for an answer.
  const refs: [string, string, string, string, number, 'accepted' | 'declined' | 'pending', string | null][] = [
    ['oksana.melnyk@mail.example', 'employment', 'ih', 'Residence permit and family services guidance', 60, 'accepted', null],
    [
      'ahmed.hassan@mail.example',
      'city',
      'university',
      'Bridging programme for engineers',
      100,
      'declined',
      'The programme is for engineers; his degree is in business. We suggest the business Finnish course instead.',
    ],
    ['kwame.mensah@mail.example', 'city', 'employment', 'EURES adviser: jobs in the Nordic countries', 3, 'pending', null],
  ];
  for (const [email, from, to, service, days, status, reason] of refs) {
    const client = id(email);
    const [r] = await tx
      .insert(referral)
      .values({
        hubId,
        clientUserId: client,
        fromOrganisationId: org(from),
        toOrganisationId: org(to),
        referredBy: counsellorOf[from] ?? null,
        service,
        message: null,
        status,
        decidedBy: status === 'pending' ? null : (counsellorOf[to] ?? null),
        decidedAt: status === 'pending' ? null : ago(days - 2),
        decisionReason: reason,
        createdAt: ago(days),
      })
      .returning({ id: referral.id, toName: referral.toOrganisationId });
    step(client, from, 'referral_sent', ago(days), { service });
    if (status === 'accepted') step(client, to, 'referral_accepted', ago(days - 2), { service });
    if (status === 'declined') step(client, to, 'referral_declined', ago(days - 2), { service });
    void r;
  }

  // Outcomes.
  const outcomes: [string, string, OutcomeKind, number, string | null][] = [
    ['ahmed.hassan@mail.example', 'employment', 'studies', 280, null],
    ['mei.lin@mail.example', 'university', 'employed_matching', 20, 'Nordlab Diagnostics Oy'],
  ];
  for (const [email, orgKey, kind, days, employer] of outcomes) {
    const client = id(email);
    await tx.insert(caseOutcome).values({
      hubId,
      clientUserId: client,
      organisationId: org(orgKey),
      kind,
      occurredOn: dateAgo(days),
      employerOrganisationId: employer ? (orgs.get('nordlab') ?? null) : null,
      employerName: null,
      recordedBy: counsellorOf[orgKey] ?? null,
      createdAt: ago(days),
    });
    step(client, orgKey, 'outcome_recorded', ago(days), { outcome: kind, occurredOn: dateAgo(days) });
  }

  await seedCaseload(tx, hubId, org, counsellorOf, step);

  for (let i = 0; i < events.length; i += 500) await tx.insert(serviceEvent).values(events.slice(i, i + 500));
}

/**
 * More clients, so the caseloads of the city's and the employment authority's counsellors look
 * like real ones: registered at the desk, sharing their case with that organisation only (never
 * with employers), none of them using the service themselves yet.
 */
const caseloadClients: [string, string, 'fi' | 'sv' | 'en', string, string][] = [
  ['Abdirahman Warsame', 'so', 'en', '049', 'city'],
  ['Anh Nguyen', 'vi', 'en', '049', 'city'],
  ['Maria Santos', 'tl', 'en', '049', 'city'],
  ['Rahul Verma', 'hi', 'en', '049', 'city'],
  ['Fatemeh Rezaei', 'fa', 'en', '049', 'city'],
  ['Olga Smirnova', 'ru', 'fi', '049', 'city'],
  ['Yusuf Demir', 'tr', 'en', '049', 'city'],
  ['Chiamaka Okafor', 'en', 'en', '049', 'city'],
  ['Lucas Oliveira', 'pt', 'en', '049', 'city'],
  ['Kadri Tamm', 'et', 'fi', '049', 'city'],
  ['Wei Zhang', 'zh', 'en', '049', 'city'],
  ['Sabina Karimova', 'ru', 'en', '049', 'city'],
  ['Hamza Al-Sayed', 'ar', 'en', '049', 'city'],
  ['Bikash Gurung', 'ne', 'en', '049', 'city'],
  ['Ingrid Johansson', 'sv', 'sv', '049', 'city'],
  ['Daniela Popescu', 'ro', 'en', '049', 'city'],
  ['Samuel Tesfaye', 'am', 'en', '049', 'city'],
  ['Nadia Haddad', 'ar', 'fi', '049', 'city'],
  ['Tomás Rodríguez', 'es', 'en', '049', 'city'],
  ['Viktoriia Bondarenko', 'uk', 'en', '049', 'city'],
  ['Aditi Sharma', 'hi', 'en', '049', 'city'],
  ['Kenji Watanabe', 'ja', 'en', '049', 'city'],
  ['Amina Yusuf', 'so', 'fi', '049', 'city'],
  ['Marek Nowak', 'pl', 'en', '049', 'city'],
  ['Leila Mansouri', 'fa', 'sv', '049', 'city'],
  ['Ivan Petrov', 'ru', 'en', '235', 'employment'],
  ['Grace Mwangi', 'sw', 'en', '235', 'employment'],
  ['Mohammed Rahman', 'bn', 'en', '235', 'employment'],
  ['Elena Ionescu', 'ro', 'sv', '235', 'employment'],
  ['Thanh Le', 'vi', 'en', '257', 'employment'],
  ['Ayesha Siddiqui', 'ur', 'en', '257', 'employment'],
  ['Pablo García', 'es', 'sv', '235', 'employment'],
];
const fiLevels = ['A1', 'A1', 'A2', 'A2', 'B1', 'B2'] as const;
const statuses = ['active', 'active', 'active', 'active', 'paused'] as const;

async function seedCaseload(
  tx: Tx,
  hubId: string,
  org: (key: string) => string,
  counsellorOf: Record<string, string>,
  step: (client: string, orgKey: string | null, kind: ServiceEventKind, at: Date, details?: Record<string, string>) => unknown,
) {
  const now = Date.now();
  for (const [i, [name, native, locale, municipalityCode, orgKey]] of caseloadClients.entries()) {
    const id = randomUUID();
    const email = `${name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')}@mail.example`;
    const counsellor = counsellorOf[orgKey] ?? null;
    await tx.insert(user).values({ id, name, email, locale, municipalityCode });
    await tx.insert(membership).values({ userId: id, hubId, role: 'talent' });
    await tx.insert(talentProfile).values({
      userId: id,
      hubId,
      publicRef: newPublicRef(),
      arrivalYear: 2018 + (i % 8),
      createdBy: counsellor,
    });
    const languages: [string, (typeof fiLevels)[number] | 'native' | 'B2'][] = [[native, 'native']];
    if (native !== 'en') languages.push(['en', 'B2']);
    languages.push(['fi', fiLevels[i % fiLevels.length] ?? 'A1']);
    await tx.insert(talentLanguage).values(languages.map(([language, level], position) => ({ userId: id, language, level, position })));
    await seedConsents(tx, [
      { userId: id, hubId, kind: 'organisation', organisationId: org(orgKey), locale, method: 'in_person', recordedBy: counsellor },
    ]);
    const opened = 10 + ((i * 37) % 300);
    const contact = i % 6 === 5 ? null : Math.max(1, (i * 13) % opened);
    await tx.insert(clientCase).values({
      hubId,
      clientUserId: id,
      organisationId: org(orgKey),
      // Every fourth new client waits for a counsellor to be named.
      assignedTo: i % 4 === 3 ? null : counsellor,
      status: statuses[i % statuses.length] ?? 'active',
      openedAt: new Date(now - opened * day),
      lastContactAt: contact === null ? null : new Date(now - contact * day),
    });
    step(id, orgKey, 'case_opened', new Date(now - opened * day));
  }
}
