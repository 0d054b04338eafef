import { z } from 'zod';

/** A talent's public reference (pseudonym) in a path: `ABCD-1234`. */
export const ZRefParams = z.object({ ref: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/) });

/**
 * Vocabularies of the talent profile, shared by the server's schemas, the database enums and
 * the web forms. Labels live in the catalogs under `profile.<vocabulary>.<value>`.
 */
export const permitBases = ['work', 'studies', 'family', 'temporary_protection', 'eu_citizen', 'permanent', 'other'] as const;
export type PermitBasis = (typeof permitBases)[number];

export const workingTimes = ['full_time', 'part_time', 'either'] as const;
export type WorkingTime = (typeof workingTimes)[number];

export const remoteWishes = ['on_site', 'hybrid', 'remote'] as const;
export type RemoteWish = (typeof remoteWishes)[number];

/** Finnish driving licence categories (Traficom). */
export const drivingLicenceClasses = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'T'] as const;

/** ISCED 2011 levels of education, 1 (primary) to 8 (doctoral). */
export const iscedLevels = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type IscedLevel = (typeof iscedLevels)[number];

/** Recognition of a foreign degree in Finland; `not_needed` for a Finnish degree. */
export const recognitionStatuses = ['not_needed', 'not_started', 'applied', 'recognised', 'partly_recognised'] as const;
export type RecognitionStatus = (typeof recognitionStatuses)[number];

/** CEFR levels, and `native` for a mother tongue. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

/** Languages every profile asks about first; any other ISO 639-1 language can be added. */
export const coreLanguages = ['fi', 'sv', 'en'] as const;

export const skillSources = ['manual', 'cv', 'work_history'] as const;

/** Consents a person gives or withdraws; `organisation` names one partner organisation. */
export const consentKinds = ['employer_visibility', 'hub_counsellors', 'organisation'] as const;
export type ConsentKind = (typeof consentKinds)[number];
/** Version of the consent texts shown to the person; stored with each consent. */
export const consentTextVersion = '2026-11';

export const profileSections = ['basics', 'education', 'work', 'skills', 'languages', 'wishes'] as const;
export type ProfileSection = (typeof profileSections)[number];

/** CV uploads. */
export const cvMaxBytes = 5 * 1024 * 1024;
export const cvMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
