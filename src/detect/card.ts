/**
 * CARD detector: payment card numbers, written or spoken (rules/card/card.yaml).
 *
 * 1. Digit chains are read from each turn's 'digits' view.
 * 2. From the chain start and from each comma break, prefixes with a
 *    network's length that end at a digit-group boundary are checked for the
 *    network's IIN and the Luhn digit; the longest valid one wins.
 * 3. After a card context word, a chain with the right IIN and length that
 *    fails Luhn is still emitted (fail closed, see the rule file).
 */
import { z } from 'zod';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { ConfigError } from '../errors.js';
import { loadRuleFile } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import { VALIDATORS } from '../rules/validators/index.js';
import { nearestCueBefore } from './cues.js';
import { scanDigitChains, type DigitChain } from './digit-chain.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const words = z.array(z.string().min(1)).min(1, 'must list at least one word');

/** Schema of rules/card/card.yaml. */
export const cardRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  scores: z.strictObject({ invalidInContext: score }),
  cueWindow: z.number().int().min(0).max(500),
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

/** Finds CARD spans; see the module comment for the steps. */
export class CardDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['CARD'];
  private readonly ranges: readonly IinRange[];
  private readonly cues: readonly Lexicon[];
  private readonly invalidScore: number;
  private readonly cueWindow: number;
  private readonly luhn = VALIDATORS.luhn;

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'card/card.yaml') {
    const rule = loadRuleFile(relativePath, cardRuleSchema);
    this.id = `rules:${rule.id}`;
    this.ranges = compileRanges(rule, `rules/${relativePath}`);
    this.cues = [new Lexicon(rule.context, { prefix: true }), new Lexicon(rule.competitors, { prefix: true })];
    this.invalidScore = rule.scores.invalidInContext;
    this.cueWindow = rule.cueWindow;
  }

  detect(call: CallView, out: Span[]): void {
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      scanDigitChains(norm.text, (chain) => {
        const n = chain.digits.length;
        if (n < MIN_LENGTH || n > MAX_CHAIN || chain.afterCode || chain.plus || chain.dotsOnly) return;
        this.checkChain(call, turn.index, norm, chain, out);
      });
    }
  }

  private checkChain(call: CallView, turn: number, norm: NormalizedText, chain: DigitChain, out: Span[]): void {
    const starts = [0, ...chain.breaks];
    let done = 0;
    for (const from of starts) {
      if (from < done) continue;
      let best = 0;
      for (let len = Math.min(MAX_LENGTH, chain.digits.length - from); len >= MIN_LENGTH; len--) {
        if (!endsGroup(chain, from + len)) continue;
        const digits = chain.digits.slice(from, from + len);
        if (this.network(digits) && this.luhn(digits)) {
          best = len;
          break;
        }
      }
      if (best > 0) {
        this.emit(turn, norm, chain, from, from + best, 1, true, out);
        done = from + best;
      }
    }
    if (done > 0) return;
    // Fail closed: the whole chain has a network's IIN and length but fails Luhn.
    if (!this.network(chain.digits)) return;
    const [start] = norm.toOriginal(chain.start, chain.start + 1);
    if (nearestCueBefore(call, turn, start, this.cueWindow, this.cues).kind !== 0) return;
    this.emit(turn, norm, chain, 0, chain.digits.length, this.invalidScore, false, out);
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

  private emit(turn: number, norm: NormalizedText, chain: DigitChain, from: number, to: number, value: number, validated: boolean, out: Span[]): void {
    const [start, end] = norm.toOriginal(chain.pos[from], chain.pos[to - 1] + 1);
    out.push({ turn, start, end, label: 'CARD', score: value, source: this.id, validated });
  }
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
