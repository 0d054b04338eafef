/** Public types of the matching engine: pure data in, score and explanation out. */

export type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
export type RemoteMode = 'on_site' | 'hybrid' | 'remote';

/** The part of the taxonomy the scorer needs, as plain maps (built once from the database). */
export interface MatchGraph {
  /** Skill -> its broader (more general) skills in the ESCO skill hierarchy. */
  skillBroader: ReadonlyMap<string, readonly string[]>;
  /** Skill -> its narrower (more specific) skills. */
  skillNarrower: ReadonlyMap<string, readonly string[]>;
  /** Skill -> skills ESCO relates to it (skill-skill relations, both directions). */
  skillRelated: ReadonlyMap<string, readonly string[]>;
  /** Occupation -> its ISCO-08 unit group code (four digits). */
  occupationIsco: ReadonlyMap<string, string>;
}

export interface OpeningInput {
  occupationUri: string | null;
  skills: readonly { uri: string; essential: boolean }[];
  languages: readonly { code: string; level: Cefr; must: boolean }[];
  /** Where the work is done (official municipality codes); empty when anywhere. */
  municipalities: readonly string[];
  remote: RemoteMode;
  /** ISO date the work starts, or null for "as soon as possible". */
  startDate: string | null;
}

export interface ProfileInput {
  /** Occupations from the work history and the wished occupations. */
  occupationUris: readonly string[];
  skills: readonly { uri: string; years: number | null }[];
  languages: readonly { code: string; level: Cefr }[];
  municipality: string;
  wishMunicipalities: readonly string[];
  remoteWish: RemoteMode | null;
  availableFrom: string | null;
}

/** Relative weights of the parts of a match; the hub's administrator can change them. */
export interface MatchWeights {
  essentialSkills: number;
  optionalSkills: number;
  occupation: number;
  languages: number;
  location: number;
  availability: number;
}

export type SkillRelation = 'exact' | 'narrower' | 'broader' | 'related' | 'sibling';
export type OccupationRelation = 'same' | 'same_isco_group' | 'same_isco_minor_group' | 'none';

export interface SkillMatch {
  /** The skill the opening asks for. */
  required: string;
  essential: boolean;
  /** The profile's skill that gives the credit, or null when nothing does. */
  via: string | null;
  relation: SkillRelation | null;
  credit: number;
}

export interface LanguageMatch {
  code: string;
  required: Cefr;
  actual: Cefr | null;
  must: boolean;
  met: boolean;
}

export interface MatchExplanation {
  skills: SkillMatch[];
  occupation: { relation: OccupationRelation; via: string | null };
  languages: LanguageMatch[];
  location: { met: boolean; reason: 'remote' | 'home_municipality' | 'wished_municipality' | 'anywhere' | 'elsewhere' };
  availability: { met: boolean; monthsLate: number };
  /** Must-have requirements that are not met: shown as such, never hidden in the score. */
  blockers: { kind: 'language'; code: string }[];
}

export interface MatchResult {
  /** 0..1; the weighted mean of the parts that the opening asks about. */
  score: number;
  parts: Record<keyof MatchWeights, number | null>;
  explanation: MatchExplanation;
}
