/**
 * Shared shapes of the checksum validators and generators in this folder.
 * Validators are pure: same input, same answer, no I/O.
 */

/** A pure check of a candidate value; tolerant of spaces, dots, hyphens and case. */
export type Validator = (value: string) => boolean;

/**
 * A source of uniform integers in `[0, maxExclusive)`. Generators take one so
 * that callers decide about determinism (surrogates seed it per value).
 */
export type RandomInt = (maxExclusive: number) => number;

const NON_ALNUM = /[^0-9A-Za-z]+/g;

/**
 * Letters and digits of `value`, uppercased. Validators call it first, so they
 * accept "DE89 3704 …", "12 030486 M 00 3" and already compact input alike.
 * @param value - raw candidate
 * @returns the compact form
 */
export function compact(value: string): string {
  return value.replace(NON_ALNUM, '').toUpperCase();
}

/** `count` random decimal digits as a string. */
export function randomDigits(count: number, randomInt: RandomInt): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

/** Position of an ASCII capital letter in the alphabet, 1-based (A=1 … Z=26). */
export function letterOrdinal(letter: string): number {
  return letter.charCodeAt(0) - 64;
}
