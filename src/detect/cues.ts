/**
 * The nearest cue word before a value, looked up across turn boundaries.
 * Several kinds of number share cue words' neighbourhood ("Kundennummer ...,
 * Telefonnummer ..."), so a plain "is a context word nearby" test is not
 * enough: the cue nearest to the value decides what the value is.
 */
import type { CallView } from '../types.js';
import type { Lexicon } from '../rules/lexicon.js';

/** Where a nearest cue was found. */
export interface Cue {
  /** Index of the lexicon (in the array passed) whose phrase is nearest; -1 when none. */
  kind: number;
  /** Characters between the end of the cue and the value (turn boundaries count as one). */
  distance: number;
}

const NONE: Cue = Object.freeze({ kind: -1, distance: Infinity }) as Cue;

/**
 * Finds the cue nearest before `start` in turn `turn`, searching `window`
 * characters back and continuing into the ends of up to two previous turns
 * while the window is not used up (the question is often the other speaker's
 * turn: "Ihre Telefonnummer?" / "null eins sieben ...").
 *
 * @param call - the call
 * @param turn - turn index of the value
 * @param start - start of the value in the turn's ORIGINAL text
 * @param window - characters to search back
 * @param lexicons - cue lexicons over lowercase text; the result names the index
 * @returns the nearest cue, or `{kind: -1}` when none is in the window
 */
export function nearestCueBefore(
  call: CallView,
  turn: number,
  start: number,
  window: number,
  lexicons: readonly Lexicon[],
): Cue {
  let budget = window;
  let t = turn;
  let to = start;
  let gap = 0;
  for (let hop = 0; hop < 3 && t >= 0 && budget > 0; hop++) {
    const text = call.turns[t].lower;
    const from = Math.max(0, to - budget);
    let bestEnd = -1;
    let bestKind = -1;
    for (let k = 0; k < lexicons.length; k++) {
      lexicons[k].scan(
        text,
        (m) => {
          if (m.end > bestEnd) {
            bestEnd = m.end;
            bestKind = k;
          }
        },
        from,
        to,
      );
    }
    if (bestKind >= 0) return { kind: bestKind, distance: gap + (to - bestEnd) };
    budget -= to - from;
    gap += to - from + 1;
    t--;
    if (t >= 0) to = call.turns[t].lower.length;
  }
  return NONE;
}

/**
 * True when a phrase of `words` starts within `window` characters after
 * `end` in the turn (only spaces and punctuation before it).
 */
export function cueAfter(lower: string, end: number, window: number, words: Lexicon): boolean {
  let i = end;
  const stop = Math.min(lower.length, end + window);
  while (i < stop && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 44 || lower.charCodeAt(i) === 46)) i++;
  return i < stop && words.matchAt(lower, i) !== undefined;
}
