/**
 * Says what kind of telephone number a digit string is, using the full
 * libphonenumber-js metadata (the minimal set only checks lengths, which lets
 * dates and amounts through). Only called on digit chains that already look
 * like a number, so parsing cost stays off the hot path.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Kinds of number, in the order of the score table in rules/phone/phone.yaml. */
export type PhoneKind = 'international' | 'mobile' | 'national' | 'shortNational' | 'unverified' | 'local' | 'none';

/** Fewest / most digits of a national number with its trunk 0 (E.164 allows 15 with country code 49). */
const MIN_NATIONAL = 7;
const MAX_NATIONAL = 14;
/** National numbers this long that the metadata rejects are still kept (one misheard digit). */
const MIN_UNVERIFIED = 9;
/** Digits after the country code prefix of an international number. */
const MIN_INTERNATIONAL = 8;
const MAX_INTERNATIONAL = 15;

/**
 * Classifies the digits of a candidate.
 *
 * @param digits - the digits only, e.g. "01712345678" or "491712345678"
 * @param plus - whether a `+` preceded the digits
 * @returns the kind; `local` for a digit string without prefix (needs context to count)
 * @example classifyPhone('01712345678', false) // 'mobile'
 */
export function classifyPhone(digits: string, plus: boolean): PhoneKind {
  if (plus || digits.startsWith('00')) {
    let intl = plus ? digits : digits.slice(2);
    // "+49 (0) 30 ..." and "plus vier neun null drei null": the trunk 0 is not dialled.
    if (intl.startsWith('490')) intl = `49${intl.slice(3)}`;
    if (intl.length < MIN_INTERNATIONAL || intl.length > MAX_INTERNATIONAL) return 'none';
    const number = parsePhoneNumberFromString(`+${intl}`);
    if (number?.isValid()) return 'international';
    return number?.isPossible() ? 'unverified' : 'none';
  }
  if (digits.charCodeAt(0) === 48) {
    const n = digits.length;
    if (n < MIN_NATIONAL || n > MAX_NATIONAL) return 'none';
    const number = parsePhoneNumberFromString(digits, 'DE');
    if (number?.isValid()) {
      if (number.getType() === 'MOBILE') return 'mobile';
      return n >= 10 ? 'national' : 'shortNational';
    }
    return n >= MIN_UNVERIFIED ? 'unverified' : 'none';
  }
  return 'local';
}

/**
 * True when the digit groups of a chain have the shape of a date: d.m.yy(yy)
 * with one or two digits for day and month ("01.03.2024", "1/3/24").
 *
 * @param groupLengths - lengths of the digit groups, in order
 */
export function isDateShape(groupLengths: readonly number[]): boolean {
  if (groupLengths.length !== 3) return false;
  const [d, m, y] = groupLengths;
  return d <= 2 && m <= 2 && (y === 2 || y === 4);
}
