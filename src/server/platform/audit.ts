import type { UseCaseCtx } from './context.js';
import { auditEvent } from './audit.tables.js';

export type AuditEntry = {
  action: string;
  subjectUserId?: string | null;
  organisationId?: string | null;
  hubId?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Records reads and changes of personal data in the same transaction as the use case, so a
 * read that cannot be audited does not happen. `details` must carry identifiers only.
 */
export async function audit(ctx: UseCaseCtx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    hubId: e.hubId ?? ctx.hubId ?? null,
    actorUserId: ctx.actor?.userId ?? null,
    action: e.action,
    subjectUserId: e.subjectUserId ?? null,
    organisationId: e.organisationId ?? null,
    requestId: ctx.requestId,
    details: e.details ?? {},
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await ctx.tx.insert(auditEvent).values(rows.slice(i, i + 1000));
  }
}

/** One audit entry per person read, for list views. */
export function auditReads(ctx: UseCaseCtx, action: string, subjectUserIds: Iterable<string>): Promise<void> {
  const unique = [...new Set(subjectUserIds)];
  return audit(ctx, ...unique.map((subjectUserId) => ({ action, subjectUserId })));
}
