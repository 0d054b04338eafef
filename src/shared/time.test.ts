import { describe, expect, it } from 'vitest';
import { hubDay, hubTimeZone } from './time.js';

describe("the hub's time", () => {
  it('is Finnish time', () => {
    expect(hubTimeZone).toBe('Europe/Helsinki');
  });

  it('is the calendar day in Finland, not in UTC', () => {
    expect(hubDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
    expect(hubDay(new Date('2026-01-15T21:30:00Z'))).toBe('2026-01-15');
    expect(hubDay(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-16');
  });
});
