/**
 * The TurnView detectors share: lowercase text and normalised views are
 * computed on first use and cached, so a turn is lowercased and normalised at
 * most once per view however many detectors read it.
 */
import type { NormalizedText, NormalizeView, TurnView } from '../types.js';
import { hasEmailSymbol, lowerSameLength, normalizeLowered } from './normalize.js';

class LazyTurnView implements TurnView {
  private lowerText: string | undefined;
  private digits: NormalizedText | undefined;
  private email: NormalizedText | undefined;

  constructor(
    readonly index: number,
    readonly speaker: string,
    readonly text: string,
  ) {}

  get lower(): string {
    if (this.lowerText === undefined) this.lowerText = lowerSameLength(this.text);
    return this.lowerText;
  }

  normalized(view: NormalizeView): NormalizedText {
    if (view === 'digits') return (this.digits ??= normalizeLowered(this.text, this.lower, view));
    if (view === 'email') {
      // Most turns hold no spoken symbol: then both views are equal, so share one.
      if (this.email === undefined) {
        this.email = hasEmailSymbol(this.text, this.lower) ? normalizeLowered(this.text, this.lower, view) : this.normalized('digits');
      }
      return this.email;
    }
    throw new RangeError(`TurnView.normalized: unknown view "${String(view)}"`);
  }
}

/**
 * Creates the read-only view of one turn.
 * @param index - position of the turn in the call
 * @param speaker - `agent`, `caller` or another speaker name
 * @param text - the original turn text
 * @returns a view whose `lower` and `normalized(view)` are computed lazily and cached
 * @example
 * const turn = createTurnView(0, 'caller', 'Null eins sieben');
 * turn.lower;                      // "null eins sieben"
 * turn.normalized('digits').text;  // "0 1 7"
 */
export function createTurnView(index: number, speaker: string, text: string): TurnView {
  return new LazyTurnView(index, speaker, text);
}
