/**
 * Parsing of the official ESCO CSV download (v1.0.x – v1.2.x column layouts) into plain typed
 * records, and conversion to engine concepts. Pure: callers hand in file names and text.
 *
 * Usage: const b = new EscoDatasetBuilder(); b.addCsv('skills_en.csv', text); ...; const ds = b.build();
 */
import { parse } from 'csv-parse/sync';
import type { Concept, ConceptKind, Label } from './types.js';

export type EscoConceptType = 'skill' | 'occupation' | 'isco' | 'skillGroup';

export interface EscoLangLabels {
  preferred?: string;
  alternative: string[];
  hidden: string[];
  description?: string;
}

export interface EscoConceptRecord {
  uri: string;
  type: EscoConceptType;
  /** Labels per language code (file suffix, e.g. "en", "fi"). */
  labels: Record<string, EscoLangLabels>;
  /** ISCO code (ISCO groups), ESCO occupation code, or skill group code. */
  code?: string;
  /** ISCO unit group of an occupation. */
  iscoGroup?: string;
  skillType?: string;
  reuseLevel?: string;
  status?: string;
}

export interface EscoOccupationSkill {
  occupationUri: string;
  skillUri: string;
  /** "essential" or "optional" in the official files. */
  relationType: string;
  skillType?: string;
}

export interface EscoBroader {
  uri: string;
  broaderUri: string;
  conceptType?: string;
  broaderType?: string;
}

export interface EscoSkillSkill {
  originalSkillUri: string;
  relatedSkillUri: string;
  relationType: string;
}

export interface EscoDataset {
  concepts: Map<string, EscoConceptRecord>;
  occupationSkills: EscoOccupationSkill[];
  broader: EscoBroader[];
  skillSkill: EscoSkillSkill[];
  /** Collection name (e.g. "digitalSkills") -> member URIs. */
  collections: Map<string, Set<string>>;
  /** Languages seen in label files. */
  languages: string[];
  /** Files that were recognised and read. */
  files: string[];
}

export class EscoFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: string | number | undefined,
    detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `: line ${line}`}${column === undefined ? '' : `, column ${column}`}: ${detail}`);
    this.name = 'EscoFormatError';
  }
}

export type EscoFileKind =
  | { kind: 'concepts'; type: EscoConceptType; lang: string }
  | { kind: 'skillsHierarchy'; lang: string }
  | { kind: 'collection'; name: string; lang: string }
  | { kind: 'occupationSkill' }
  | { kind: 'broader' }
  | { kind: 'skillSkill' };

const CONCEPT_FILES: Record<string, EscoConceptType> = {
  skills: 'skill',
  occupations: 'occupation',
  iscogroups: 'isco',
  skillgroups: 'skillGroup',
};

/** Recognise an ESCO CSV by its base file name; undefined for files this reader ignores. */
export function classifyEscoFile(fileName: string): EscoFileKind | undefined {
  const base = (fileName.split(/[\\/!]/).pop() ?? fileName).replace(/\.csv$/i, '');
  const m = /^(.*?)(?:_([a-z]{2,3}(?:-[a-z]+)?))?$/i.exec(base);
  const stem = (m?.[1] ?? base).toLowerCase();
  const lang = m?.[2]?.toLowerCase();
  if (stem === 'occupationskillrelations') return { kind: 'occupationSkill' };
  if (stem.startsWith('broaderrelations')) return { kind: 'broader' };
  if (stem === 'skillskillrelations') return { kind: 'skillSkill' };
  if (lang === undefined) return undefined;
  const type = CONCEPT_FILES[stem];
  if (type !== undefined) return { kind: 'concepts', type, lang };
  if (stem === 'skillshierarchy') return { kind: 'skillsHierarchy', lang };
  if (stem.endsWith('collection')) return { kind: 'collection', name: (m?.[1] ?? stem).replace(/Collection$/i, ''), lang };
  return undefined;
}

type Row = Record<string, string>;
interface ParsedRow {
  row: Row;
  line: number;
}

/** Parse CSV text with a header row (BOM and quoted multi-line fields handled). */
export function parseCsv(fileName: string, text: string): ParsedRow[] {
  try {
    const records = parse<{ record: Row; info: { lines: number } }>(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
    return records.map((r) => ({ row: r.record, line: r.info.lines }));
  } catch (e) {
    const err = e as { message?: string; lines?: number; column?: string | number; index?: number };
    throw new EscoFormatError(fileName, err.lines, err.column ?? err.index, err.message ?? String(e));
  }
}

function required(file: string, rows: ParsedRow[], columns: string[]): void {
  const first = rows[0];
  if (first === undefined) return;
  for (const c of columns) if (!(c in first.row)) throw new EscoFormatError(file, 1, c, `missing column "${c}"`);
}

const CONCEPT_TYPES: Record<string, EscoConceptType> = {
  knowledgeskillcompetence: 'skill',
  skill: 'skill',
  occupation: 'occupation',
  iscogroup: 'isco',
  skillgroup: 'skillGroup',
};

function splitLabels(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function opt(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v === undefined || v === '' ? undefined : v;
}

export class EscoDatasetBuilder {
  private readonly concepts = new Map<string, EscoConceptRecord>();
  private readonly occupationSkills: EscoOccupationSkill[] = [];
  private readonly broader: EscoBroader[] = [];
  private readonly skillSkill: EscoSkillSkill[] = [];
  private readonly collections = new Map<string, Set<string>>();
  private readonly languages = new Set<string>();
  private readonly files: string[] = [];
  private readonly seenRelations = new Set<string>();

  /** Add one CSV file; returns false when the file is not an ESCO file this reader uses. */
  addCsv(fileName: string, text: string): boolean {
    const kind = classifyEscoFile(fileName);
    if (kind === undefined) return false;
    const rows = parseCsv(fileName, text);
    switch (kind.kind) {
      case 'concepts':
        this.addConcepts(fileName, rows, kind.type, kind.lang);
        break;
      case 'skillsHierarchy':
        this.addHierarchy(rows);
        break;
      case 'collection':
        this.addCollection(fileName, rows, kind.name);
        break;
      case 'occupationSkill':
        this.addOccupationSkills(fileName, rows);
        break;
      case 'broader':
        this.addBroader(fileName, rows);
        break;
      case 'skillSkill':
        this.addSkillSkill(fileName, rows);
        break;
    }
    this.files.push(fileName);
    return true;
  }

  build(): EscoDataset {
    return {
      concepts: this.concepts,
      occupationSkills: this.occupationSkills,
      broader: this.broader,
      skillSkill: this.skillSkill,
      collections: this.collections,
      languages: [...this.languages],
      files: this.files,
    };
  }

  /** Labels of a language are replaced by a later file of the same language; other fields keep their first value. */
  private addConcepts(file: string, rows: ParsedRow[], fileType: EscoConceptType, lang: string): void {
    required(file, rows, ['conceptUri', 'preferredLabel']);
    this.languages.add(lang);
    for (const { row, line } of rows) {
      const uri = opt(row.conceptUri);
      if (uri === undefined) throw new EscoFormatError(file, line, 'conceptUri', 'empty concept URI');
      const type = CONCEPT_TYPES[(row.conceptType ?? '').toLowerCase()] ?? fileType;
      const rec = this.concepts.get(uri) ?? { uri, type, labels: {} };
      rec.code ??= opt(row.code);
      rec.iscoGroup ??= opt(row.iscoGroup);
      rec.skillType ??= opt(row.skillType);
      rec.reuseLevel ??= opt(row.reuseLevel);
      rec.status ??= opt(row.status);
      rec.labels[lang] = {
        preferred: opt(row.preferredLabel),
        alternative: splitLabels(row.altLabels),
        hidden: splitLabels(row.hiddenLabels),
        description: opt(row.description),
      };
      this.concepts.set(uri, rec);
    }
  }

  /** skillsHierarchy_xx.csv: "Level N URI" columns give broader links between skill groups. */
  private addHierarchy(rows: ParsedRow[]): void {
    for (const { row } of rows) {
      let parent: string | undefined;
      for (let level = 0; level <= 3; level++) {
        const uri = opt(row[`Level ${level} URI`]);
        if (uri === undefined) break;
        if (parent !== undefined) this.addBroaderLink({ uri, broaderUri: parent, conceptType: 'SkillGroup', broaderType: 'SkillGroup' });
        parent = uri;
      }
    }
  }

  private addCollection(file: string, rows: ParsedRow[], name: string): void {
    required(file, rows, ['conceptUri']);
    const set = this.collections.get(name) ?? new Set<string>();
    for (const { row } of rows) {
      const uri = opt(row.conceptUri);
      if (uri !== undefined) set.add(uri);
    }
    this.collections.set(name, set);
  }

  private addOccupationSkills(file: string, rows: ParsedRow[]): void {
    required(file, rows, ['occupationUri', 'skillUri', 'relationType']);
    for (const { row, line } of rows) {
      const occupationUri = opt(row.occupationUri);
      const skillUri = opt(row.skillUri);
      if (occupationUri === undefined || skillUri === undefined)
        throw new EscoFormatError(file, line, occupationUri ? 'skillUri' : 'occupationUri', 'empty URI');
      const key = `os\u0000${occupationUri}\u0000${skillUri}`;
      if (this.seenRelations.has(key)) continue;
      this.seenRelations.add(key);
      this.occupationSkills.push({ occupationUri, skillUri, relationType: row.relationType ?? '', skillType: opt(row.skillType) });
    }
  }

  private addBroader(file: string, rows: ParsedRow[]): void {
    required(file, rows, ['conceptUri', 'broaderUri']);
    for (const { row, line } of rows) {
      const uri = opt(row.conceptUri);
      const broaderUri = opt(row.broaderUri);
      if (uri === undefined || broaderUri === undefined)
        throw new EscoFormatError(file, line, uri ? 'broaderUri' : 'conceptUri', 'empty URI');
      this.addBroaderLink({ uri, broaderUri, conceptType: opt(row.conceptType), broaderType: opt(row.broaderType) });
    }
  }

  private addBroaderLink(b: EscoBroader): void {
    const key = `b\u0000${b.uri}\u0000${b.broaderUri}`;
    if (this.seenRelations.has(key)) return;
    this.seenRelations.add(key);
    this.broader.push(b);
  }

  private addSkillSkill(file: string, rows: ParsedRow[]): void {
    required(file, rows, ['originalSkillUri', 'relatedSkillUri']);
    for (const { row } of rows) {
      const originalSkillUri = opt(row.originalSkillUri);
      const relatedSkillUri = opt(row.relatedSkillUri);
      if (originalSkillUri === undefined || relatedSkillUri === undefined) continue;
      this.skillSkill.push({ originalSkillUri, relatedSkillUri, relationType: row.relationType ?? '' });
    }
  }
}

export interface ToConceptsOptions {
  /** Concept kinds to include (default skill, occupation, isco). */
  kinds?: ConceptKind[];
  /** Languages to include (default all). */
  langs?: string[];
  /** Include hidden labels (default true). */
  hidden?: boolean;
}

const KIND_OF: Record<EscoConceptType, ConceptKind | undefined> = {
  skill: 'skill',
  occupation: 'occupation',
  isco: 'isco',
  skillGroup: undefined,
};

/** Engine concepts from a dataset: labels of every (selected) language, broader links, ISCO codes. */
export function toConcepts(ds: EscoDataset, opts: ToConceptsOptions = {}): Concept[] {
  const kinds = new Set(opts.kinds ?? ['skill', 'occupation', 'isco']);
  const langs = opts.langs === undefined ? undefined : new Set(opts.langs);
  const broader = new Map<string, string[]>();
  for (const b of ds.broader) broader.set(b.uri, [...(broader.get(b.uri) ?? []), b.broaderUri]);
  const out: Concept[] = [];
  for (const rec of ds.concepts.values()) {
    const kind = KIND_OF[rec.type];
    if (kind === undefined || !kinds.has(kind)) continue;
    const labels = conceptLabels(rec, langs, opts.hidden !== false);
    if (labels.length === 0) continue;
    const iscoCode = rec.type === 'isco' ? rec.code : rec.iscoGroup;
    out.push({
      id: rec.uri,
      kind,
      labels,
      ...(iscoCode ? { iscoCode } : {}),
      ...(broader.has(rec.uri) ? { broader: broader.get(rec.uri) } : {}),
    });
  }
  return out;
}

function conceptLabels(rec: EscoConceptRecord, langs: Set<string> | undefined, hidden: boolean): Label[] {
  const labels: Label[] = [];
  for (const [lang, l] of Object.entries(rec.labels)) {
    if (langs !== undefined && !langs.has(lang)) continue;
    if (l.preferred !== undefined) labels.push({ text: l.preferred, lang, type: 'preferred' });
    for (const text of l.alternative) labels.push({ text, lang, type: 'alternative' });
    if (hidden) for (const text of l.hidden) labels.push({ text, lang, type: 'hidden' });
  }
  return labels;
}
