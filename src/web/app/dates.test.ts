import { describe, expect, it } from 'vitest';
import { dateInput, formatDate, isIsoDate, isoFromLocalDate, localDateFromIso, parseDate } from './dates';

describe('dates typed in Finnish', () => {
  it('reads d.M.yyyy, with or without leading zeros and spaces, and ISO', () => {
    expect(parseDate('6.12.2026', 'fi')).toBe('2026-12-06');
    expect(parseDate('06.01.2027', 'fi')).toBe('2027-01-06');
    expect(parseDate(' 6. 1. 2027 ', 'fi')).toBe('2027-01-06');
    expect(parseDate('2026-12-06', 'fi')).toBe('2026-12-06');
  });
  it('knows 29 February only in leap years, and the length of each month', () => {
    expect(parseDate('29.2.2028', 'fi')).toBe('2028-02-29');
    expect(parseDate('29.2.2026', 'fi')).toBeNull();
    expect(parseDate('29.2.2100', 'fi')).toBeNull();
    expect(parseDate('29.2.2000', 'fi')).toBe('2000-02-29');
    expect(parseDate('31.4.2027', 'fi')).toBeNull();
    expect(parseDate('31.12.2027', 'fi')).toBe('2027-12-31');
  });
  it('refuses what is not a whole date in its form', () => {
    for (const text of [
      '',
      '6.12.',
      '29.2.',
      '6.12.26',
      '32.1.2027',
      '0.1.2027',
      '1.13.2027',
      '1.0.2027',
      '12/6/2026',
      '6-12-2026',
      'huomenna',
    ])
      expect(parseDate(text, 'fi'), text).toBeNull();
  });
  it('writes d.M.yyyy', () => {
    expect(formatDate('2026-12-06', 'fi')).toBe('6.12.2026');
    expect(formatDate('2028-02-29', 'fi')).toBe('29.2.2028');
  });
});

describe('dates typed in Swedish', () => {
  it('reads yyyy-MM-dd and d.M.yyyy', () => {
    expect(parseDate('2026-12-06', 'sv')).toBe('2026-12-06');
    expect(parseDate('2026-1-6', 'sv')).toBe('2026-01-06');
    expect(parseDate('6.12.2026', 'sv')).toBe('2026-12-06');
  });
  it('refuses impossible dates and other forms', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '6/12/2026', '26-12-06', '6 dec 2026'])
      expect(parseDate(text, 'sv'), text).toBeNull();
    expect(parseDate('2024-02-29', 'sv')).toBe('2024-02-29');
  });
  it('writes d.M.yyyy, as Finland-Swedish does', () => {
    expect(formatDate('2026-12-06', 'sv')).toBe('6.12.2026');
  });
});

describe('dates typed in English', () => {
  it('reads d/M/yyyy day first, ISO, and the Finnish form', () => {
    expect(parseDate('6/12/2026', 'en')).toBe('2026-12-06');
    expect(parseDate('31/1/2027', 'en')).toBe('2027-01-31');
    expect(parseDate('2026-12-06', 'en')).toBe('2026-12-06');
    expect(parseDate('6.12.2026', 'en')).toBe('2026-12-06');
  });
  it('refuses month-first dates that cannot be day-first, and impossible ones', () => {
    for (const text of ['12/31/2026', '29/2/2027', '6/12/26', '2026/12/06', 'Dec 6, 2026']) expect(parseDate(text, 'en'), text).toBeNull();
    expect(parseDate('29/2/2028', 'en')).toBe('2028-02-29');
  });
  it('writes d/M/yyyy', () => {
    expect(formatDate('2026-12-06', 'en')).toBe('6/12/2026');
  });
});

describe('what a date field hands its form', () => {
  it('is the ISO date, or the trimmed text for the form’s check to refuse', () => {
    expect(dateInput('6.12.2026', 'fi')).toBe('2026-12-06');
    expect(dateInput(' 6.12. ', 'fi')).toBe('6.12.');
    expect(dateInput('', 'en')).toBe('');
    expect(isIsoDate(dateInput('31.2.2027', 'fi'))).toBe(false);
  });
  it('shows a value that is not an ISO date as it is', () => {
    expect(formatDate('6.12.', 'fi')).toBe('6.12.');
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
  });
  it('turns the picker’s local day into ISO and back, whatever the time zone', () => {
    expect(isoFromLocalDate(new Date(2026, 11, 6))).toBe('2026-12-06');
    expect(isoFromLocalDate(new Date(Number.NaN))).toBeNull();
    expect(isoFromLocalDate(localDateFromIso('2028-02-29'))).toBe('2028-02-29');
    expect(Number.isNaN(localDateFromIso('29.2.2028').valueOf())).toBe(true);
  });
});
