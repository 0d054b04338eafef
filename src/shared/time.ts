/**
 * The hub's own time zone. Calendar days and months of figures, appointment times in mail and
 * walk-in days are those of Finland, wherever the server or the browser runs.
 */
export const hubTimeZone = 'Europe/Helsinki';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: hubTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant in the hub's time zone. */
export function hubDay(at: Date): string {
  return dayFormat.format(at);
}
