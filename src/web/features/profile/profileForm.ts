/**
 * Pure helpers of the profile forms: what the person types (strings) to the request bodies
 * the server's schemas check, and back; list edits; the early check of a CV file. Tested in
 * profileForm.test.ts.
 */
import type { z } from 'zod';
import type { ZSkillsRequest } from '../../../server/modules/talents/talents.schema';
import { profileLimits } from '../../../server/modules/talents/talents.schema';
import { coreLanguages, cvMaxBytes, cvMediaTypes, type CefrLevel, type ProfileSection } from '../../../shared/profile';
import type { FieldMessages, Message } from '../../app/problem';
import type { Profile } from '../../app/types';

export type ConceptRef = { uri: string; label: string; labelLang: string };
type SkillRequestItem = z.input<typeof ZSkillsRequest>['items'][number];
type SkillSource = NonNullable<SkillRequestItem['source']>;

let nextKey = 0;
/** A key for a new row of a list, stable while the form is open (React keys, element ids). */
export function rowKey(): string {
  nextKey += 1;
  return `r${nextKey}`;
}

/** A whole number typed in a field: '' is null, digits are the number, anything else is invalid. */
export function parseWhole(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  return /^\d{1,4}$/.test(s) ? Number(s) : 'invalid';
}

/**
 * Turns whole-number fields into numbers. Fields that are not numbers get a message of their
 * own (the schema would only say "required") and null in the input.
 */
export function wholeNumbers<K extends string>(
  texts: Record<K, string>,
  pathOf: (field: K) => string,
  message: Message,
): { values: Record<K, number | null>; issues: FieldMessages } {
  const values = {} as Record<K, number | null>;
  const issues: FieldMessages = {};
  for (const field of Object.keys(texts) as K[]) {
    const n = parseWhole(texts[field]);
    if (n === 'invalid') issues[pathOf(field)] = message;
    values[field] = n === 'invalid' ? null : n;
  }
  return { values, issues };
}

const yearMessage: Message = { key: 'profile.validation.year' };
const yearsOfUseMessage: Message = { key: 'profile.validation.wholeNumber' };

/**
 * Length messages ("at most 2100 characters") do not fit numbers: a number out of range is
 * shown as the range instead.
 */
export function numberFieldMessage(m: Message | undefined, range: 'year' | 'skillYears'): Message | undefined {
  if (!m || (m.key !== 'validation.too_big' && m.key !== 'validation.too_small')) return m;
  return range === 'year'
    ? { key: 'profile.validation.yearRange', values: { min: '1940', max: '2100' } }
    : { key: 'profile.validation.numberRange', values: { min: '0', max: String(profileLimits.skillYears) } };
}

const text = (v: string | null | undefined) => v ?? '';
const nullIfBlank = (v: string) => (v.trim() === '' ? null : v);
const yearText = (v: number | null) => (v === null ? '' : String(v));

/** Complete means nothing is missing (a rounded percent could read 100 before that). */
export function isComplete(c: Profile['completeness']): boolean {
  return c.missing.length === 0;
}

/* Basics */

/**
 * The basics fields the server counts for completeness (talents.presenter countsOf): the
 * section is done only when all of them are filled, whatever else is.
 */
export const basicsCompletionFields = ['permitBasis', 'availableFrom', 'workingTime'] as const;
export type BasicsCompletionField = (typeof basicsCompletionFields)[number];

/** The completion fields still empty, in the form's order. */
export function missingBasics(b: Profile['basics']): BasicsCompletionField[] {
  return basicsCompletionFields.filter((f) => !b[f]);
}

export type BasicsDraft = {
  name: string;
  municipalityCode: string;
  phone: string;
  arrivalYear: string;
  permitBasis: string;
  availableFrom: string;
  workingTime: string;
  drivingLicences: string[];
};

export function basicsDraft(p: Profile): BasicsDraft {
  return {
    name: p.name,
    municipalityCode: p.municipalityCode,
    phone: text(p.basics.phone),
    arrivalYear: yearText(p.basics.arrivalYear),
    permitBasis: text(p.basics.permitBasis),
    availableFrom: text(p.basics.availableFrom),
    workingTime: text(p.basics.workingTime),
    drivingLicences: [...p.basics.drivingLicences],
  };
}

export function basicsInput(d: BasicsDraft, licenceOrder: readonly string[]) {
  const { values, issues } = wholeNumbers({ arrivalYear: d.arrivalYear }, (f) => f, yearMessage);
  return {
    input: {
      name: d.name,
      municipalityCode: d.municipalityCode,
      phone: nullIfBlank(d.phone),
      arrivalYear: values.arrivalYear,
      permitBasis: nullIfBlank(d.permitBasis),
      availableFrom: nullIfBlank(d.availableFrom),
      workingTime: nullIfBlank(d.workingTime),
      drivingLicences: licenceOrder.filter((c) => d.drivingLicences.includes(c)),
    },
    issues,
  };
}

/* Education */

export type EducationDraft = {
  key: string;
  level: string;
  field: string;
  country: string;
  institution: string;
  startYear: string;
  endYear: string;
  recognition: string;
};

export function emptyEducation(): EducationDraft {
  return { key: rowKey(), level: '', field: '', country: '', institution: '', startYear: '', endYear: '', recognition: '' };
}

export function educationDraft(p: Profile): EducationDraft[] {
  return p.education.map((e) => ({
    key: rowKey(),
    level: e.level,
    field: e.field,
    country: e.country,
    institution: text(e.institution),
    startYear: yearText(e.startYear),
    endYear: yearText(e.endYear),
    recognition: e.recognition,
  }));
}

export function educationInput(rows: EducationDraft[]) {
  let issues: FieldMessages = {};
  const items = rows.map((r, i) => {
    const n = wholeNumbers({ startYear: r.startYear, endYear: r.endYear }, (f) => `items.${i}.${f}`, yearMessage);
    issues = { ...issues, ...n.issues };
    return {
      level: r.level,
      field: r.field,
      country: r.country,
      institution: nullIfBlank(r.institution),
      startYear: n.values.startYear,
      endYear: n.values.endYear,
      recognition: r.recognition,
    };
  });
  return { input: { items }, issues };
}

/* Work history */

export type WorkDraft = {
  key: string;
  title: string;
  occupation: ConceptRef | null;
  employer: string;
  country: string;
  startYear: string;
  endYear: string;
  description: string;
};

export function emptyWork(): WorkDraft {
  return { key: rowKey(), title: '', occupation: null, employer: '', country: '', startYear: '', endYear: '', description: '' };
}

export function workDraft(p: Profile): WorkDraft[] {
  return p.work.map((w) => ({
    key: rowKey(),
    title: w.title,
    occupation: w.occupation,
    employer: text(w.employer),
    country: w.country,
    startYear: yearText(w.startYear),
    endYear: yearText(w.endYear),
    description: text(w.description),
  }));
}

export function workInput(rows: WorkDraft[]) {
  let issues: FieldMessages = {};
  const items = rows.map((r, i) => {
    const n = wholeNumbers({ startYear: r.startYear, endYear: r.endYear }, (f) => `items.${i}.${f}`, yearMessage);
    issues = { ...issues, ...n.issues };
    return {
      title: r.title,
      occupationUri: r.occupation?.uri ?? null,
      employer: nullIfBlank(r.employer),
      country: r.country,
      startYear: n.values.startYear,
      endYear: n.values.endYear,
      description: nullIfBlank(r.description),
    };
  });
  return { input: { items }, issues };
}

/* Skills */

export type SkillDraft = {
  key: string;
  uri: string | null;
  label: string;
  labelLang: string | null;
  years: string;
  source: SkillSource;
};

export function skillsDraft(p: Profile): SkillDraft[] {
  return p.skills.map((s) => ({
    key: rowKey(),
    uri: s.uri,
    label: s.label,
    labelLang: s.labelLang,
    years: yearText(s.years),
    source: s.source,
  }));
}

/** The identity of a skill: its concept, or its text for a free-text skill (as the server has it). */
export function skillIdentity(s: { uri: string | null; label: string }): string {
  return s.uri ?? s.label.trim().toLowerCase();
}

export function hasSkill(list: { uri: string | null; label: string }[], s: { uri: string | null; label: string }): boolean {
  const id = skillIdentity(s);
  return list.some((x) => skillIdentity(x) === id);
}

export function skillsInput(rows: SkillDraft[]) {
  let issues: FieldMessages = {};
  const items = rows.map((r, i) => {
    const n = wholeNumbers({ years: r.years }, () => `items.${i}.years`, yearsOfUseMessage);
    issues = { ...issues, ...n.issues };
    return { uri: r.uri, label: r.label, years: n.values.years, source: r.source };
  });
  return { input: { items }, issues };
}

/**
 * The profile's skills as a request body with `additions` appended, leaving out the ones the
 * profile has already. Null when there is nothing new to add.
 */
export function withAddedSkills(
  current: Profile['skills'],
  additions: ConceptRef[],
  source: SkillSource,
): { items: SkillRequestItem[] } | null {
  const items: SkillRequestItem[] = current.map((s) => ({ uri: s.uri, label: s.label, years: s.years, source: s.source }));
  let added = false;
  for (const a of additions) {
    if (hasSkill(items, a)) continue;
    items.push({ uri: a.uri, label: a.label, years: null, source });
    added = true;
  }
  return added ? { items } : null;
}

/* Languages */

export type LanguageDraft = { key: string; language: string; level: CefrLevel | '' };

/** Finnish, Swedish and English first (with or without a level), then the other languages the profile has. */
export function languagesDraft(p: Profile): LanguageDraft[] {
  const levelOf = new Map(p.languages.map((l) => [l.language, l.level]));
  const core: string[] = [...coreLanguages];
  return [
    ...core.map((language) => ({ key: rowKey(), language, level: levelOf.get(language) ?? ('' as const) })),
    ...p.languages.filter((l) => !core.includes(l.language)).map((l) => ({ key: rowKey(), language: l.language, level: l.level })),
  ];
}

/** Only rows with a level are saved; a row without one means "not listed". */
export function languagesInput(rows: LanguageDraft[]) {
  return { input: { items: rows.filter((r) => r.level !== '').map((r) => ({ language: r.language, level: r.level })) } };
}

export function isCoreLanguage(language: string): boolean {
  return (coreLanguages as readonly string[]).includes(language);
}

/* Wishes */

export type WishesDraft = { occupations: ConceptRef[]; municipalityCodes: string[]; remote: string };

export function wishesDraft(p: Profile): WishesDraft {
  return { occupations: [...p.wishes.occupations], municipalityCodes: [...p.wishes.municipalityCodes], remote: text(p.wishes.remote) };
}

export function wishesInput(d: WishesDraft) {
  return {
    input: { occupationUris: d.occupations.map((o) => o.uri), municipalityCodes: d.municipalityCodes, remote: nullIfBlank(d.remote) },
  };
}

/* Lists */

/** Where the focus goes when item `removedId` leaves a list: the next item, else the previous, else nowhere (null). */
export function focusAfterRemoval(ids: readonly string[], removedId: string): string | null {
  const i = ids.indexOf(removedId);
  if (i < 0) return null;
  return ids[i + 1] ?? ids[i - 1] ?? null;
}

/* CV */

const cvExtensions = Object.keys(cvMediaTypes);

/** A friendly early message for a file the server would refuse; the server checks the content itself. */
export function cvFileProblem(file: { name: string; size: number }): Message | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!cvExtensions.includes(ext)) return { key: 'errors.upload.unsupported_type' };
  if (file.size > cvMaxBytes) return { key: 'profile.cv.tooLarge', values: { max: cvMaxBytes / 1024 / 1024 } };
  return null;
}

export const cvAccept = [...cvExtensions.map((e) => `.${e}`), ...Object.values(cvMediaTypes)].join(',');

/* Completeness */

export type ProfilePart = ProfileSection | 'cv';

/** The anchor of a part of the profile on the page (the heading of its section). */
export function partAnchor(part: ProfilePart): string {
  return `profile-${part}`;
}

/** Years as shown: "2015–2019", or "since 2019" for one still going on (`since` gives the words). */
export function yearsText(start: number | null, end: number | null, since: (year: number) => string): string {
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return since(start);
  if (end !== null) return String(end);
  return '';
}

/** "fi" -> the first letter in upper case, as a name that starts a label or a list item. */
export function capitalise(s: string, locale: string): string {
  return s ? s.charAt(0).toLocaleUpperCase(locale) + s.slice(1) : s;
}
