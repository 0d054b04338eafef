import { defineErrors, type Codes } from '../../platform/errors.js';

/** Contact requests: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const contactErrors = defineErrors({
  'contact.not_found': 404,
  'contact.exists': 409,
  'contact.wrong_status': 409,
  'contact.rate_limited': 429,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof contactErrors> {}
}
