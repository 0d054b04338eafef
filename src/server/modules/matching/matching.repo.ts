import { sql } from 'drizzle-orm';
import type { Cefr, OpeningInput, ProfileInput, RemoteMode } from '../../../core/matching/index.js';
import { queryRows, type Tx } from '../../db/connection.js';

const textArray = (xs: Iterable<string>) => sql`${'{' + [...xs].map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',') + '}'}::text[]`;

/**
 * First stage of ranking: talents of the hub who consent to employer visibility and hold a skill
 * that can earn credit for the opening, or an occupation close to it, the most such skills
 * first. The second stage scores these exactly in process.
 */
export async function candidatePool(tx: Tx, hubId: string, skills: Set<string>, occupations: Set<string>, limit: number, everyone = false) {
  if (everyone) {
    // No skill or occupation to look for: the most recently updated visible profiles.
    const rows = await queryRows<{ user_id: string }>(
      tx,
      sql`SELECT p.user_id FROM talent_profile p
          JOIN consent c ON c.user_id = p.user_id AND c.hub_id = p.hub_id AND c.kind = 'employer_visibility' AND c.withdrawn_at IS NULL
          WHERE p.hub_id = ${hubId} ORDER BY p.updated_at DESC, p.user_id LIMIT ${limit}`,
    );
    return rows.map((r) => r.user_id);
  }
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`WITH visible AS NOT MATERIALIZED (
          SELECT c.user_id FROM consent c
          WHERE c.hub_id = ${hubId} AND c.kind = 'employer_visibility' AND c.withdrawn_at IS NULL
        ), by_skill AS (
          SELECT s.user_id, count(*) AS n FROM talent_skill s
          WHERE s.skill_uri = ANY(${textArray(skills)}) AND s.user_id IN (SELECT user_id FROM visible)
          GROUP BY s.user_id ORDER BY n DESC, s.user_id LIMIT ${limit}
        ), by_occupation AS (
          SELECT DISTINCT w.user_id FROM talent_work w
          WHERE w.occupation_uri = ANY(${textArray(occupations)}) AND w.user_id IN (SELECT user_id FROM visible)
            AND w.user_id NOT IN (SELECT user_id FROM by_skill)
          ORDER BY w.user_id LIMIT ${Math.ceil(limit / 4)}
        )
        SELECT p.user_id FROM talent_profile p
        WHERE p.hub_id = ${hubId} AND p.user_id IN (SELECT user_id FROM by_skill UNION SELECT user_id FROM by_occupation)`,
  );
  return rows.map((r) => r.user_id);
}

type ProfileRow = ProfileInput & {
  publicRef: string;
  occupationUris: string[];
  skills: { uri: string; years: number | null }[];
  languages: { code: string; level: Cefr }[];
};

/** What the scorer needs of each profile, in four queries for the whole pool. */
export async function profileInputs(tx: Tx, userIds: string[]): Promise<Map<string, ProfileRow>> {
  const out = new Map<string, ProfileRow>();
  if (userIds.length === 0) return out;
  const ids = textArray(userIds);
  const heads = await queryRows<{
    user_id: string;
    public_ref: string;
    municipality_code: string;
    wish_municipalities: string[];
    wish_occupations: string[];
    remote_wish: RemoteMode | null;
    available_from: string | null;
  }>(
    tx,
    sql`SELECT p.user_id, p.public_ref, u.municipality_code, p.wish_municipalities, p.wish_occupations, p.remote_wish,
          to_char(p.available_from, 'YYYY-MM-DD') AS available_from
        FROM talent_profile p JOIN auth_user u ON u.id = p.user_id WHERE p.user_id = ANY(${ids})`,
  );
  for (const h of heads) {
    out.set(h.user_id, {
      publicRef: h.public_ref,
      occupationUris: [...h.wish_occupations],
      skills: [],
      languages: [],
      municipality: h.municipality_code,
      wishMunicipalities: h.wish_municipalities,
      remoteWish: h.remote_wish,
      availableFrom: h.available_from,
    });
  }
  const skills = await queryRows<{ user_id: string; skill_uri: string; years: number | null }>(
    tx,
    sql`SELECT user_id, skill_uri, years FROM talent_skill WHERE user_id = ANY(${ids}) AND skill_uri IS NOT NULL`,
  );
  for (const s of skills) out.get(s.user_id)?.skills.push({ uri: s.skill_uri, years: s.years });
  const langs = await queryRows<{ user_id: string; language: string; level: Cefr }>(
    tx,
    sql`SELECT user_id, language, level FROM talent_language WHERE user_id = ANY(${ids})`,
  );
  for (const l of langs) out.get(l.user_id)?.languages.push({ code: l.language, level: l.level });
  const work = await queryRows<{ user_id: string; occupation_uri: string }>(
    tx,
    sql`SELECT user_id, occupation_uri FROM talent_work WHERE user_id = ANY(${ids}) AND occupation_uri IS NOT NULL`,
  );
  for (const w of work) out.get(w.user_id)?.occupationUris.push(w.occupation_uri);
  return out;
}

/** Published openings of the hub that ask for a skill the person can earn credit for, or a close occupation. */
export async function openingPool(tx: Tx, hubId: string, skills: Set<string>, occupations: Set<string>, limit: number) {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`WITH by_skill AS (
          SELECT s.opening_id, count(*) AS n FROM job_opening_skill s
          WHERE s.skill_uri = ANY(${textArray(skills)}) GROUP BY s.opening_id
        )
        SELECT o.id FROM job_opening o LEFT JOIN by_skill b ON b.opening_id = o.id
        WHERE o.hub_id = ${hubId} AND o.status = 'published'
          AND (b.n IS NOT NULL OR o.occupation_uri = ANY(${textArray(occupations)}))
        ORDER BY (o.occupation_uri = ANY(${textArray(occupations)})) DESC, coalesce(b.n, 0) DESC, o.published_at DESC
        LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

type OpeningRow = OpeningInput & {
  title: string;
  employer: string;
  occupationUri: string;
  skills: { uri: string; essential: boolean }[];
  languages: { code: string; level: Cefr; must: boolean }[];
  municipalities: string[];
};

/** What the scorer needs of each opening, and what a talent sees of it in a list. */
export async function openingInputs(tx: Tx, ids: string[]): Promise<Map<string, OpeningRow>> {
  const out = new Map<string, OpeningRow>();
  if (ids.length === 0) return out;
  const list = sql`${'{' + ids.join(',') + '}'}::uuid[]`;
  const heads = await queryRows<{
    id: string;
    title: string;
    employer: string;
    occupation_uri: string;
    remote: RemoteMode;
    start_date: string | null;
  }>(
    tx,
    sql`SELECT o.id, o.title, g.name AS employer, o.occupation_uri, o.remote, to_char(o.start_date, 'YYYY-MM-DD') AS start_date
        FROM job_opening o JOIN organisation g ON g.id = o.organisation_id WHERE o.id = ANY(${list})`,
  );
  for (const h of heads) {
    out.set(h.id, {
      title: h.title,
      employer: h.employer,
      occupationUri: h.occupation_uri,
      skills: [],
      languages: [],
      municipalities: [],
      remote: h.remote,
      startDate: h.start_date,
    });
  }
  const skills = await queryRows<{ opening_id: string; skill_uri: string; essential: boolean }>(
    tx,
    sql`SELECT opening_id, skill_uri, essential FROM job_opening_skill WHERE opening_id = ANY(${list}) ORDER BY opening_id, position`,
  );
  for (const s of skills) out.get(s.opening_id)?.skills.push({ uri: s.skill_uri, essential: s.essential });
  const langs = await queryRows<{ opening_id: string; language: string; level: Cefr; must: boolean }>(
    tx,
    sql`SELECT opening_id, language, level, must FROM job_opening_language WHERE opening_id = ANY(${list}) ORDER BY opening_id, position`,
  );
  for (const l of langs) out.get(l.opening_id)?.languages.push({ code: l.language, level: l.level, must: l.must });
  const places = await queryRows<{ opening_id: string; municipality_code: string }>(
    tx,
    sql`SELECT opening_id, municipality_code FROM job_opening_municipality WHERE opening_id = ANY(${list}) ORDER BY opening_id, position`,
  );
  for (const p of places) out.get(p.opening_id)?.municipalities.push(p.municipality_code);
  return out;
}
