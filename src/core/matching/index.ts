/** Matching engine: pure scoring and explanation of profiles against openings, no I/O. */
export type * from './types.js';
export {
  creditedSkills,
  creditingSkills,
  defaultWeights,
  matchSkill,
  occupationRelation,
  poolOpeningSkills,
  poolSkills,
  rankOpenings,
  rankProfiles,
  scoreMatch,
  skillCredit,
} from './score.js';
