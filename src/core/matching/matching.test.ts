import { describe, expect, it } from 'vitest';
import {
  creditedSkills,
  poolOpeningSkills,
  poolSkills,
  creditingSkills,
  defaultWeights,
  matchSkill,
  occupationRelation,
  rankOpenings,
  rankProfiles,
  scoreMatch,
  type MatchGraph,
  type OpeningInput,
  type ProfileInput,
} from './index.js';

// A small hand-made hierarchy: programming > python, javascript; cad > revit, autocad.
const graph: MatchGraph = {
  skillBroader: new Map([
    ['python', ['programming']],
    ['javascript', ['programming']],
    ['revit', ['cad']],
    ['autocad', ['cad']],
  ]),
  skillNarrower: new Map([
    ['programming', ['python', 'javascript']],
    ['cad', ['revit', 'autocad']],
  ]),
  skillRelated: new Map([
    ['bim', ['revit']],
    ['revit', ['bim']],
  ]),
  occupationIsco: new Map([
    ['civil-engineer', '2142'],
    ['structural-engineer', '2142'],
    ['mechanical-engineer', '2144'],
    ['electrical-engineer', '2151'],
    ['cook', '5120'],
  ]),
};

const opening: OpeningInput = {
  occupationUri: 'civil-engineer',
  skills: [
    { uri: 'autocad', essential: true },
    { uri: 'bim', essential: true },
    { uri: 'programming', essential: false },
  ],
  languages: [
    { code: 'fi', level: 'B1', must: true },
    { code: 'en', level: 'B2', must: false },
  ],
  municipalities: ['049'],
  remote: 'on_site',
  startDate: '2027-01-01',
};

const profile: ProfileInput = {
  occupationUris: ['structural-engineer'],
  skills: [
    { uri: 'autocad', years: 8 },
    { uri: 'revit', years: 5 },
    { uri: 'python', years: 2 },
  ],
  languages: [
    { code: 'fi', level: 'B1' },
    { code: 'en', level: 'C1' },
  ],
  municipality: '091',
  wishMunicipalities: ['049'],
  remoteWish: 'hybrid',
  availableFrom: '2026-12-01',
};

describe('skill credit through the hierarchy and relations', () => {
  const have = (...s: string[]) => new Set(s);
  it('exact, narrower, related, broader and sibling, in that order of preference', () => {
    expect(matchSkill('autocad', have('autocad', 'cad'), graph)).toEqual({ via: 'autocad', relation: 'exact' });
    expect(matchSkill('programming', have('python'), graph)).toEqual({ via: 'python', relation: 'narrower' });
    expect(matchSkill('bim', have('revit'), graph)).toEqual({ via: 'revit', relation: 'related' });
    expect(matchSkill('revit', have('cad'), graph)).toEqual({ via: 'cad', relation: 'broader' });
    expect(matchSkill('autocad', have('revit'), graph)).toEqual({ via: 'revit', relation: 'sibling' });
    expect(matchSkill('autocad', have('python'), graph)).toEqual({ via: null, relation: null });
  });
});

describe('occupation closeness', () => {
  it('same occupation, same ISCO unit group, same minor group, none', () => {
    expect(occupationRelation('civil-engineer', ['civil-engineer'], graph).relation).toBe('same');
    expect(occupationRelation('civil-engineer', ['structural-engineer'], graph)).toEqual({
      relation: 'same_isco_group',
      via: 'structural-engineer',
    });
    expect(occupationRelation('civil-engineer', ['mechanical-engineer'], graph).relation).toBe('same_isco_minor_group');
    expect(occupationRelation('civil-engineer', ['electrical-engineer'], graph).relation).toBe('none');
    expect(occupationRelation('civil-engineer', ['cook'], graph).relation).toBe('none');
  });
});

describe('scoring an opening', () => {
  it('explains every part: skills with their route, occupation, languages, location, availability', () => {
    const r = scoreMatch(opening, profile, graph, defaultWeights, '2026-11-22');
    expect(r.explanation.skills).toEqual([
      { required: 'autocad', essential: true, via: 'autocad', relation: 'exact', credit: 1 },
      { required: 'bim', essential: true, via: 'revit', relation: 'related', credit: 0.5 },
      { required: 'programming', essential: false, via: 'python', relation: 'narrower', credit: 0.8 },
    ]);
    expect(r.parts).toEqual({ essentialSkills: 0.75, optionalSkills: 0.8, occupation: 0.6, languages: 1, location: 1, availability: 1 });
    expect(r.explanation.location).toEqual({ met: true, reason: 'wished_municipality' });
    expect(r.explanation.blockers).toEqual([]);
    const expected = 0.4 * 0.75 + 0.15 * 0.8 + 0.15 * 0.6 + 0.15 + 0.1 + 0.05;
    expect(r.score).toBeCloseTo(expected, 10);
  });

  it('a must-have language that is not met is a blocker, not just a lower number', () => {
    const weak = { ...profile, languages: [{ code: 'fi', level: 'A2' as const }] };
    const r = scoreMatch(opening, weak, graph, defaultWeights, '2026-11-22');
    expect(r.explanation.blockers).toEqual([{ kind: 'language', code: 'fi' }]);
    expect(r.explanation.languages).toEqual([
      { code: 'fi', required: 'B1', actual: 'A2', must: true, met: false },
      { code: 'en', required: 'B2', actual: null, must: false, met: false },
    ]);
  });

  it('leaves out what the opening does not ask about instead of counting it as met', () => {
    const bare: OpeningInput = { ...opening, skills: [{ uri: 'autocad', essential: true }], languages: [], occupationUri: null };
    const r = scoreMatch(bare, profile, graph, defaultWeights, '2026-11-22');
    expect(r.parts.optionalSkills).toBeNull();
    expect(r.parts.languages).toBeNull();
    expect(r.parts.occupation).toBeNull();
    expect(r.score).toBeCloseTo(1, 10);
  });

  it('availability and location lower the score when not met', () => {
    const late = { ...profile, availableFrom: '2027-04-15', wishMunicipalities: [] };
    const r = scoreMatch(opening, late, graph, defaultWeights, '2026-11-22');
    expect(r.explanation.availability).toEqual({ met: false, monthsLate: 4 });
    expect(r.explanation.location).toEqual({ met: false, reason: 'elsewhere' });
    expect(r.score).toBeLessThan(scoreMatch(opening, profile, graph, defaultWeights, '2026-11-22').score);
    expect(scoreMatch({ ...opening, remote: 'remote' }, late, graph, defaultWeights, '2026-11-22').explanation.location.reason).toBe(
      'remote',
    );
  });

  it('weights are the hub’s to set', () => {
    const skillsOnly = { essentialSkills: 1, optionalSkills: 0, occupation: 0, languages: 0, location: 0, availability: 0 };
    expect(scoreMatch(opening, profile, graph, skillsOnly, '2026-11-22').score).toBeCloseTo(0.75, 10);
  });
});

describe('ranking', () => {
  it('ranks by score, and anyone with a blocker after everyone without one', () => {
    const strongButNoFinnish = { ...profile, languages: [{ code: 'en', level: 'C2' as const }] };
    const weakSkills = { ...profile, skills: [{ uri: 'cad', years: 1 }] };
    const ranked = rankProfiles(
      opening,
      [
        { id: 'a-blocked', profile: strongButNoFinnish },
        { id: 'b-weak', profile: weakSkills },
        { id: 'c-best', profile },
      ],
      graph,
      10,
      defaultWeights,
      '2026-11-22',
    );
    expect(ranked.map((r) => r.id)).toEqual(['c-best', 'b-weak', 'a-blocked']);
    expect(ranked[2]!.explanation.blockers).toHaveLength(1);
  });
});

describe('candidate expansion', () => {
  it('creditingSkills and creditedSkills agree with matchSkill', () => {
    const all = ['programming', 'python', 'javascript', 'cad', 'revit', 'autocad', 'bim'];
    for (const required of all) {
      for (const had of all) {
        const earns = matchSkill(required, new Set([had]), graph).relation !== null;
        expect(creditingSkills([required], graph).has(had), `${had} for ${required}`).toBe(earns);
        expect(creditedSkills([had], graph).has(required), `${required} from ${had}`).toBe(earns);
      }
    }
  });

  it('the first stages of both directions look for the same pairs', () => {
    const all = ['programming', 'python', 'javascript', 'cad', 'revit', 'autocad', 'bim'];
    for (const required of all) {
      for (const had of all) {
        expect(poolOpeningSkills([had], graph).has(required), `${required} from ${had}`).toBe(poolSkills([required], graph).has(had));
      }
    }
    // Both leave out broader and sibling credit, which the exact scorer still gives.
    expect(poolOpeningSkills(['python'], graph).has('javascript')).toBe(false);
  });
});

describe('ranking many profiles', () => {
  it('gives the same results as scoring each profile alone', () => {
    const skillsPool = ['programming', 'python', 'javascript', 'cad', 'revit', 'autocad', 'bim'];
    const profiles = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      profile: { ...profile, skills: skillsPool.filter((_, j) => (i >> j) & 1).map((uri) => ({ uri, years: 1 })) },
    }));
    const ranked = rankProfiles(opening, profiles, graph, 40, defaultWeights, '2026-11-22');
    for (const r of ranked) {
      const alone = scoreMatch(opening, profiles.find((p) => p.id === r.id)!.profile, graph, defaultWeights, '2026-11-22');
      expect(r.score).toBe(alone.score);
      expect(r.explanation).toEqual(alone.explanation);
    }
  });
});

describe('ranking openings for one profile', () => {
  it('gives the same results as scoring each opening alone', () => {
    const variants: OpeningInput[] = [
      opening,
      { ...opening, skills: [{ uri: 'revit', essential: true }], languages: [] },
      {
        ...opening,
        skills: [
          { uri: 'programming', essential: true },
          { uri: 'bim', essential: false },
        ],
      },
    ];
    const ranked = rankOpenings(
      profile,
      variants.map((o, i) => ({ id: `o${i}`, opening: o })),
      graph,
      3,
      defaultWeights,
      '2026-11-22',
    );
    expect(ranked).toHaveLength(3);
    for (const r of ranked) {
      const alone = scoreMatch(variants[Number(r.id.slice(1))]!, profile, graph, defaultWeights, '2026-11-22');
      expect(r.score).toBe(alone.score);
      expect(r.explanation).toEqual(alone.explanation);
    }
  });
});
