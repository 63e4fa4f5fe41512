/**
 * IBAN check (ISO 13616, ISO 7064 MOD 97-10), delegated to ibantools, which
 * also checks the country's length and BBAN format. Test vectors:
 * DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32.
 */
import { composeIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import { compact, type RandomInt } from './types.js';

/**
 * True when `value` is a valid IBAN (length, BBAN format and mod-97 check digits).
 * @example isValidIban('DE89 3704 0044 0532 0130 00') // true
 */
export function isValidIban(value: string): boolean {
  return isValidIBAN(compact(value));
}

const SPECS = getCountrySpecifications();

/**
 * The IBAN length of a country, or undefined when ibantools does not know it.
 * @param countryCode - ISO 3166 alpha-2, uppercase
 */
export function ibanLength(countryCode: string): number | undefined {
  return SPECS[countryCode]?.chars ?? undefined;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A random valid IBAN for `countryCode` whose BBAN follows `bbanShape`:
 * each `A` of the shape becomes a random letter, anything else a random digit.
 * ibantools computes the check digits.
 * @param countryCode - e.g. 'DE'
 * @param bbanShape - e.g. '000000000000000000' for DE, 'AAAA00000000000000' for GB
 * @param randomInt - randomness source
 * @returns the IBAN in electronic format, or undefined when ibantools rejects the BBAN
 */
export function generateIban(countryCode: string, bbanShape: string, randomInt: RandomInt): string | undefined {
  let bban = '';
  for (const c of bbanShape) bban += c === 'A' ? LETTERS[randomInt(26)] : String(randomInt(10));
  return composeIBAN({ countryCode, bban }) ?? undefined;
}
