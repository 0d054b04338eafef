import type { Locale } from '../../shared/locales';

/**
 * Dates as people type them, per UI language, and as the API wants them (ISO `yyyy-MM-dd`).
 *
 * Accepted everywhere: the Finnish day-first form `d.M.yyyy` (what every date in Finland looks
 * like) and ISO `yyyy-MM-dd` (what a pasted or machine-written date looks like); both are
 * unambiguous. English also accepts `d/M/yyyy`, day first as in British use. Spaces are
 * ignored; the year has four digits; the date must exist (no 29.2. outside leap years).
 * Shown back: `d.M.yyyy` in Finnish and Swedish (as Finland-Swedish writes it, and as the app
 * shows dates), `d/M/yyyy` in English.
 */
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** Whether a string is an existing date in ISO form `yyyy-MM-dd`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoOf(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The ISO date a person meant by `text` in the UI language, or null when it is not one. */
export function parseDate(text: string, locale: Locale): string | null {
  const s = text.replace(/\s+/g, '');
  let m = iso.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = dotted.exec(s) ?? (locale === 'en' ? slashed.exec(s) : null);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** An ISO date written the UI language's way; a string that is not one is returned as it is. */
export function formatDate(value: string, locale: Locale): string {
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** What a date field hands its form for the text typed: the ISO date, or the text itself (trimmed) for the form's check to refuse. */
export function dateInput(text: string, locale: Locale): string {
  return parseDate(text, locale) ?? text.trim();
}

/** A date as a local calendar day (the date picker's value), and back. */
export function isoFromLocalDate(date: Date): string | null {
  return Number.isNaN(date.valueOf()) ? null : isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
export function localDateFromIso(value: string): Date {
  if (!isIsoDate(value)) return new Date(Number.NaN);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
