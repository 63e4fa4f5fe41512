/**
 * German ID card (Personalausweis) and passport serial numbers with the ICAO
 * Doc 9303 (part 3, § 4.9) check digit: characters map to values (0-9 as is,
 * A=10 … Z=35, '<'=0), weighted 7,3,1 repeating; the sum mod 10 is the check
 * digit. Examples: specimen ID card T22000129 + 3; ICAO specimen passport
 * L898902C< + 3.
 */
import { compact, type RandomInt } from './types.js';

const SERIAL = /^[0-9A-Z]{9}\d$/;
const WEIGHTS = [7, 3, 1];

/**
 * ICAO 9303 check digit of `field`.
 * @param field - digits, capital letters and '<' fillers
 * @returns 0..9
 */
export function icaoCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * WEIGHTS[i % 3];
  }
  return sum % 10;
}

/**
 * True when `value` is a nine-character document serial followed by its ICAO check digit.
 * @example isValidAusweis('T220001293') // true
 */
export function isValidAusweis(value: string): boolean {
  const v = compact(value);
  return SERIAL.test(v) && icaoCheckDigit(v.slice(0, 9)) === v.charCodeAt(9) - 48;
}

// Since 2010 German serials avoid vowels and look-alikes (no A E I O U B D Q S).
const SERIAL_LETTERS = 'CFGHJKLMNPRTVWXYZ';
const SERIAL_ANY = '0123456789CFGHJKLMNPRTVWXYZ';

/**
 * A random valid ID card serial with check digit (10 characters).
 * @param randomInt - randomness source
 * @param shape - optional 9-character pattern: a letter there gives a letter,
 *   a digit a digit (used to keep the look of an original number)
 */
export function generateAusweis(randomInt: RandomInt, shape?: string): string {
  let serial = '';
  for (let i = 0; i < 9; i++) {
    const c = shape?.[i];
    const pool = c === undefined ? (i === 0 ? SERIAL_LETTERS : SERIAL_ANY) : c >= '0' && c <= '9' ? '0123456789' : SERIAL_LETTERS;
    serial += pool[randomInt(pool.length)];
  }
  return serial + String(icaoCheckDigit(serial));
}
