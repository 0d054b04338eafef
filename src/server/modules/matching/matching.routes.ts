import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { ZIdParams } from '../../../shared/limits.js';
import { matchGraphs } from './matching.graph.js';
import { matchingPolicy as policy } from './matching.policy.js';
import { ZCandidate, ZMatchQuery, ZMatchWeights, ZMatchWeightsView, ZOpeningMatch, ZTalentPoolQuery } from './matching.schema.js';
import * as service from './matching.service.js';

const tags = ['matching'];

export function registerMatchingRoutes(app: App, deps: AppDeps) {
  const graphs = deps.shared(matchGraphs);
  app.get(
    '/api/openings/:id/candidates',
    {
      config: { policy: policy.candidates },
      schema: {
        tags,
        summary: 'Pseudonymised candidates ranked for an opening, with explanations',
        params: ZIdParams,
        querystring: ZMatchQuery,
        response: { 200: z.object({ items: z.array(ZCandidate) }) },
      },
    },
    async (request) => {
      // The graph is fetched before the use case's transaction opens: PGlite has one connection.
      const { graph } = await graphs.get();
      return runActorUseCase(deps, request, (ctx) => service.candidatesFor(ctx, request.params.id, graph, request.query.limit));
    },
  );
  app.get(
    '/api/profile/matching-openings',
    {
      config: { policy: policy.openingsForMe },
      schema: {
        tags,
        summary: 'Published openings ranked for me, with explanations',
        querystring: ZMatchQuery,
        response: { 200: z.object({ items: z.array(ZOpeningMatch) }) },
      },
    },
    async (request) => {
      const { graph } = await graphs.get();
      return runActorUseCase(deps, request, (ctx) => service.openingsForMe(ctx, graph, request.query.limit));
    },
  );
  app.get(
    '/api/talent-pool',
    {
      config: { policy: policy.talentPool },
      schema: {
        tags,
        summary: 'Pseudonymised people who consent to employer visibility, filtered and ranked',
        querystring: ZTalentPoolQuery,
        response: { 200: z.object({ items: z.array(ZCandidate) }) },
      },
    },
    async (request) => {
      const { graph } = await graphs.get();
      return runActorUseCase(deps, request, (ctx) => service.searchTalentPool(ctx, request.query, graph));
    },
  );
  app.get(
    '/api/admin/matching-weights',
    { config: { policy: policy.weights }, schema: { tags, response: { 200: ZMatchWeightsView } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.getWeights(ctx)),
  );
  app.put(
    '/api/admin/matching-weights',
    {
      config: { policy: policy.weights },
      schema: { tags, summary: 'Set the hub’s weights of the parts of a match', body: ZMatchWeights, response: { 200: ZMatchWeightsView } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.setWeights(ctx, request.body)),
  );
}
