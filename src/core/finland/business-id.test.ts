import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from './business-id.js';

describe('Finnish Business ID', () => {
  it('accepts IDs whose check digit matches', () => {
    // 0112038-9 is the Business ID of Nokia Oyj; 0737546-2 of Kesko Oyj.
    expect(isValidBusinessId('0112038-9')).toBe(true);
    expect(isValidBusinessId('0737546-2')).toBe(true);
  });
  it('refuses a wrong check digit, a wrong shape and a remainder of one', () => {
    expect(isValidBusinessId('0112038-8')).toBe(false);
    expect(isValidBusinessId('112038-9')).toBe(false);
    expect(isValidBusinessId('01120389')).toBe(false);
    expect(businessIdCheckDigit('0000006')).toBeNull(); // 6 * 2 = 12, remainder 1: never issued
  });
  it('gives check digit 0 when the remainder is 0', () => {
    expect(businessIdCheckDigit('0000000')).toBe(0);
    expect(isValidBusinessId('0000000-0')).toBe(true);
  });
});
