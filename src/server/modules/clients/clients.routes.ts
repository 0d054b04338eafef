import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { registerProfileRoutes } from '../talents/index.js';
import { clientsPolicy as policy } from './clients.policy.js';
import { ZClientParams, ZClientRow, ZCreateClientRequest, ZListClientsQuery } from './clients.schema.js';
import * as service from './clients.service.js';
import { ZClientView, ZClientViewQuery } from './clients.view.js';

const tags = ['clients'];

export function registerClientRoutes(app: App, deps: AppDeps) {
  // A client's profile, for a counsellor the client shares it with: the talents module's profile routes.
  registerProfileRoutes(app, deps, {
    prefix: '/api/clients/:userId/profile',
    policy: policy.clients,
    params: ZClientParams,
    subject: (request) => (request.params as { userId: string }).userId,
  });
  app.get(
    '/api/clients',
    {
      config: { policy: policy.clients },
      schema: {
        tags,
        summary: 'Talents who share their profile with the hub or with my organisation',
        querystring: ZListClientsQuery,
        response: { 200: z.object({ total: z.number(), items: z.array(ZClientRow) }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listClients(ctx, request.query)),
  );
  app.post(
    '/api/clients',
    {
      config: { policy: policy.clients },
      schema: {
        tags,
        summary: 'Create a profile for a walk-in client',
        body: ZCreateClientRequest,
        response: { 201: z.object({ userId: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.createClient(ctx, request.body))),
  );
  app.get(
    '/api/clients/:userId/view',
    {
      config: { policy: policy.clients },
      schema: {
        tags,
        summary: 'Everything the client page shows, read and audited as one view',
        description:
          'The overview, appointments, plan, notes, referrals, referral targets and the first page of the service path, each as its section endpoint answers it; one case.read audit entry lists the parts read.',
        params: ZClientParams,
        querystring: ZClientViewQuery,
        response: { 200: ZClientView },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.clientView(ctx, request.params.userId, request.query)),
  );
  app.post(
    '/api/clients/:userId/invite',
    {
      config: { policy: policy.clients },
      schema: {
        tags,
        summary: 'Invite the client to take over the account',
        params: ZClientParams,
        response: { 200: z.object({ invited: z.boolean() }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.inviteClient(ctx, request.params.userId)),
  );
}
