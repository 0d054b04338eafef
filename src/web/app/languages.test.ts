import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../shared/iso';
import { languageName, languageOptions, type NameOf } from './languages';

const labels = (o: { label: string }[]) => o.map((x) => x.label);

describe('languageOptions', () => {
  it('lists Finnish, Swedish, English and the clients’ languages first, then the rest alphabetically', () => {
    const fi = languageOptions(languageCodes, 'fi');
    expect(fi.slice(0, 9).map((o) => o.value)).toEqual(['fi', 'sv', 'en', 'uk', 'ru', 'ar', 'so', 'et', 'fa']);
    expect(labels(fi).slice(0, 3)).toEqual(['Suomi', 'Ruotsi', 'Englanti']);
    const rest = labels(fi).slice(9);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('fi-FI').compare));
    // Finnish collation puts Å, Ä and Ö after Z, unlike English.
    const sv = labels(languageOptions(languageCodes, 'sv'));
    expect(sv.slice(0, 3)).toEqual(['Finska', 'Svenska', 'Engelska']);
  });

  it('lists each name once', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const names = labels(languageOptions(languageCodes, locale)).map((l) => l.toLowerCase());
      expect(new Set(names).size, locale).toBe(names.length);
    }
    const en = languageOptions(languageCodes, 'en');
    expect(en.filter((o) => o.label === 'Akan')).toEqual([{ value: 'ak', label: 'Akan' }]);
  });

  it('leaves out codes the browser has no name for instead of showing the code', () => {
    // Chromium's reduced data names "av" and "ba" in English but not in Swedish.
    const partial: NameOf = (c) => ({ fi: 'finska', sv: 'svenska', ba: 'ba', de: 'tyska' })[c];
    const sv = languageOptions(['fi', 'sv', 'av', 'ba', 'de'], 'sv', { nameOf: (c) => (partial(c) === c ? undefined : partial(c)) });
    expect(sv.map((o) => o.value)).toEqual(['fi', 'sv', 'de']);
    const real = labels(languageOptions(languageCodes, 'sv'));
    expect(real.filter((l) => /^[A-Z][a-z]$/.test(l))).toEqual([]);
  });

  it('keeps a chosen code even without a name of its own, named in English', () => {
    const options = languageOptions(['fi', 'tw', 'ak'], 'sv', {
      keep: ['tw'],
      nameOf: (c) => ({ fi: 'Finska', ak: 'Akan', tw: 'Akan' })[c],
    });
    expect(options.map((o) => o.value)).toEqual(['fi', 'ak', 'tw']);
    expect(languageName('xx', 'sv', () => undefined)).toBe('xx');
  });
});
