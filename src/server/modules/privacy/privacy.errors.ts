import { defineErrors, type Codes } from '../../platform/errors.js';

/** Consents and GDPR self-service: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const privacyErrors = defineErrors({
  'consent.outdated_text': 409,
  'consent.not_partner': 422,
  'person.password_wrong': 403,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof privacyErrors> {}
}
