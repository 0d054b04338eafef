import type { ConceptRef } from '../taxonomy/index.js';
import type { OpeningListRow, OpeningRows } from './openings.repo.js';
import type { jobOpeningLanguage } from './openings.tables.js';
import type { TOpening, TOpeningRow, TPublicOpening, TPublicOpeningRow } from './openings.schema.js';

type Namer = (uri: string) => ConceptRef;
type LanguageRow = typeof jobOpeningLanguage.$inferSelect;

/** Concept URIs an opening refers to, so their labels can be fetched in one query. */
export function conceptUris(o: OpeningRows): string[] {
  return [o.opening.occupationUri, ...o.skills.map((s) => s.skillUri)];
}

const languageView = (l: LanguageRow) => ({ language: l.language, level: l.level, must: l.must });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The content every audience sees, built field by field. */
function content(o: OpeningRows, name: Namer) {
  const r = o.opening;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    occupation: name(r.occupationUri),
    description: r.description,
    descriptionLang: r.descriptionLang,
    skills: o.skills.map((s) => ({ ...name(s.skillUri), essential: s.essential })),
    languages: o.languages.map(languageView),
    municipalityCodes: o.municipalityCodes,
    remote: r.remote,
    workingTime: r.workingTime,
    startDate: r.startDate,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
  };
}

/** For the employer's users and the coordinators serving the employer. */
export function presentOpening(o: OpeningRows, name: Namer): TOpening {
  const r = o.opening;
  return {
    ...content(o, name),
    organisation: { id: o.employer.id, name: o.employer.name },
    status: r.status,
    publishedAt: iso(r.publishedAt),
    closedAt: iso(r.closedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentOpeningRow(row: OpeningListRow, municipalityCodes: string[], name: Namer): TOpeningRow {
  const r = row.opening;
  return {
    id: r.id,
    organisation: { id: row.employer.id, name: row.employer.name },
    kind: r.kind,
    title: r.title,
    occupation: name(r.occupationUri),
    municipalityCodes,
    remote: r.remote,
    status: r.status,
    publishedAt: iso(r.publishedAt),
    closedAt: iso(r.closedAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const publicEmployer = (e: OpeningRows['employer']) => ({
  name: e.name,
  municipalityCode: e.municipalityCode,
  industry: e.industry,
  size: e.size,
});

/**
 * A published opening for talents: the content and the employer's public description. Who
 * wrote it, the organisation's id, the status history and other internal fields stay out.
 */
export function presentPublicOpening(o: OpeningRows, name: Namer): TPublicOpening {
  return {
    ...content(o, name),
    employer: publicEmployer(o.employer),
    publishedAt: o.opening.publishedAt?.toISOString() ?? o.opening.updatedAt.toISOString(),
  };
}

export function presentPublicOpeningRow(
  row: OpeningListRow,
  languages: LanguageRow[],
  municipalityCodes: string[],
  name: Namer,
): TPublicOpeningRow {
  const r = row.opening;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    occupation: name(r.occupationUri),
    employer: publicEmployer(row.employer),
    languages: languages.map(languageView),
    municipalityCodes,
    remote: r.remote,
    workingTime: r.workingTime,
    startDate: r.startDate,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    publishedAt: r.publishedAt?.toISOString() ?? r.updatedAt.toISOString(),
  };
}
