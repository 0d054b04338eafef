import { describe, expect, it } from 'vitest';
import { orderLanguages, scorePercent, summariseSkills, type SkillLine } from './explanation';

const ref = (label: string) => ({ uri: `urn:${label}`, label, labelLang: 'en' });
const line = (label: string, essential: boolean, relation: SkillLine['relation'], via: string | null = null): SkillLine => ({
  required: ref(label),
  essential,
  relation,
  via: via ? ref(via) : null,
});

describe('summariseSkills', () => {
  const s = summariseSkills([
    line('Welding', false, 'exact', 'Welding'),
    line('CAD', true, 'narrower', 'AutoCAD'),
    line('Site management', true, 'exact', 'Site management'),
    line('Concrete', true, null),
    line('Surveying', false, null),
  ]);
  it('counts essential skills met exactly and those met through a related skill apart', () => {
    expect(s.essentialTotal).toBe(3);
    expect(s.essentialMet).toBe(1);
    expect(s.essentialCredited).toBe(1);
  });
  it('lists exact matches essential first, credited and missing skills apart', () => {
    expect(s.matched.map((x) => x.required.label)).toEqual(['Site management', 'Welding']);
    expect(s.credited.map((x) => [x.via.label, x.required.label, x.relation])).toEqual([['AutoCAD', 'CAD', 'narrower']]);
    expect(s.missingEssential.map((x) => x.required.label)).toEqual(['Concrete']);
    expect(s.missingOptional.map((x) => x.required.label)).toEqual(['Surveying']);
  });
});

describe('scorePercent', () => {
  it('rounds and clamps', () => {
    expect(scorePercent(72.6)).toBe(73);
    expect(scorePercent(-1)).toBe(0);
    expect(scorePercent(101)).toBe(100);
  });
});

describe('orderLanguages', () => {
  it('puts unmet must-haves first, then other unmet ones', () => {
    const items = [
      { code: 'en', required: 'B2' as const, actual: 'C1' as const, must: false, met: true },
      { code: 'sv', required: 'A2' as const, actual: null, must: false, met: false },
      { code: 'fi', required: 'B1' as const, actual: 'A2' as const, must: true, met: false },
    ];
    expect(orderLanguages(items).map((l) => l.code)).toEqual(['fi', 'sv', 'en']);
  });
});
