import { z } from 'zod';
import { ZOptionalText, ZUuid } from '../../../shared/limits.js';
import { ZRefParams } from '../../../shared/profile.js';
import { contactOutcomes, contactStatuses } from './contacts.tables.js';

/** Field limits of contact requests, defined once for server and web. */
export const contactLimits = { message: 1000 } as const;

export const ZCreateContactRequest = z.object({
  publicRef: ZRefParams.shape.ref,
  message: ZOptionalText(contactLimits.message),
});
export type TCreateContactRequest = z.infer<typeof ZCreateContactRequest>;

export const ZOutcomeRequest = z.object({ outcome: z.enum(contactOutcomes) });
export type TOutcomeRequest = z.infer<typeof ZOutcomeRequest>;

export const ZContactIdParams = z.object({ id: ZUuid });

/** The talent's contact details: present only on an accepted request, for its employer only. */
export const ZContactDetails = z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() });

/** A contact request as the opening's employer sees it. */
export const ZEmployerContactRequest = z.object({
  id: z.string(),
  openingId: z.string(),
  publicRef: z.string(),
  message: z.string().nullable(),
  status: z.enum(contactStatuses),
  outcome: z.enum(contactOutcomes).nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  contact: ZContactDetails.nullable(),
});

/** A contact request as the talent sees it. */
export const ZMyContactRequest = z.object({
  id: z.string(),
  employer: z.string(),
  opening: z.object({ id: z.string(), title: z.string() }),
  message: z.string().nullable(),
  status: z.enum(contactStatuses),
  outcome: z.enum(contactOutcomes).nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
});
