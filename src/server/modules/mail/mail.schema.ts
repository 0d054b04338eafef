import { z } from 'zod';

export const ZOutboxRow = z.object({
  id: z.string(),
  to: z.string(),
  template: z.string(),
  locale: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The links of the body were replaced: the mail is to a real address (decision 0012). */
  linksHidden: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
