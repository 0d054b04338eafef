import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { organisationsPolicy as policy } from './organisations.policy.js';
import {
  ZCreateOrganisationRequest,
  ZIdParams,
  ZListOrganisationsQuery,
  ZOrganisation,
  ZOrganisationDetail,
  ZUpdateEmployerDetailsRequest,
  ZUpdateOrganisationRequest,
} from './organisations.schema.js';
import * as service from './organisations.service.js';

const tags = ['organisations'];

export function registerOrganisationRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/admin/organisations',
    {
      config: { policy: policy.list },
      schema: {
        tags,
        querystring: ZListOrganisationsQuery,
        response: { 200: z.object({ total: z.number(), items: z.array(ZOrganisation) }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listOrganisations(ctx, request.query)),
  );
  app.post(
    '/api/admin/organisations',
    { config: { policy: policy.create }, schema: { tags, body: ZCreateOrganisationRequest, response: { 201: ZOrganisation } } },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.createOrganisation(ctx, request.body))),
  );
  app.get(
    '/api/admin/organisations/:id',
    { config: { policy: policy.get }, schema: { tags, params: ZIdParams, response: { 200: ZOrganisationDetail } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.getOrganisation(ctx, request.params.id)),
  );
  app.patch(
    '/api/admin/organisations/:id',
    {
      config: { policy: policy.update },
      schema: { tags, params: ZIdParams, body: ZUpdateOrganisationRequest, response: { 200: ZOrganisation } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.updateOrganisation(ctx, request.params.id, request.body)),
  );
  app.patch(
    '/api/organisations/:id',
    {
      config: { policy: policy.updateEmployerDetails },
      schema: {
        tags,
        summary: 'An employer user sets their organisation’s industry and size',
        params: ZIdParams,
        body: ZUpdateEmployerDetailsRequest,
        response: { 200: ZOrganisation },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.updateEmployerDetails(ctx, request.params.id, request.body)),
  );
}
