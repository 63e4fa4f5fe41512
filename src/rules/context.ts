import type { CallView } from '../types.js';
import type { Lexicon } from './lexicon.js';

/**
 * True when a lexicon phrase occurs within `before` characters before
 * `start` or `after` characters after `end` in turn `turn`. A window that
 * reaches past the start of the turn continues into the end of the previous
 * turn, because in a call the question ("Ihre IBAN, bitte?") is often the
 * agent's turn and the value the caller's.
 */
export function hasContext(
  call: CallView,
  turn: number,
  start: number,
  end: number,
  words: Lexicon,
  before: number,
  after: number,
): boolean {
  const lower = call.turns[turn].lower;
  if (before > 0) {
    if (words.occursIn(lower, start - before, start)) return true;
    const spill = before - start;
    if (spill > 0 && turn > 0) {
      const prev = call.turns[turn - 1].lower;
      if (words.occursIn(prev, prev.length - spill, prev.length)) return true;
    }
  }
  return after > 0 && words.occursIn(lower, end, end + after);
}
