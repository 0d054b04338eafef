import { sql } from 'drizzle-orm';
import type { DbKind } from '../src/server/db/connection.js';
import { queryRows, type Db } from '../src/server/db/connection.js';
import { talentLanguage } from '../src/server/modules/talents/talents.tables.js';
import { signedIn, startTestApp } from '../src/server/test/harness.js';
import { emit, percentile, postgresUrl, rssMb, timeSequential } from './lib.js';

const N = 100_000;

/**
 * Synthetic talents, generated in the database with generate_series so the data is the same
 * on every run: each has a profile, 1–2 educations, 1–2 jobs, 10 skills from the taxonomy,
 * 3 languages and consent to share with the hub's counsellors.
 */
async function generateProfiles(db: Db, hubId: string, n: number) {
  const skills = await queryRows<{ uri: string }>(db, sql`SELECT uri FROM esco_concept WHERE type = 'skill' ORDER BY uri`);
  const occupations = await queryRows<{ uri: string }>(db, sql`SELECT uri FROM esco_concept WHERE type = 'occupation' ORDER BY uri`);
  const s = sql`${'{' + skills.map((r) => r.uri).join(',') + '}'}::text[]`;
  const o = sql`${'{' + occupations.map((r) => r.uri).join(',') + '}'}::text[]`;
  const ids = sql`generate_series(1, ${n}) AS i`;
  await db.execute(sql`INSERT INTO auth_user (id, name, email, locale, municipality_code)
    SELECT 'bench-' || i, 'Bench Person ' || i, 'bench' || i || '@bench.example', (ARRAY['fi','sv','en'])[1 + i % 3], '049' FROM ${ids}`);
  await db.execute(sql`INSERT INTO membership (user_id, hub_id, role) SELECT 'bench-' || i, ${hubId}, 'talent' FROM ${ids}`);
  await db.execute(sql`INSERT INTO talent_profile (user_id, hub_id, public_ref, phone, arrival_year, permit_basis, available_from, working_time, wish_occupations, wish_municipalities)
    SELECT 'bench-' || i, ${hubId}, 'B' || lpad(to_hex(i), 7, '0'), '+358 40 ' || i, 2015 + i % 10, 'work', date '2027-01-01' + (i % 90), 'full_time',
      ARRAY[(${o})[1 + i % cardinality(${o})]], ARRAY['049'] FROM ${ids}`);
  await db.execute(sql`INSERT INTO talent_education (user_id, position, level, field, country, institution, start_year, end_year, recognition)
    SELECT 'bench-' || i, j, (4 + (i + j) % 5)::text, 'Field ' || (i % 97), 'UA', 'Institution ' || (i % 301), 2000 + j * 4, 2004 + j * 4, 'applied'
    FROM ${ids}, generate_series(0, 1) AS j WHERE j = 0 OR i % 2 = 0`);
  await db.execute(sql`INSERT INTO talent_work (user_id, position, title, occupation_uri, employer, country, start_year, end_year, description)
    SELECT 'bench-' || i, j, 'Title ' || (i % 211), (${o})[1 + (i + j) % cardinality(${o})], 'Employer ' || (i % 503), 'UA', 2010 + j * 5, 2015 + j * 5, 'Work description ' || i
    FROM ${ids}, generate_series(0, 1) AS j WHERE j = 0 OR i % 3 = 0`);
  await db.execute(sql`INSERT INTO talent_skill (user_id, position, skill_uri, label, years)
    SELECT 'bench-' || i, j, (${s})[1 + (i * 7 + j * 13) % cardinality(${s})], 'skill', (i + j) % 12
    FROM ${ids}, generate_series(0, 9) AS j ON CONFLICT DO NOTHING`);
  await db.execute(sql`INSERT INTO talent_language (user_id, language, level, position)
    SELECT 'bench-' || i, l.code, l.level::cefr_level, l.pos FROM ${ids},
      (VALUES ('uk', 'native', 0), ('en', 'B2', 1), ('fi', 'A2', 2)) AS l(code, level, pos)`);
  await db.execute(sql`INSERT INTO consent (user_id, hub_id, kind, purpose, text_version, locale, method)
    SELECT 'bench-' || i, ${hubId}, 'hub_counsellors', 'bench', '2026-11', 'en', 'self_service' FROM ${ids}`);
  await db.execute(sql`ANALYZE`);
}

const time = (count: number, fn: (i: number) => Promise<void>) => timeSequential(count, fn);

function pick(i: number) {
  // A deterministic spread over the whole table.
  return `bench-${1 + ((i * 7919) % N)}`;
}

/**
 * Profile read and write p50/p95 through the HTTP API with 100,000 profiles, on PGlite and on
 * PostgreSQL. Peer, in the same run: the same rows read (or replaced) with plain SQL on the
 * same database, so the ratio shows what the API adds (session, policy, consent check,
 * audit entry, presenter, label lookup).
 */
export async function runProfilesBench(opts: { count: number }): Promise<void> {
  const kinds: DbKind[] = ['pglite'];
  const pgUrl = await postgresUrl();
  if (pgUrl) {
    process.env.TEST_DATABASE_URL ??= pgUrl;
    kinds.push('postgres');
  } else console.error('bench profiles: no PostgreSQL server answered; measuring PGlite only');

  for (const kind of kinds) {
    const t = await startTestApp(kind);
    const db = t.database.db;
    const [h] = await queryRows<{ id: string }>(db, sql`SELECT id FROM hub LIMIT 1`);
    const t0 = performance.now();
    await generateProfiles(db, h!.id, N);
    console.error(`bench profiles (${kind}): ${N} profiles generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    const headers = { cookie: counsellor.cookieHeader, origin: 'http://localhost:3000', 'content-type': 'application/json' };

    const read = await time(opts.count, async (i) => {
      const res = await fetch(`${base}/api/clients/${pick(i)}/profile`, { headers });
      if (res.status !== 200) throw new Error(`read ${res.status}`);
      await res.arrayBuffer();
    });
    const peerRead = await time(opts.count, async (i) => {
      const id = pick(i);
      for (const table of ['talent_profile', 'talent_education', 'talent_work', 'talent_skill', 'talent_language']) {
        await db.execute(sql`SELECT * FROM ${sql.raw(table)} WHERE user_id = ${id}`);
      }
    });
    const finnish = ['A1', 'A2', 'B1'] as const;
    const languages = (i: number) => ({
      items: [
        { language: 'uk', level: 'native' as const },
        { language: 'fi', level: finnish[i % finnish.length] ?? 'A1' },
        { language: 'en', level: 'C1' as const },
      ],
    });
    const write = await time(opts.count, async (i) => {
      const res = await fetch(`${base}/api/clients/${pick(i)}/profile/languages`, {
        method: 'PUT',
        headers,
        body: JSON.stringify(languages(i)),
      });
      if (res.status !== 200) throw new Error(`write ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    });
    const peerWrite = await time(opts.count, async (i) => {
      const id = pick(i);
      await db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM talent_language WHERE user_id = ${id}`);
        await tx.insert(talentLanguage).values(languages(i).items.map((l, position) => ({ userId: id, ...l, position })));
        await tx.execute(sql`UPDATE talent_profile SET updated_at = now() WHERE user_id = ${id}`);
      });
    });
    for (const [bench, ms, peer] of [
      ['profiles.read', read, peerRead],
      ['profiles.write', write, peerWrite],
    ] as const) {
      const p95 = percentile(ms, 95);
      const peerP95 = percentile(peer, 95);
      emit({
        bench,
        db: kind,
        n: N,
        requests: ms.length,
        p50_ms: Number(percentile(ms, 50).toFixed(2)),
        p95_ms: Number(p95.toFixed(2)),
        rss_mb: rssMb(),
        peer: 'plain-sql',
        peer_p50_ms: Number(percentile(peer, 50).toFixed(2)),
        peer_p95_ms: Number(peerP95.toFixed(2)),
        p95_ratio: Number((p95 / peerP95).toFixed(2)),
      });
    }
    await t.close();
  }
}
