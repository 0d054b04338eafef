import { defineMail, type Templates } from '../../platform/mail.js';

/** Mail this module sends; texts are the catalog messages `mail.<template>.subject|body`, in the recipient's language. */
export const invitationMail = defineMail(['invitation']);

declare module '../../platform/mail.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MailTemplates extends Templates<typeof invitationMail> {}
}
