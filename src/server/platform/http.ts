import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import type { FastifyBaseLogger } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import { invalidText, isStorableText } from '../../shared/limits.js';
import { isLocale, localeOr, negotiateLocale, type Locale } from '../../shared/locales.js';
import type { Auth } from './auth.js';
import { clientIpHeader } from './auth.js';
import { inTransaction, type ActorCtx, type PersonCtx, type PublicCtx, type UseCaseCtx } from './context.js';
import type { DocumentSandbox } from './documents.js';
import type { Limits, ModuleDescriptor } from './module.js';
import { membershipsOf, publicHub } from './tenancy.js';
import { AppError, problem, type ErrorCode, type FieldIssue } from './errors.js';
import { allows, type Actor, type MembershipRef, type Policy } from './policy.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Required: the app refuses a route without one. */
    policy?: Policy;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The hub the request acts in, resolved once by the platform (see `tenancy.ts`). */
    hubId: string | null;
    locale: Locale;
  }
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** A route as registered, with its policy and its input schemas (Zod), for the policy check, the contract and the fuzz tier. */
export type RouteRecord = {
  method: string;
  url: string;
  policy: Policy | undefined;
  schema: { body?: unknown; params?: unknown; querystring?: unknown };
};

export const langCookie = 'talenthub_lang';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type AppDeps = {
  database: Database;
  config: Config;
  auth: Auth;
  documents: DocumentSandbox;
  /** Rate limits and quotas: the platform's and the modules' defaults, overridden by the app's options. */
  limits: Limits;
  /** The modules of the app, in the order of `src/server/modules.ts`. */
  modules: readonly ModuleDescriptor[];
  /**
   * One instance per app of what `make` builds (a cache of the database such as the taxonomy
   * index), shared by every module that asks for it with the same function.
   */
  shared<T>(make: (deps: AppDeps) => T): T;
};

/**
 * Installs the cross-cutting request pipeline: request ids, policy registry, CSRF defence,
 * actor resolution and authorisation, and RFC 9457 problem responses.
 */
export function installPlatform(app: App, deps: AppDeps, routes: RouteRecord[]): void {
  const { auth, config, database } = deps;
  const trusted = new Set([new URL(config.baseUrl).origin]);

  app.decorateRequest('actor', null);
  app.decorateRequest('hubId', null);
  app.decorateRequest('locale', 'fi');

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const { body, params, querystring } = (route.schema ?? {}) as RouteRecord['schema'];
      routes.push({ method, url: route.url, policy: route.config?.policy, schema: { body, params, querystring } });
    }
  });

  app.addHook('onReady', (done) => {
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    done(missing.length ? new Error(`routes without a policy: ${missing.join(', ')}`) : undefined);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (unsafeMethods.has(request.method)) {
      // Fetch Metadata and Origin: a browser never sends a same-origin write without them.
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if ((origin && !trusted.has(origin)) || site === 'cross-site') {
        throw new AppError('request.csrf', 'cross-site request refused');
      }
    }
  });

  // Authentication and the route's policy run before validation: auth -> policy -> validate.
  app.addHook('preValidation', async (request) => {
    if (request.is404) return;
    request.actor = await resolveActor(auth, database, request);
    request.hubId = request.actor?.hubId ?? null;
    const cookieLocale = parseCookie(request.headers.cookie, langCookie);
    request.locale = request.actor
      ? (request.actor.locale as Locale)
      : isLocale(cookieLocale)
        ? cookieLocale
        : negotiateLocale(request.headers['accept-language']);
    const policy = request.routeOptions.config.policy;
    if (!policy) throw new AppError('auth.forbidden', 'route has no policy');
    const decision = allows(policy, request.actor);
    if (decision === 'unauthenticated') throw new AppError('auth.required');
    if (decision === 'forbidden') throw new AppError('auth.forbidden');
    // PostgreSQL cannot store a NUL character or a lone surrogate: refuse them in any text.
    const issues = [
      ...unstorableText(request.params, 'params'),
      ...unstorableText(request.query, 'querystring'),
      ...unstorableText(request.body, 'body'),
    ];
    if (issues.length) throw new AppError('request.invalid', 'text with a NUL character or a lone surrogate', issues);
  });

  // Personal data must not stay in browser or proxy caches: API answers are not stored unless a
  // route says otherwise (decision 0010).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => sendProblem(request, reply, error));

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, new AppError('route.not_found', `${request.method} ${request.url.split('?')[0]} does not exist`)),
  );
}

/** Errors Fastify raises before routing (a bad or over-long URL): problems too, never echoing the URL. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('x-request-id', request.id).header('cache-control', 'no-store');
  void sendProblem(request, reply, error);
}

/** At most this much of a refused body is read and thrown away so that its 413 arrives (16 MiB). */
const discardLimit = 16 * 1024 * 1024;

/**
 * Reads the rest of a request body and throws it away. Closing the connection while the client
 * is still sending would reset it, and the client would lose the answer. False when the body is
 * larger than `discardLimit` (or the connection broke): then the connection is closed after the
 * answer.
 */
function discardBody(raw: IncomingMessage): Promise<boolean> {
  if (raw.complete || raw.readableEnded) return Promise.resolve(true);
  const declared = Number(raw.headers['content-length']);
  if (declared > discardLimit) return Promise.resolve(false);
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (drained: boolean) => {
      raw.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      resolve(drained);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > discardLimit) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = () => finish(false);
    const onClose = () => finish(raw.complete);
    raw.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    raw.resume();
  });
}

async function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const { code, detail, issues, retryAfter } = classify(error);
  if (code === 'request.too_large') {
    // Fastify asks to close the connection; once the body is read it can stay open.
    if (await discardBody(request.raw)) reply.removeHeader('connection');
    else void reply.header('connection', 'close');
  }
  const body = problem(code, request.id, detail, issues);
  if (error instanceof AppError) body.status = error.status;
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  if (retryAfter) reply.header('retry-after', String(retryAfter));
  return reply.status(body.status).type('application/problem+json').send(body);
}

const fastifyErrorCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_MAX_PARAM_LENGTH: 'request.uri_too_long',
  FST_ERR_BAD_URL: 'request.invalid',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_REQ_FILE_TOO_LARGE: 'request.too_large',
  FST_FILES_LIMIT: 'request.too_large',
  FST_PARTS_LIMIT: 'request.too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
};

function classify(error: unknown): { code: ErrorCode; detail?: string; issues?: FieldIssue[]; retryAfter?: number } {
  if (error instanceof AppError) return { code: error.code, detail: error.message, issues: error.issues, retryAfter: error.retryAfter };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    return {
      code: 'request.invalid',
      detail: 'the request does not match the schema',
      issues: error.validation.map((v) => {
        const params = v.params;
        const kept: Record<string, unknown> = {};
        for (const k of ['minimum', 'maximum', 'expected', 'values', 'format', 'origin', 'keys']) if (k in params) kept[k] = params[k];
        return { path: `${where}${v.instancePath}`, code: v.keyword, message: v.message ?? v.keyword, params: kept };
      }),
    };
  }
  const fe = error as Partial<FastifyError>;
  const mapped = fe.code ? fastifyErrorCodes[fe.code] : undefined;
  // Fastify's messages for URL errors quote the URL; the problem names only what is wrong.
  if (mapped)
    return {
      code: mapped,
      detail: fe.code === 'FST_ERR_BAD_URL' || fe.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'the URL is not valid or too long' : fe.message,
    };
  if (error instanceof SyntaxError || (fe.statusCode === 400 && typeof fe.message === 'string' && /JSON/i.test(fe.message)))
    return { code: 'request.malformed_json', detail: fe.message };
  if (fe.statusCode === 429) return { code: 'auth.rate_limited' };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return { code: 'request.invalid', detail: fe.message };
  return { code: 'server.error' };
}

/** Issues for each string in `value` (params, query or body) that PostgreSQL cannot store. */
function unstorableText(value: unknown, where: string, depth = 0): FieldIssue[] {
  if (typeof value === 'string')
    return isStorableText(value) ? [] : [{ path: where, code: invalidText, message: 'text with a NUL character or a lone surrogate' }];
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  const out: FieldIssue[] = [];
  for (const [key, item] of Object.entries(value)) {
    // A key that cannot be stored is reported at its parent, so the issue's path stays clean.
    if (!isStorableText(key)) out.push(...unstorableText(key, where, depth + 1));
    else out.push(...unstorableText(item, `${where}/${key}`, depth + 1));
  }
  return out;
}

export function parseCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function webHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === clientIpHeader) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(clientIpHeader, request.ip);
  return headers;
}

async function resolveActor(auth: Auth, database: Database, request: FastifyRequest): Promise<Actor | null> {
  if (!request.headers.cookie) return null;
  const found = await auth.api.getSession({ headers: webHeaders(request) });
  if (!found) return null;
  const memberships: MembershipRef[] = await membershipsOf(database.db, found.user.id);
  const u = found.user as typeof found.user & { locale?: string };
  return {
    userId: u.id,
    name: u.name,
    email: u.email,
    locale: localeOr(u.locale),
    sessionId: found.session.id,
    hubId: memberships[0]?.hubId ?? null,
    memberships,
  };
}

/** Builds the use-case context for a request and runs `fn` in one transaction. */
export function runUseCase<T>(deps: AppDeps, request: FastifyRequest, fn: (ctx: UseCaseCtx) => Promise<T>): Promise<T> {
  return inTransaction(deps.database.db, (tx) =>
    fn({
      tx,
      actor: request.actor,
      hubId: request.hubId,
      requestId: request.id,
      now: new Date(),
      locale: request.locale,
      config: deps.config,
      log: request.log,
    }),
  );
}

/** For routes whose policy guarantees a signed-in person, who acts on their own data and may belong to no hub. */
export function runPersonUseCase<T>(deps: AppDeps, request: FastifyRequest, fn: (ctx: PersonCtx) => Promise<T>): Promise<T> {
  const actor = request.actor;
  if (!actor) throw new AppError('auth.required');
  return runUseCase(deps, request, (ctx) => fn({ ...ctx, actor }));
}

/** For routes whose policy guarantees a signed-in member: the use case acts in the member's hub. */
export function runActorUseCase<T>(deps: AppDeps, request: FastifyRequest, fn: (ctx: ActorCtx) => Promise<T>): Promise<T> {
  const { actor, hubId } = request;
  if (!actor) throw new AppError('auth.required');
  if (!hubId) throw new AppError('auth.forbidden', 'no hub membership');
  return runUseCase(deps, request, (ctx) => fn({ ...ctx, actor, hubId }));
}

/**
 * For public pages of a hub (anyone, signed in or not): a signed-in member sees their own hub,
 * anyone else the deployment's public hub.
 */
export async function runPublicUseCase<T>(deps: AppDeps, request: FastifyRequest, fn: (ctx: PublicCtx) => Promise<T>): Promise<T> {
  const hubId = request.hubId ?? (await publicHub(deps.database.db, deps.config.publicHub));
  if (!hubId) throw new AppError('resource.not_found', 'no hub has been set up');
  return runUseCase(deps, request, (ctx) => fn({ ...ctx, hubId }));
}

export const newRequestId = () => randomUUID();
