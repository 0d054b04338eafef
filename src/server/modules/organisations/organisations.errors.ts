import { defineErrors, type Codes } from '../../platform/errors.js';

/** Organisations: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const organisationErrors = defineErrors({
  'organisation.name_taken': 409,
  'organisation.business_id_taken': 409,
  'organisation.business_id_invalid': 422,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof organisationErrors> {}
}
