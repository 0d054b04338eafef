import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { user } from '../../platform/auth.tables.js';
import type { ActorCtx } from '../../platform/context.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { anyOf } from '../../platform/policy.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { audit } from '../../platform/audit.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { ZAuditQuery, ZAuditRow, type TAuditQuery } from './audit.schema.js';

export const auditPolicy = { list: anyOf('hub_admin') } as const;

const actorUser = alias(user, 'actor_user');
const subjectUser = alias(user, 'subject_user');

/** The hub's audit trail for its administrators, newest first, with filters. */
async function listAuditEvents(ctx: ActorCtx, q: TAuditQuery) {
  const where: SQL[] = [eq(auditEvent.hubId, ctx.hubId)];
  if (q.actorUserId) where.push(eq(auditEvent.actorUserId, q.actorUserId));
  if (q.subjectUserId) where.push(eq(auditEvent.subjectUserId, q.subjectUserId));
  if (q.organisationId) where.push(eq(auditEvent.organisationId, q.organisationId));
  if (q.action) where.push(sql`${auditEvent.action} like ${q.action.replace(/_/g, '\\_') + '%'}`);
  if (q.from) where.push(gte(auditEvent.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lte(auditEvent.at, new Date(`${q.to}T23:59:59.999Z`)));
  const rows = await ctx.tx
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
  await audit(ctx, { action: 'audit.read', details: { filters: Object.keys(q).filter((k) => k !== 'limit' && k !== 'offset') } });
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.e.id,
      at: r.e.at.toISOString(),
      action: r.e.action,
      actor: r.e.actorUserId ? { id: r.e.actorUserId, name: r.actorName ?? '' } : null,
      subject: r.e.subjectUserId ? { id: r.e.subjectUserId, name: r.subjectName ?? '' } : null,
      organisation: r.e.organisationId ? { id: r.e.organisationId, name: r.organisationName ?? '' } : null,
      requestId: r.e.requestId,
      details: r.e.details,
    })),
  };
}

export function registerAuditRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/admin/audit',
    {
      config: { policy: auditPolicy.list },
      schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: z.object({ total: z.number(), items: z.array(ZAuditRow) }) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => listAuditEvents(ctx, request.query)),
  );
}
