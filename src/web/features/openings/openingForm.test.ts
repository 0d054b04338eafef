import { describe, expect, it } from 'vitest';
import type { SkillSuggestion } from '../../app/types';
import { emptyDraft, openingInput, orderSuggestions, parseEuros, withSkill } from './openingForm';

const suggestion = (uri: string, source: SkillSuggestion['source']): SkillSuggestion => ({
  uri,
  label: uri,
  labelLang: 'en',
  source,
  evidence: null,
});

describe('parseEuros', () => {
  it('reads whole euros with spaces as thousand separators', () => {
    expect(parseEuros('3 200')).toBe(3200);
    expect(parseEuros('3\u00a0200')).toBe(3200);
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('  ')).toBeNull();
  });
  it('rejects decimals and words', () => {
    expect(parseEuros('3200.50')).toBe('invalid');
    expect(parseEuros('lots')).toBe('invalid');
  });
});

describe('openingInput', () => {
  it('sends nulls for the empty optional fields', () => {
    const { input, issues } = openingInput({ ...emptyDraft(), title: ' Engineer ' });
    expect(issues).toEqual({});
    expect(input).toMatchObject({ title: 'Engineer', occupationUri: '', descriptionLang: null, startDate: null, salaryMin: null });
  });
  it('reports a salary that is not a number', () => {
    const { input, issues } = openingInput({ ...emptyDraft(), salaryMax: '4k' });
    expect(issues).toEqual({ salaryMax: { key: 'validation.invalid_type' } });
    expect(input.salaryMax).toBeNull();
  });
});

describe('orderSuggestions', () => {
  it('puts the occupation essential skills first and keeps the order otherwise', () => {
    const items = [
      suggestion('d1', 'description'),
      suggestion('o1', 'occupation_optional'),
      suggestion('e1', 'occupation_essential'),
      suggestion('e2', 'occupation_essential'),
    ];
    expect(orderSuggestions(items).map((s) => s.uri)).toEqual(['e1', 'e2', 'o1', 'd1']);
  });
});

describe('withSkill', () => {
  const cad = { uri: 'cad', label: 'CAD', labelLang: 'en' };
  it('adds a skill once and changes its kind when added again', () => {
    const once = withSkill([], cad, true);
    expect(once).toEqual([{ ...cad, essential: true }]);
    expect(withSkill(once, cad, false)).toEqual([{ ...cad, essential: false }]);
  });
});
