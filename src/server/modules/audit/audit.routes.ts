import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { auditPolicy as policy } from './audit.policy.js';
import { ZAuditQuery, ZAuditRow } from './audit.schema.js';
import { listAuditEvents } from './audit.service.js';

export function registerAuditRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/admin/audit',
    {
      config: { policy: policy.list },
      schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: z.object({ total: z.number(), items: z.array(ZAuditRow) }) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => listAuditEvents(ctx, request.query)),
  );
}
