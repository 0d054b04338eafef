import { z } from 'zod';
import { ZLocale, ZText } from '../../../shared/limits.js';

export const ZConceptKind = z.enum(['skill', 'occupation']);
export const ZSpan = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** Where the shown label is in another language than asked, `labelLang` says which. */
export const ZConceptHit = z.object({
  uri: z.string(),
  kind: z.enum(['skill', 'occupation', 'isco']),
  label: z.string(),
  labelLang: z.string(),
  matchedLabel: z.string(),
  score: z.number(),
});

export const ZTaxonomySource = z.object({
  version: z.string().nullable(),
  demo: z.boolean(),
  /** "This service uses the ESCO classification of the European Commission." — shown by the web app wherever ESCO data appears. */
  attribution: z.literal('esco'),
});

export const ZSearchQuery = z.object({
  q: ZText(200, 1),
  kind: ZConceptKind.optional(),
  lang: ZLocale.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;
export const ZSearchResponse = z.object({ items: z.array(ZConceptHit), source: ZTaxonomySource });

export const ZLinkRequest = z
  .object({
    text: z.string().min(1).max(20_000),
    kinds: z.array(ZConceptKind).min(1).max(2).default(['skill', 'occupation']),
    lang: ZLocale.optional(),
    limit: z.number().int().min(1).max(100).default(30),
  })
  .strict();
export type TLinkRequest = z.infer<typeof ZLinkRequest>;
export const ZLinkResponse = z.object({
  items: z.array(ZConceptHit.omit({ matchedLabel: true }).extend({ evidence: z.array(ZSpan) })),
  source: ZTaxonomySource,
});

export const ZConceptQuery = z.object({ uri: z.string().min(5).max(300), lang: ZLocale.optional() });
const ZNamed = z.object({ uri: z.string(), label: z.string(), labelLang: z.string() });
export const ZConceptView = z.object({
  uri: z.string(),
  kind: z.enum(['skill', 'occupation', 'isco', 'skill_group']),
  code: z.string().nullable(),
  label: z.string(),
  labelLang: z.string(),
  alternativeLabels: z.array(z.string()),
  description: z.string().nullable(),
  descriptionLang: z.string().nullable(),
  /** Preferred label in each language the taxonomy has. */
  labels: z.record(z.string(), z.string()),
  broader: z.array(ZNamed),
  essentialSkills: z.array(ZNamed),
  optionalSkills: z.array(ZNamed),
  source: ZTaxonomySource,
});

export const ZTaxonomyStatus = z.object({
  source: ZTaxonomySource,
  languages: z.array(z.string()),
  importedAt: z.string().nullable(),
  concepts: z.object({ skill: z.number(), occupation: z.number(), isco: z.number(), skillGroup: z.number() }),
});
