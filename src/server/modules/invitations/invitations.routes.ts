import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZPage } from '../../../shared/limits.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase, runUseCase, webHeaders } from '../../platform/http.js';
import { rateLimitHook } from '../../platform/rate-limit.js';
import { invitationsPolicy as policy } from './invitations.policy.js';
import {
  ZAcceptInvitationRequest,
  ZCreateInvitationRequest,
  ZIdParams,
  ZInvitation,
  ZInvitationPreview,
  ZInvitationTokenRequest,
  ZInviteColleagueRequest,
} from './invitations.schema.js';
import * as service from './invitations.service.js';

const tags = ['invitations'];

/** Opens a session for a person who has just been created, through the auth library. */
async function signIn(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, email: string, password: string) {
  const res = await deps.auth.api.signInEmail({ body: { email, password }, headers: webHeaders(request), asResponse: true });
  for (const cookie of res.headers.getSetCookie()) void reply.header('set-cookie', cookie);
}

export function registerInvitationRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/admin/invitations',
    {
      config: { policy: policy.list },
      schema: { tags, querystring: ZPage, response: { 200: z.object({ total: z.number(), items: z.array(ZInvitation) }) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listInvitations(ctx, request.query)),
  );
  app.post(
    '/api/admin/invitations',
    { config: { policy: policy.invite }, schema: { tags, body: ZCreateInvitationRequest, response: { 201: ZInvitation } } },
    async (request, reply) => reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.invite(ctx, request.body))),
  );
  app.delete(
    '/api/admin/invitations/:id',
    { config: { policy: policy.revoke }, schema: { tags, params: ZIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await runActorUseCase(deps, request, (ctx) => service.revokeInvitation(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/organisations/:id/invitations',
    {
      config: { policy: policy.inviteColleague },
      schema: {
        tags,
        summary: 'An employer user invites a colleague',
        params: ZIdParams,
        body: ZInviteColleagueRequest,
        response: { 201: ZInvitation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.inviteColleague(ctx, request.params.id, request.body))),
  );
  app.post(
    '/api/invitations/preview',
    {
      config: { policy: policy.preview },
      schema: { tags, body: ZInvitationTokenRequest, response: { 200: ZInvitationPreview } },
    },
    (request) => runUseCase(deps, request, (ctx) => service.previewInvitation(ctx, request.body.token)),
  );
  app.post(
    '/api/invitations/accept',
    {
      config: { policy: policy.accept },
      onRequest: rateLimitHook(deps.database.db, 'invitation', 20, 10 * 60 * 1000),
      schema: { tags, body: ZAcceptInvitationRequest, response: { 200: z.object({ created: z.boolean() }) } },
    },
    async (request, reply) => {
      const result = await runUseCase(deps, request, (ctx) => service.acceptInvitation(ctx, request.body));
      if (result.created && request.body.password) await signIn(deps, request, reply, result.email, request.body.password);
      return { created: result.created };
    },
  );
}
