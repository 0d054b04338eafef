/**
 * Splits a text into plain and highlighted parts from evidence spans (character offsets, as
 * the taxonomy linker returns them). Pure: tested in highlight.test.ts.
 */
export type Span = { start: number; end: number };
export type Part = { text: string; marked: boolean };

/** Spans clamped to the text, empty ones dropped, overlapping and touching ones merged, in order. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clean = spans
    .map((s) => ({ start: Math.max(0, Math.min(length, Math.floor(s.start))), end: Math.max(0, Math.min(length, Math.floor(s.end))) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of clean) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The whole text as parts; the parts joined give the text back. */
export function splitByEvidence(text: string, spans: readonly Span[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const s of mergeSpans(spans, text.length)) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), marked: false });
    parts.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/**
 * A short passage around one span: up to `context` characters either side, cut at a word
 * boundary, with an ellipsis where the text goes on.
 */
export function excerpt(text: string, span: Span, context = 40): Part[] {
  const [s] = mergeSpans([span], text.length);
  if (!s) return [];
  let from = Math.max(0, s.start - context);
  let to = Math.min(text.length, s.end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < s.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= s.end) to = space;
  }
  const parts: Part[] = [];
  const before = (from > 0 ? '…' : '') + text.slice(from, s.start);
  const after = text.slice(s.end, to) + (to < text.length ? '…' : '');
  if (before) parts.push({ text: before, marked: false });
  parts.push({ text: text.slice(s.start, s.end), marked: true });
  if (after) parts.push({ text: after, marked: false });
  return parts;
}
