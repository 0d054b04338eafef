import { describe, expect, it } from 'vitest';
import { CONCEPTS, id } from './fixtures.test-data.js';
import { buildIndex, linkText, search } from './index.js';

const index = buildIndex(CONCEPTS);
const top = (q: string, opts: Parameters<typeof search>[2] = {}): string | undefined => search(index, q, opts)[0]?.id;

describe('search', () => {
  it('finds English labels, plurals and word-order variants', () => {
    expect(top('nurse')).toBe(id('occupation/nurse'));
    expect(top('registered nurses')).toBe(id('occupation/nurse'));
    expect(top('developer software')).toBe(id('occupation/software-developer'));
  });

  it('handles Finnish inflection and missing diacritics', () => {
    expect(top('ohjelmistokehittäjänä')).toBe(id('occupation/software-developer'));
    expect(top('tyontekija')).toBe(id('occupation/construction-worker'));
    expect(top('sairaanhoitajana')).toBe(id('occupation/nurse'));
  });

  it('matches Swedish compounds in inflected forms', () => {
    expect(top('sjuksköterska')).toBe(id('occupation/nurse'));
    expect(top('sjuksköterskor')).toBe(id('occupation/nurse'));
    expect(top('sjukskoterskorna')).toBe(id('occupation/nurse'));
  });

  it('tolerates typos', () => {
    expect(top('nurce')).toBe(id('occupation/nurse'));
    expect(top('sofware develper')).toBe(id('occupation/software-developer'));
    expect(top('hitsajaa')).toBe(id('occupation/welder'));
  });

  it('completes the last token as a prefix', () => {
    expect(top('softw', { prefix: true })).toBe(id('occupation/software-developer'));
    expect(top('project man', { prefix: true })).toBe(id('skill/project-management'));
    expect(top('hits', { prefix: true })).toBe(id('occupation/welder'));
  });

  it('resolves acronyms (labels and initials of multi-word labels)', () => {
    expect(top('ICT')).toBe(id('skill/ict'));
    expect(top('CRM')).toBe(id('skill/crm'));
    expect(top('crm')).toBe(id('skill/crm'));
    expect(search(index, 'ICT', { kinds: ['skill'] }).map((h) => h.id)).toContain(id('skill/ict'));
    expect(top('JS')).toBe(id('skill/javascript'));
  });

  it('filters by kind and picks the display label in the UI language with fallback', () => {
    const hits = search(index, 'nurse', { kinds: ['skill'], lang: 'fi' });
    expect(hits.every((h) => h.kind === 'skill')).toBe(true);
    const [nurse] = search(index, 'sjuksköterska', { lang: 'fi' });
    expect(nurse).toMatchObject({ label: 'sairaanhoitaja', labelLang: 'fi', matchedLabel: 'sjuksköterska' });
    const [js] = search(index, 'javascript', { lang: 'fi' });
    expect(js).toMatchObject({ label: 'JavaScript', labelLang: 'en' });
  });

  it('ranks hits by decreasing score and respects the limit', () => {
    const hits = search(index, 'care', { limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
    expect(search(index, '  ')).toEqual([]);
  });
});

describe('linkText', () => {
  it('links a job title with an evidence span', () => {
    const text = 'Senior Software Developer (m/f/d)';
    const [link] = linkText(index, text, { kinds: ['occupation'] });
    expect(link?.id).toBe(id('occupation/software-developer'));
    expect(link?.evidence).toEqual([{ start: 7, end: 25, text: 'Software Developer' }]);
  });

  it('links concepts in a longer text with spans into the original text', () => {
    const text =
      'We are hiring a registered nurse for our elderly care home in Espoo. You will care for patients, ' +
      'take part in project management and use JavaScript for small tools. Good customer service skills are needed.';
    const links = linkText(index, text, { kinds: ['skill', 'occupation'], limit: 10 });
    const ids = links.map((l) => l.id);
    expect(ids).toContain(id('occupation/nurse'));
    expect(ids).toContain(id('skill/patient-care'));
    expect(ids).toContain(id('skill/project-management'));
    expect(ids).toContain(id('skill/javascript'));
    expect(ids).toContain(id('skill/customer-service'));
    for (const l of links) for (const e of l.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const nurse = links.find((l) => l.id === id('occupation/nurse'));
    expect(nurse?.evidence.map((e) => e.text)).toContain('registered nurse');
  });

  it('links acronym labels in longer texts', () => {
    const text = 'You will support our ICT team and build internal tools for the city of Vantaa and its partners.';
    const link = linkText(index, text, { kinds: ['skill'] }).find((l) => l.id === id('skill/ict'));
    expect(link?.evidence).toEqual([{ start: 21, end: 24, text: 'ICT' }]);
  });

  it('links Finnish inflected text', () => {
    const text = 'Etsimme kokenutta ohjelmistokehittäjää ja sairaanhoitajia Helsingin toimipisteeseen pitkäaikaisiin tehtäviin.';
    const links = linkText(index, text, { kinds: ['occupation'] });
    expect(links.map((l) => l.id)).toContain(id('occupation/software-developer'));
    const nurse = links.find((l) => l.id === id('occupation/nurse'));
    expect(nurse?.evidence.map((e) => e.text)).toEqual(['sairaanhoitajia']);
    expect(nurse?.label).toBe('nurse responsible for general care');
    expect(linkText(index, text, { kinds: ['occupation'], lang: 'fi' }).find((l) => l.id === id('occupation/nurse'))?.label).toBe(
      'sairaanhoitaja',
    );
  });

  it('links an occupation named in a short sentence', () => {
    const text = 'Olen kokenut sairaanhoitaja ja haen työtä.';
    const [link] = linkText(index, text, { kinds: ['occupation'], lang: 'fi' });
    expect(link).toMatchObject({ id: id('occupation/nurse'), label: 'sairaanhoitaja' });
    expect(link?.evidence).toEqual([{ start: 13, end: 27, text: 'sairaanhoitaja' }]);
  });

  it('scores labels found in the text above query-style matches', () => {
    const links = linkText(index, 'sofware develper', { kinds: ['occupation'] });
    expect(links[0]?.id).toBe(id('occupation/software-developer'));
    for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
  });

  it('gives the same links whatever ran before on the same index (shared buffers are left clean)', () => {
    const text = 'Registered nurse wanted: patient care, project management and customer service in Espoo.';
    const link = (ix: typeof index) => linkText(ix, text, { kinds: ['skill', 'occupation'], limit: 20 });
    const first = link(index);
    expect(first.length).toBeGreaterThan(3);
    linkText(index, 'Senior Software Developer', { kinds: ['occupation'] });
    search(index, 'project man', { prefix: true, kinds: ['skill'] });
    linkText(index, 'Etsimme kokenutta ohjelmistokehittäjää ja sairaanhoitajia.', { lang: 'fi' });
    expect(link(index)).toEqual(first);
    expect(link(buildIndex(CONCEPTS))).toEqual(first);
  });

  it('returns nothing for unrelated text', () => {
    expect(linkText(index, 'The weather in Oulu was sunny yesterday, and the ferry left on time.', { kinds: ['skill'] })).toEqual([]);
  });
});
