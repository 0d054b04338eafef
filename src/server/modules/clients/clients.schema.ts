import { z } from 'zod';
import { limits, ZEmail, ZLocale, ZMunicipalityCode, ZName, ZPage, ZText, ZUuid } from '../../../shared/limits.js';

export const ZClientParams = z.object({ userId: ZUuid });

/** A counsellor creates a profile for a walk-in client, with the consents the client gave. */
export const ZCreateClientRequest = z
  .object({
    name: ZName,
    email: ZEmail,
    municipalityCode: ZMunicipalityCode,
    locale: ZLocale,
    consents: z
      .object({
        /** Always required: the counsellor's own organisation may hold the profile. */
        organisation: z.literal(true),
        hubCounsellors: z.boolean(),
        employerVisibility: z.boolean(),
      })
      .strict(),
    invite: z.boolean(),
  })
  .strict();
export type TCreateClientRequest = z.infer<typeof ZCreateClientRequest>;

export const ZListClientsQuery = ZPage.extend({ q: ZText(limits.search).optional() });
export type TListClientsQuery = z.infer<typeof ZListClientsQuery>;
export const ZClientRow = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  municipalityCode: z.string(),
  completeness: z.number(),
  sharedWith: z.array(z.enum(['hub', 'organisation'])),
  hasAccount: z.boolean(),
  updatedAt: z.string(),
});
