import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cvMaxBytes } from '../shared/profile.js';
import type { Config } from './config.js';
import type { Database } from './db/connection.js';
import { createAuth, defaultRateLimits } from './platform/auth.js';
import { createDocumentSandbox, type DocumentSandboxOptions } from './platform/documents.js';
import { authProblem, withoutSessionTokens } from './platform/auth-proxy.js';
import { frameworkErrors, installPlatform, newRequestId, webHeaders, type App, type AppDeps, type RouteRecord } from './platform/http.js';
import { loggerOptions } from './platform/logging.js';
import { publicRoute } from './platform/policy.js';
import { modules as allModules } from './modules.js';
import type { Limits, ModuleDescriptor } from './platform/module.js';

export type BuildOptions = {
  database: Database;
  config: Config;
  /** Overrides of the platform's and the modules' limits (rate limits, quotas). */
  rateLimits?: Partial<Limits>;
  /** The modules to serve; all of them by default (tests of the contract build the app with others). */
  modules?: readonly ModuleDescriptor[];
  /** Folder of the built web app; the default is dist/web beside the sources. */
  webRoot?: string;
  /** false: no log; a stream: the log lines go there (tests read them). */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** Workers, limits and time of the document sandbox that reads uploads. */
  documents?: DocumentSandboxOptions;
};

const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
export const bodyLimit = 1024 * 1024;

/** Builds the whole HTTP app. main.ts and the tests build it the same way. */
export async function buildApp(opts: BuildOptions): Promise<{ app: App; routes: RouteRecord[]; deps: AppDeps }> {
  const { config, database } = opts;
  const app = Fastify({
    logger:
      opts.logger === false ? false : loggerOptions(config.logLevel, typeof opts.logger === 'object' ? opts.logger.stream : undefined),
    frameworkErrors,
    genReqId: newRequestId,
    bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>() as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // An empty body sent as JSON (a DELETE from a fetch wrapper) is no body, not an error.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    body === '' ? done(null, undefined) : jsonParser(request, typeof body === 'string' ? body : body.toString('utf8'), done),
  );

  const modules = opts.modules ?? allModules;
  const limits = Object.assign({}, defaultRateLimits, ...modules.map((m) => m.limits ?? {}), opts.rateLimits) as Limits;
  const auth = createAuth({ db: database.db, config, log: app.log, rateLimits: limits });
  const documents = createDocumentSandbox(opts.documents);
  app.addHook('onClose', () => documents.close());
  const sharedInstances = new Map<unknown, unknown>();
  const deps: AppDeps = {
    database,
    config,
    auth,
    documents,
    limits,
    modules,
    shared<T>(make: (d: AppDeps) => T): T {
      if (!sharedInstances.has(make)) sharedInstances.set(make, make(deps));
      return sharedInstances.get(make) as T;
    },
  };
  const routes: RouteRecord[] = [];
  installPlatform(app, deps, routes);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // styled-components (Suomi.fi components) writes its styles into <style> elements.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(multipart, { limits: { fileSize: cvMaxBytes, files: 1, fields: 2, parts: 3 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Talent Hub API',
        version: '0.1.0',
        description: 'Every route declares its access policy; errors are RFC 9457 problem documents.',
      },
    },
    transform: jsonSchemaTransform,
  });

  app.get('/api/openapi.json', { config: { policy: publicRoute('API contract') }, schema: { hide: true } }, () => app.swagger());
  app.get(
    '/api/health',
    {
      config: { policy: publicRoute('load balancers and monitoring') },
      schema: {
        tags: ['platform'],
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.string().nullable() }),
        },
      },
    },
    async () => ({ status: 'ok' as const, database: database.kind, migration: await database.appliedMigration() }),
  );

  // better-auth serves sign-in, sign-out, sessions and password reset under /api/auth.
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { policy: publicRoute('authentication endpoints; the auth library checks sessions and origins itself') },
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, config.baseUrl);
      const init: RequestInit = { method: request.method, headers: webHeaders(request) };
      if (request.method !== 'GET' && request.body !== undefined) init.body = JSON.stringify(request.body);
      const res = await auth.handler(new Request(url, init));
      // The library's errors become problem documents like every other error (cookies it
      // clears on an error are kept).
      for (const cookie of res.headers.getSetCookie()) void reply.header('set-cookie', cookie);
      if (res.status >= 400) throw authProblem(res.status, await res.text(), res.headers);
      void reply.status(res.status);
      res.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length') void reply.header(key, value);
      });
      if (!res.body) return reply.send(null);
      const raw = Buffer.from(await res.arrayBuffer());
      // Session tokens stay in the HttpOnly cookie, out of reach of scripts (decision 0011).
      return reply.send(res.headers.get('content-type')?.includes('json') ? withoutSessionTokens(raw) : raw);
    },
  });

  for (const m of modules) m.routes?.(app, deps);

  const webRoot = opts.webRoot ?? defaultWebRoot;
  if (existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, serve: false });
    app.get('/assets/*', { config: { policy: publicRoute('static files of the web app') }, schema: { hide: true } }, (request, reply) =>
      reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(`assets/${(request.params as { '*': string })['*']}`),
    );
    for (const file of ['favicon.svg', 'robots.txt']) {
      if (existsSync(path.join(webRoot, file)))
        app.get(`/${file}`, { config: { policy: publicRoute('static file') }, schema: { hide: true } }, (_r, reply) =>
          reply.sendFile(file),
        );
    }
    // Every other path outside /api is a page of the single-page app.
    app.get(
      '/*',
      { config: { policy: publicRoute('pages of the web app; data comes from the API') }, schema: { hide: true } },
      (request, reply) => {
        if (request.url.startsWith('/api/')) return reply.callNotFound();
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      },
    );
  }
  return { app, routes, deps };
}
