import type { Explanation } from '../../app/types';

/** Pure helpers that turn a match explanation into the parts the UI tells in words. */

export type SkillLine = Explanation['skills'][number];
export type CreditRelation = 'narrower' | 'broader' | 'related' | 'sibling';
export type CreditedSkill = SkillLine & { via: NonNullable<SkillLine['via']>; relation: CreditRelation };

export type SkillSummary = {
  essentialTotal: number;
  /** Essential skills the person has themselves. */
  essentialMet: number;
  /** Essential skills counted through a related skill the person has. */
  essentialCredited: number;
  matched: SkillLine[];
  credited: CreditedSkill[];
  missingEssential: SkillLine[];
  missingOptional: SkillLine[];
};

const isCredited = (s: SkillLine): s is CreditedSkill => s.via !== null && s.relation !== null && s.relation !== 'exact';

export function summariseSkills(skills: readonly SkillLine[]): SkillSummary {
  const essential = skills.filter((s) => s.essential);
  // Essential ones first, in the server's order otherwise.
  const ordered = [...essential, ...skills.filter((s) => !s.essential)];
  return {
    essentialTotal: essential.length,
    essentialMet: essential.filter((s) => s.relation === 'exact').length,
    essentialCredited: essential.filter(isCredited).length,
    matched: ordered.filter((s) => s.relation === 'exact'),
    credited: ordered.filter(isCredited),
    missingEssential: essential.filter((s) => s.relation === null),
    missingOptional: skills.filter((s) => !s.essential && s.relation === null),
  };
}

/** The score (0..100) as a whole percentage, kept within 0..100. */
export function scorePercent(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score)));
}

/** Language requirements, those that block the match (a must-have not met) first. */
export function orderLanguages(items: Explanation['languages']): Explanation['languages'] {
  const rank = (l: Explanation['languages'][number]) => (!l.met && l.must ? 0 : !l.met ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
}
