import { defineErrors, type Codes } from '../../platform/errors.js';

/** Walk-ins and service points: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const walkInErrors = defineErrors({
  'service_point.not_found': 404,
  'walk_in.not_found': 404,
  'walk_in.locked': 409,
  'walk_in.point_not_yours': 403,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof walkInErrors> {}
}
