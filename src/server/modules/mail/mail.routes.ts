import { z } from 'zod';
import { ZPage } from '../../../shared/limits.js';
import { AppError } from '../../platform/errors.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { anyOf } from '../../platform/policy.js';
import { audit } from '../audit/audit.service.js';
import { hubOf } from '../organisations/organisations.service.js';
import { listOutbox } from './mail.service.js';
import { ZOutboxRow } from './mail.schema.js';

export const mailPolicy = { outbox: anyOf('hub_admin') } as const;

/** The outbox is readable in demo mode only, where no mail leaves the machine. */
export function registerMailRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/admin/outbox',
    {
      config: { policy: mailPolicy.outbox },
      schema: { tags: ['mail'], querystring: ZPage, response: { 200: z.object({ items: z.array(ZOutboxRow) }) } },
    },
    (request) =>
      runActorUseCase(deps, request, async (ctx) => {
        if (!deps.config.demoMode) throw new AppError('resource.not_found', 'the outbox is shown in demo mode only');
        const rows = await listOutbox(ctx.tx, hubOf(ctx), request.query);
        await audit(ctx, { action: 'outbox.read', details: { count: rows.length } });
        return {
          items: rows.map((r) => ({
            id: r.id,
            to: r.toAddress,
            template: r.template,
            locale: r.locale,
            subject: r.subject,
            body: r.bodyText,
            createdAt: r.createdAt.toISOString(),
            sentAt: r.sentAt?.toISOString() ?? null,
          })),
        };
      }),
  );
}
