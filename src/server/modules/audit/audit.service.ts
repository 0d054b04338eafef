import { audit } from '../../platform/audit.js';
import type { ActorCtx } from '../../platform/context.js';
import { presentAuditEvent } from './audit.presenter.js';
import { findAuditEvents } from './audit.repo.js';
import type { TAuditQuery } from './audit.schema.js';

/** The hub's audit trail for its administrators, newest first, with filters. Reading it is audited too. */
export async function listAuditEvents(ctx: ActorCtx, q: TAuditQuery) {
  const rows = await findAuditEvents(ctx.tx, ctx.hubId, q);
  await audit(ctx, { action: 'audit.read', details: { filters: Object.keys(q).filter((k) => k !== 'limit' && k !== 'offset') } });
  return { total: rows[0]?.total ?? 0, items: rows.map(presentAuditEvent) };
}
