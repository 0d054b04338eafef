import { and, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { user } from '../../platform/auth.tables.js';
import { organisation } from '../../platform/tenancy.tables.js';
import type { TAuditQuery } from './audit.schema.js';

const actorUser = alias(user, 'actor_user');
const subjectUser = alias(user, 'subject_user');

/** The hub's audit entries matching the filters, newest first, with the names of who and whom. */
export function findAuditEvents(tx: Tx, hubId: string, q: TAuditQuery) {
  const where: SQL[] = [eq(auditEvent.hubId, hubId)];
  if (q.actorUserId) where.push(eq(auditEvent.actorUserId, q.actorUserId));
  if (q.subjectUserId) where.push(eq(auditEvent.subjectUserId, q.subjectUserId));
  if (q.organisationId) where.push(eq(auditEvent.organisationId, q.organisationId));
  if (q.action) where.push(sql`${auditEvent.action} like ${q.action.replace(/_/g, '\\_') + '%'}`);
  if (q.from) where.push(gte(auditEvent.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lte(auditEvent.at, new Date(`${q.to}T23:59:59.999Z`)));
  return tx
    .select({
      e: auditEvent,
      actorName: actorUser.name,
      subjectName: subjectUser.name,
      organisationName: organisation.name,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(auditEvent)
    .leftJoin(actorUser, eq(actorUser.id, auditEvent.actorUserId))
    .leftJoin(subjectUser, eq(subjectUser.id, auditEvent.subjectUserId))
    .leftJoin(organisation, eq(organisation.id, auditEvent.organisationId))
    .where(and(...where))
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(q.limit)
    .offset(q.offset);
}
export type AuditRow = Awaited<ReturnType<typeof findAuditEvents>>[number];

/** Audit entries of the hub in the last seven days. */
export async function countRecentEvents(tx: Tx, hubId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(auditEvent)
    .where(and(eq(auditEvent.hubId, hubId), sql`${auditEvent.at} > now() - interval '7 days'`));
  return row?.n ?? 0;
}
