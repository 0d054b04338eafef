import { describe, expect, it } from 'vitest';
import { CONCEPTS, id } from './fixtures.test-data.js';
import { buildIndex, linkDocument, linkText } from './index.js';
import { sliceChars, slices } from './link-slices.js';

const index = buildIndex(CONCEPTS);
const filler = 'Worked with colleagues on many things over the years in several places. ';
const cv = (middle: string) => filler.repeat(120) + middle + filler.repeat(120);

describe('linkDocument', () => {
  it('cuts a long text at word boundaries into slices that cover it exactly', () => {
    const text = cv('registered nurse');
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(sliceChars);
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
    expect(parts.slice(0, -1).every((p) => p.text.endsWith(' ') || p.text.endsWith('\n'))).toBe(true);
  });

  it('finds what linking the whole text finds, with evidence in the original text', async () => {
    const text = cv('I am a registered nurse with experience in patient care and project management. ');
    const whole = linkText(index, text, { kinds: ['skill', 'occupation'], limit: 10, mode: 'long' }).map((l) => l.id);
    const links = await linkDocument(index, text, { kinds: ['skill', 'occupation'], limit: 10 });
    expect(links.map((l) => l.id).sort()).toEqual([...whole].sort());
    expect(links.map((l) => l.id)).toContain(id('occupation/nurse'));
    for (const l of links) for (const e of l.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('lets other work run between slices', async () => {
    let ranBetween = false;
    const linking = linkDocument(index, cv('registered nurse'), { kinds: ['occupation'] }).then((links) => ({ links, ranBetween }));
    setImmediate(() => (ranBetween = true));
    const result = await linking;
    expect(result.ranBetween).toBe(true);
    expect(result.links[0]?.id).toBe(id('occupation/nurse'));
  });
});
