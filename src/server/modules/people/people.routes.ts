import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase, runPersonUseCase, runUseCase, webHeaders } from '../../platform/http.js';
import { addressKey, consumeRateLimit, rateLimitHook } from '../../platform/rate-limit.js';
import { ZIdParams } from '../../../shared/limits.js';
import { peoplePolicy as policy } from './people.policy.js';
import {
  ZAddMembershipRequest,
  ZConfirmSignUpRequest,
  ZHome,
  ZListPeopleQuery,
  ZMe,
  ZPersonRow,
  ZSignUpReceived,
  ZSignUpRequest,
  ZUpdateMeRequest,
} from './people.schema.js';
import * as service from './people.service.js';

const tags = ['people'];

/** Opens a session for a person who has confirmed their sign-up by the mailed link (no password in this request). */
async function openSessionAfterSignUp(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, userId: string) {
  const res = await deps.auth.api.openSessionAfterSignUp({ body: { userId }, headers: webHeaders(request), asResponse: true });
  for (const cookie of res.headers.getSetCookie()) void reply.header('set-cookie', cookie);
}

/** Sign-up mails (confirmation or note to the owner) one address gets in an hour. */
export const signUpMailsPerAddressPerHour = 5;
const signUpAddressKey = (email: string) => addressKey('signup-address', email);

export function registerPeopleRoutes(app: App, deps: AppDeps) {
  const { limits } = deps;
  app.post(
    '/api/signup',
    {
      config: { policy: policy.signUp },
      onRequest: rateLimitHook(deps.database.db, 'signup', limits.signUpPer10Minutes, 10 * 60 * 1000),
      schema: {
        tags,
        summary: 'Sign up as a talent, or as an employer user with their organisation: a confirmation link is mailed to the address',
        description:
          'The answer is the same whether or not the address has an account; the account is created when the mailed link is followed (POST /api/signup/confirm).',
        body: ZSignUpRequest,
        response: { 202: ZSignUpReceived },
      },
    },
    async (request, reply) => {
      // Mail to one address is limited too, known or not, so sign-ups cannot flood anyone's inbox.
      await consumeRateLimit(deps.database.db, signUpAddressKey(request.body.email), signUpMailsPerAddressPerHour, 3600 * 1000);
      await runUseCase(deps, request, (ctx) => service.signUp(ctx, request.body));
      return reply.status(202).send({ status: 'confirmation_sent' as const });
    },
  );
  app.post(
    '/api/signup/confirm',
    {
      config: { policy: policy.confirmSignUp },
      onRequest: rateLimitHook(deps.database.db, 'signup-confirm', 20, 10 * 60 * 1000),
      schema: {
        tags,
        summary: 'Confirm a sign-up by the token of its mailed link: creates the account and signs the person in',
        body: ZConfirmSignUpRequest,
        response: { 201: ZMe },
      },
    },
    async (request, reply) => {
      const { userId } = await runUseCase(deps, request, (ctx) => service.confirmSignUp(ctx, request.body.token));
      await openSessionAfterSignUp(deps, request, reply, userId);
      const me = await runUseCase(deps, request, (ctx) =>
        service.me({
          ...ctx,
          actor: { userId, name: '', email: '', locale: request.locale, sessionId: '', hubId: null, memberships: [] },
        }),
      );
      return reply.status(201).send(me);
    },
  );
  app.get('/api/me', { config: { policy: policy.me }, schema: { tags, response: { 200: ZMe } } }, (request) =>
    runPersonUseCase(deps, request, (ctx) => service.me(ctx)),
  );
  app.patch(
    '/api/me',
    { config: { policy: policy.updateMe }, schema: { tags, body: ZUpdateMeRequest, response: { 200: ZMe } } },
    (request) => runPersonUseCase(deps, request, (ctx) => service.updateMe(ctx, request.body)),
  );
  app.delete(
    '/api/me/sessions/:id',
    { config: { policy: policy.revokeMySession }, schema: { tags, summary: 'End one of my sessions', params: ZIdParams } },
    async (request, reply) => {
      await runPersonUseCase(deps, request, (ctx) => service.revokeMySession(ctx, request.params.id));
      return reply.status(204).send();
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
    (request) => runActorUseCase(deps, request, (ctx) => service.home(ctx, deps.modules)),
  );
}
