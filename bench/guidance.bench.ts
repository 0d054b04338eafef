import { sql } from 'drizzle-orm';
import type { DbKind } from '../src/server/db/connection.js';
import { queryRows, type Db } from '../src/server/db/connection.js';
import { signedIn, startTestApp } from '../src/server/test/harness.js';
import { emit, percentile, postgresUrl, rssMb, timeSequential } from './lib.js';

const CLIENTS = 2_000;
const OTHERS = 20_000;
const EVENTS = 500;

/**
 * Deterministic case work, generated in the database: 2,000 clients whose cases the city holds
 * and its counsellor is responsible for (with contacts, appointments and consents), 20,000
 * clients of another organisation the city must not see, and one client with a 500-step
 * service path.
 */
async function generate(db: Db, hubId: string, city: string, other: string, sanna: string) {
  const ids = (n: number, prefix: string) => sql`generate_series(1, ${n}) AS i, LATERAL (SELECT ${prefix} || i AS id) p`;
  for (const [n, prefix, org, assignee] of [
    [CLIENTS, 'case-', city, sanna],
    [OTHERS, 'other-', other, null],
  ] as const) {
    await db.execute(sql`INSERT INTO auth_user (id, name, email, locale, municipality_code)
      SELECT p.id, 'Client ' || lpad(i::text, 6, '0'), p.id || '@bench.example', (ARRAY['fi','sv','en'])[1 + i % 3], (ARRAY['049','091','235'])[1 + i % 3] FROM ${ids(n, prefix)}`);
    await db.execute(sql`INSERT INTO membership (user_id, hub_id, role) SELECT p.id, ${hubId}, 'talent' FROM ${ids(n, prefix)}`);
    await db.execute(sql`INSERT INTO consent (user_id, hub_id, kind, organisation_id, purpose, text_version, locale, method)
      SELECT p.id, ${hubId}, 'organisation', ${org}, 'bench', '2026-11', 'fi', 'in_person' FROM ${ids(n, prefix)}`);
    await db.execute(sql`INSERT INTO client_case (hub_id, client_user_id, organisation_id, assigned_to, status, opened_at, last_contact_at)
      SELECT ${hubId}, p.id, ${org}, ${assignee}, (ARRAY['active','active','active','paused']::case_status[])[1 + i % 4],
        now() - (i % 400) * interval '1 day', CASE WHEN i % 7 = 0 THEN NULL ELSE now() - (i % 120) * interval '1 day' END
      FROM ${ids(n, prefix)}`);
  }
  // Appointments in the coming weeks for every fifth client of the city.
  await db.execute(sql`INSERT INTO appointment_slot (id, hub_id, organisation_id, host_user_id, kind, mode, place, starts_at, ends_at, capacity)
    SELECT md5('slot' || i)::uuid, ${hubId}, ${city}, ${sanna}, 'individual', 'in_person', 'Espoo',
      date_trunc('hour', now()) + (1 + i) * interval '1 hour', date_trunc('hour', now()) + (1 + i) * interval '1 hour' + interval '45 minutes', 1
    FROM generate_series(1, ${CLIENTS / 5}) AS i`);
  await db.execute(sql`INSERT INTO appointment_booking (slot_id, client_user_id, booked_by)
    SELECT md5('slot' || i)::uuid, 'case-' || (i * 5), ${sanna} FROM generate_series(1, ${CLIENTS / 5}) AS i`);
  // One long service path, and a short one for every client.
  await db.execute(sql`INSERT INTO service_event (hub_id, client_user_id, organisation_id, kind, actor_user_id, details, at)
    SELECT ${hubId}, 'case-1', CASE WHEN i % 3 = 0 THEN ${other}::uuid ELSE ${city}::uuid END,
      (ARRAY['appointment_booked','appointment_attended','plan_task_done','referral_sent','plan_goal_added']::service_event_kind[])[1 + i % 5],
      ${sanna}, jsonb_build_object('title', 'Step ' || i, 'service', 'Service ' || i), now() - i * interval '6 hours'
    FROM generate_series(1, ${EVENTS}) AS i`);
  await db.execute(sql`INSERT INTO service_event (hub_id, client_user_id, organisation_id, kind, actor_user_id, at)
    SELECT ${hubId}, p.id, ${city}, 'case_opened', ${sanna}, now() - (i % 400) * interval '1 day' FROM ${ids(CLIENTS, 'case-')} WHERE i > 1`);
  await db.execute(sql`ANALYZE`);
}

const time = (count: number, fn: (i: number) => Promise<void>) => timeSequential(count, fn, { warmUp: 15 });

/**
 * Caseload (2,000 clients) and a 500-step client timeline, p50/p95 through the HTTP API on
 * PGlite and PostgreSQL. Peer in the same run: the plain SQL a case-management CRM would run
 * for the same page (the case rows joined to the person, or the latest service events), with no
 * access rules, no audit entries and no presenter, so the ratio shows what those cost.
 */
export async function runGuidanceBench(opts: { count: number }): Promise<void> {
  const kinds: DbKind[] = ['pglite'];
  const pgUrl = await postgresUrl();
  if (pgUrl) {
    process.env.TEST_DATABASE_URL ??= pgUrl;
    kinds.push('postgres');
  } else console.error('bench guidance: no PostgreSQL server answered; measuring PGlite only');

  for (const kind of kinds) {
    const t = await startTestApp(kind);
    const db = t.database.db;
    const [h] = await queryRows<{ id: string }>(db, sql`SELECT id FROM hub LIMIT 1`);
    const [city] = await queryRows<{ id: string }>(db, sql`SELECT id FROM organisation WHERE name LIKE 'Espoon kaupunki%'`);
    const [other] = await queryRows<{ id: string }>(db, sql`SELECT id FROM organisation WHERE name LIKE 'Länsi-Uudenmaan työllisyysalue%'`);
    const [sanna] = await queryRows<{ id: string }>(db, sql`SELECT id FROM auth_user WHERE email = 'counsellor@talenthub.example'`);
    const t0 = performance.now();
    await generate(db, h!.id, city!.id, other!.id, sanna!.id);
    console.error(
      `bench guidance (${kind}): ${CLIENTS + OTHERS} clients and ${EVENTS} steps generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    const counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    const headers = { cookie: counsellor.cookieHeader, origin: 'http://localhost:3000' };
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ total?: number; items: unknown[] }>;
    };
    const check = await get('/api/caseload?scope=mine&limit=50');
    if ((check.total ?? 0) < CLIENTS) throw new Error(`caseload total ${check.total}, expected at least ${CLIENTS}`);

    const shapes: [string, (i: number) => string][] = [
      ['guidance.caseload', (i) => `/api/caseload?scope=mine&limit=50&offset=${(i * 50) % CLIENTS}`],
      [
        'guidance.caseload.filtered',
        (i) => `/api/caseload?scope=organisation&lastContact=over30&sort=lastContact&language=${['fi', 'sv', 'en'][i % 3]}`,
      ],
      ['guidance.timeline', () => '/api/clients/case-1/timeline?limit=50'],
      ['guidance.timeline.all', () => `/api/clients/case-1/timeline?limit=${EVENTS}`],
    ];
    const peers: Record<string, (i: number) => Promise<unknown>> = {
      'guidance.caseload': (i) =>
        db.execute(sql`SELECT u.id, u.name, u.email, c.* FROM client_case c JOIN auth_user u ON u.id = c.client_user_id
          WHERE c.organisation_id = ${city!.id} AND c.assigned_to = ${sanna!.id} AND c.status <> 'closed'
          ORDER BY u.name LIMIT 50 OFFSET ${(i * 50) % CLIENTS}`),
      'guidance.caseload.filtered': (i) =>
        db.execute(sql`SELECT u.id, u.name, u.email, c.* FROM client_case c JOIN auth_user u ON u.id = c.client_user_id
          WHERE c.organisation_id = ${city!.id} AND c.status <> 'closed' AND c.last_contact_at < now() - interval '30 days'
            AND u.locale = ${['fi', 'sv', 'en'][i % 3]} ORDER BY c.last_contact_at LIMIT 50`),
      'guidance.timeline': () => db.execute(sql`SELECT * FROM service_event WHERE client_user_id = 'case-1' ORDER BY at DESC LIMIT 50`),
      'guidance.timeline.all': () =>
        db.execute(sql`SELECT * FROM service_event WHERE client_user_id = 'case-1' ORDER BY at DESC LIMIT ${EVENTS}`),
    };
    for (const [bench, path] of shapes) {
      let rows = 0;
      const ms = await time(opts.count, async (i) => {
        rows = (await get(path(i))).items.length;
      });
      const peer = await time(opts.count, async (i) => {
        await peers[bench]!(i);
      });
      const p95 = percentile(ms, 95);
      const peerP95 = percentile(peer, 95);
      emit({
        bench,
        db: kind,
        n: bench.startsWith('guidance.caseload') ? CLIENTS : EVENTS,
        rows,
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
