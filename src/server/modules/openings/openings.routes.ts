import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { taxonomyIndex } from '../taxonomy/index.js';
import { openingsPolicy as policy } from './openings.policy.js';
import {
  ZEmployerRow,
  ZEmployerService,
  ZIdParams,
  ZListEmployersQuery,
  ZListHubOpeningsQuery,
  ZListOpeningsQuery,
  ZListPublishedQuery,
  ZOpening,
  ZOpeningRequest,
  ZOpeningRow,
  ZPublicOpening,
  ZPublicOpeningRow,
  ZSuggestSkillsRequest,
  ZSuggestSkillsResponse,
} from './openings.schema.js';
import * as service from './openings.service.js';

const tags = ['openings'];
const page = <T extends z.ZodType>(item: T) => z.object({ total: z.number(), items: z.array(item) });

export function registerOpeningRoutes(app: App, deps: AppDeps) {
  const taxonomy = deps.shared(taxonomyIndex);
  // An employer's openings: its users and the coordinators serving it.
  app.get(
    '/api/organisations/:id/openings',
    {
      config: { policy: policy.manage },
      schema: {
        tags,
        summary: 'An employer’s openings',
        params: ZIdParams,
        querystring: ZListOpeningsQuery,
        response: { 200: page(ZOpeningRow) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listEmployerOpenings(ctx, request.params.id, request.query)),
  );
  app.post(
    '/api/organisations/:id/openings',
    {
      config: { policy: policy.manage },
      schema: { tags, summary: 'Write a new opening (a draft)', params: ZIdParams, body: ZOpeningRequest, response: { 201: ZOpening } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.createOpening(ctx, request.params.id, request.body))),
  );
  app.get(
    '/api/openings/:id',
    { config: { policy: policy.manage }, schema: { tags, params: ZIdParams, response: { 200: ZOpening } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.getOpening(ctx, request.params.id)),
  );
  app.put(
    '/api/openings/:id',
    {
      config: { policy: policy.manage },
      schema: { tags, summary: 'Replace the whole opening', params: ZIdParams, body: ZOpeningRequest, response: { 200: ZOpening } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.updateOpening(ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/openings/:id/publish',
    {
      config: { policy: policy.manage },
      schema: { tags, summary: 'Show the opening to talents', params: ZIdParams, response: { 200: ZOpening } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.publishOpening(ctx, request.params.id)),
  );
  app.post(
    '/api/openings/:id/close',
    { config: { policy: policy.manage }, schema: { tags, summary: 'Close the opening', params: ZIdParams, response: { 200: ZOpening } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.closeOpening(ctx, request.params.id)),
  );
  app.post(
    '/api/openings/suggest-skills',
    {
      config: { policy: policy.suggestSkills },
      schema: {
        tags,
        summary: 'Skills to offer for an opening: the occupation’s essential and optional skills, then those found in the description',
        body: ZSuggestSkillsRequest,
        response: { 200: ZSuggestSkillsResponse },
      },
    },
    async (request) => {
      // The index is fetched before the use case's transaction opens: PGlite has one connection.
      const { index } = await taxonomy.get();
      return runActorUseCase(deps, request, (ctx) => service.suggestSkills(ctx, index, request.body));
    },
  );

  // Talents.
  app.get(
    '/api/published-openings',
    {
      config: { policy: policy.browse },
      schema: {
        tags,
        summary: 'Published openings of my hub',
        querystring: ZListPublishedQuery,
        response: { 200: page(ZPublicOpeningRow) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listPublishedOpenings(ctx, request.query)),
  );
  app.get(
    '/api/published-openings/:id',
    {
      config: { policy: policy.browse },
      schema: { tags, summary: 'A published opening', params: ZIdParams, response: { 200: ZPublicOpening } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.getPublishedOpening(ctx, request.params.id)),
  );

  // Hub administrators.
  app.get(
    '/api/admin/openings',
    {
      config: { policy: policy.listAll },
      schema: { tags, summary: 'Every opening of the hub', querystring: ZListHubOpeningsQuery, response: { 200: page(ZOpeningRow) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listHubOpenings(ctx, request.query)),
  );

  // Company coordinators and the employers they serve.
  app.get(
    '/api/employers',
    {
      config: { policy: policy.serve },
      schema: {
        tags,
        summary: 'Employers of the hub, and whether I serve them',
        querystring: ZListEmployersQuery,
        response: { 200: page(ZEmployerRow) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listEmployers(ctx, request.query)),
  );
  app.post(
    '/api/organisations/:id/service',
    {
      config: { policy: policy.serve },
      schema: { tags, summary: 'I serve this employer as its company coordinator', params: ZIdParams, response: { 201: ZEmployerService } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.serveEmployer(ctx, request.params.id))),
  );
  app.delete(
    '/api/organisations/:id/service',
    {
      config: { policy: policy.serve },
      schema: { tags, summary: 'I no longer serve this employer', params: ZIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await runActorUseCase(deps, request, (ctx) => service.stopServingEmployer(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
