import { z } from 'zod';
import { ZUuid } from '../../../shared/limits.js';
import { consentKinds } from '../../../shared/profile.js';

export const ZConsentView = z.object({
  id: ZUuid,
  kind: z.enum(consentKinds),
  organisation: z.object({ id: ZUuid, name: z.string() }).nullable(),
  purpose: z.string(),
  textVersion: z.string(),
  method: z.enum(['self_service', 'in_person']),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const ZConsents = z.object({
  textVersion: z.string(),
  active: z.array(ZConsentView),
  history: z.array(ZConsentView),
  /** Partner organisations of the hub the person can share their profile with. */
  organisations: z.array(z.object({ id: ZUuid, name: z.string(), partnerType: z.string().nullable() })),
});

export const ZGrantConsentRequest = z
  .object({
    kind: z.enum(consentKinds),
    organisationId: ZUuid.nullable().default(null),
    /** The version of the text the person was shown; must be the current one. */
    textVersion: z.string().min(1).max(20),
  })
  .strict();
export type TGrantConsentRequest = z.infer<typeof ZGrantConsentRequest>;

export const ZExportQuery = z.object({ format: z.enum(['json', 'html']).default('json') });

export const ZAccessLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const ZAccessLogRow = z.object({
  at: z.string(),
  action: z.string(),
  reader: z.object({ name: z.string().nullable(), roles: z.array(z.string()), organisations: z.array(z.string()) }),
});

export const ZEraseRequest = z
  .object({
    password: z.string().min(1).max(128),
    /** The person ticked "I understand that this cannot be undone". */
    confirmed: z.literal(true),
  })
  .strict();
