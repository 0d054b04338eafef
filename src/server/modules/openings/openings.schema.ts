import { z } from 'zod';
import { openingKinds, openingStatuses } from '../../../shared/employer.js';
import { isLanguageCode } from '../../../shared/iso.js';
import { limits, ZMunicipalityCode, ZPage, ZUuid, ZText } from '../../../shared/limits.js';
import { cefrLevels, remoteWishes, workingTimes } from '../../../shared/profile.js';
import { ZIndustry, ZOrganisationSize } from '../../../shared/organisations.js';
import { ZConceptRef, ZConceptUri } from '../../../shared/concepts.js';

/** Field limits of an opening, defined once for server and web. */
export const openingLimits = {
  title: 200,
  description: 8000,
  skills: 60,
  languages: 10,
  municipalities: 60,
  /** EUR per month. */
  salary: 100_000,
} as const;

const ZLanguage = z.string().refine(isLanguageCode, { message: 'language_unknown' });
const unique = <T>(items: T[], key: (v: T) => string) => new Set(items.map(key)).size === items.length;
const ZSalary = z.number().int().min(0).max(openingLimits.salary).nullable();

export const ZOpeningKind = z.enum(openingKinds);
export const ZOpeningStatus = z.enum(openingStatuses);

export const ZOpeningSkill = z.object({ uri: ZConceptUri, essential: z.boolean() }).strict();
export const ZLanguageRequirement = z.object({ language: ZLanguage, level: z.enum(cefrLevels), must: z.boolean() }).strict();

/** The whole opening, as created and replaced (PUT). Status changes have their own use cases. */
export const ZOpeningRequest = z
  .object({
    kind: ZOpeningKind,
    title: ZText(openingLimits.title, 1),
    occupationUri: ZConceptUri,
    description: ZText(openingLimits.description, 1),
    descriptionLang: ZLanguage.nullable(),
    skills: z
      .array(ZOpeningSkill)
      .max(openingLimits.skills)
      .refine((items) => unique(items, (s) => s.uri), { message: 'duplicate' }),
    languages: z
      .array(ZLanguageRequirement)
      .max(openingLimits.languages)
      .refine((items) => unique(items, (l) => l.language), { message: 'duplicate' }),
    municipalityCodes: z
      .array(ZMunicipalityCode)
      .max(openingLimits.municipalities)
      .refine((items) => unique(items, (v) => v), { message: 'duplicate' }),
    remote: z.enum(remoteWishes),
    workingTime: z.enum(workingTimes),
    /** Null: as soon as possible. */
    startDate: z.iso.date().nullable(),
    salaryMin: ZSalary,
    salaryMax: ZSalary,
  })
  .strict()
  .refine((v) => v.salaryMin === null || v.salaryMax === null || v.salaryMin <= v.salaryMax, {
    message: 'salary_range',
    path: ['salaryMax'],
  })
  .refine((v) => v.remote === 'remote' || v.municipalityCodes.length > 0, {
    message: 'municipality_required',
    path: ['municipalityCodes'],
  });
export type TOpeningRequest = z.infer<typeof ZOpeningRequest>;

export const ZListOpeningsQuery = ZPage.extend({ status: ZOpeningStatus.optional(), kind: ZOpeningKind.optional() });
export type TListOpeningsQuery = z.infer<typeof ZListOpeningsQuery>;
export const ZListHubOpeningsQuery = ZListOpeningsQuery.extend({ organisationId: ZUuid.optional() });
export type TListHubOpeningsQuery = z.infer<typeof ZListHubOpeningsQuery>;
export const ZListPublishedQuery = ZPage.extend({ kind: ZOpeningKind.optional() });
export type TListPublishedQuery = z.infer<typeof ZListPublishedQuery>;

export const ZSuggestSkillsRequest = z
  .object({
    occupationUri: ZConceptUri.optional(),
    description: z.string().max(openingLimits.description),
    /** Language of the description, when known; the text is read in every language anyway. */
    lang: ZLanguage.optional(),
  })
  .strict();
export type TSuggestSkillsRequest = z.infer<typeof ZSuggestSkillsRequest>;
export const skillSuggestionSources = ['occupation_essential', 'occupation_optional', 'description'] as const;
export const ZSkillSuggestion = ZConceptRef.extend({
  source: z.enum(skillSuggestionSources),
  /** The words of the description the skill was found from. */
  evidence: z.string().nullable(),
});
export const ZSuggestSkillsResponse = z.object({ items: z.array(ZSkillSuggestion) });

const ZSkillView = ZConceptRef.extend({ essential: z.boolean() });
const ZLanguageView = z.object({ language: z.string(), level: z.enum(cefrLevels), must: z.boolean() });

/** What every audience sees of an opening's content. */
const ZOpeningContent = z.object({
  id: ZUuid,
  kind: ZOpeningKind,
  title: z.string(),
  occupation: ZConceptRef,
  description: z.string(),
  descriptionLang: z.string().nullable(),
  skills: z.array(ZSkillView),
  languages: z.array(ZLanguageView),
  municipalityCodes: z.array(z.string()),
  remote: z.enum(remoteWishes),
  workingTime: z.enum(workingTimes),
  startDate: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
});

/** The opening as the employer's users and the coordinators serving the employer see it. */
export const ZOpening = ZOpeningContent.extend({
  organisation: z.object({ id: ZUuid, name: z.string() }),
  status: ZOpeningStatus,
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TOpening = z.infer<typeof ZOpening>;

/** A row of a list for the employer, coordinators and hub administrators. */
export const ZOpeningRow = ZOpening.pick({
  id: true,
  organisation: true,
  kind: true,
  title: true,
  occupation: true,
  municipalityCodes: true,
  remote: true,
  status: true,
  publishedAt: true,
  closedAt: true,
  updatedAt: true,
});
export type TOpeningRow = z.infer<typeof ZOpeningRow>;

/** The employer as talents see it next to a published opening. */
export const ZPublicEmployer = z.object({
  name: z.string(),
  municipalityCode: z.string(),
  industry: ZIndustry.nullable(),
  size: ZOrganisationSize.nullable(),
});

/** A published opening as talents see it: its content and the employer, nothing internal. */
export const ZPublicOpening = ZOpeningContent.extend({ employer: ZPublicEmployer, publishedAt: z.string() });
export type TPublicOpening = z.infer<typeof ZPublicOpening>;
export const ZPublicOpeningRow = ZPublicOpening.pick({
  id: true,
  kind: true,
  title: true,
  occupation: true,
  employer: true,
  languages: true,
  municipalityCodes: true,
  remote: true,
  workingTime: true,
  startDate: true,
  salaryMin: true,
  salaryMax: true,
  publishedAt: true,
});
export type TPublicOpeningRow = z.infer<typeof ZPublicOpeningRow>;

export const ZListEmployersQuery = ZPage.extend({
  q: ZText(limits.search).optional(),
  /** Only the employers I serve. */
  mine: z.stringbool().optional(),
});
export type TListEmployersQuery = z.infer<typeof ZListEmployersQuery>;
export const ZEmployerRow = z.object({
  id: ZUuid,
  name: z.string(),
  municipalityCode: z.string(),
  industry: ZIndustry.nullable(),
  size: ZOrganisationSize.nullable(),
  servedByMe: z.boolean(),
});
export const ZEmployerService = z.object({ organisationId: ZUuid, servedByMe: z.boolean() });

export { ZIdParams } from '../../../shared/limits.js';
