/** Public types of the taxonomy matching engine. */

export type ConceptKind = 'skill' | 'occupation' | 'isco' | 'corpus';
export type LabelType = 'preferred' | 'alternative' | 'hidden';

export interface Label {
  text: string;
  lang: string;
  type: LabelType;
}

export interface Concept {
  /** ESCO URI (or any stable id). */
  id: string;
  kind: ConceptKind;
  labels: Label[];
  iscoCode?: string;
  broader?: string[];
}

export interface Hit {
  id: string;
  kind: ConceptKind;
  score: number;
  /** Display label in the requested language (or a fallback). */
  label: string;
  labelLang: string;
  /** The label text that matched the query best. */
  matchedLabel: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Link {
  id: string;
  kind: ConceptKind;
  score: number;
  label: string;
  labelLang: string;
  evidence: Span[];
}

export interface SearchOptions {
  kinds?: ConceptKind[];
  /** UI language: the display label is chosen in it, with fallback. */
  lang?: string;
  limit?: number;
  /** Treat the last query token as an unfinished prefix (autocomplete). */
  prefix?: boolean;
}

export interface LinkOptions {
  kinds?: ConceptKind[];
  lang?: string;
  limit?: number;
  /** Minimum share of a label's weight that must be found in the text (long texts). Default 0.6. */
  minCoverage?: number;
}
