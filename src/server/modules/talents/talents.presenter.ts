import type { ProfileSection } from '../../../shared/profile.js';
import type { ConceptRef } from '../taxonomy/index.js';
import type { ProfileRows } from './talents.repo.js';
import type { TEmployerView, TProfile } from './talents.schema.js';

type Namer = (uri: string) => ConceptRef;

/** Concept URIs a profile refers to, so their labels can be fetched in one query. */
export function conceptUris(p: ProfileRows): string[] {
  return [
    ...p.work.flatMap((w) => (w.occupationUri ? [w.occupationUri] : [])),
    ...p.skills.flatMap((s) => (s.skillUri ? [s.skillUri] : [])),
    ...p.profile.wishOccupations,
    ...p.suggestions.map((s) => s.uri),
  ];
}

export type ProfileCounts = {
  basicsDone: boolean;
  education: number;
  work: number;
  skills: number;
  languages: number;
  wishes: number;
  cv: boolean;
};

export function countsOf(p: ProfileRows): ProfileCounts {
  const b = p.profile;
  return {
    basicsDone: Boolean(b.permitBasis && b.availableFrom && b.workingTime),
    education: p.education.length,
    work: p.work.length,
    skills: p.skills.length,
    languages: p.languages.length,
    wishes: b.wishOccupations.length + b.wishMunicipalities.length,
    cv: p.cv !== null,
  };
}

/** Which parts of the profile are filled in, and the share done. */
export function completenessOf(c: ProfileCounts): TProfile['completeness'] {
  const done: Record<ProfileSection | 'cv', boolean> = {
    basics: c.basicsDone,
    education: c.education > 0,
    work: c.work > 0,
    skills: c.skills >= 3,
    languages: c.languages > 0,
    wishes: c.wishes > 0,
    cv: c.cv,
  };
  const parts = Object.entries(done);
  return {
    percent: Math.round((100 * parts.filter(([, v]) => v).length) / parts.length),
    missing: parts.filter(([, v]) => !v).map(([k]) => k as ProfileSection | 'cv'),
  };
}

function skillView(s: ProfileRows['skills'][number], name: Namer) {
  if (!s.skillUri) return { uri: null, label: s.label, labelLang: null, years: s.years, source: s.source };
  const c = name(s.skillUri);
  return { uri: s.skillUri, label: c.label, labelLang: c.labelLang, years: s.years, source: s.source };
}

/** The whole profile: for the person, and for a counsellor the person shares it with. */
export function presentProfile(p: ProfileRows, name: Namer): TProfile {
  const b = p.profile;
  return {
    userId: b.userId,
    publicRef: b.publicRef,
    name: p.name,
    email: p.email,
    municipalityCode: p.municipalityCode,
    basics: {
      phone: b.phone,
      arrivalYear: b.arrivalYear,
      permitBasis: b.permitBasis,
      availableFrom: b.availableFrom,
      workingTime: b.workingTime,
      drivingLicences: b.drivingLicences,
    },
    education: p.education.map((e) => ({
      level: e.level as TProfile['education'][number]['level'],
      field: e.field,
      country: e.country,
      institution: e.institution,
      startYear: e.startYear,
      endYear: e.endYear,
      recognition: e.recognition,
    })),
    work: p.work.map((w) => ({
      title: w.title,
      occupation: w.occupationUri ? name(w.occupationUri) : null,
      employer: w.employer,
      country: w.country,
      startYear: w.startYear,
      endYear: w.endYear,
      description: w.description,
    })),
    skills: p.skills.map((s) => skillView(s, name)),
    languages: p.languages.map((l) => ({ language: l.language, level: l.level })),
    wishes: { occupations: b.wishOccupations.map(name), municipalityCodes: b.wishMunicipalities, remote: b.remoteWish },
    cv: p.cv ? { ...p.cv, uploadedAt: p.cv.uploadedAt.toISOString() } : null,
    suggestions: p.suggestions.map((s) => ({
      id: s.id,
      kind: s.kind as 'skill' | 'occupation',
      concept: name(s.uri),
      evidence: s.evidence,
      status: s.status,
    })),
    completeness: completenessOf(countsOf(p)),
    createdByCounsellor: b.createdBy !== null,
    updatedAt: b.updatedAt.toISOString(),
  };
}

/**
 * The pseudonymised profile for employers. Built field by field from the rows, never by
 * removing fields from the full view, so a new column cannot leak by default.
 */
export function presentForEmployer(p: ProfileRows, name: Namer): TEmployerView {
  const b = p.profile;
  return {
    publicRef: b.publicRef,
    municipalityCode: p.municipalityCode,
    availableFrom: b.availableFrom,
    workingTime: b.workingTime,
    drivingLicences: b.drivingLicences,
    education: p.education.map((e) => ({
      level: e.level as TEmployerView['education'][number]['level'],
      field: e.field,
      country: e.country,
      startYear: e.startYear,
      endYear: e.endYear,
      recognition: e.recognition,
    })),
    work: p.work.map((w) => ({
      title: w.title,
      occupation: w.occupationUri ? name(w.occupationUri) : null,
      country: w.country,
      startYear: w.startYear,
      endYear: w.endYear,
    })),
    skills: p.skills.map((s) => {
      const v = skillView(s, name);
      return { uri: v.uri, label: v.label, labelLang: v.labelLang, years: v.years };
    }),
    languages: p.languages.map((l) => ({ language: l.language, level: l.level })),
    wishes: { occupations: b.wishOccupations.map(name), municipalityCodes: b.wishMunicipalities, remote: b.remoteWish },
  };
}
