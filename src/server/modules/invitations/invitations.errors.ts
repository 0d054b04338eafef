import { defineErrors, type Codes } from '../../platform/errors.js';

/** Invitations: error codes and their HTTP status (the web app translates `errors.<code>`). */
export const invitationErrors = defineErrors({
  'invitation.invalid': 410,
  'invitation.email_mismatch': 403,
  'invitation.sign_in_required': 409,
});

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Codes<typeof invitationErrors> {}
}
