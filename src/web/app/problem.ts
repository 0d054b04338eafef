/**
 * Turns API problems (RFC 9457), better-auth errors and client-side Zod issues into
 * catalog messages: one for the form, one per field. Pure: tested in problem.test.ts.
 */
export type Message = { key: string; values?: Record<string, unknown> };
export type FieldMessages = Record<string, Message>;

export type ProblemIssue = { path: string; code: string; message: string; params?: Record<string, unknown> };
export type Problem = {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  requestId?: string;
  issues?: ProblemIssue[];
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.code);
  }
  get code(): string {
    return this.problem.code;
  }
}

/** Normalises an error body: our problem documents, or better-auth's `{ code, message }`. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    if (typeof b.code === 'string' && typeof b.status === 'number' && typeof b.type === 'string') return b as unknown as Problem;
    if (typeof b.code === 'string' && b.code) return { status, code: `auth.${b.code}` };
  }
  if (status === 429) return { status, code: 'auth.rate_limited' };
  if (status === 401) return { status, code: 'auth.required' };
  if (status === 403) return { status, code: 'auth.forbidden' };
  if (status === 404) return { status, code: 'resource.not_found' };
  if (status >= 500 || status === 0) return { status, code: 'server.error' };
  return { status, code: 'request.invalid' };
}

/** `body/organisation/businessId` or ['organisation','businessId'] -> `organisation.businessId`. */
export function fieldPath(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split('/').filter(Boolean) : path.map(String);
  if (typeof path === 'string' && ['body', 'querystring', 'params'].includes(parts[0] ?? '')) parts.shift();
  return parts.join('.');
}

/** The catalog key for one validation issue (server or client). */
export function issueMessage(issue: { code: string; message?: string; path?: string; params?: Record<string, unknown> }): Message {
  const params = issue.params ?? {};
  const field = issue.path ?? '';
  switch (issue.code) {
    case 'custom':
      return { key: `validation.${issue.message ?? 'custom'}` };
    case 'too_small':
      if (params.origin === 'number') return { key: 'validation.number_too_small', values: { minimum: Number(params.minimum) } };
      if (params.origin === 'array') return { key: 'validation.too_few', values: { minimum: Number(params.minimum) } };
      if (params.minimum === 1 || params.minimum === 1n) return { key: 'validation.required' };
      return { key: 'validation.too_small', values: { minimum: Number(params.minimum) } };
    case 'too_big':
      if (params.origin === 'number') return { key: 'validation.number_too_big', values: { maximum: Number(params.maximum) } };
      if (params.origin === 'array') return { key: 'validation.too_many', values: { maximum: Number(params.maximum) } };
      return { key: 'validation.too_big', values: { maximum: Number(params.maximum) } };
    case 'invalid_format':
      if (params.format === 'email') return { key: 'validation.invalid_email' };
      if (/businessId$/.test(field)) return { key: 'validation.business_id_format' };
      if (params.format === 'date') return { key: 'validation.invalid_date' };
      // A schema's own message names its catalog key (for example `phone_format`).
      if (issue.message && /^[a-z][a-z_]*$/.test(issue.message)) return { key: `validation.${issue.message}` };
      return { key: 'validation.invalid_format' };
    case 'invalid_type':
      return { key: params.received === 'undefined' || params.expected ? 'validation.required' : 'validation.invalid_type' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'validation.invalid_value' };
    case 'unrecognized_keys':
      return { key: 'validation.unrecognized_keys' };
    case 'invalid_text':
      return { key: 'validation.invalid_text' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** Field messages from a problem's issues; the first issue per field wins. */
export function problemFields(problem: Problem): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of problem.issues ?? []) {
    const path = fieldPath(issue.path);
    if (!(path in out)) out[path] = issueMessage({ ...issue, path });
  }
  return out;
}

/** The message shown above the form for a failed request. */
export function problemMessage(error: unknown): Message {
  if (error instanceof ApiError) return { key: `errors.${error.code}` };
  return { key: 'errors.network' };
}

type ZodLikeIssue = { code: string; message: string; path: readonly PropertyKey[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Field messages from client-side Zod validation (the same schemas the server uses). With the
 * input, an empty field is reported as required rather than as a format or length error.
 */
export function zodFields(issues: readonly ZodLikeIssue[], input?: unknown): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of issues) {
    const path = fieldPath(issue.path);
    if (path in out) continue;
    if (input !== undefined) {
      const value = valueAt(input, issue.path);
      if (value === '' || value === undefined || value === null) {
        out[path] = { key: 'validation.required' };
        continue;
      }
    }
    const { code, message, path: _p, ...params } = issue as ZodLikeIssue & Record<string, unknown>;
    out[path] = issueMessage({ code, message, path, params });
  }
  return out;
}
