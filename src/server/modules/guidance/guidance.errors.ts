import { defineErrors, type Codes } from '../../platform/errors.js';

/** Case management: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const guidanceErrors = defineErrors({
  'case.not_found': 404,
  'case.exists': 409,
  'case.assignee_invalid': 422,
  'note.not_found': 404,
  'plan.not_found': 404,
  'referral.not_found': 404,
  'referral.not_shared': 422,
  'referral.exists': 409,
  'referral.wrong_status': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof guidanceErrors> {}
}
