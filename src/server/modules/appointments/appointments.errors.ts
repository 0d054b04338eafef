import { defineErrors, type Codes } from '../../platform/errors.js';

/** Appointments: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const appointmentErrors = defineErrors({
  'slot.not_found': 404,
  'slot.full': 409,
  'slot.already_booked': 409,
  'slot.past': 409,
  'slot.cancelled': 409,
  'slot.overlap': 409,
  'booking.not_found': 404,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof appointmentErrors> {}
}
