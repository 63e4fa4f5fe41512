/**
 * Krankenversichertennummer (KVNR), unchangeable part, § 290 SGB V: one
 * capital letter, eight digits, one check digit. Check algorithm (GKV-
 * Spitzenverband, "Richtlinien … Krankenversichertennummer", Anlage 1): the
 * letter becomes its two-digit alphabet position (A=01 … Z=26); the resulting
 * ten digits are weighted 1,2,1,2,…; two-digit products are replaced by their
 * digit sum; the sum mod 10 is the check digit. Fictitious example: A123456780.
 */
import { compact, letterOrdinal, randomDigits, type RandomInt } from './types.js';

const KVNR = /^[A-Z]\d{9}$/;

/**
 * The KVNR check digit of a 9-character body (letter + eight digits).
 * @param body - e.g. 'A12345678'
 * @returns 0..9
 */
export function kvnrCheckDigit(body: string): number {
  const digits = String(letterOrdinal(body[0])).padStart(2, '0') + body.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let p = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p -= 9;
    sum += p;
  }
  return sum % 10;
}

/**
 * True when `value` is a KVNR with a correct check digit.
 * @example isValidKvnr('A123456780') // true
 */
export function isValidKvnr(value: string): boolean {
  const v = compact(value);
  return KVNR.test(v) && kvnrCheckDigit(v) === v.charCodeAt(9) - 48;
}

/** A random valid KVNR. */
export function generateKvnr(randomInt: RandomInt): string {
  const body = String.fromCharCode(65 + randomInt(26)) + randomDigits(8, randomInt);
  return body + String(kvnrCheckDigit(body));
}
