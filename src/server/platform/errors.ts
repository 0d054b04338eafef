/**
 * Typed domain errors. Services throw these; the HTTP layer maps them to RFC 9457 problem
 * responses. `code` is stable and is the key the web app translates (`errors.<code>`).
 */
/**
 * The platform's own error codes and their HTTP status. Each module defines its codes in its
 * `<domain>.errors.ts` with `defineErrors`, which registers them here and, through declaration
 * merging of `ErrorCodes`, makes them known to the type checker.
 */
const platformErrors = {
  'request.invalid': 400,
  'request.malformed_json': 400,
  'request.too_large': 413,
  'request.uri_too_long': 414,
  'request.unsupported_media_type': 415,
  'request.csrf': 403,
  'route.not_found': 404,
  'auth.required': 401,
  'auth.forbidden': 403,
  'auth.rate_limited': 429,
  // Codes of the auth library (better-auth) the web app translates; the problem keeps the
  // library's status, which for some codes varies by endpoint.
  'auth.CREDENTIAL_ACCOUNT_NOT_FOUND': 400,
  'auth.EMAIL_NOT_VERIFIED': 403,
  'auth.FAILED_TO_GET_SESSION': 401,
  'auth.INVALID_EMAIL_OR_PASSWORD': 401,
  'auth.INVALID_ORIGIN': 403,
  'auth.INVALID_PASSWORD': 400,
  'auth.INVALID_TOKEN': 400,
  'auth.PASSWORD_TOO_LONG': 400,
  'auth.PASSWORD_TOO_SHORT': 400,
  'auth.SESSION_EXPIRED': 401,
  'auth.USER_NOT_FOUND': 404,
  'resource.not_found': 404,
  'upload.unsupported_type': 415,
  'upload.unreadable': 422,
  'upload.missing_file': 400,
  'upload.too_complex': 422,
  'upload.busy': 503,
  // Tenancy: every module scopes by municipality and organisation.
  'municipality.unknown': 422,
  'organisation.wrong_kind': 422,
  'server.error': 500,
} as const;

/** Every error code the product knows: the platform's and each module's (declaration merging). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- modules extend it
export interface ErrorCodes extends Record<keyof typeof platformErrors, number> {}

/** Status of every registered code: the platform's, and each module's once its errors file is loaded. */
export const errorStatus: Record<string, number> = { ...platformErrors };

/**
 * A module's error codes with their HTTP status. Registers them for the problem responses; the
 * module adds `declare module '../../platform/errors.js' { interface ErrorCodes extends Codes<typeof x> {} }`
 * so that `new AppError('<its code>')` type-checks.
 */
export function defineErrors<const T extends Record<string, number>>(codes: T): T {
  for (const [code, status] of Object.entries(codes)) {
    const known = errorStatus[code];
    if (known !== undefined && known !== status) throw new Error(`error code ${code} is defined twice with different statuses`);
    errorStatus[code] = status;
  }
  return codes;
}

/** The codes of a module's error table, for the `ErrorCodes` declaration. */
export type Codes<T extends Record<string, number>> = Record<keyof T, number>;

export type ErrorCode = keyof ErrorCodes;

export type FieldIssue = { path: string; code: string; message: string; params?: Record<string, unknown> };

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues: FieldIssue[] = [],
    /** Seconds until a refused caller may try again (the Retry-After header of a 429 or 503). */
    readonly retryAfter?: number,
  ) {
    super(message ?? code);
  }
  get status(): number {
    return errorStatus[this.code] ?? 500;
  }
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId: string;
  issues?: FieldIssue[];
};

export function problem(code: ErrorCode, requestId: string, detail?: string, issues?: FieldIssue[]): Problem {
  return {
    type: `/problems/${code}`,
    title: code,
    status: errorStatus[code] ?? 500,
    code,
    ...(detail ? { detail } : {}),
    requestId,
    ...(issues && issues.length ? { issues } : {}),
  };
}
