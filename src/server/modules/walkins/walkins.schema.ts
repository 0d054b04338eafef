import { z } from 'zod';
import { ageBands, walkInLanguages, walkInTopics } from '../../../shared/guidance.js';
import { ZMunicipalityCode, ZUuid, ZText } from '../../../shared/limits.js';

/** The longest span of days the figures are given for in one request. */
export const maxFigureDays = 366;

/** Field limits of walk-ins and service points, defined once for server and web. */
export const walkInLimits = { servicePointName: 200, topics: walkInTopics.length } as const;

export const ZWalkInRequest = z.object({
  servicePointId: ZUuid,
  /** When the visit happened; now when left out. Earlier today is allowed, the future is not. */
  at: z.iso.datetime({ offset: true }).optional(),
  topics: z
    .array(z.enum(walkInTopics))
    .min(1)
    .max(walkInLimits.topics)
    .refine((t) => new Set(t).size === t.length, { message: 'duplicate' }),
  language: z.enum(walkInLanguages),
  ageBand: z.enum(ageBands),
  referralGiven: z.boolean().default(false),
  nextStepGiven: z.boolean().default(false),
});
export type TWalkInRequest = z.infer<typeof ZWalkInRequest>;

export const ZWalkIn = z.object({
  id: z.string(),
  servicePointId: z.string(),
  servicePointName: z.string(),
  at: z.string(),
  topics: z.array(z.enum(walkInTopics)),
  language: z.enum(walkInLanguages),
  ageBand: z.enum(ageBands),
  referralGiven: z.boolean(),
  nextStepGiven: z.boolean(),
});
export type TWalkIn = z.infer<typeof ZWalkIn>;

/** A saved walk-in, with how many the service point has had today (all advisers together). */
export const ZSavedWalkIn = z.object({ item: ZWalkIn, todayAtPoint: z.number().int() });
export type TSavedWalkIn = z.infer<typeof ZSavedWalkIn>;

export const ZMineQuery = z.object({ date: z.iso.date().optional() });
export const ZMyWalkIns = z.object({ date: z.string(), editable: z.boolean(), items: z.array(ZWalkIn) });
export type TMyWalkIns = z.infer<typeof ZMyWalkIns>;

export const ZServicePointsQuery = z.object({ include: z.enum(['active', 'all']).default('active') });

export const ZServicePoint = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  municipalityCode: z.string().nullable(),
  active: z.boolean(),
  /** Whether the point is run by an organisation the actor is an adviser of. */
  own: z.boolean(),
});
export type TServicePoint = z.infer<typeof ZServicePoint>;

const ZServicePointName = ZText(walkInLimits.servicePointName, 1);

export const ZCreateServicePointRequest = z.object({
  name: ZServicePointName,
  organisationId: ZUuid,
  municipalityCode: ZMunicipalityCode.nullish().transform((v) => v ?? null),
  active: z.boolean().default(true),
});
export type TCreateServicePointRequest = z.infer<typeof ZCreateServicePointRequest>;

export const ZUpdateServicePointRequest = z
  .object({
    name: ZServicePointName,
    organisationId: ZUuid,
    municipalityCode: ZMunicipalityCode.nullable(),
    active: z.boolean(),
  })
  .partial();
export type TUpdateServicePointRequest = z.infer<typeof ZUpdateServicePointRequest>;

export const ZFiguresQuery = z.object({ from: z.iso.date(), to: z.iso.date(), servicePointId: ZUuid.optional() }).superRefine((q, ctx) => {
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
  else if (days > maxFigureDays) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
});
export type TFiguresQuery = z.infer<typeof ZFiguresQuery>;

const counts = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), z.number().int());

/** Counts of a day, a month or the whole span. */
export const ZBreakdown = z.object({
  total: z.number().int(),
  referrals: z.number().int(),
  nextSteps: z.number().int(),
  topics: counts(walkInTopics),
  languages: counts(walkInLanguages),
  ageBands: counts(ageBands),
});
export type TBreakdown = z.infer<typeof ZBreakdown>;

export const ZFigures = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  points: z.array(
    z.object({
      servicePoint: z.object({ id: z.string(), name: z.string(), organisationName: z.string(), active: z.boolean() }),
      total: ZBreakdown,
      days: z.array(ZBreakdown.extend({ date: z.string() })),
      months: z.array(ZBreakdown.extend({ month: z.string() })),
    }),
  ),
});
export type TFigures = z.infer<typeof ZFigures>;
