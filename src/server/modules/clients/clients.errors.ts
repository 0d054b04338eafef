import { defineErrors, type Codes } from '../../platform/errors.js';

/** A counsellor's clients: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const clientErrors = defineErrors({
  'client.account_in_use': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof clientErrors> {}
}
