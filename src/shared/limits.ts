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

/** A UTF-16 surrogate without its other half. */
export const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Text PostgreSQL can store: no NUL character and no lone UTF-16 surrogate (a JSON `"\ud800"`
 * escape parses to one). The server refuses such text in every request (platform/http.ts); the
 * text builders below carry the same rule so that web forms show it next to the field.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}
/** Issue code and catalog key (`validation.invalid_text`) of text that cannot be stored. */
export const invalidText = 'invalid_text';
/** A trimmed text of `min` to `max` characters that can be stored. */
export const ZText = (max: number, min = 0) => z.string().trim().min(min).max(max).refine(isStorableText, { message: invalidText });

export const ZLocale = z.enum(locales);
export const ZName = ZText(limits.name, 1);
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
  ZText(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(limits.pageSize).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Path parameters of a route addressing one row by its id. */
export const ZIdParams = z.object({ id: ZUuid });
