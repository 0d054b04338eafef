import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase, runUseCase, webHeaders } from '../../platform/http.js';
import { rateLimitHook } from '../../platform/rate-limit.js';
import { ZIdParams } from '../organisations/organisations.schema.js';
import { peoplePolicy as policy } from './people.policy.js';
import {
  ZAcceptInvitationRequest,
  ZAddMembershipRequest,
  ZHome,
  ZInvitationPreview,
  ZInvitationTokenRequest,
  ZListPeopleQuery,
  ZMe,
  ZPersonRow,
  ZSignUpRequest,
  ZUpdateMeRequest,
} from './people.schema.js';
import * as service from './people.service.js';

const tags = ['people'];

/** Opens a session for a person who has just been created, through the auth library. */
async function signIn(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, email: string, password: string) {
  const res = await deps.auth.api.signInEmail({ body: { email, password }, headers: webHeaders(request), asResponse: true });
  for (const cookie of res.headers.getSetCookie()) void reply.header('set-cookie', cookie);
}

export type SignUpLimits = { signUpPer10Minutes: number };

export function registerPeopleRoutes(app: App, deps: AppDeps, limits: SignUpLimits) {
  app.post(
    '/api/signup',
    {
      config: { policy: policy.signUp },
      onRequest: rateLimitHook(deps.database.db, 'signup', limits.signUpPer10Minutes, 10 * 60 * 1000),
      schema: {
        tags,
        summary: 'Create a talent account, or an employer user with their organisation',
        body: ZSignUpRequest,
        response: { 201: ZMe },
      },
    },
    async (request, reply) => {
      const { userId } = await runUseCase(deps, request, (ctx) => service.signUp(ctx, request.body));
      await signIn(deps, request, reply, request.body.email, request.body.password);
      const me = await runUseCase(deps, request, (ctx) =>
        service.me({
          ...ctx,
          actor: { userId, name: '', email: '', locale: request.body.locale, sessionId: '', hubId: null, memberships: [] },
        }),
      );
      return reply.status(201).send(me);
    },
  );
  app.get('/api/me', { config: { policy: policy.me }, schema: { tags, response: { 200: ZMe } } }, (request) =>
    runActorUseCase(deps, request, (ctx) => service.me(ctx)),
  );
  app.patch(
    '/api/me',
    { config: { policy: policy.updateMe }, schema: { tags, body: ZUpdateMeRequest, response: { 200: ZMe } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.updateMe(ctx, request.body)),
  );
  app.delete(
    '/api/me/sessions/:id',
    { config: { policy: policy.revokeMySession }, schema: { tags, summary: 'End one of my sessions', params: ZIdParams } },
    async (request, reply) => {
      await runActorUseCase(deps, request, (ctx) => service.revokeMySession(ctx, request.params.id));
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/invitations/preview',
    {
      config: { policy: policy.previewInvitation },
      schema: { tags, body: ZInvitationTokenRequest, response: { 200: ZInvitationPreview } },
    },
    (request) => runUseCase(deps, request, (ctx) => service.previewInvitation(ctx, request.body.token)),
  );
  app.post(
    '/api/invitations/accept',
    {
      config: { policy: policy.acceptInvitation },
      onRequest: rateLimitHook(deps.database.db, 'invitation', 20, 10 * 60 * 1000),
      schema: { tags, body: ZAcceptInvitationRequest, response: { 200: z.object({ created: z.boolean() }) } },
    },
    async (request, reply) => {
      const result = await runUseCase(deps, request, (ctx) => service.acceptInvitation(ctx, request.body));
      if (result.created && request.body.password) await signIn(deps, request, reply, result.email, request.body.password);
      return { created: result.created };
    },
  );
  app.get(
    '/api/admin/people',
    {
      config: { policy: policy.list },
      schema: { tags, querystring: ZListPeopleQuery, response: { 200: z.object({ total: z.number(), items: z.array(ZPersonRow) }) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listPeople(ctx, request.query)),
  );
  app.post(
    '/api/admin/memberships',
    {
      config: { policy: policy.addMembership },
      schema: { tags, body: ZAddMembershipRequest, response: { 201: z.object({ id: z.string() }) } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.addMembership(ctx, request.body))),
  );
  app.delete(
    '/api/admin/memberships/:id',
    { config: { policy: policy.removeMembership }, schema: { tags, params: ZIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await runActorUseCase(deps, request, (ctx) => service.removeMembership(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/home',
    { config: { policy: policy.home }, schema: { tags, summary: 'What the signed-in person sees first', response: { 200: ZHome } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.home(ctx)),
  );
}
