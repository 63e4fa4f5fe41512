/**
 * The nearest cue word before a value, looked up across turn boundaries.
 * Several kinds of number share cue words' neighbourhood ("Kundennummer ...,
 * Telefonnummer ..."), so a plain "is a context word nearby" test is not
 * enough: the cue nearest to the value decides what the value is.
 */
import type { CallView } from '../types.js';
import { isWordChar, type Lexicon } from '../rules/lexicon.js';

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
 * @param maxTurns - turns searched at most, the value's own included
 * @returns the nearest cue, or `{kind: -1}` when none is in the window
 */
export function nearestCueBefore(
  call: CallView,
  turn: number,
  start: number,
  window: number,
  lexicons: readonly Lexicon[],
  maxTurns = 3,
): Cue {
  let budget = window;
  let t = turn;
  let to = start;
  let gap = 0;
  for (let hop = 0; hop < maxTurns && t >= 0 && budget > 0; hop++) {
    const text = call.turns[t].lower;
    const from = Math.max(0, to - budget);
    let bestEnd = -1;
    let bestKind = -1;
    for (let k = 0; k < lexicons.length; k++) {
      // The last match of a lexicon is its nearest one; no callback per candidate.
      const end = lexicons[k].lastMatchEnd(text, from, to);
      if (end > bestEnd) {
        bestEnd = end;
        bestKind = k;
      }
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

/**
 * True when a turn (lowercase) consists only of acknowledgement words and
 * punctuation ("Ja.", "mhm, weiter"): the listener's turn between two halves
 * of a dictated number.
 */
export function isAckTurn(lower: string, acks: Lexicon): boolean {
  if (lower.length > 40) return false;
  let i = 0;
  let words = 0;
  while (i < lower.length) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const m = acks.matchAt(lower, i);
    if (!m) return false;
    words++;
    i = m.end;
  }
  return words > 0;
}

/**
 * True when `lower[0, end)` holds only punctuation and words of the given
 * lexicons ("ja, also ..."): what may precede the continuation of a value
 * dictated over turns.
 */
export function onlyWordsBefore(lower: string, end: number, lexicons: readonly (Lexicon | undefined)[]): boolean {
  let i = 0;
  while (i < end) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let next = -1;
    for (const lex of lexicons) {
      const m = lex?.matchAt(lower, i, end);
      if (m && m.end > next) next = m.end;
    }
    if (next < 0) return false;
    i = next;
  }
  return true;
}

/**
 * True when a phrase of `words` occurs anywhere in the call. Detectors ask
 * once per call before their per-candidate cue searches: most calls never
 * mention an IBAN or a card, and then no candidate needs a window search.
 */
export function callMentions(call: CallView, words: Lexicon): boolean {
  for (const turn of call.turns) {
    const lower = turn.lower;
    if (words.occursIn(lower, 0, lower.length)) return true;
  }
  return false;
}

/** Per cue lexicon and call: whether the call mentions a cue at all (see OwnCueCheck). */
const MENTIONS = new WeakMap<Lexicon, WeakMap<CallView, boolean>>();

/**
 * "Is this value in the context of my cue rather than a competitor's?", for
 * detectors with a cue lexicon and a competitor lexicon (IBAN vs phone words,
 * card vs IBAN words). The call-wide mention check is memoised per call view,
 * so calls that never mention the cue skip every window search.
 */
export class OwnCueCheck {
  private readonly mentions: WeakMap<CallView, boolean>;
  private readonly lexicons: readonly Lexicon[];

  /**
   * @param own - cue words of the detector's label (index 0 of the search)
   * @param competitors - cue words of labels that compete for the same numbers
   * @param window - characters searched back from the value
   * @param maxTurns - turns searched at most, the value's own included
   */
  constructor(own: Lexicon, competitors: Lexicon, private readonly window: number, private readonly maxTurns: number) {
    this.lexicons = [own, competitors];
    // Checks built on the same cue lexicon (IBAN has two) share the call-wide scan.
    let mentions = MENTIONS.get(own);
    if (!mentions) MENTIONS.set(own, (mentions = new WeakMap()));
    this.mentions = mentions;
  }

  /** True when the nearest cue before ORIGINAL offset `start` of `turn` is the detector's own. */
  test(call: CallView, turn: number, start: number): boolean {
    let mentioned = this.mentions.get(call);
    if (mentioned === undefined) {
      mentioned = callMentions(call, this.lexicons[0]);
      this.mentions.set(call, mentioned);
    }
    if (!mentioned) return false;
    return nearestCueBefore(call, turn, start, this.window, this.lexicons, this.maxTurns).kind === 0;
  }
}
