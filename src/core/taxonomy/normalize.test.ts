import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './normalize.js';
import { stem } from './stem.js';
import { splitCompound } from './compound.js';
import { withinOne } from './fuzzy.js';

describe('fold', () => {
  it('lowercases and removes diacritics', () => {
    expect(fold('Työntekijä')).toBe('tyontekija');
    expect(fold('Sjuksköterska')).toBe('sjukskoterska');
    expect(fold('Ærø Straße')).toBe('aero strasse');
  });
});

describe('tokenize', () => {
  it('keeps character spans of the original text and flags capitals', () => {
    const text = 'Senior ICT-Developer, C++ & Node.js';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['senior', 'ict', 'developer', 'c++', 'node', 'js']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokens[1]?.upper).toBe(true);
    expect(tokens[0]?.upper).toBe(false);
  });
});

describe('stem', () => {
  it('conflates Finnish case forms', () => {
    expect(stem(fold('ohjelmistokehittäjänä'), 'fi')).toBe(stem(fold('ohjelmistokehittäjä'), 'fi'));
    expect(stem(fold('työntekijät'), 'fi')).toBe(stem(fold('työntekijä'), 'fi'));
    expect(stem(fold('sairaanhoitajan'), 'fi')).toBe(stem(fold('sairaanhoitaja'), 'fi'));
  });
  it('conflates Swedish, English, German, Danish and Dutch plurals', () => {
    expect(stem(fold('sjuksköterskor'), 'sv')).toBe(stem(fold('sjuksköterska'), 'sv'));
    expect(stem('nurses', 'en')).toBe(stem('nurse', 'en'));
    expect(stem('nursing', 'en')).toBe(stem('nurse', 'en'));
    expect(stem('lehrerin', 'de')).toBe(stem('lehrer', 'de'));
    expect(stem('laerere', 'da')).toBe(stem('laerer', 'da'));
    expect(stem('kappers', 'nl')).toBe(stem('kapper', 'nl'));
  });
});

describe('splitCompound', () => {
  it('splits into known vocabulary parts', () => {
    const known = new Set(['kehittaj', 'ohjelmist', 'pfleg', 'kranken']);
    expect(splitCompound('ohjelmistokehittaja', 'fi', (s) => known.has(s))).toEqual({ head: 'ohjelmist', tail: 'kehittaj' });
    expect(splitCompound('krankenpfleger', 'de', (s) => known.has(s))?.tail).toBe('pfleg');
    expect(splitCompound('tietokone', 'fi', (s) => known.has(s))).toBeUndefined();
  });
});

describe('withinOne', () => {
  it('accepts one insertion, deletion, substitution or transposition', () => {
    expect(withinOne('nurse', 'nurce')).toBe(true);
    expect(withinOne('nurse', 'nurs')).toBe(true);
    expect(withinOne('nurse', 'nruse')).toBe(true);
    expect(withinOne('nurse', 'nursery')).toBe(false);
  });
});
