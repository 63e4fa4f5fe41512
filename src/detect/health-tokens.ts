/**
 * Word boundaries for the HEALTH and SPECIAL scanners. A token is a run of
 * word characters with inner hyphens ("Magen-Darm-Grippe"). Walks that look
 * back or ahead from a hit are bounded, so many hits inside a megabyte-long
 * hyphen chain stay linear.
 */
import type { Lexicon } from '../rules/lexicon.js';
import { WORD } from './health-prefilter.js';

/** Token boundaries: a run of word characters with inner hyphens ("Magen-Darm"). */
export function tokenEnd(text: string, start: number): number {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD[c]) i++;
    else if (c === 45 && i + 1 < n && WORD[text.charCodeAt(i + 1)] && i > start) i++;
    else break;
  }
  return i;
}

/** Start of the next hyphen-joined part of the token `[start, end)`, or `end`. */
export function nextPart(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 45) return i + 1;
  return end;
}

/** Longest token tokenStart walks back over; longer ones (hyphen chains) count as no token. */
const MAX_BACK = 64;

/**
 * Start of the token ending at `end` (exclusive), or -1 when it is longer than
 * MAX_BACK: callers look back from many hits, and a bounded walk keeps that
 * linear on a megabyte of "a-a-a-a...".
 */
export function tokenStart(text: string, end: number): number {
  let i = end;
  const stop = Math.max(0, end - MAX_BACK);
  while (i > 0) {
    if (i <= stop) return -1;
    const c = text.charCodeAt(i - 1);
    if (WORD[c]) i--;
    else if (c === 45 && i - 2 >= 0 && WORD[text.charCodeAt(i - 2)] && i < end) i--;
    else break;
  }
  return i;
}

/** Whether `lower[start, end)` is exactly one phrase of `lex`. */
export function isExactly(lex: Lexicon, lower: string, start: number, end: number): boolean {
  return lex.endAt(lower, start, end) === end;
}

/**
 * End of the run of word characters from `start`, at most 64 long: the words
 * looked at after a hit (institution, body part) are short, and a bound keeps
 * many hits in a megabyte-long hyphen chain linear.
 */
export function partEnd(lower: string, start: number): number {
  const stop = Math.min(lower.length, start + 64);
  let i = start;
  while (i < stop && WORD[lower.charCodeAt(i)]) i++;
  return i;
}

/** The token right before `pos`, separated by blanks only (punctuation ends a phrase). */
export function previousToken(lower: string, pos: number): [number, number] | undefined {
  let i = pos;
  while (i > 0 && (lower.charCodeAt(i - 1) === 32 || lower.charCodeAt(i - 1) === 9)) i--;
  if (i === pos || i === 0 || !WORD[lower.charCodeAt(i - 1)]) return undefined;
  const s = tokenStart(lower, i);
  return s < 0 ? undefined : [s, i];
}

/** Position of a turn walk shared by the HEALTH and SPECIAL detectors: the word start and the end of its hyphen chain. */
export interface ChainWalk {
  at: number;
  chainEnd: number;
}

/**
 * Moves `walk.at` to the next word start at or after it and sets
 * `walk.chainEnd` to the end of that word's hyphen chain. Scanning resumes at
 * word starts only: a resume point inside a word skips to the chain's end.
 *
 * @returns false when the text has no further word
 */
export function nextWordStart(lower: string, walk: ChainWalk): boolean {
  const n = lower.length;
  let i = walk.at;
  for (;;) {
    while (i < n && !WORD[lower.charCodeAt(i)]) i++;
    if (i >= n) {
      walk.at = i;
      return false;
    }
    // Parts of one hyphen chain share its end; recomputing it per part would be quadratic.
    if (i >= walk.chainEnd) walk.chainEnd = tokenEnd(lower, i);
    if (i > 0 && WORD[lower.charCodeAt(i - 1)]) {
      i = walk.chainEnd;
      continue;
    }
    walk.at = i;
    return true;
  }
}
