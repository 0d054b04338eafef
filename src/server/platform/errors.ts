/**
 * Typed domain errors. Services throw these; the HTTP layer maps them to RFC 9457 problem
 * responses. `code` is stable and is the key the web app translates (`errors.<code>`).
 */
export const errorStatus = {
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
  'user.email_taken': 409,
  'signup.link_invalid': 410,
  'user.already_member': 409,
  'organisation.name_taken': 409,
  'organisation.wrong_kind': 422,
  'organisation.business_id_taken': 409,
  'organisation.business_id_invalid': 422,
  'invitation.invalid': 410,
  'invitation.email_mismatch': 403,
  'invitation.sign_in_required': 409,
  'municipality.unknown': 422,
  'membership.last_admin': 409,
  'upload.unsupported_type': 415,
  'upload.unreadable': 422,
  'upload.missing_file': 400,
  'upload.too_complex': 422,
  'upload.busy': 503,
  'concept.unknown': 422,
  'profile.not_found': 404,
  'profile.limit_reached': 409,
  'client.account_in_use': 409,
  'consent.outdated_text': 409,
  'consent.not_partner': 422,
  'person.password_wrong': 403,
  'opening.not_found': 404,
  'opening.wrong_status': 409,
  'contact.not_found': 404,
  'contact.exists': 409,
  'contact.wrong_status': 409,
  'contact.rate_limited': 429,
  'case.not_found': 404,
  'case.exists': 409,
  'case.assignee_invalid': 422,
  'note.not_found': 404,
  'plan.not_found': 404,
  'referral.not_found': 404,
  'referral.not_shared': 422,
  'referral.exists': 409,
  'referral.wrong_status': 409,
  'slot.not_found': 404,
  'slot.full': 409,
  'slot.already_booked': 409,
  'slot.past': 409,
  'slot.cancelled': 409,
  'slot.overlap': 409,
  'booking.not_found': 404,
  'service_point.not_found': 404,
  'walk_in.not_found': 404,
  'walk_in.locked': 409,
  'walk_in.point_not_yours': 403,
  'server.error': 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

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
    return errorStatus[this.code];
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
    status: errorStatus[code],
    code,
    ...(detail ? { detail } : {}),
    requestId,
    ...(issues && issues.length ? { issues } : {}),
  };
}
