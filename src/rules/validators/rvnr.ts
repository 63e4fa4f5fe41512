/**
 * Versicherungsnummer der Rentenversicherung (RVNR, § 147 SGB VI, VKVV § 2):
 * area number (2 digits), birth date DDMMYY (day may carry +50), the birth
 * surname's initial, a serial (2 digits), a check digit. Check algorithm
 * (VKVV § 4): the letter becomes its two-digit alphabet position, giving 12
 * digits weighted 2,1,2,5,7,1,2,1,2,1,2,1; each product is replaced by its
 * digit sum; the sum mod 10 is the check digit. Example: 15 070649 C 103.
 */
import { compact, letterOrdinal, randomDigits, type RandomInt } from './types.js';

const RVNR = /^\d{8}[A-Z]\d{3}$/;
const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * The RVNR check digit of the first eleven characters.
 * @param first11 - e.g. '15070649C10'
 * @returns 0..9
 */
export function rvnrCheckDigit(first11: string): number {
  const digits = first11.slice(0, 8) + String(letterOrdinal(first11[8])).padStart(2, '0') + first11.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * WEIGHTS[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

/**
 * True when `value` is an RVNR with a plausible birth day/month and a correct check digit.
 * @example isValidRvnr('15 070649 C 103') // true
 */
export function isValidRvnr(value: string): boolean {
  const v = compact(value);
  if (!RVNR.test(v)) return false;
  const day = Number(v.slice(2, 4));
  const month = Number(v.slice(4, 6));
  // Day 51..81 is a birth day with the +50 "Ergänzungsmerkmal" for duplicates.
  if (!((day >= 1 && day <= 31) || (day >= 51 && day <= 81)) || month < 1 || month > 12) return false;
  return rvnrCheckDigit(v) === v.charCodeAt(11) - 48;
}

/** A random valid RVNR (area 02..89, a plausible birth date, any initial). */
export function generateRvnr(randomInt: RandomInt): string {
  const area = String(2 + randomInt(88)).padStart(2, '0');
  const day = String(1 + randomInt(28)).padStart(2, '0');
  const month = String(1 + randomInt(12)).padStart(2, '0');
  const first11 = area + day + month + randomDigits(2, randomInt) + String.fromCharCode(65 + randomInt(26)) + randomDigits(2, randomInt);
  return first11 + String(rvnrCheckDigit(first11));
}
