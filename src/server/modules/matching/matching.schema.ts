import { z } from 'zod';
import { cefrLevels } from '../../../shared/profile.js';
import { ZConceptRef } from '../../../shared/concepts.js';

export const ZMatchQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(50) });

/** Why a profile and an opening match, concept by concept, in the reader's language. */
export const ZExplanation = z.object({
  skills: z.array(
    z.object({
      required: ZConceptRef,
      essential: z.boolean(),
      via: ZConceptRef.nullable(),
      relation: z.enum(['exact', 'narrower', 'broader', 'related', 'sibling']).nullable(),
    }),
  ),
  occupation: z.object({
    relation: z.enum(['same', 'same_isco_group', 'same_isco_minor_group', 'none']),
    via: ZConceptRef.nullable(),
  }),
  languages: z.array(
    z.object({
      code: z.string(),
      required: z.enum(cefrLevels),
      actual: z.enum(cefrLevels).nullable(),
      must: z.boolean(),
      met: z.boolean(),
    }),
  ),
  location: z.object({ met: z.boolean(), reason: z.enum(['remote', 'home_municipality', 'wished_municipality', 'anywhere', 'elsewhere']) }),
  availability: z.object({ met: z.boolean(), monthsLate: z.number() }),
  blockers: z.array(z.object({ kind: z.literal('language'), code: z.string() })),
});

/** A pseudonymised candidate: the public reference, never a name. */
export const ZCandidate = z.object({
  publicRef: z.string(),
  /** 0..100. */
  score: z.number(),
  municipalityCode: z.string(),
  availableFrom: z.string().nullable(),
  explanation: ZExplanation,
});

export const ZOpeningMatch = z.object({
  opening: z.object({
    id: z.string(),
    title: z.string(),
    employer: z.string(),
    occupation: ZConceptRef,
    municipalityCodes: z.array(z.string()),
    remote: z.enum(['on_site', 'hybrid', 'remote']),
  }),
  score: z.number(),
  explanation: ZExplanation,
});

const ZWeight = z.number().min(0).max(1);
/**
 * Relative weights of the parts of a match; at least one must be above zero as stored (weights
 * are kept in single precision, where a weight below about 1e-45 is zero).
 */
export const ZMatchWeights = z
  .object({
    essentialSkills: ZWeight,
    optionalSkills: ZWeight,
    occupation: ZWeight,
    languages: ZWeight,
    location: ZWeight,
    availability: ZWeight,
  })
  .strict()
  .refine((w) => Object.values(w).some((v) => Math.fround(v) > 0), { message: 'weights_all_zero' });
export const ZMatchWeightsView = z.object({ weights: ZMatchWeights, defaults: ZMatchWeights, custom: z.boolean() });

const csv = (max: number) =>
  z
    .string()
    .max(4000)
    .transform((v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().min(1).max(300)).max(max));

/** Filters of the talent pool; lists are comma-separated in the query string. */
export const ZTalentPoolQuery = z.object({
  skills: csv(20).optional(),
  occupation: z.string().min(10).max(300).optional(),
  /** Language requirements as `code:level`, e.g. `fi:B1,en:B2`. */
  languages: csv(5)
    .pipe(z.array(z.string().regex(/^[a-z]{2}:(A1|A2|B1|B2|C1|C2|native)$/)))
    .optional(),
  municipalities: csv(20)
    .pipe(z.array(z.string().regex(/^\d{3}$/)))
    .optional(),
  /** Available to start by this date. */
  availableBy: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(50),
});
export type TTalentPoolQuery = z.infer<typeof ZTalentPoolQuery>;
