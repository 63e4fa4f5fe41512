/**
 * Word tokens of one turn for the ADDRESS detector, kept in module-level
 * typed arrays that grow on demand: detection is synchronous, so one buffer
 * per worker serves every turn without allocating.
 */
import { isWordChar } from '../rules/lexicon.js';

/** Token flags. */
export const DIGITS = 1;
/** First character is an upper-case letter. */
export const CAPITAL = 2;
/** A '.' directly follows the token ("Str.", "Nr."). */
export const DOT = 4;
/** A ',' follows the token (after optional spaces). */
export const COMMA = 8;
/** Something other than spaces, one comma or one dot separates this token from the next. */
export const HARD_BREAK = 16;

/** The tokens of the last {@link tokenizeWords} call, valid until the next call. */
export interface WordTokens {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  count: number;
}

const buffer: WordTokens = { start: new Int32Array(128), end: new Int32Array(128), flags: new Uint8Array(128), count: 0 };

function grow(): void {
  const size = buffer.start.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const flags = new Uint8Array(size);
  start.set(buffer.start);
  end.set(buffer.end);
  flags.set(buffer.flags);
  buffer.start = start;
  buffer.end = end;
  buffer.flags = flags;
}

function isUpperStart(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc;
}

/**
 * Splits `text` into words: letter/digit runs with inner hyphens
 * ("Karl-Marx-Allee"). A token is DIGITS when it starts with a digit.
 * @returns the shared buffer
 */
export function tokenizeWords(text: string): WordTokens {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if (c === 45 && i + 1 < len && isWordChar(text.charCodeAt(i + 1))) i++;
      // "Dr.-Oberreiter-Straße", "St.-Anna-Platz": an abbreviation inside a compound.
      else if (c === 46 && i + 2 < len && text.charCodeAt(i + 1) === 45 && isWordChar(text.charCodeAt(i + 2))) i += 2;
      else break;
    }
    if (n === buffer.start.length) grow();
    const first = text.charCodeAt(start);
    let flags = first >= 48 && first <= 57 ? DIGITS : isUpperStart(first) ? CAPITAL : 0;
    if (i < len && text.charCodeAt(i) === 46) flags |= DOT;
    // Look at the gap to the next word.
    let j = i;
    let commas = 0;
    let dots = 0;
    let other = 0;
    while (j < len && !isWordChar(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (c === 44) commas++;
      else if (c === 46) dots++;
      else if (c !== 32 && c !== 9 && c !== 0xa0) other++;
      j++;
    }
    if (commas > 0) flags |= COMMA;
    if (other > 0 || commas > 1 || dots > 1 || j - i > 4) flags |= HARD_BREAK;
    buffer.start[n] = start;
    buffer.end[n] = i;
    buffer.flags[n] = flags;
    n++;
  }
  buffer.count = n;
  return buffer;
}
