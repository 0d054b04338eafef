/**
 * Finnish Business ID (Y-tunnus / FO-nummer): seven digits, a hyphen and a check digit.
 * The check digit is 11 minus the weighted sum mod 11 (weights 7 9 10 5 8 4 2); a remainder of
 * 1 is never issued, a remainder of 0 gives check digit 0.
 */
const weights = [7, 9, 10, 5, 8, 4, 2] as const;

export function businessIdCheckDigit(first7: string): number | null {
  if (!/^\d{7}$/.test(first7)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first7[i]) * weights[i]!;
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!m) return false;
  return businessIdCheckDigit(m[1]!) === Number(m[2]);
}
