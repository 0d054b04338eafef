import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../db/connection.js';
import { uuids } from '../guidance.repo.js';
import { serviceEvent } from '../guidance.tables.js';

/** One step of a client's service path, as the use case that takes it writes it. */
export async function insertServiceEvent(tx: Tx, hubId: string, e: Omit<typeof serviceEvent.$inferInsert, 'hubId' | 'id'>): Promise<void> {
  await tx.insert(serviceEvent).values({ hubId, ...e });
}

export type TimelineRow = {
  id: string;
  kind: string;
  at: Date | string;
  organisation_id: string | null;
  organisation_name: string | null;
  actor_name: string | null;
  details: Record<string, string | number | boolean | null>;
};

/**
 * A page of the client's service path, newest first. Steps of other organisations are included
 * only with `partnerContent`; the filter runs in the query so a page is always full.
 */
export async function findTimeline(
  tx: Tx,
  hubId: string,
  clientUserId: string,
  orgs: string[],
  partnerContent: boolean,
  page: { before?: string | undefined; limit: number },
): Promise<TimelineRow[]> {
  const [at, id] = page.before?.split('|') ?? [];
  const cursor = at && id ? { at, id } : null;
  return queryRows<TimelineRow>(
    tx,
    sql`SELECT e.id, e.kind, e.at, e.organisation_id, o.name AS organisation_name, a.name AS actor_name, e.details
      FROM service_event e
      LEFT JOIN organisation o ON o.id = e.organisation_id
      LEFT JOIN auth_user a ON a.id = e.actor_user_id
      WHERE e.hub_id = ${hubId} AND e.client_user_id = ${clientUserId}
        ${partnerContent ? sql`` : sql`AND (e.organisation_id IS NULL OR e.organisation_id = ANY(${uuids(orgs)}))`}
        ${cursor ? sql`AND (e.at, e.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``}
      ORDER BY e.at DESC, e.id DESC
      LIMIT ${page.limit + 1}`,
  );
}
