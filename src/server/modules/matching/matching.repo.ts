import { sql } from 'drizzle-orm';
import type { Cefr, OpeningInput, ProfileInput, RemoteMode } from '../../../core/matching/index.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { employerVisibleUsers, visibleToEmployers } from '../privacy/index.js';

const textArray = (xs: Iterable<string>) => sql`${'{' + [...xs].map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',') + '}'}::text[]`;

/**
 * First stage of ranking: talents of the hub who consent to employer visibility and hold a skill
 * that can earn credit for the opening, or an occupation close to it, the most such skills
 * first. The second stage scores these exactly in process.
 *
 * Consent is checked by an index probe on the `window` people with the most such skills rather
 * than by joining every consenting person of the hub, which costs more than the whole rest of the
 * query; when fewer than `limit` of those consent, the pool is smaller.
 */
export async function candidatePool(tx: Tx, hubId: string, skills: Set<string>, occupations: Set<string>, limit: number, everyone = false) {
  if (everyone) {
    // No skill or occupation to look for: the most recently updated visible profiles.
    const rows = await queryRows<{ user_id: string }>(
      tx,
      sql`SELECT p.user_id FROM talent_profile p
          WHERE p.hub_id = ${hubId} AND p.user_id IN (${employerVisibleUsers(hubId)}) ORDER BY p.updated_at DESC, p.user_id LIMIT ${limit}`,
    );
    return rows.map((r) => r.user_id);
  }
  const window = limit * 3;
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`WITH by_skill AS (
          SELECT s.user_id, count(*) AS n FROM talent_skill s
          WHERE s.skill_uri = ANY(${textArray(skills)})
          GROUP BY s.user_id ORDER BY n DESC, s.user_id LIMIT ${window}
        ), top AS (
          SELECT b.user_id FROM by_skill b WHERE ${visibleToEmployers(hubId, sql`b.user_id`)}
          ORDER BY b.n DESC, b.user_id LIMIT ${limit}
        ), by_work AS MATERIALIZED (
          SELECT DISTINCT w.user_id FROM talent_work w WHERE w.occupation_uri = ANY(${textArray(occupations)})
        ), by_occupation AS (
          SELECT o.user_id FROM by_work o
          WHERE o.user_id NOT IN (SELECT user_id FROM top) AND ${visibleToEmployers(hubId, sql`o.user_id`)}
          ORDER BY o.user_id LIMIT ${Math.ceil(limit / 4)}
        )
        SELECT p.user_id FROM talent_profile p
        WHERE p.hub_id = ${hubId} AND p.user_id IN (SELECT user_id FROM top UNION SELECT user_id FROM by_occupation)`,
  );
  return rows.map((r) => r.user_id);
}

type ProfileRow = ProfileInput & {
  publicRef: string;
  occupationUris: string[];
  skills: { uri: string; years: number | null }[];
  languages: { code: string; level: Cefr }[];
};

/** What the scorer needs of each profile, in one query for the whole pool. */
export async function profileInputs(tx: Tx, userIds: string[]): Promise<Map<string, ProfileRow>> {
  const out = new Map<string, ProfileRow>();
  if (userIds.length === 0) return out;
  const rows = await queryRows<{
    user_id: string;
    public_ref: string;
    municipality_code: string;
    wish_municipalities: string[];
    wish_occupations: string[];
    remote_wish: RemoteMode | null;
    available_from: string | null;
    skills: [string, number | null][];
    languages: [string, Cefr][];
    work: string[];
  }>(
    tx,
    sql`SELECT p.user_id, p.public_ref, u.municipality_code, p.wish_municipalities, p.wish_occupations, p.remote_wish,
          to_char(p.available_from, 'YYYY-MM-DD') AS available_from,
          (SELECT coalesce(json_agg(json_build_array(s.skill_uri, s.years)), '[]'::json) FROM talent_skill s
            WHERE s.user_id = p.user_id AND s.skill_uri IS NOT NULL) AS skills,
          (SELECT coalesce(json_agg(json_build_array(l.language, l.level)), '[]'::json) FROM talent_language l
            WHERE l.user_id = p.user_id) AS languages,
          (SELECT coalesce(array_agg(w.occupation_uri), '{}') FROM talent_work w
            WHERE w.user_id = p.user_id AND w.occupation_uri IS NOT NULL) AS work
        FROM talent_profile p JOIN auth_user u ON u.id = p.user_id WHERE p.user_id = ANY(${textArray(userIds)})`,
  );
  for (const r of rows) {
    out.set(r.user_id, {
      publicRef: r.public_ref,
      occupationUris: [...r.wish_occupations, ...r.work],
      skills: r.skills.map(([uri, years]) => ({ uri, years })),
      languages: r.languages.map(([code, level]) => ({ code, level })),
      municipality: r.municipality_code,
      wishMunicipalities: r.wish_municipalities,
      remoteWish: r.remote_wish,
      availableFrom: r.available_from,
    });
  }
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

/** What the scorer needs of each opening, and what a talent sees of it in a list, in one query. */
export async function openingInputs(tx: Tx, ids: string[]): Promise<Map<string, OpeningRow>> {
  const out = new Map<string, OpeningRow>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{
    id: string;
    title: string;
    employer: string;
    occupation_uri: string;
    remote: RemoteMode;
    start_date: string | null;
    skills: [string, boolean][];
    languages: [string, Cefr, boolean][];
    municipalities: string[];
  }>(
    tx,
    sql`SELECT o.id, o.title, g.name AS employer, o.occupation_uri, o.remote, to_char(o.start_date, 'YYYY-MM-DD') AS start_date,
          (SELECT coalesce(json_agg(json_build_array(s.skill_uri, s.essential) ORDER BY s.position), '[]'::json)
            FROM job_opening_skill s WHERE s.opening_id = o.id) AS skills,
          (SELECT coalesce(json_agg(json_build_array(l.language, l.level, l.must) ORDER BY l.position), '[]'::json)
            FROM job_opening_language l WHERE l.opening_id = o.id) AS languages,
          (SELECT coalesce(array_agg(m.municipality_code ORDER BY m.position), '{}')
            FROM job_opening_municipality m WHERE m.opening_id = o.id) AS municipalities
        FROM job_opening o JOIN organisation g ON g.id = o.organisation_id
        WHERE o.id = ANY(${sql`${'{' + ids.join(',') + '}'}::uuid[]`})`,
  );
  for (const r of rows) {
    out.set(r.id, {
      title: r.title,
      employer: r.employer,
      occupationUri: r.occupation_uri,
      skills: r.skills.map(([uri, essential]) => ({ uri, essential })),
      languages: r.languages.map(([code, level, must]) => ({ code, level, must })),
      municipalities: r.municipalities,
      remote: r.remote,
      startDate: r.start_date,
    });
  }
  return out;
}
