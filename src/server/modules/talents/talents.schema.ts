import { z } from 'zod';
import { ZMunicipalityCode, ZName, ZText } from '../../../shared/limits.js';
import { isCountryCode, isLanguageCode } from '../../../shared/iso.js';
import { ZConceptRef, ZConceptUri } from '../../../shared/concepts.js';
import { ZRefParams } from '../../../shared/profile.js';
import {
  cefrLevels,
  drivingLicenceClasses,
  iscedLevels,
  permitBases,
  profileSections,
  recognitionStatuses,
  remoteWishes,
  skillSources,
  workingTimes,
} from '../../../shared/profile.js';

export { ZConceptRef, ZConceptUri };

/** Field limits of the profile, defined once for server and web. */
export const profileLimits = {
  phone: 40,
  text: 200,
  description: 4000,
  educationItems: 20,
  workItems: 30,
  skills: 200,
  languages: 30,
  wishOccupations: 20,
  wishMunicipalities: 60,
  skillYears: 60,
} as const;

const thisYear = () => new Date().getFullYear();
const ZYear = z.number().int().min(1940).max(2100);
const ZProfileText = ZText(profileLimits.text, 1);
const ZOptionalText = ZText(profileLimits.text)
  .nullable()
  .transform((v) => (v ? v : null));
const ZCountry = z.string().refine(isCountryCode, { message: 'country_unknown' });
const ZLanguage = z.string().refine(isLanguageCode, { message: 'language_unknown' });

const yearsInOrder = (v: { startYear: number | null; endYear: number | null }) =>
  v.startYear === null || v.endYear === null || v.endYear >= v.startYear;
const unique = <T>(items: T[], key: (v: T) => string) => new Set(items.map(key)).size === items.length;

export const ZBasicsRequest = z
  .object({
    name: ZName,
    municipalityCode: ZMunicipalityCode,
    phone: z
      .string()
      .trim()
      .max(profileLimits.phone)
      .regex(/^(\+?[0-9][0-9 ()-]{4,})?$/, { message: 'phone_format' })
      .nullable()
      .transform((v) => (v ? v : null)),
    arrivalYear: ZYear.nullable().refine((y) => y === null || y <= thisYear(), { message: 'year_in_future' }),
    permitBasis: z.enum(permitBases).nullable(),
    availableFrom: z.iso.date().nullable(),
    workingTime: z.enum(workingTimes).nullable(),
    drivingLicences: z
      .array(z.enum(drivingLicenceClasses))
      .max(drivingLicenceClasses.length)
      .refine((items) => unique(items, (v) => v), { message: 'duplicate' }),
  })
  .strict();
export type TBasicsRequest = z.infer<typeof ZBasicsRequest>;

export const ZEducationItem = z
  .object({
    level: z.enum(iscedLevels),
    field: ZProfileText,
    country: ZCountry,
    institution: ZOptionalText,
    startYear: ZYear.nullable(),
    endYear: ZYear.nullable(),
    recognition: z.enum(recognitionStatuses),
  })
  .strict()
  .refine(yearsInOrder, { message: 'end_before_start', path: ['endYear'] });
export const ZEducationRequest = z.object({ items: z.array(ZEducationItem).max(profileLimits.educationItems) }).strict();
export type TEducationRequest = z.infer<typeof ZEducationRequest>;

export const ZWorkItem = z
  .object({
    title: ZProfileText,
    occupationUri: ZConceptUri.nullable(),
    employer: ZOptionalText,
    country: ZCountry,
    startYear: ZYear.nullable(),
    endYear: ZYear.nullable(),
    description: z
      .string()
      .trim()
      .max(profileLimits.description)
      .nullable()
      .transform((v) => (v ? v : null)),
  })
  .strict()
  .refine(yearsInOrder, { message: 'end_before_start', path: ['endYear'] });
export const ZWorkRequest = z.object({ items: z.array(ZWorkItem).max(profileLimits.workItems) }).strict();
export type TWorkRequest = z.infer<typeof ZWorkRequest>;

export const ZSkillItem = z
  .object({
    uri: ZConceptUri.nullable(),
    label: ZProfileText,
    years: z.number().int().min(0).max(profileLimits.skillYears).nullable(),
    source: z.enum(skillSources).default('manual'),
  })
  .strict();
export const ZSkillsRequest = z
  .object({
    items: z
      .array(ZSkillItem)
      .max(profileLimits.skills)
      .refine((items) => unique(items, (s) => s.uri ?? s.label.toLowerCase()), { message: 'duplicate' }),
  })
  .strict();
export type TSkillsRequest = z.infer<typeof ZSkillsRequest>;

export const ZLanguageItem = z.object({ language: ZLanguage, level: z.enum(cefrLevels) }).strict();
export const ZLanguagesRequest = z
  .object({
    items: z
      .array(ZLanguageItem)
      .max(profileLimits.languages)
      .refine((items) => unique(items, (l) => l.language), { message: 'duplicate' }),
  })
  .strict();
export type TLanguagesRequest = z.infer<typeof ZLanguagesRequest>;

export const ZWishesRequest = z
  .object({
    occupationUris: z
      .array(ZConceptUri)
      .max(profileLimits.wishOccupations)
      .refine((items) => unique(items, (v) => v), { message: 'duplicate' }),
    municipalityCodes: z
      .array(ZMunicipalityCode)
      .max(profileLimits.wishMunicipalities)
      .refine((items) => unique(items, (v) => v), { message: 'duplicate' }),
    remote: z.enum(remoteWishes).nullable(),
  })
  .strict();
export type TWishesRequest = z.infer<typeof ZWishesRequest>;

export const sectionSchemas = {
  basics: ZBasicsRequest,
  education: ZEducationRequest,
  work: ZWorkRequest,
  skills: ZSkillsRequest,
  languages: ZLanguagesRequest,
  wishes: ZWishesRequest,
} as const;

/** A concept reference as shown: its label in the reader's language, or the language it is in. */

const ZEducationView = z.object({
  level: z.enum(iscedLevels),
  field: z.string(),
  country: z.string(),
  institution: z.string().nullable(),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  recognition: z.enum(recognitionStatuses),
});
const ZWorkView = z.object({
  title: z.string(),
  occupation: ZConceptRef.nullable(),
  employer: z.string().nullable(),
  country: z.string(),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  description: z.string().nullable(),
});
const ZSkillView = z.object({
  uri: z.string().nullable(),
  label: z.string(),
  labelLang: z.string().nullable(),
  years: z.number().nullable(),
  source: z.enum(skillSources),
});
const ZLanguageView = z.object({ language: z.string(), level: z.enum(cefrLevels) });

export const ZCompleteness = z.object({
  percent: z.number().int().min(0).max(100),
  missing: z.array(z.enum([...profileSections, 'cv'])),
});

export const ZSuggestion = z.object({
  id: z.string(),
  kind: z.enum(['skill', 'occupation']),
  concept: ZConceptRef,
  evidence: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
});

export const ZCvInfo = z.object({ fileName: z.string(), mediaType: z.string(), size: z.number(), uploadedAt: z.string() });

/** The whole profile, as the person (and a counsellor they share it with) sees it. */
export const ZProfile = z.object({
  userId: z.string(),
  publicRef: z.string(),
  name: z.string(),
  email: z.string(),
  municipalityCode: z.string(),
  basics: z.object({
    phone: z.string().nullable(),
    arrivalYear: z.number().nullable(),
    permitBasis: z.enum(permitBases).nullable(),
    availableFrom: z.string().nullable(),
    workingTime: z.enum(workingTimes).nullable(),
    drivingLicences: z.array(z.string()),
  }),
  education: z.array(ZEducationView),
  work: z.array(ZWorkView),
  skills: z.array(ZSkillView),
  languages: z.array(ZLanguageView),
  wishes: z.object({ occupations: z.array(ZConceptRef), municipalityCodes: z.array(z.string()), remote: z.enum(remoteWishes).nullable() }),
  cv: ZCvInfo.nullable(),
  suggestions: z.array(ZSuggestion),
  completeness: ZCompleteness,
  createdByCounsellor: z.boolean(),
  updatedAt: z.string(),
});
export type TProfile = z.infer<typeof ZProfile>;

/**
 * The pseudonymised profile employers see: no name, contact details, photo, birth year,
 * nationality or CV file; no employer names, institutions' free text or descriptions either,
 * as free text can name the person; no residence-permit basis or arrival year, which can
 * reveal nationality.
 */
export const ZEmployerView = z.object({
  publicRef: z.string(),
  municipalityCode: z.string(),
  availableFrom: z.string().nullable(),
  workingTime: z.enum(workingTimes).nullable(),
  drivingLicences: z.array(z.string()),
  education: z.array(ZEducationView.pick({ level: true, field: true, country: true, startYear: true, endYear: true, recognition: true })),
  work: z.array(ZWorkView.pick({ title: true, occupation: true, country: true, startYear: true, endYear: true })),
  skills: z.array(ZSkillView.pick({ uri: true, label: true, labelLang: true, years: true })),
  languages: z.array(ZLanguageView),
  wishes: z.object({ occupations: z.array(ZConceptRef), municipalityCodes: z.array(z.string()), remote: z.enum(remoteWishes).nullable() }),
});
export type TEmployerView = z.infer<typeof ZEmployerView>;

export const ZSectionParams = z.object({ section: z.enum(profileSections) });
export { ZRefParams };
export const ZSuggestionParams = z.object({ id: z.uuid() });
export const ZSuggestionDecision = z.object({ decision: z.enum(['accept', 'reject']) }).strict();

// The counsellor's client contracts are the clients module's; the web app still imports them from here.
// eslint-disable-next-line talenthub/module-boundaries -- kept until src/web imports clients.schema
export { ZClientRow, ZCreateClientRequest, type TCreateClientRequest } from '../clients/clients.schema.js';
