/**
 * Luhn mod-10 (ISO/IEC 7812-1 Annex B), the check digit of payment card
 * numbers. Test vectors: 4111111111111111 (Visa test card), 79927398713.
 */
import { compact, randomDigits, type RandomInt } from './types.js';

const DIGITS = /^\d+$/;

/** Luhn sum of `digits`, doubling every second digit counted from the right when `doubleFirst`. */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  let double = doubleRightmost;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * True when `value` (digits, separators allowed) passes the Luhn check.
 * @param value - candidate number, at least 2 digits
 * @returns whether the last digit is the Luhn check digit of the rest
 * @example isValidLuhn('4111 1111 1111 1111') // true
 */
export function isValidLuhn(value: string): boolean {
  const digits = compact(value);
  if (digits.length < 2 || !DIGITS.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/**
 * The Luhn check digit to append to `payload`.
 * @param payload - digits without the check digit
 * @returns 0..9
 */
export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/**
 * A random Luhn-valid number of `length` digits starting with `prefix`.
 * @param prefix - leading digits to keep (e.g. the card network's first digit)
 * @param length - total digits, check digit included
 * @param randomInt - randomness source
 */
export function generateLuhn(prefix: string, length: number, randomInt: RandomInt): string {
  const body = (prefix + randomDigits(Math.max(0, length - 1 - prefix.length), randomInt)).slice(0, length - 1);
  return body + String(luhnCheckDigit(body));
}
