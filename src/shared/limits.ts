import { z } from 'zod';
import { isValidBusinessId } from '../core/finland/business-id.js';
import { locales } from './locales.js';

/** Field limits and shapes defined once, for server validation and web forms alike. */
export const limits = {
  name: 200,
  email: 254,
  passwordMin: 10,
  passwordMax: 128,
  organisationName: 200,
  search: 200,
  pageSize: 100,
} as const;

export const ZLocale = z.enum(locales);
export const ZName = z.string().trim().min(1).max(limits.name);
export const ZEmail = z
  .email()
  .max(limits.email)
  .transform((e) => e.toLowerCase());
export const ZPassword = z.string().min(limits.passwordMin).max(limits.passwordMax);
export const ZMunicipalityCode = z.string().regex(/^\d{3}$/);
export const ZBusinessId = z
  .string()
  .trim()
  .regex(/^\d{7}-\d$/)
  .refine(isValidBusinessId, { message: 'business_id_checksum' });
export const ZUuid = z.uuid();
/** An optional free text of at most `max` characters: blank or missing becomes null. */
export const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(limits.pageSize).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
