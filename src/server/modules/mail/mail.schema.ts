import { z } from 'zod';

export const ZOutboxRow = z.object({
  id: z.string(),
  to: z.string(),
  template: z.string(),
  locale: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
