import { audit } from '../../platform/audit.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentOutboxMail } from './mail.presenter.js';
import { listOutbox } from './mail.repo.js';

/** The hub's outbox, newest first: readable in demo mode only, where no mail leaves the machine. */
export async function readOutbox(ctx: ActorCtx, page: { limit: number; offset: number }) {
  if (!ctx.config.demoMode) throw new AppError('resource.not_found', 'the outbox is shown in demo mode only');
  const rows = await listOutbox(ctx.tx, ctx.hubId, page);
  await audit(ctx, { action: 'outbox.read', details: { count: rows.length } });
  return { items: rows.map(presentOutboxMail) };
}
