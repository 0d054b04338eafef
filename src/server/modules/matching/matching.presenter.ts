import type { MatchExplanation } from '../../../core/matching/index.js';
import type { ConceptRef } from '../taxonomy/index.js';
import type { z } from 'zod';
import type { ZExplanation } from './matching.schema.js';

type Namer = (uri: string) => ConceptRef;

/** Concepts an explanation names, so their labels can be fetched in one query. */
export function explanationUris(e: MatchExplanation): string[] {
  return [...e.skills.flatMap((s) => (s.via ? [s.required, s.via] : [s.required])), ...(e.occupation.via ? [e.occupation.via] : [])];
}

/** The explanation with every concept named in the reader's language. Holds no personal data. */
export function presentExplanation(e: MatchExplanation, name: Namer): z.infer<typeof ZExplanation> {
  return {
    skills: e.skills.map((s) => ({
      required: name(s.required),
      essential: s.essential,
      via: s.via ? name(s.via) : null,
      relation: s.relation,
    })),
    occupation: { relation: e.occupation.relation, via: e.occupation.via ? name(e.occupation.via) : null },
    languages: e.languages.map((l) => ({ ...l })),
    location: { ...e.location },
    availability: { ...e.availability },
    blockers: e.blockers.map((b) => ({ ...b })),
  };
}

export const percent = (score: number) => Math.round(score * 1000) / 10;
