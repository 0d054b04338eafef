import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { cvMaxBytes, profileSections } from '../../../shared/profile.js';
import { AppError } from '../../platform/errors.js';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import type { Policy } from '../../platform/policy.js';
import { taxonomyIndex } from '../taxonomy/index.js';
import { talentsPolicy as policy } from './talents.policy.js';
import { ZEmployerView, ZProfile, ZRefParams, ZSuggestionDecision, ZSuggestionParams, sectionSchemas } from './talents.schema.js';
import * as service from './talents.service.js';

const tags = ['talents'];

export type ProfileRoutes = {
  prefix: string;
  policy: Policy;
  /** The prefix's path parameters (such as the client's id). */
  params?: z.ZodObject;
  /** Whose profile the request is about. */
  subject: (request: FastifyRequest) => string;
};

/** Only the base name of an uploaded file is kept, without control characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'cv';
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  return printable.slice(-200) || 'cv';
}

/**
 * The profile routes, mounted twice: for the person at /api/profile, and (by the clients module)
 * for a counsellor the person shares the profile with at /api/clients/:userId/profile. Every
 * use case decides the actor's audience for the profile itself.
 */
export function registerProfileRoutes(app: App, deps: AppDeps, r: ProfileRoutes) {
  const taxonomy = deps.shared(taxonomyIndex);
  const params = r.params ? { params: r.params } : {};
  const config = { policy: r.policy };
  app.get(r.prefix, { config, schema: { tags, ...params, response: { 200: ZProfile } } }, (request) =>
    runActorUseCase(deps, request, (ctx) => service.getProfile(ctx, r.subject(request))),
  );
  for (const section of profileSections) {
    app.put(
      `${r.prefix}/${section}`,
      {
        config,
        schema: { tags, summary: `Replace the ${section} section`, ...params, body: sectionSchemas[section], response: { 200: ZProfile } },
      },
      (request) => runActorUseCase(deps, request, (ctx) => service.saveSection(ctx, r.subject(request), section, request.body)),
    );
  }
  app.get(
    `${r.prefix}/employer-view`,
    { config, schema: { tags, summary: 'How employers see the profile', ...params, response: { 200: ZEmployerView } } },
    (request) => runActorUseCase(deps, request, (ctx) => service.previewEmployerView(ctx, r.subject(request))),
  );
  app.post(
    `${r.prefix}/cv`,
    {
      config,
      schema: {
        tags,
        summary: `Upload a CV (PDF or DOCX, at most ${cvMaxBytes / 1024 / 1024} MB) as multipart/form-data field "file"`,
        consumes: ['multipart/form-data'],
        ...params,
        response: { 200: ZProfile },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw new AppError('request.unsupported_media_type', 'send the file as multipart/form-data');
      await runActorUseCase(deps, request, (ctx) => service.assertCanEdit(ctx, r.subject(request)));
      const part = await request.file();
      if (!part) throw new AppError('upload.missing_file');
      const bytes = await part.toBuffer();
      // Parsed in the document sandbox: a hostile file costs a worker thread, never the server.
      const cv = await deps.documents.extract(bytes);
      const { index } = await taxonomy.get();
      const links = await service.linkCv(index, cv.text, request.locale);
      return runActorUseCase(deps, request, (ctx) =>
        service.storeCv(ctx, r.subject(request), safeFileName(part.filename), bytes, cv, links),
      );
    },
  );
  app.get(`${r.prefix}/cv`, { config, schema: { tags, summary: 'Download the CV file', ...params } }, async (request, reply) => {
    const file = await runActorUseCase(deps, request, (ctx) => service.getCvFile(ctx, r.subject(request)));
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
  app.delete(`${r.prefix}/cv`, { config, schema: { tags, ...params, response: { 200: ZProfile } } }, (request) =>
    runActorUseCase(deps, request, (ctx) => service.deleteCv(ctx, r.subject(request))),
  );
  app.post(
    `${r.prefix}/suggestions/:id`,
    {
      config,
      schema: {
        tags,
        summary: 'Accept or reject a skill or occupation suggested from the CV',
        params: (r.params ?? z.object({})).extend(ZSuggestionParams.shape),
        body: ZSuggestionDecision,
        response: { 200: ZProfile },
      },
    },
    (request) =>
      runActorUseCase(deps, request, (ctx) => service.decideSuggestion(ctx, r.subject(request), request.params.id, request.body.decision)),
  );
}

export function registerTalentRoutes(app: App, deps: AppDeps) {
  registerProfileRoutes(app, deps, {
    prefix: '/api/profile',
    policy: policy.ownProfile,
    subject: (request) => request.actor?.userId ?? '',
  });
  app.get(
    '/api/talent-profiles/:ref',
    {
      config: { policy: policy.pseudonymisedProfile },
      schema: {
        tags,
        summary: 'A pseudonymised profile, while the person consents to employer visibility',
        params: ZRefParams,
        response: { 200: ZEmployerView },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.getPseudonymisedProfile(ctx, request.params.ref)),
  );
}
