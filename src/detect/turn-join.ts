/**
 * Continuations of a value dictated over several turns ("DE89 3704" /
 * agent: "ja" / "0044 0532 0130 00, das ist alles"). IBAN and CARD detectors
 * read the first digit chain of the speaker's following turns with this and
 * validate the joined digits themselves.
 */
import type { CallView, NormalizedText } from '../types.js';
import type { Lexicon } from '../rules/lexicon.js';
import { isAckTurn, onlyWordsBefore } from './cues.js';
import { scanDigitChains, type DigitChain } from './digit-chain.js';

/** The first digit chain of a later turn that continues a value. */
export interface TailPart {
  turn: number;
  norm: NormalizedText;
  chain: DigitChain;
}

/** Options of {@link collectTails}. */
export interface TailOptions {
  /** Acknowledgement words of the listener's turn between two parts ("ja", "weiter"). */
  acks: Lexicon;
  /** Filler words allowed before a tail and inside a chain ("äh", "also"). */
  fillers?: Lexicon;
  /** Most parts to collect. */
  maxParts: number;
  /** Stop once this many digits were collected. */
  maxDigits: number;
}

/** A tail chain must start this close to the start of its turn. */
const MAX_LEAD = 40;
/** A part that is continued may be followed by at most this much text. */
const MAX_TRAIL = 25;

/**
 * Collects the parts that continue a value ending turn `turn`: the first
 * digit chain of the same speaker's next turn, after an optional
 * acknowledgement turn of the listener, and so on while each part ends its
 * own turn.
 *
 * @param call - the call
 * @param turn - the turn whose end holds the first part
 * @param options - acknowledgement and filler words, limits
 * @returns the following parts in order (possibly none)
 */
export function collectTails(call: CallView, turn: number, options: TailOptions): TailPart[] {
  const parts: TailPart[] = [];
  const speaker = call.turns[turn].speaker;
  let t = turn;
  let digits = 0;
  while (parts.length < options.maxParts && digits < options.maxDigits) {
    let next = t + 1;
    if (next < call.turns.length && call.turns[next].speaker !== speaker) {
      if (!isAckTurn(call.turns[next].lower, options.acks)) break;
      next++;
    }
    if (next >= call.turns.length || call.turns[next].speaker !== speaker) break;
    const view = call.turns[next];
    const norm = view.normalized('digits');
    let first: DigitChain | undefined;
    scanDigitChains(
      norm.text,
      (chain) => {
        first ??= chain;
      },
      { fillers: options.fillers },
    );
    if (!first || first.afterCode) break;
    const [start, end] = norm.toOriginal(first.start, first.end);
    if (start > MAX_LEAD || !onlyWordsBefore(view.lower, start, [options.acks, options.fillers])) break;
    parts.push({ turn: next, norm, chain: first });
    digits += first.digits.length;
    if (view.text.trimEnd().length - end > MAX_TRAIL) break;
    t = next;
  }
  return parts;
}
