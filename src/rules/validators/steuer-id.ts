/**
 * Steuerliche Identifikationsnummer (§ 139b AO): eleven digits, the first not
 * 0; among the first ten exactly one digit occurs twice or three times, the
 * others at most once; the eleventh is an ISO 7064 MOD 11,10 check digit.
 * Example accepted by the algorithm: 86095742719.
 */
import { compact, type RandomInt } from './types.js';

const ELEVEN_DIGITS = /^\d{11}$/;

/**
 * ISO 7064 MOD 11,10 check digit of the first ten digits.
 * @param first10 - ten digits
 * @returns 0..9
 */
export function steuerIdCheckDigit(first10: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (first10.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** The § 139b occurrence rule over the first ten digits. */
function hasValidDigitCounts(first10: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[first10.charCodeAt(i) - 48]++;
  let repeated = 0;
  for (const c of counts) {
    if (c > 3) return false;
    if (c >= 2) repeated++;
  }
  return repeated === 1;
}

/**
 * True when `value` is a structurally valid Steuer-IdNr with a correct check digit.
 * @example isValidSteuerId('86 095 742 719') // true
 */
export function isValidSteuerId(value: string): boolean {
  const v = compact(value);
  if (!ELEVEN_DIGITS.test(v) || v[0] === '0') return false;
  return hasValidDigitCounts(v) && steuerIdCheckDigit(v) === v.charCodeAt(10) - 48;
}

/** A random valid Steuer-IdNr: ten digits with exactly one digit doubled, plus the check digit. */
export function generateSteuerId(randomInt: RandomInt): string {
  const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  // Fisher-Yates: nine distinct digits, then one of them repeated at a random later place.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const digits = pool.slice(0, 9);
  if (digits[0] === '0') [digits[0], digits[1]] = [digits[1], digits[0]];
  const twin = digits[randomInt(9)];
  const at = 1 + randomInt(9);
  digits.splice(at, 0, twin);
  const first10 = digits.join('');
  return first10 + String(steuerIdCheckDigit(first10));
}
