import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../db/connection.js';
import { organisation } from '../../../platform/tenancy.tables.js';
import { caseOutcome } from '../guidance.tables.js';

export type OutcomeRow = typeof caseOutcome.$inferSelect;

/** Where a client's path led, in the hub: newest first. */
export function outcomesOfClient(tx: Tx, hubId: string, clientUserId: string): Promise<OutcomeRow[]> {
  return tx
    .select()
    .from(caseOutcome)
    .where(and(eq(caseOutcome.hubId, hubId), eq(caseOutcome.clientUserId, clientUserId)))
    .orderBy(desc(caseOutcome.occurredOn), desc(caseOutcome.createdAt));
}

export async function insertOutcome(
  tx: Tx,
  hubId: string,
  o: Omit<typeof caseOutcome.$inferInsert, 'hubId' | 'id'>,
): Promise<string | null> {
  const [row] = await tx
    .insert(caseOutcome)
    .values({ hubId, ...o })
    .returning({ id: caseOutcome.id });
  return row?.id ?? null;
}

/** The hub's employer organisations, by name. */
export function employersOf(tx: Tx, hubId: string) {
  return tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.kind, 'employer')))
    .orderBy(asc(organisation.name));
}

export type FiguresRow = {
  id: string;
  name: string;
  open_cases: number;
  new_cases: number;
  referrals_sent: number;
  referrals_received: number;
  referrals_accepted: number;
  referrals_declined: number;
  appointments_booked: number;
  appointments_attended: number;
};

/** Counts per partner organisation for a period: no names, no contents. */
export async function figuresByOrganisation(tx: Tx, hubId: string, from: string, to: string): Promise<FiguresRow[]> {
  const inPeriod = (col: SQL) => sql`${col} >= ${from}::date AND ${col} < (${to}::date + 1)`;
  return queryRows<FiguresRow>(
    tx,
    sql`SELECT o.id, o.name,
        (SELECT count(*)::int FROM client_case c WHERE c.organisation_id = o.id AND c.status <> 'closed') AS open_cases,
        (SELECT count(*)::int FROM client_case c WHERE c.organisation_id = o.id AND ${inPeriod(sql`c.opened_at`)}) AS new_cases,
        (SELECT count(*)::int FROM referral r WHERE r.from_organisation_id = o.id AND ${inPeriod(sql`r.created_at`)}) AS referrals_sent,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND ${inPeriod(sql`r.created_at`)}) AS referrals_received,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND r.status = 'accepted' AND ${inPeriod(sql`r.created_at`)}) AS referrals_accepted,
        (SELECT count(*)::int FROM referral r WHERE r.to_organisation_id = o.id AND r.status = 'declined' AND ${inPeriod(sql`r.created_at`)}) AS referrals_declined,
        (SELECT count(*)::int FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id
          WHERE s.organisation_id = o.id AND b.cancelled_at IS NULL AND ${inPeriod(sql`s.starts_at`)}) AS appointments_booked,
        (SELECT count(*)::int FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id
          WHERE s.organisation_id = o.id AND b.attendance = 'attended' AND ${inPeriod(sql`s.starts_at`)}) AS appointments_attended
      FROM organisation o
      WHERE o.hub_id = ${hubId} AND o.kind = 'partner'
      ORDER BY o.name`,
  );
}

export async function outcomeCounts(tx: Tx, hubId: string, from: string, to: string) {
  return queryRows<{ kind: string; count: number }>(
    tx,
    sql`SELECT kind, count(*)::int AS count FROM case_outcome
      WHERE hub_id = ${hubId} AND occurred_on >= ${from}::date AND occurred_on <= ${to}::date
      GROUP BY kind ORDER BY kind`,
  );
}
