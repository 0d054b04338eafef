import { defineErrors, type Codes } from '../../platform/errors.js';

/** Job openings: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const openingErrors = defineErrors({
  'opening.not_found': 404,
  'opening.wrong_status': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof openingErrors> {}
}
