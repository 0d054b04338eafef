import { describe, expect, it } from 'vitest';
import { excerpt, mergeSpans, splitByEvidence } from './highlight';

const text = 'Haemme sairaanhoitajaa Espooseen. Tehtäviin kuuluu lääkehoito ja potilaan perushoito.';
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((p) => p.marked).map((p) => p.text);

describe('splitByEvidence', () => {
  it('marks each span and gives the whole text back', () => {
    const parts = splitByEvidence(text, [
      { start: 51, end: 61 },
      { start: 7, end: 22 },
    ]);
    expect(marked(parts)).toEqual(['sairaanhoitajaa', 'lääkehoito']);
    expect(joined(parts)).toBe(text);
    expect(parts[0]).toEqual({ text: 'Haemme ', marked: false });
  });

  it('merges overlapping, nested and touching spans into one mark', () => {
    const parts = splitByEvidence(text, [
      { start: 65, end: 73 },
      { start: 65, end: 84 },
      { start: 74, end: 80 },
      { start: 7, end: 15 },
      { start: 15, end: 22 },
    ]);
    expect(marked(parts)).toEqual(['sairaanhoitajaa', 'potilaan perushoito']);
    expect(joined(parts)).toBe(text);
  });

  it('ignores empty, reversed and out-of-range spans and clamps to the text', () => {
    const parts = splitByEvidence('abc def', [
      { start: 3, end: 3 },
      { start: 5, end: 2 },
      { start: -4, end: 1 },
      { start: 6, end: 99 },
    ]);
    expect(parts).toEqual([
      { text: 'a', marked: true },
      { text: 'bc de', marked: false },
      { text: 'f', marked: true },
    ]);
  });

  it('returns the text unmarked without spans, and one empty part for an empty text', () => {
    expect(splitByEvidence(text, [])).toEqual([{ text, marked: false }]);
    expect(splitByEvidence('', [{ start: 0, end: 3 }])).toEqual([{ text: '', marked: false }]);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const s = 'Osaan 🇫🇮 suomea';
    const start = s.indexOf('suomea');
    expect(marked(splitByEvidence(s, [{ start, end: start + 6 }]))).toEqual(['suomea']);
  });
});

describe('mergeSpans', () => {
  it('sorts and merges', () => {
    expect(
      mergeSpans(
        [
          { start: 10, end: 12 },
          { start: 0, end: 2 },
          { start: 1, end: 4 },
        ],
        20,
      ),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 10, end: 12 },
    ]);
  });
});

describe('excerpt', () => {
  it('shows the span with some words around it and ellipses where the text goes on', () => {
    const start = text.indexOf('lääkehoito');
    const parts = excerpt(text, { start, end: start + 10 }, 12);
    expect(marked(parts)).toEqual(['lääkehoito']);
    expect(parts[0]!.text.startsWith('…')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(parts[0]!.text).toBe('…kuuluu ');
  });

  it('has no ellipsis at the start or end of the text', () => {
    expect(excerpt('lääkehoito', { start: 0, end: 10 })).toEqual([{ text: 'lääkehoito', marked: true }]);
  });

  it('returns nothing for a span outside the text', () => {
    expect(excerpt('abc', { start: 5, end: 9 })).toEqual([]);
  });
});
