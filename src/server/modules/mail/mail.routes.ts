import { z } from 'zod';
import { ZPage } from '../../../shared/limits.js';
import { AppError } from '../../platform/errors.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { catalogs } from '../../../shared/catalogs.js';
import { isLocale } from '../../../shared/locales.js';
import { audit } from '../../platform/audit.js';
import { mailPolicy, outboxBody } from './mail.policy.js';
import { listOutbox } from './mail.repo.js';
import { ZOutboxRow } from './mail.schema.js';

export { mailPolicy };

/**
 * The outbox is readable in demo mode only, where no mail leaves the machine; links are shown
 * only in mail to the demo region's fictional addresses (decision 0012).
 */
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
        const rows = await listOutbox(ctx.tx, ctx.hubId, request.query);
        await audit(ctx, { action: 'outbox.read', details: { count: rows.length } });
        return {
          items: rows.map((r) => {
            const placeholder = catalogs[isLocale(r.locale) ? r.locale : 'en']['admin.outbox.linkPlaceholder'] ?? '[…]';
            const shown = outboxBody(r.toAddress, r.bodyText, placeholder);
            return {
              id: r.id,
              to: r.toAddress,
              template: r.template,
              locale: r.locale,
              subject: r.subject,
              body: shown.body,
              linksHidden: shown.linksHidden,
              createdAt: r.createdAt.toISOString(),
              sentAt: r.sentAt?.toISOString() ?? null,
            };
          }),
        };
      }),
  );
}
