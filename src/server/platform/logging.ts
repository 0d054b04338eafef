import type { FastifyServerOptions } from 'fastify';

/**
 * What the application log may hold: identifiers, routes, SQL text and error codes, never the
 * personal data a request or a failed query carried. Every log line goes through these options.
 */

/** Fields that hold personal data or secrets. */
const personalFields = [
  'email',
  'name',
  'phone',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'text',
  'body',
  'note',
  'title',
  'address',
];
/** Objects a log line may carry them in. `mail` is left out on purpose: in demo mode the outbox is printed to the log (README). */
const containers = ['req', 'request', 'res', 'input', 'user', 'person', 'actor', 'session', 'params', 'query', 'values'];

export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  ...personalFields,
  ...containers.flatMap((c) => personalFields.map((f) => `${c}.${f}`)),
];

type Serialized = Record<string, unknown>;

/** A driver error (node-postgres or PGlite) carries its SQLSTATE as a five-character `code`. */
function isDatabaseError(e: Error & Record<string, unknown>): boolean {
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
}

/** PostgreSQL quotes the offending value at the end of some messages (`invalid input syntax for type uuid: "..."`). */
function withoutValues(message: string): string {
  return message.replace(/: ".*"$/s, ': "[redacted]"');
}

/** The stack's frames without its first line, which repeats the message. */
function framesOf(err: Error): string | undefined {
  return err.stack
    ?.split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');
}

/**
 * Error serializer for pino: the query text and SQLSTATE of a failed query, never its bound
 * parameters (drizzle puts them into the message and into `params`), nor the driver's `detail`
 * (`Key (email)=(...) already exists`).
 */
export function serializeError(err: unknown, depth = 0): Serialized {
  if (!(err instanceof Error)) return { message: typeof err === 'string' ? err : 'non-error thrown' };
  const e = err as Error & Record<string, unknown>;
  const out: Serialized = { type: e.name };
  // Drizzle's message and PGlite's error both carry the parameters; only the SQL text is kept.
  if (typeof e.query === 'string') out.query = e.query;
  if (isDatabaseError(e)) out.message = withoutValues(e.message);
  else if (typeof e.query === 'string' && 'params' in e) out.message = 'Failed query';
  else out.message = e.message;
  if (isDatabaseError(e)) {
    out.sqlState = e.code;
    for (const k of ['severity', 'table', 'column', 'constraint', 'routine']) if (typeof e[k] === 'string' && e[k] !== '') out[k] = e[k];
  } else if (typeof e.code === 'string') {
    out.code = e.code;
  }
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  const frames = framesOf(e);
  if (frames) out.stack = frames;
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/** Request lines name the method and route path; the query string (a search for a name) is left out. */
export function serializeRequest(req: { method?: string; url?: string; id?: unknown }): Serialized {
  const url = typeof req.url === 'string' ? req.url.split('?')[0] : undefined;
  return { id: req.id, method: req.method, url };
}

/** Fastify logger options; `stream` lets tests read the lines. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      err: (e: unknown) => serializeError(e) as { type: string; message: string; stack: string },
      error: serializeError,
      req: serializeRequest,
    },
    ...(stream ? { stream } : {}),
  };
}
