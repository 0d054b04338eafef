import { z } from 'zod';
import { ZPage, ZUuid } from '../../../shared/limits.js';

export const ZAuditQuery = ZPage.extend({
  actorUserId: z.string().max(64).optional(),
  subjectUserId: z.string().max(64).optional(),
  organisationId: ZUuid.optional(),
  action: z
    .string()
    .max(64)
    .regex(/^[a-z_.]+$/)
    .optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditRow = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  subject: z.object({ id: z.string(), name: z.string() }).nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  requestId: z.string(),
  details: z.record(z.string(), z.unknown()),
});
