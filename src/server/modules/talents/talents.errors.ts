import { defineErrors, type Codes } from '../../platform/errors.js';

/** Talent profiles: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const talentErrors = defineErrors({
  'profile.not_found': 404,
  'profile.limit_reached': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof talentErrors> {}
}
