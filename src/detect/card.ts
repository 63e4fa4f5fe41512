/**
 * CARD detector: payment card numbers, written or spoken (rules/card/card.yaml).
 *
 * 1. Digit chains are read from each turn's 'digits' view.
 * 2. From the chain start and from each comma break, prefixes with a
 *    network's length that end at a digit-group boundary are checked for the
 *    network's IIN and the Luhn digit; the longest valid one wins.
 * 3. In card context, a chain with the right IIN and length that fails Luhn
 *    is still emitted (fail closed, see the rule file).
 * 4. A chain starting with an IIN cut off at the end of a turn is joined with
 *    the first digits of the speaker's next turns.
 */
import { z } from 'zod';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { ConfigError } from '../errors.js';
import { loadRuleFile } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import { VALIDATORS } from '../rules/validators/index.js';
import { OwnCueCheck } from './cues.js';
import { scanDigitChains, type DigitChain } from './digit-chain.js';
import { collectTails } from './turn-join.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const words = z.array(z.string().min(1)).min(1, 'must list at least one word');

/** Schema of rules/card/card.yaml. */
export const cardRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  scores: z.strictObject({ invalidInContext: score }),
  cueWindow: z.number().int().min(0).max(500),
  recentTurns: z.number().int().min(0).max(10),
  networks: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        iin: z.array(z.string().regex(/^\d{1,6}(-\d{1,6})?$/, 'must be digits or a range "lo-hi"')).min(1),
        lengths: z.array(z.number().int().min(12).max(19)).min(1),
      }),
    )
    .min(1),
  context: words,
  competitors: words,
  fillers: words,
  acknowledgements: words,
});

interface IinRange {
  digits: number;
  lo: number;
  hi: number;
  lengths: readonly number[];
}

const MIN_LENGTH = 12;
const MAX_LENGTH = 19;
/** Longer chains are never one card number (plus expiry and CVV at most). */
const MAX_CHAIN = 40;

function compileRanges(rule: z.output<typeof cardRuleSchema>, source: string): IinRange[] {
  const ranges: IinRange[] = [];
  rule.networks.forEach((net, n) => {
    net.iin.forEach((spec, k) => {
      const [lo, hi = lo] = spec.split('-');
      if (lo.length !== hi.length || Number(lo) > Number(hi)) {
        throw new ConfigError(`${source}: networks[${n}].iin[${k}]: range ends must have equal length and lo <= hi`);
      }
      ranges.push({ digits: lo.length, lo: Number(lo), hi: Number(hi), lengths: net.lengths });
    });
  });
  return ranges;
}

/** Parts after the first of a card number dictated over turns. */
const MAX_TAILS = 3;
/** Turns searched for a cue word: the question may be several short turns back. */
const CUE_TURNS = 5;
/** A chain this close to the end of its turn may continue in the next turn. */
const MAX_TRAIL = 25;

/** Finds CARD spans; see the module comment for the steps. */
export class CardDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['CARD'];
  private readonly rule: z.output<typeof cardRuleSchema>;
  private readonly ranges: readonly IinRange[];
  private readonly cues: OwnCueCheck;
  private readonly fillers: Lexicon;
  private readonly acks: Lexicon;
  private readonly luhn = VALIDATORS.luhn;

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'card/card.yaml') {
    const rule = loadRuleFile(relativePath, cardRuleSchema);
    this.rule = rule;
    this.id = `rules:${rule.id}`;
    this.ranges = compileRanges(rule, `rules/${relativePath}`);
    this.cues = new OwnCueCheck(new Lexicon(rule.context, { prefix: true }), new Lexicon(rule.competitors, { prefix: true }), rule.cueWindow, CUE_TURNS);
    this.fillers = new Lexicon(rule.fillers);
    this.acks = new Lexicon(rule.acknowledgements);
  }

  detect(call: CallView, out: Span[]): void {
    let lastCard = -Infinity;
    const known: string[] = [];
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      const before = out.length;
      const recent = turn.index - lastCard <= this.rule.recentTurns;
      scanDigitChains(
        norm.text,
        (chain) => {
          const n = chain.digits.length;
          if (n > MAX_CHAIN || chain.afterCode || chain.plus || chain.dotsOnly || chain.decimal) return;
          if (n >= MIN_LENGTH && this.checkChain(call, turn.index, norm, chain, recent, known, out)) return;
          // A first part dictated at the end of a turn, asked for as a card number.
          if (n < MAX_LENGTH && norm.text.length - chain.end <= MAX_TRAIL && this.startsLikeCard(chain.digits)) {
            if (this.inContext(call, turn.index, norm, chain.start, recent)) this.continueChain(call, turn.index, norm, chain, known, out);
          }
        },
        { fillers: this.fillers },
      );
      if (out.length > before) lastCard = turn.index;
    }
  }

  /** Emits the cards in one chain; true when it emitted any. */
  private checkChain(
    call: CallView,
    turn: number,
    norm: NormalizedText,
    chain: DigitChain,
    recent: boolean,
    known: string[],
    out: Span[],
  ): boolean {
    const whole = chain.digits;
    const network = this.network(whole);
    if ((network && (this.luhn(whole) || this.inContext(call, turn, norm, chain.start, recent))) || (recent && readsBack(known, whole))) {
      // The whole chain is a card, in context a misheard one, or a read-back of a card with one
      // digit wrong (even in the IIN): better than a shorter prefix that passes Luhn by chance.
      const valid = network && this.luhn(whole);
      this.emit(turn, norm, chain.pos[0], chain.end, valid ? 1 : this.rule.scores.invalidInContext, valid, out);
      known.push(whole);
      return true;
    }
    let done = 0;
    for (const from of [0, ...chain.breaks]) {
      if (from < done) continue;
      for (let len = Math.min(MAX_LENGTH, chain.digits.length - from); len >= MIN_LENGTH; len--) {
        if (!endsGroup(chain, from + len)) continue;
        const digits = chain.digits.slice(from, from + len);
        if (this.network(digits) && this.luhn(digits)) {
          this.emit(turn, norm, chain.pos[from], chain.pos[from + len - 1] + 1, 1, true, out);
          known.push(digits);
          done = from + len;
          break;
        }
      }
    }
    return done > 0;
  }

  /** Joins a chain cut off at the end of a turn with the first digits of the speaker's next turns. */
  private continueChain(call: CallView, turn: number, norm: NormalizedText, chain: DigitChain, known: string[], out: Span[]): void {
    const tails = collectTails(call, turn, { acks: this.acks, fillers: this.fillers, maxParts: MAX_TAILS, maxDigits: MAX_LENGTH });
    let digits = chain.digits;
    let count = 0;
    let valid = false;
    for (let k = 0; k < tails.length && !valid && digits.length < MAX_LENGTH; k++) {
      digits += tails[k].chain.digits;
      count = k + 1;
      valid = this.network(digits) && this.luhn(digits);
    }
    if (count === 0) return;
    // In context (checked by the caller) a joined number of a network's length fails closed.
    if (!valid && !this.network(digits)) return;
    const value = valid ? 1 : this.rule.scores.invalidInContext;
    known.push(digits);
    this.emit(turn, norm, chain.pos[0], chain.end, value, valid, out);
    for (let k = 0; k < count; k++) {
      const tail = tails[k];
      this.emit(tail.turn, tail.norm, tail.chain.pos[0], tail.chain.end, value, valid, out);
    }
  }

  private inContext(call: CallView, turn: number, norm: NormalizedText, at: number, recent: boolean): boolean {
    if (recent) return true;
    return this.cues.test(call, turn, norm.toOriginal(at, at + 1)[0]);
  }

  /** True when `digits` starts with an IIN of a network that issues numbers of its length. */
  private network(digits: string): boolean {
    for (const r of this.ranges) {
      if (!r.lengths.includes(digits.length)) continue;
      const prefix = Number(digits.slice(0, r.digits));
      if (prefix >= r.lo && prefix <= r.hi) return true;
    }
    return false;
  }

  /** True when `digits` (at least as long as the IIN) start with some network's IIN. */
  private startsLikeCard(digits: string): boolean {
    for (const r of this.ranges) {
      if (digits.length < r.digits) continue;
      const prefix = Number(digits.slice(0, r.digits));
      if (prefix >= r.lo && prefix <= r.hi) return true;
    }
    return false;
  }

  private emit(turn: number, norm: NormalizedText, from: number, to: number, value: number, validated: boolean, out: Span[]): void {
    const [start, end] = norm.toOriginal(from, to);
    out.push({ turn, start, end, label: 'CARD', score: value, source: this.id, validated });
  }
}

/** True when `digits` has the length of a card found before and differs from it in at most one digit. */
function readsBack(known: readonly string[], digits: string): boolean {
  for (const card of known) {
    if (card.length !== digits.length) continue;
    let diff = 0;
    for (let i = 0; i < digits.length && diff < 2; i++) if (card.charCodeAt(i) !== digits.charCodeAt(i)) diff++;
    if (diff < 2) return true;
  }
  return false;
}

/** True when digit index `end` of the chain is the end of the chain or of a digit group. */
function endsGroup(chain: DigitChain, end: number): boolean {
  return end === chain.digits.length || chain.pos[end] !== chain.pos[end - 1] + 1;
}

/**
 * The CARD detectors of redact-de, compiled once from rules/card/.
 * @returns `[CardDetector]`
 * @example createCardDetectors()[0].id // 'rules:card'
 */
export function createCardDetectors(): Detector[] {
  return [new CardDetector()];
}
