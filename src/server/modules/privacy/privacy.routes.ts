import { z } from 'zod';
import { ZUuid } from '../../../shared/limits.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase, runPersonUseCase } from '../../platform/http.js';
import { signedIn } from '../../platform/policy.js';
import * as consents from './privacy.consents.js';
import { renderExportDocument } from './privacy.document.js';
import { ZAccessLogQuery, ZAccessLogRow, ZConsents, ZEraseRequest, ZExportQuery, ZGrantConsentRequest } from './privacy.schema.js';
import * as service from './privacy.service.js';

const tags = ['privacy'];
/** Every privacy route is the signed-in person acting on their own data. */
const config = { policy: signedIn };

export function registerPrivacyRoutes(app: App, deps: AppDeps) {
  app.get('/api/privacy/consents', { config, schema: { tags, response: { 200: ZConsents } } }, (request) =>
    runActorUseCase(deps, request, (ctx) => consents.listConsents(ctx)),
  );
  app.post('/api/privacy/consents', { config, schema: { tags, body: ZGrantConsentRequest, response: { 200: ZConsents } } }, (request) =>
    runActorUseCase(deps, request, (ctx) => consents.grantConsent(ctx, request.body)),
  );
  app.delete(
    '/api/privacy/consents/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Withdraw a consent; it takes effect at once',
        params: z.object({ id: ZUuid }),
        response: { 200: ZConsents },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => consents.withdrawConsent(ctx, request.params.id)),
  );
  app.get(
    '/api/privacy/export',
    { config, schema: { tags, summary: 'All my data: JSON, or a readable HTML document', querystring: ZExportQuery } },
    async (request, reply) => {
      const data = await runPersonUseCase(deps, request, (ctx) => service.exportMyData(ctx, deps.modules));
      const day = data.generatedAt.slice(0, 10);
      void reply.header('cache-control', 'private, no-store');
      if (request.query.format === 'html') {
        return reply
          .type('text/html; charset=utf-8')
          .header('content-disposition', `attachment; filename="talent-hub-my-data-${day}.html"`)
          .send(renderExportDocument(data, request.locale));
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="talent-hub-my-data-${day}.json"`)
        .send(JSON.stringify(data, null, 2));
    },
  );
  app.get(
    '/api/privacy/access-log',
    {
      config,
      schema: {
        tags,
        summary: 'Who has read or changed my data',
        querystring: ZAccessLogQuery,
        response: { 200: z.object({ total: z.number(), items: z.array(ZAccessLogRow) }) },
      },
    },
    (request) => runPersonUseCase(deps, request, (ctx) => service.accessLog(ctx, request.query)),
  );
  app.post(
    '/api/privacy/erase',
    { config, schema: { tags, summary: 'Delete my account and personal data', body: ZEraseRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await runPersonUseCase(deps, request, (ctx) => service.eraseMyAccount(ctx, deps.modules, request.body.password));
      for (const name of ['talenthub.session_token', '__Secure-talenthub.session_token', 'talenthub.session_data']) {
        void reply.header('set-cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
      }
      return reply.status(204).send(null);
    },
  );
}
