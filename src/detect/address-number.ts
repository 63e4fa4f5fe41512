/**
 * House numbers and postcodes on the word tokens of one turn: the number
 * shapes the ADDRESS detector reads ("5a", "12-14", "eins null drei" as 103,
 * "dreizehn drei acht vier vier null" as 13 and 38440).
 */
import { isWordChar } from '../rules/lexicon.js';
import { DIGITS, type WordTokens } from './address-tokens.js';

/** True when a percent, currency or degree sign follows `pos` (after spaces): a quantity. */
export function isQuantitySign(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 37 || c === 0x20ac || c === 36 || c === 0xb0;
}

/** True when an ASCII digit stands at `i`. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The value of a house number token ("12", "5a"), or 0 when it is not one. */
export function houseNumber(text: string, start: number, end: number): number {
  let i = start;
  let value = 0;
  while (i < end && isDigitAt(text, i)) value = value * 10 + text.charCodeAt(i++) - 48;
  const digits = i - start;
  if (digits === 0 || digits > 4 || text.charCodeAt(start) === 48) return 0;
  // At most one letter may follow ("5a"); "12-14" is a range.
  if (i === end) return value;
  if (end - i === 1 && isWordChar(text.charCodeAt(i))) return value;
  if (text.charCodeAt(i) === 45 && isDigitAt(text, i + 1)) return value;
  return 0;
}

/** True when token k is a lone letter a-k ("5 a"). */
export function isHouseLetter(lower: string, tokens: WordTokens, k: number): boolean {
  if (tokens.end[k] - tokens.start[k] !== 1) return false;
  const c = lower.charCodeAt(tokens.start[k]);
  return c >= 97 && c <= 107;
}

/** Index of the token after the digit group starting at k. */
export function nextAfterGroup(text: string, tokens: WordTokens, k: number): number {
  return digitGroup(text, tokens, k).last + 1;
}

/**
 * In a space-joined digit group [k, last] read as house number + postcode,
 * the token where a postcode of `postcodeDigits` digits starts after a 1-3 digit house number, or -1.
 */
export function splitHouseAndPostcode(text: string, tokens: WordTokens, k: number, last: number, postcodeDigits = 5): number {
  let total = 0;
  for (let i = k; i <= last; i++) total += tokens.end[i] - tokens.start[i];
  let head = 0;
  for (let s = k + 1; s <= last; s++) {
    head += tokens.end[s - 1] - tokens.start[s - 1];
    if (head > 3) return -1;
    if (total - head === postcodeDigits && !text.startsWith('00', tokens.start[s])) return s;
  }
  return -1;
}

/** Consecutive digit tokens joined by single spaces from token k: total digits and last token. */
export function digitGroup(text: string, tokens: WordTokens, k: number): { digits: number; last: number } {
  let digits = 0;
  let last = k;
  for (let i = k; i < tokens.count && (tokens.flags[i] & DIGITS) !== 0; i++) {
    if (i > k && (tokens.start[i] - tokens.end[i - 1] !== 1 || text.charCodeAt(tokens.end[i - 1]) !== 32)) break;
    for (let c = tokens.start[i]; c < tokens.end[i]; c++) {
      if (!isDigitAt(text, c)) return { digits: -1, last: i };
      digits++;
    }
    last = i;
    if (digits > 5) break;
  }
  return { digits, last };
}
