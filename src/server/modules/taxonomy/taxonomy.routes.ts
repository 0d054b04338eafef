import type { App, AppDeps } from '../../platform/http.js';
import { runUseCase } from '../../platform/http.js';
import { taxonomyIndex } from './taxonomy.cache.js';
import { taxonomyPolicy as policy } from './taxonomy.policy.js';
import {
  ZConceptQuery,
  ZConceptView,
  ZLinkRequest,
  ZLinkResponse,
  ZSearchQuery,
  ZSearchResponse,
  ZTaxonomyStatus,
} from './taxonomy.schema.js';
import * as service from './taxonomy.service.js';

const tags = ['taxonomy'];

export function registerTaxonomyRoutes(app: App, deps: AppDeps) {
  const cache = deps.shared(taxonomyIndex);
  app.get(
    '/api/taxonomy/search',
    {
      config: { policy: policy.search },
      schema: {
        tags,
        summary: 'Autocomplete and search over skills and occupations in any language',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResponse },
      },
    },
    async (request) => {
      // The index is fetched before the use case's transaction opens: PGlite has one connection.
      const { index } = await cache.get();
      return runUseCase(deps, request, (ctx) => service.searchConcepts(ctx, index, request.query));
    },
  );
  app.post(
    '/api/taxonomy/link',
    {
      config: { policy: policy.link },
      schema: {
        tags,
        summary: 'Concepts mentioned in a text (title, CV, job ad), with evidence spans',
        body: ZLinkRequest,
        response: { 200: ZLinkResponse },
      },
    },
    async (request) => {
      const { index } = await cache.get();
      return runUseCase(deps, request, (ctx) => service.linkConcepts(ctx, index, request.body));
    },
  );
  app.get(
    '/api/taxonomy/concept',
    { config: { policy: policy.concept }, schema: { tags, querystring: ZConceptQuery, response: { 200: ZConceptView } } },
    (request) => runUseCase(deps, request, (ctx) => service.getConcept(ctx, request.query.uri, request.query.lang ?? ctx.locale)),
  );
  app.get('/api/taxonomy/status', { config: { policy: policy.status }, schema: { tags, response: { 200: ZTaxonomyStatus } } }, (request) =>
    runUseCase(deps, request, (ctx) => service.status(ctx)),
  );
}
