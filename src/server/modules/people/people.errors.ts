import { defineErrors, type Codes } from '../../platform/errors.js';

/** People and sign-up: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const peopleErrors = defineErrors({
  'user.email_taken': 409,
  'signup.link_invalid': 410,
  'user.already_member': 409,
  'membership.last_admin': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof peopleErrors> {}
}
