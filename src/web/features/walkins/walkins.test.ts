import { describe, expect, it } from 'vitest';
import { clockTime, todayAt } from './walkinsApi';

describe('walk-in times in Finnish time', () => {
  it('reads a time of day with a colon or a dot as today in Finnish time', () => {
    const winter = new Date('2026-03-10T13:30:00Z'); // 15:30 in Helsinki (UTC+2)
    expect(todayAt('9:05', winter)?.toISOString()).toBe('2026-03-10T07:05:00.000Z');
    expect(todayAt('14.45', winter)?.toISOString()).toBe('2026-03-10T12:45:00.000Z');
    const summer = new Date('2026-07-01T21:30:00Z'); // 00:30 on 2 July in Helsinki (UTC+3)
    expect(todayAt('00:10', summer)?.toISOString()).toBe('2026-07-01T21:10:00.000Z');
    for (const bad of ['', '24:00', '12:60', 'noon', '12']) expect(todayAt(bad, winter)).toBeNull();
    expect(clockTime(new Date('2026-03-10T05:03:00Z'))).toBe('07:03');
  });
});
