import { describe, expect, it } from 'vitest';
import { hubDay, mayCorrect, timeAllowed } from './walkins.policy.js';

describe('walk-in policies', () => {
  it('counts days in Helsinki time, summer and winter', () => {
    expect(hubDay(new Date('2026-03-10T21:59:00Z'))).toBe('2026-03-10');
    expect(hubDay(new Date('2026-03-10T22:00:00Z'))).toBe('2026-03-11');
    expect(hubDay(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(hubDay(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });

  it('takes a time from earlier today, not from yesterday or the future', () => {
    const now = new Date('2026-03-10T12:00:00Z'); // 14:00 in Helsinki
    expect(timeAllowed(new Date('2026-03-09T22:00:00Z'), now)).toBe('ok'); // 00:00 today
    expect(timeAllowed(new Date('2026-03-09T21:59:00Z'), now)).toBe('not_today');
    expect(timeAllowed(new Date('2026-03-10T12:01:00Z'), now)).toBe('ok'); // the adviser's clock runs a minute fast
    expect(timeAllowed(new Date('2026-03-10T12:30:00Z'), now)).toBe('future');
  });

  it('lets an adviser correct only their own entries of the same day', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const today = new Date('2026-03-10T08:00:00Z');
    expect(mayCorrect('a', { recordedBy: 'a', at: today }, now)).toBe(true);
    expect(mayCorrect('b', { recordedBy: 'a', at: today }, now)).toBe(false);
    expect(mayCorrect('a', { recordedBy: null, at: today }, now)).toBe(false);
    expect(mayCorrect('a', { recordedBy: 'a', at: new Date('2026-03-09T21:00:00Z') }, now)).toBe(false);
  });
});
