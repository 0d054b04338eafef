import { describe, expect, it } from 'vitest';
import { checkCatalogSets, checkCatalogs, keysUsedIn } from './catalog-check.js';

describe('catalog check', () => {
  it('passes equal catalogs', () => {
    const c = { 'a.b': 'Hei {name}', 'n.items': '{count, plural, one {# asia} other {# asiaa}}' };
    const s = { 'a.b': 'Hej {name}', 'n.items': '{count, plural, one {# sak} other {# saker}}' };
    expect(checkCatalogs({ fi: c, sv: s })).toEqual([]);
  });
  it('finds a key missing in one language, an empty message, a broken message and a renamed argument', () => {
    const problems = checkCatalogs({
      fi: { 'a.b': 'Hei {name}', 'c.d': 'x', 'e.f': 'ok {n, plural, one {#} other {#}}', 'g.h': 'x' },
      sv: { 'a.b': 'Hej {namn}', 'c.d': ' ', 'e.f': 'trasig {n, plural, one {#}', 'g.h': 'x' },
      en: { 'a.b': 'Hello {name}', 'c.d': 'x', 'e.f': 'ok {n, plural, one {#} other {#}}' },
    });
    expect(problems).toEqual([
      { locale: 'sv', key: 'a.b', problem: 'arguments {namn} differ from fi {name}' },
      { locale: 'sv', key: 'c.d', problem: 'empty' },
      expect.objectContaining({ locale: 'sv', key: 'e.f', problem: expect.stringMatching(/^invalid ICU message/) }),
      { locale: 'en', key: 'g.h', problem: 'missing' },
    ]);
  });
  it('requires keys used in code', () => {
    expect(checkCatalogs({ fi: {}, en: {} }, ['x.y'])).toEqual([
      { locale: 'fi', key: 'x.y', problem: 'missing' },
      { locale: 'en', key: 'x.y', problem: 'missing' },
    ]);
  });
  it('finds keys in source', () => {
    expect(
      keysUsedIn(`t('home.title'); i18n.t("errors.x"); <Trans i18nKey="a.b" /> format(count) { label: 'nav.home', path: '/home' }`),
    ).toEqual(['home.title', 'errors.x', 'a.b', 'nav.home']);
  });
  it('checks each catalog set on its own, a key defined twice, and a used key in no set', () => {
    const shell = {
      namespace: 'shell',
      catalogs: { fi: { 'nav.home': 'Etusivu' }, sv: { 'nav.home': 'Startsida' }, en: { 'nav.home': 'Home' } },
    };
    const walkins = {
      namespace: 'walkins',
      catalogs: { fi: { 'walkins.title': 'Käynnit', 'nav.home': 'Koti' }, sv: { 'walkins.title': 'Besök', 'nav.home': 'Hem' }, en: {} },
    };
    expect(checkCatalogSets([shell, walkins], ['nav.home', 'walkins.gone'])).toEqual([
      { locale: 'en', key: 'nav.home', problem: 'missing', catalog: 'walkins' },
      { locale: 'en', key: 'walkins.title', problem: 'missing', catalog: 'walkins' },
      { locale: '*', key: 'nav.home', problem: 'also defined in shell', catalog: 'walkins' },
      { locale: '*', key: 'walkins.gone', problem: 'used but in no catalog' },
    ]);
    expect(checkCatalogSets([shell], ['nav.home'])).toEqual([]);
  });
});
