import { AppError, errorStatus, type ErrorCode } from './errors.js';

/**
 * What the `/api/auth/*` proxy changes in the auth library's answers: its errors become problem
 * documents, and session tokens never reach scripts.
 */

/** An error of the auth library: the app's code, the library's status. */
export class AuthLibraryError extends AppError {
  constructor(
    code: ErrorCode,
    private readonly libraryStatus: number,
    retryAfter?: number,
  ) {
    super(code, `authentication: ${code}`, [], retryAfter);
  }
  override get status(): number {
    return this.libraryStatus;
  }
}

function byStatus(status: number): ErrorCode {
  if (status === 401) return 'auth.required';
  if (status === 403) return 'auth.forbidden';
  if (status === 404) return 'route.not_found';
  if (status === 429) return 'auth.rate_limited';
  if (status === 413) return 'request.too_large';
  if (status === 415) return 'request.unsupported_media_type';
  if (status >= 500) return 'server.error';
  return 'request.invalid';
}

/**
 * The problem for an error answer of the library. Its codes the web app translates
 * (`errors.auth.<CODE>`, listed in errors.ts) are kept as `auth.<CODE>`; any other becomes the
 * app's code for the status.
 */
export function authProblem(status: number, body: string, headers: Headers): AppError {
  let libraryCode: unknown;
  try {
    libraryCode = (JSON.parse(body) as { code?: unknown } | null)?.code;
  } catch {
    libraryCode = undefined;
  }
  const own = typeof libraryCode === 'string' ? `auth.${libraryCode}` : '';
  const code: ErrorCode = status === 429 ? 'auth.rate_limited' : own in errorStatus ? (own as ErrorCode) : byStatus(status);
  const retry = Number(headers.get('x-retry-after') ?? headers.get('retry-after'));
  const retryAfter = status === 429 ? (Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : 60) : undefined;
  return new AuthLibraryError(code, status >= 400 && status < 600 ? status : 500, retryAfter);
}

function strip(value: unknown, depth: number): unknown {
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => strip(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'token') out[k] = strip(v, depth + 1);
  return out;
}

/** The JSON body without `token` fields (sign-in, get-session, list-sessions). */
export function withoutSessionTokens(raw: Buffer): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return raw;
  }
  return Buffer.from(JSON.stringify(strip(parsed, 0)));
}
