/**
 * PHONE detector: written and spoken telephone numbers (rules/phone/phone.yaml).
 *
 * 1. Digit chains are read from each turn's 'digits' view, where written digits
 *    stay as they are and spoken ones become digits ("null eins" -> "0 1").
 * 2. Each chain, or a run of its comma-separated pieces, is classified by
 *    libphonenumber-js and scored by kind, nearest cue word and plausibility
 *    (dates, units, competing cues).
 * 3. Per call, halves of a number dictated over two turns are joined and
 *    read-backs of an earlier number are caught (phone-join.ts).
 */
import type { CallView, Detector, Label, NormalizedText, Span, TurnView } from '../types.js';
import { cueAfter, nearestCueBefore } from './cues.js';
import { chainRange, scanDigitChains, type DigitChain } from './digit-chain.js';
import { classifyPhone, isDateShape, type PhoneKind } from './phone-check.js';
import { catchReadBacks, joinSplitNumbers, type ChainRecord } from './phone-join.js';
import { CUE_COMPETITOR, CUE_CONTEXT, CUE_EXTENSION, loadPhoneRules, type PhoneRules } from './phone-rules.js';

/** Longer chains are data dumps or other identifiers, never one telephone number. */
const MAX_CHAIN_DIGITS = 40;
/** "0049" + 13 national digits. */
const MAX_CANDIDATE_DIGITS = 17;
/** Local numbers (no prefix) need a context word and this many digits ("234 56 78"). */
const MIN_LOCAL = 5;
const MAX_LOCAL = 12;
/** An extension after "Durchwahl" may be this short. */
const MIN_EXTENSION = 2;
const MAX_EXTENSION = 6;
/** Characters after a chain searched for a unit word ("Euro", "Uhr"). */
const UNIT_WINDOW = 14;

/** Kinds whose match is a whole number on its own (not a fragment to join). */
const FULL_KINDS: ReadonlySet<PhoneKind> = new Set(['international', 'mobile', 'national', 'shortNational', 'unverified']);
/** Kinds where libphonenumber-js accepted the number: reported as validated. */
const VALID_KINDS: ReadonlySet<PhoneKind> = new Set(['international', 'mobile', 'national']);

interface Scored {
  score: number;
  kind: PhoneKind;
}

const REJECT: Scored = Object.freeze({ score: 0, kind: 'none' }) as Scored;

/** Lengths of the digit groups of `chain` between digit indexes `[from, to)`. */
function groupLengths(chain: DigitChain, from: number, to: number): number[] {
  const lengths: number[] = [];
  for (let k = from; k < to; k++) {
    if (k === from || chain.pos[k] !== chain.pos[k - 1] + 1) lengths.push(1);
    else lengths[lengths.length - 1]++;
  }
  return lengths;
}

/** Finds PHONE spans; see the module comment for the steps. */
export class PhoneDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['PHONE'];
  private readonly rules: PhoneRules;

  /** @param rules - compiled rules, by default rules/phone/phone.yaml */
  constructor(rules: PhoneRules = loadPhoneRules()) {
    this.rules = rules;
    this.id = `rules:${rules.id}`;
  }

  detect(call: CallView, out: Span[]): void {
    const records: ChainRecord[] = [];
    const known: string[] = [];
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      scanDigitChains(norm.text, (chain) => this.evaluateChain(call, turn, norm, chain, records, known, out), {
        fillers: this.rules.fillers,
      });
    }
    if (records.length === 0) return;
    joinSplitNumbers(call, records, known, this.rules, this.id, out);
    if (known.length > 0) catchReadBacks(records, known, this.rules, this.id, out);
  }

  private evaluateChain(
    call: CallView,
    turn: TurnView,
    norm: NormalizedText,
    chain: DigitChain,
    records: ChainRecord[],
    known: string[],
    out: Span[],
  ): void {
    const len = chain.digits.length;
    if (len < MIN_EXTENSION || len > MAX_CHAIN_DIGITS || chain.dotsOnly || chain.afterCode) return;
    const [start, end] = norm.toOriginal(chain.start, chain.end);
    const record: ChainRecord = {
      turn: turn.index,
      chain,
      norm,
      start,
      end,
      cue: nearestCueBefore(call, turn.index, start, this.rules.cueWindow, this.rules.cues).kind,
      unitAfter: this.unitAfter(turn.lower, end),
      emitted: false,
      complete: false,
    };
    this.pick(record, 0, len, known, out);
    records.push(record);
  }

  /** True when a unit word or symbol follows the chain: a price, time or quantity. */
  private unitAfter(lower: string, end: number): boolean {
    let i = end;
    while (i < lower.length && lower.charCodeAt(i) === 32) i++;
    if (i < lower.length && this.rules.unitSymbols.includes(lower[i])) return true;
    return cueAfter(lower, end, UNIT_WINDOW, this.rules.units);
  }

  /**
   * Emits the best-scoring run of comma-separated pieces in digits `[from, to)`
   * of the chain, then recurses on what is left on either side. Runs are
   * capped at {@link MAX_CANDIDATE_DIGITS}, so the work per chain is bounded.
   */
  private pick(record: ChainRecord, from: number, to: number, known: string[], out: Span[]): void {
    if (to - from < MIN_EXTENSION) return;
    const chain = record.chain;
    const bounds = [from];
    for (const b of chain.breaks) if (b > from && b < to) bounds.push(b);
    bounds.push(to);
    let best = REJECT;
    let bestFrom = 0;
    let bestTo = 0;
    for (let i = 0; i < bounds.length - 1; i++) {
      for (let j = i + 1; j < bounds.length; j++) {
        const a = bounds[i];
        const b = bounds[j];
        if (b - a > MAX_CANDIDATE_DIGITS) break;
        const scored = this.score(record, a, b);
        if (scored.score > best.score || (scored.score === best.score && scored.score > 0 && b - a > bestTo - bestFrom)) {
          best = scored;
          bestFrom = a;
          bestTo = b;
        }
      }
    }
    if (best.score < this.rules.minScore) return;
    this.emit(record, bestFrom, bestTo, best.score, VALID_KINDS.has(best.kind), out);
    if (FULL_KINDS.has(best.kind)) {
      known.push(chain.digits.slice(bestFrom, bestTo));
      if (bestFrom === 0 && bestTo === chain.digits.length) record.complete = true;
    }
    this.pick(record, from, bestFrom, known, out);
    this.pick(record, bestTo, to, known, out);
  }

  /** Scores digits `[a, b)` of a chain; 0 when they are not a phone number. */
  private score(record: ChainRecord, a: number, b: number): Scored {
    const chain = record.chain;
    if (b === chain.digits.length && record.unitAfter) return REJECT;
    if (isDateShape(groupLengths(chain, a, b))) return REJECT;
    const digits = chain.digits.slice(a, b);
    const kind = classifyPhone(digits, a === 0 && chain.plus);
    if (record.cue === CUE_COMPETITOR && kind !== 'international') return REJECT;
    const context = record.cue === CUE_CONTEXT || record.cue === CUE_EXTENSION;
    const rules = this.rules;
    const n = b - a;
    switch (kind) {
      case 'none':
        // A number starting with 0 that the metadata rejects is still kept after a context word.
        return context && digits.charCodeAt(0) === 48 && n >= MIN_LOCAL + 1 ? { score: rules.kindScore.local, kind: 'local' } : REJECT;
      case 'local': {
        const extension = record.cue === CUE_EXTENSION && n >= MIN_EXTENSION && n <= MAX_EXTENSION;
        // A lone five-digit group is a postcode ("80331 München"), not a local number.
        const postcode = n === 5 && chain.pos[b - 1] - chain.pos[a] === 4;
        const local = context && n >= MIN_LOCAL && n <= MAX_LOCAL && !postcode;
        return extension || local ? { score: rules.kindScore.local, kind } : REJECT;
      }
      default:
        return { score: Math.min(1, rules.kindScore[kind] + (context ? rules.contextBoost : 0)), kind };
    }
  }

  private emit(record: ChainRecord, from: number, to: number, score: number, validated: boolean, out: Span[]): void {
    const [s, e] = chainRange(record.chain, from, to);
    const [start, end] = record.norm.toOriginal(s, e);
    record.emitted = true;
    out.push({ turn: record.turn, start, end, label: 'PHONE', score, source: this.id, validated });
  }
}

/**
 * The PHONE detectors of redact-de, compiled once from rules/phone/.
 * @returns `[PhoneDetector]`
 * @example createPhoneDetectors()[0].id // 'rules:phone'
 */
export function createPhoneDetectors(): Detector[] {
  return [new PhoneDetector()];
}
