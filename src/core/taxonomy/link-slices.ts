/**
 * Linking a long document (a CV) without holding the event loop: the text is cut at paragraph
 * (or, failing that, line and word) boundaries into slices of a few thousand characters, each
 * slice is linked on its own, and the process yields between slices. A concept keeps its best
 * score over the slices, with that slice's evidence. Coverage and window scores do not depend
 * on the text's length, so the result matches linking the whole text, except for a label whose
 * words a cut separates.
 */
import type { TaxonomyIndex } from './build.js';
import { linkText, type LinkTuning } from './link.js';
import type { Link, LinkOptions } from './types.js';

/** About 10 ms of linking against the full ESCO on one core. */
export const sliceChars = 4_000;

export function slices(text: string, size = sliceChars): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const window = text.slice(at, end);
      const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > size / 2);
      if (cut !== undefined) end = at + cut + 1;
    }
    out.push({ start: at, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function linkDocument(index: TaxonomyIndex, text: string, opts: LinkOptions & LinkTuning = {}): Promise<Link[]> {
  if (text.length <= sliceChars) return linkText(index, text, opts);
  const best = new Map<string, Link>();
  for (const slice of slices(text)) {
    await yieldToEventLoop();
    for (const link of linkText(index, slice.text, { ...opts, mode: 'long' })) {
      const prev = best.get(link.id);
      if (prev && prev.score >= link.score) continue;
      best.set(link.id, {
        ...link,
        evidence: link.evidence.map((e) => ({ ...e, start: e.start + slice.start, end: e.end + slice.start })),
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 10);
}
