import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales.js';

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
