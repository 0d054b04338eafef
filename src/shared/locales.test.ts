import { describe, expect, it } from 'vitest';
import { intlTag, localeOr, locales, negotiateLocale } from './locales.js';

describe('negotiateLocale', () => {
  it('picks the best supported language by quality', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,sv;q=0.8,en;q=0.7')).toBe('sv');
    expect(negotiateLocale('en-GB,en;q=0.9,fi;q=0.95')).toBe('en');
    expect(negotiateLocale('uk,ru;q=0.9,en;q=0.5')).toBe('en');
  });
  it('falls back to Finnish', () => {
    expect(negotiateLocale(undefined)).toBe('fi');
    expect(negotiateLocale('uk')).toBe('fi');
    expect(negotiateLocale('')).toBe('fi');
  });
});

describe('localeOr', () => {
  it('keeps a UI language and falls back to Finnish for anything else', () => {
    for (const l of locales) expect(localeOr(l)).toBe(l);
    for (const v of ['de', '', null, undefined, 7, 'FI']) expect(localeOr(v)).toBe('fi');
    expect(localeOr('de', 'en')).toBe('en');
    expect(localeOr('sv', 'en')).toBe('sv');
  });
});

describe('intlTag', () => {
  it('gives every UI language a tag Intl knows', () => {
    for (const l of locales) expect(Intl.DateTimeFormat.supportedLocalesOf([intlTag[l]])).toEqual([intlTag[l]]);
  });
});
