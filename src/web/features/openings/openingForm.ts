import type { OpeningKind } from '../../../shared/employer';
import { cefrLevels, type CefrLevel, type RemoteWish, type WorkingTime } from '../../../shared/profile';
import type { FieldMessages } from '../../app/problem';
import type { Opening, SkillSuggestion } from '../../app/types';
import { rowKey } from '../profile/profileForm';

/** Pure helpers of the opening form: the draft the form edits, and the request it sends. */

export type ConceptRef = { uri: string; label: string; labelLang: string };
export type SkillRow = ConceptRef & { essential: boolean };
export type LanguageRow = { key: string; language: string; level: CefrLevel | ''; must: boolean };

export type OpeningDraft = {
  kind: OpeningKind;
  title: string;
  occupation: ConceptRef | null;
  description: string;
  /** '' when the language of the description is not given. */
  descriptionLang: string;
  skills: SkillRow[];
  languages: LanguageRow[];
  municipalityCodes: string[];
  remote: RemoteWish;
  workingTime: WorkingTime;
  /** '' is as soon as possible. */
  startDate: string;
  salaryMin: string;
  salaryMax: string;
};

export function emptyDraft(): OpeningDraft {
  return {
    kind: 'opening',
    title: '',
    occupation: null,
    description: '',
    descriptionLang: '',
    skills: [],
    languages: [],
    municipalityCodes: [],
    remote: 'on_site',
    workingTime: 'full_time',
    startDate: '',
    salaryMin: '',
    salaryMax: '',
  };
}

export function draftFromOpening(o: Opening): OpeningDraft {
  return {
    kind: o.kind,
    title: o.title,
    occupation: o.occupation,
    description: o.description,
    descriptionLang: o.descriptionLang ?? '',
    skills: o.skills.map((s) => ({ uri: s.uri, label: s.label, labelLang: s.labelLang, essential: s.essential })),
    languages: o.languages.map((l) => ({ key: rowKey(), language: l.language, level: l.level, must: l.must })),
    municipalityCodes: [...o.municipalityCodes],
    remote: o.remote,
    workingTime: o.workingTime,
    startDate: o.startDate ?? '',
    salaryMin: o.salaryMin === null ? '' : String(o.salaryMin),
    salaryMax: o.salaryMax === null ? '' : String(o.salaryMax),
  };
}

/** Euros a month as typed ("3 200"): '' is null, whole euros are the number, anything else is invalid. */
export function parseEuros(text: string): number | null | 'invalid' {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  return /^\d{1,7}$/.test(s) ? Number(s) : 'invalid';
}

/**
 * The request body for ZOpeningRequest. Salaries that are not numbers get a message of their
 * own (the schema would only say "required"); language rows without a level are sent with an
 * empty level so that the schema reports the row.
 */
export function openingInput(d: OpeningDraft): { input: Record<string, unknown>; issues: FieldMessages } {
  const issues: FieldMessages = {};
  const salary = (field: 'salaryMin' | 'salaryMax') => {
    const v = parseEuros(d[field]);
    if (v === 'invalid') {
      issues[field] = { key: 'validation.invalid_type' };
      return null;
    }
    return v;
  };
  return {
    input: {
      kind: d.kind,
      title: d.title.trim(),
      occupationUri: d.occupation?.uri ?? '',
      description: d.description.trim(),
      descriptionLang: d.descriptionLang || null,
      skills: d.skills.map((s) => ({ uri: s.uri, essential: s.essential })),
      languages: d.languages.map((l) => ({ language: l.language, level: l.level, must: l.must })),
      municipalityCodes: d.municipalityCodes,
      remote: d.remote,
      workingTime: d.workingTime,
      startDate: d.startDate || null,
      salaryMin: salary('salaryMin'),
      salaryMax: salary('salaryMax'),
    },
    issues,
  };
}

const sourceOrder: Record<SkillSuggestion['source'], number> = { occupation_essential: 0, occupation_optional: 1, description: 2 };

/** The occupation's essential skills first, then its optional ones, then those found in the description; otherwise in the server's order. */
export function orderSuggestions(items: readonly SkillSuggestion[]): SkillSuggestion[] {
  return items
    .map((s, i) => ({ s, i }))
    .sort((a, b) => sourceOrder[a.s.source] - sourceOrder[b.s.source] || a.i - b.i)
    .map((x) => x.s);
}

/** Adds a skill, or changes whether it is essential when it is on the list already. */
export function withSkill(skills: readonly SkillRow[], skill: ConceptRef, essential: boolean): SkillRow[] {
  if (skills.some((s) => s.uri === skill.uri)) return skills.map((s) => (s.uri === skill.uri ? { ...s, essential } : s));
  return [...skills, { uri: skill.uri, label: skill.label, labelLang: skill.labelLang, essential }];
}

export const isLevel = (v: string): v is CefrLevel => (cefrLevels as readonly string[]).includes(v);
