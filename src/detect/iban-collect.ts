/**
 * Collects the characters of an account number across the separators people
 * write and say between them ("3704 0044", "drei sieben null vier" -> "3 7 0 4"),
 * one character at a time so that a compact IBAN ("DE89370400440532013000")
 * and a spoken one are read the same way. Linear: every character is looked
 * at once.
 */
import { isWordChar, type Lexicon } from '../rules/lexicon.js';

/** What {@link collectAlnum} read. */
export interface Collected {
  /** Letters (uppercased) and digits, separators removed. */
  chars: string;
  /** Offset of each char in the scanned text. */
  pos: number[];
  /** One past the last char read (the start offset when none). */
  end: number;
  /** True when the limit was reached in the middle of a token ("...0130001"): no clean end. */
  cut: boolean;
  /** True when, after the limit, the chain goes on with another digit group. */
  more: boolean;
}

/** At most this many separator characters between two groups. */
const MAX_SEPARATOR = 3;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 46 || code === 44 || code === 58 || code === 47 || code === 45;
}

/** Skips a run of at most {@link MAX_SEPARATOR} separators; returns the new offset. */
function skipSeparators(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_SEPARATOR && isSeparator(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads up to `max` letters and digits starting at `from` (separators first
 * are skipped), stopping at anything else.
 *
 * @param text - the scanned text (a 'digits' view)
 * @param from - where to start
 * @param max - how many characters to read at most
 * @param letters - whether letters may be part of the value (not for German BBANs)
 * @param fillers - filler words skipped between groups ("äh")
 * @returns the characters with their offsets and how the read ended
 */
export function collectAlnum(text: string, from: number, max: number, letters: boolean, fillers?: Lexicon): Collected {
  const got: Collected = { chars: '', pos: [], end: from, cut: false, more: false };
  let i = skipSeparators(text, from);
  while (got.chars.length < max && i < text.length) {
    if (fillers && got.chars.length > 0 && text.charCodeAt(i - 1) === 32) {
      const filler = fillers.matchAt(text, i);
      if (filler) {
        i = skipSeparators(text, filler.end);
        continue;
      }
    }
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    if (!digit && !(letters && isWordChar(c) && c < 128)) break;
    // A letter token must be short ("WEST", or a spelled "W"): a long word ends the value.
    if (!digit && i > 0 && !isWordChar(text.charCodeAt(i - 1)) && wordLength(text, i) > 4) break;
    got.chars += digit ? text[i] : text[i].toUpperCase();
    got.pos.push(i);
    got.end = i + 1;
    i++;
    if (i < text.length && !isWordChar(text.charCodeAt(i))) {
      const next = skipSeparators(text, i);
      if (next === i || next >= text.length || !isWordChar(text.charCodeAt(next))) break;
      i = next;
    }
  }
  if (got.chars.length === max && got.end < text.length) {
    if (isWordChar(text.charCodeAt(got.end))) got.cut = true;
    else {
      const next = skipSeparators(text, got.end);
      got.more = next > got.end && next < text.length && isDigit(text.charCodeAt(next));
    }
  }
  return got;
}

function wordLength(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i - from;
}
