import { z } from 'zod';
import { ZPage } from '../../../shared/limits.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { mailPolicy } from './mail.policy.js';
import { ZOutboxRow } from './mail.schema.js';
import { readOutbox } from './mail.service.js';

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
    (request) => runActorUseCase(deps, request, (ctx) => readOutbox(ctx, request.query)),
  );
}
