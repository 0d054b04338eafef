import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { matchGraphs } from '../matching/index.js';
import { ZIdParams } from '../../../shared/limits.js';
import { contactsPolicy as policy } from './contacts.policy.js';
import { ZContactIdParams, ZCreateContactRequest, ZEmployerContactRequest, ZMyContactRequest, ZOutcomeRequest } from './contacts.schema.js';
import * as service from './contacts.service.js';

const tags = ['contacts'];

export function registerContactRoutes(app: App, deps: AppDeps) {
  const graphs = deps.shared(matchGraphs);
  const limit = { max: deps.limits.contactRequestsPerDay, windowMs: 24 * 3600 * 1000 };
  // The opening's employer: its users and the coordinators serving it.
  app.post(
    '/api/openings/:id/contact-requests',
    {
      config: { policy: policy.employer },
      schema: {
        tags,
        summary: 'Ask a talent, by public reference, for contact about this opening',
        params: ZIdParams,
        body: ZCreateContactRequest,
        response: { 201: ZEmployerContactRequest },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runActorUseCase(deps, request, (ctx) => service.requestContact(ctx, request.params.id, request.body, limit))),
  );
  app.get(
    '/api/openings/:id/contact-requests',
    {
      config: { policy: policy.employer },
      schema: {
        tags,
        summary: 'Contact requests about this opening; contact details on accepted ones',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZEmployerContactRequest) }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listOpeningRequests(ctx, request.params.id)),
  );
  app.post(
    '/api/contact-requests/:id/withdraw',
    {
      config: { policy: policy.employer },
      schema: { tags, summary: 'Take back an unanswered request', params: ZContactIdParams, response: { 200: ZEmployerContactRequest } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.withdrawRequest(ctx, request.params.id)),
  );
  app.post(
    '/api/contact-requests/:id/outcome',
    {
      config: { policy: policy.employer },
      schema: {
        tags,
        summary: 'Record how an accepted contact went',
        params: ZContactIdParams,
        body: ZOutcomeRequest,
        response: { 200: ZEmployerContactRequest },
      },
    },
    async (request) => {
      // The graph is fetched before the use case's transaction opens: PGlite has one connection.
      const { graph } = await graphs.get();
      return runActorUseCase(deps, request, (ctx) => service.recordOutcome(ctx, request.params.id, request.body, graph));
    },
  );

  // The talent the request was made to.
  app.get(
    '/api/contact-requests/mine',
    {
      config: { policy: policy.talent },
      schema: { tags, summary: 'Contact requests made to me', response: { 200: z.object({ items: z.array(ZMyContactRequest) }) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listMyRequests(ctx)),
  );
  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/api/contact-requests/:id/${answer}`,
      {
        config: { policy: policy.talent },
        schema: {
          tags,
          summary: answer === 'accept' ? 'Accept: the employer sees my contact details' : 'Decline the request',
          params: ZContactIdParams,
          response: { 200: ZMyContactRequest },
        },
      },
      (request) => runActorUseCase(deps, request, (ctx) => service.answerRequest(ctx, request.params.id, answer)),
    );
  }
}
