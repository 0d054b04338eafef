import { defineErrors, type Codes } from '../../platform/errors.js';

/** Taxonomy: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const taxonomyErrors = defineErrors({
  'concept.unknown': 422,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof taxonomyErrors> {}
}
