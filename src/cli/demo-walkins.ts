import type { Tx } from '../server/db/connection.js';
import { hubDay } from '../server/modules/walkins/walkins.policy.js';
import { servicePoint, walkIn } from '../server/modules/walkins/walkins.tables.js';
import { ageBands, walkInLanguages, walkInTopics, type AgeBand, type WalkInLanguage, type WalkInTopic } from '../shared/guidance.js';

type DemoPoint = { key: string; org: string; name: string; municipalityCode: string; adviser: string; perDay: [number, number] };

/** The demo region's service points and the advisers who staff them. */
const points: DemoPoint[] = [
  {
    key: 'espoo-centre',
    org: 'city',
    name: 'Työllisyyspiste Espoon keskus – Employment Corner Espoo centre',
    municipalityCode: '049',
    adviser: 'counsellor@talenthub.example',
    perDay: [2, 6],
  },
  {
    key: 'leppavaara',
    org: 'city',
    name: 'Työllisyyspiste Leppävaara – Employment Corner Leppävaara',
    municipalityCode: '049',
    adviser: 'counsellor@talenthub.example',
    perDay: [0, 3],
  },
  {
    key: 'ih-desk',
    org: 'ih',
    name: 'International House Espoo – service desk',
    municipalityCode: '049',
    adviser: 'maria.svensson@ihespoo.example',
    perDay: [1, 4],
  },
];

/** How often each topic, language and age band comes up, roughly as at a city's walk-in desk. */
const topicWeights: Record<WalkInTopic, number> = {
  job_search: 30,
  cv_and_applications: 16,
  language_studies: 12,
  degree_recognition: 8,
  residence_permit: 10,
  entrepreneurship: 4,
  education: 7,
  housing: 5,
  family_services: 4,
  other: 4,
};
const languageWeights: Record<WalkInLanguage, number> = { fi: 18, sv: 3, en: 40, ru: 8, uk: 12, ar: 7, so: 3, fa: 4, other: 5 };
const ageWeights: Record<AgeBand, number> = { under_25: 12, '25_34': 38, '35_44': 27, '45_54': 13, '55_plus': 5, unknown: 5 };

/** A small seeded generator (mulberry32): the same demo data on every seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<K extends string>(rnd: () => number, keys: readonly K[], weights: Record<K, number>): K {
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  let r = rnd() * sum;
  for (const k of keys) {
    r -= weights[k];
    if (r < 0) return k;
  }
  return keys[keys.length - 1]!;
}

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' });

/** The instant of a wall-clock time on a day in Helsinki (UTC+2 in winter, UTC+3 in summer). */
function helsinkiTime(date: string, hour: number, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  for (const offset of [2, 3]) {
    const at = new Date(Date.UTC(y, m - 1, d, hour - offset, minute));
    if (Number(hourFormat.format(at)) === hour && hubDay(at) === date) return at;
  }
  return new Date(Date.UTC(y, m - 1, d, hour - 2, minute));
}

/**
 * Service points of the demo region and about 300 anonymous walk-ins on the weekdays of the
 * 60 days before the seed, in opening hours (9–16). Today is left empty for the advisers.
 */
export async function seedDemoWalkIns(tx: Tx, hubId: string, people: Map<string, string>, orgs: Map<string, string>) {
  const rnd = random(20260101);
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  for (const p of points) {
    const [row] = await tx
      .insert(servicePoint)
      .values({ hubId, organisationId: orgs.get(p.org)!, name: p.name, municipalityCode: p.municipalityCode })
      .returning({ id: servicePoint.id });
    const servicePointId = row!.id;
    const recordedBy = people.get(p.adviser) ?? null;
    const rows: (typeof walkIn.$inferInsert)[] = [];
    for (let back = 60; back >= 1; back--) {
      const date = hubDay(new Date(now - back * day));
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const [min, max] = p.perDay;
      const visits = min + Math.floor(rnd() * (max - min + 1));
      for (let i = 0; i < visits; i++) {
        const at = helsinkiTime(date, 9 + Math.floor(rnd() * 7), Math.floor(rnd() * 60));
        const topics = new Set<WalkInTopic>([pick(rnd, walkInTopics, topicWeights)]);
        if (rnd() < 0.35) topics.add(pick(rnd, walkInTopics, topicWeights));
        if (rnd() < 0.1) topics.add(pick(rnd, walkInTopics, topicWeights));
        rows.push({
          hubId,
          servicePointId,
          recordedBy,
          at,
          createdAt: at,
          topics: [...topics],
          language: pick(rnd, walkInLanguages, languageWeights),
          ageBand: pick(rnd, ageBands, ageWeights),
          referralGiven: rnd() < 0.25,
          nextStepGiven: rnd() < 0.55,
        });
      }
    }
    if (rows.length) await tx.insert(walkIn).values(rows);
  }
}
