import { and, countDistinct, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import type { EmployerServiceKind } from '../../../shared/employer.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { employerServiceEvent } from './employer-services.tables.js';

export type NewEmployerService = {
  employerId: string;
  kind: EmployerServiceKind;
  refId: string;
  occurredAt: Date;
  recordedBy: string | null;
};

/** Writes service rows; a row already written for the same service (kind, ref, employer) is kept as it is. */
export async function insertServices(tx: Tx, hubId: string, rows: readonly NewEmployerService[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(employerServiceEvent)
    .values(rows.map((r) => ({ ...r, hubId })))
    .onConflictDoNothing();
}

/** A period of instants, the start included and the end not. */
export type Period = { from: Date; to: Date };

const inPeriod = (hubId: string, p: Period) =>
  and(eq(employerServiceEvent.hubId, hubId), gte(employerServiceEvent.occurredAt, p.from), lt(employerServiceEvent.occurredAt, p.to));

/** Employers served in the period, each counted once. */
export async function countServed(tx: Tx, hubId: string, p: Period): Promise<number> {
  const [row] = await tx
    .select({ n: countDistinct(employerServiceEvent.employerId) })
    .from(employerServiceEvent)
    .where(inPeriod(hubId, p));
  return row?.n ?? 0;
}

/** Employers served in the period by service: an employer counts once in each service it received. */
export function countServedByKind(tx: Tx, hubId: string, p: Period) {
  return tx
    .select({ kind: employerServiceEvent.kind, n: countDistinct(employerServiceEvent.employerId) })
    .from(employerServiceEvent)
    .where(inPeriod(hubId, p))
    .groupBy(employerServiceEvent.kind);
}

/** Employers served in the period by the employer's home municipality, each counted once. */
export function countServedByMunicipality(tx: Tx, hubId: string, p: Period) {
  return tx
    .select({ municipalityCode: organisation.municipalityCode, n: sql<number>`count(distinct ${employerServiceEvent.employerId})::int` })
    .from(employerServiceEvent)
    .innerJoin(organisation, eq(organisation.id, employerServiceEvent.employerId))
    .where(inPeriod(hubId, p))
    .groupBy(organisation.municipalityCode);
}
