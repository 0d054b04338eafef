import { verifyPassword } from 'better-auth/crypto';
import { and, count, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { account, user } from '../../platform/auth.tables.js';
import type { PersonCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { membership, organisation } from '../../platform/tenancy.tables.js';
import type { ModuleDescriptor } from '../../platform/module.js';
import { erasePersonalData, exportPersonalData } from './privacy.export.js';

/** Everything the service holds about the signed-in person (GDPR access and portability). */
export async function exportMyData(ctx: PersonCtx, modules: readonly ModuleDescriptor[]) {
  const data = await exportPersonalData(ctx.tx, modules, { userId: ctx.actor.userId, email: ctx.actor.email });
  await audit(ctx, { action: 'person.export', subjectUserId: ctx.actor.userId });
  return { generatedAt: new Date().toISOString(), subject: { id: ctx.actor.userId, email: ctx.actor.email }, tables: data };
}

/** Who has read or changed the person's data, from the audit trail: other people only. */
export async function accessLog(ctx: PersonCtx, page: { limit: number; offset: number }) {
  const where = and(
    eq(auditEvent.subjectUserId, ctx.actor.userId),
    or(ne(auditEvent.actorUserId, ctx.actor.userId), sql`${auditEvent.actorUserId} IS NULL`),
  );
  const [total] = await ctx.tx.select({ n: count() }).from(auditEvent).where(where);
  const rows = await ctx.tx
    .select({ at: auditEvent.at, action: auditEvent.action, actorUserId: auditEvent.actorUserId, name: user.name })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.actorUserId))
    .where(where)
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(page.limit)
    .offset(page.offset);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const roles = actorIds.length
    ? await ctx.tx
        .select({ userId: membership.userId, role: membership.role, organisationName: organisation.name })
        .from(membership)
        .leftJoin(organisation, eq(organisation.id, membership.organisationId))
        .where(inArray(membership.userId, actorIds))
    : [];
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => {
      const mine = roles.filter((m) => m.userId === r.actorUserId);
      return {
        at: r.at.toISOString(),
        action: r.action,
        reader: {
          name: r.name,
          roles: [...new Set(mine.map((m) => m.role))],
          organisations: [...new Set(mine.flatMap((m) => (m.organisationName ? [m.organisationName] : [])))],
        },
      };
    }),
  };
}

/**
 * Erases the person's account and personal data after they confirm with their password.
 * Audit entries stay (they hold identifiers and field names, never content), so the trail
 * of who did what survives without naming the person.
 */
export async function eraseMyAccount(ctx: PersonCtx, modules: readonly ModuleDescriptor[], password: string) {
  const userId = ctx.actor.userId;
  const [cred] = await ctx.tx
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential'), isNotNull(account.password)));
  if (!cred?.hash || !(await verifyPassword({ hash: cred.hash, password }))) throw new AppError('person.password_wrong');
  const admin = ctx.actor.memberships.find((m) => m.role === 'hub_admin');
  if (admin) {
    const [admins] = await ctx.tx
      .select({ n: count() })
      .from(membership)
      .where(and(eq(membership.hubId, admin.hubId), eq(membership.role, 'hub_admin')));
    if ((admins?.n ?? 0) <= 1) throw new AppError('membership.last_admin');
  }
  const email = ctx.actor.email;
  await audit(ctx, { action: 'person.erase', subjectUserId: userId });
  await erasePersonalData(ctx.tx, modules, { userId, email });
  // Profile, consents, memberships, sessions and credentials go with the user row (cascade).
  await ctx.tx.delete(user).where(eq(user.id, userId));
}
