import type { Locale } from '../../../shared/locales.js';
import { formatMessage as text } from '../../platform/messages.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function cell(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '–';
  if (value instanceof Date) return value.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (Array.isArray(value)) return value.length ? value.map((v) => cell(v, locale)).join(', ') : '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The data export as a readable, self-contained HTML document in the person's language: one
 * section per kind of data, each row as a table of field and value.
 */
export function renderExportDocument(
  data: { generatedAt: string; tables: Record<string, Record<string, unknown>[]> },
  locale: Locale,
): string {
  const sections = Object.entries(data.tables).map(([table, rows]) => {
    const heading = escapeHtml(text(locale, `privacy.export.table.${table}`));
    const body =
      rows.length === 0
        ? `<p>${escapeHtml(text(locale, 'privacy.export.empty'))}</p>`
        : rows
            .map(
              (row) =>
                `<table><tbody>${Object.entries(row)
                  .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(cell(v, locale))}</td></tr>`)
                  .join('')}</tbody></table>`,
            )
            .join('\n');
    return `<section><h2>${heading} <small>(${rows.length})</small></h2>\n${body}</section>`;
  });
  const title = escapeHtml(text(locale, 'privacy.export.documentTitle'));
  const generated = escapeHtml(
    text(locale, 'privacy.export.generatedAt', {
      at: new Date(data.generatedAt).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }),
    }),
  );
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2a33;line-height:1.4}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #c8cdd0;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{width:14rem;background:#f3f5f6;font-weight:600}td{white-space:pre-wrap;word-break:break-word}h2 small{font-weight:normal;color:#5f686d}</style>
</head><body><main><h1>${title}</h1><p>${generated}</p><p>${escapeHtml(text(locale, 'privacy.export.intro'))}</p>
${sections.join('\n')}
</main></body></html>`;
}
