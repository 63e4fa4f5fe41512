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
import { catchCorrections } from './phone-correct.js';
import { catchReadBacks, cueOf, joinSplitNumbers, UNKNOWN_CUE, type ChainRecord } from './phone-join.js';
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
/** A five-digit local number must follow its cue within this many characters. */
const POSTCODE_CUE_DISTANCE = 25;
/** A number this many turns after a detected one counts as in context (read-backs, second numbers). */
const RECENT_TURNS = 3;
/** Characters before a short number searched for an extension cue ("Durchwahl 12"). */
const EXTENSION_WINDOW = 40;

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

/**
 * True for two groups joined by "-" or "/" where the second is not longer than
 * the first, or is a year: a range of years or pages ("1914-1918", "1832/33")
 * or a numbered document ("17/1974"), not a local number.
 */
function isRange(record: ChainRecord, lengths: readonly number[]): boolean {
  if (lengths.length !== 2) return false;
  const chain = record.chain;
  // "17/1974", "Nr. 3-2021": a number with a year, not a local number.
  const year = lengths[1] === 4 && YEAR.test(chain.digits.slice(lengths[0]));
  if (!year && (lengths[0] < 3 || lengths[1] > lengths[0])) return false;
  const text = record.norm.text;
  const from = chain.pos[lengths[0] - 1] + 1;
  const to = chain.pos[lengths[0]];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 47 || c === 0x2013) return true;
  }
  return false;
}

const YEAR = /^(?:19|20)\d\d$/;

/** True when every group is a four-digit year ("2011, 2012"): an enumeration, not a number. */
function yearsOnly(digits: string, lengths: readonly number[]): boolean {
  let at = 0;
  for (const length of lengths) {
    if (length !== 4 || !YEAR.test(digits.slice(at, at + 4))) return false;
    at += 4;
  }
  return true;
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
    let lastPhoneTurn = -RECENT_TURNS - 1;
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      const before = out.length;
      const recent = turn.index - lastPhoneTurn <= RECENT_TURNS;
      scanDigitChains(norm.text, (chain) => this.evaluateChain(call, turn, norm, chain, recent, records, known, out), {
        fillers: this.rules.fillers,
      });
      if (out.length > before) lastPhoneTurn = turn.index;
    }
    if (records.length === 0) return;
    joinSplitNumbers(call, records, known, this.rules, this.id, out);
    if (known.length > 0) catchCorrections(call, records, known, this.rules, this.id, out);
    if (known.length > 0) catchReadBacks(records, known, this.rules, this.id, out);
  }

  private evaluateChain(
    call: CallView,
    turn: TurnView,
    norm: NormalizedText,
    chain: DigitChain,
    recent: boolean,
    records: ChainRecord[],
    known: string[],
    out: Span[],
  ): void {
    const len = chain.digits.length;
    // Decimals ("49,90"), dates and versions ("12.03.2024"), codes ("DE89 ...") are never phones.
    if (len > MAX_CHAIN_DIGITS || chain.dotsOnly || chain.afterCode || chain.decimal) return;
    const [start, end] = norm.toOriginal(chain.start, chain.end);
    const record: ChainRecord = {
      call,
      turn: turn.index,
      chain,
      norm,
      start,
      end,
      cue: UNKNOWN_CUE,
      cueDistance: Infinity,
      recent,
      unitAfter: this.unitAfter(turn.lower, end),
      emitted: false,
      complete: false,
    };
    records.push(record);
    // Single digits are kept only as possible tails of a number dictated over two turns.
    if (len >= MIN_EXTENSION) this.pick(record, 0, len, known, out);
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
    let best = REJECT;
    let bestFrom = from;
    let bestTo = to;
    // Fast path: the whole range is a number the metadata accepts (the usual case), no pieces to try.
    if (to - from <= MAX_CANDIDATE_DIGITS) best = this.score(record, from, to);
    const bounds = [from];
    if (!VALID_KINDS.has(best.kind)) {
      for (const b of chain.breaks) if (b > from && b < to) bounds.push(b);
      bounds.push(to);
    }
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
    // A quantity, price or time ("14 30 Uhr"): the last piece is no phone number.
    if (b === chain.digits.length && record.unitAfter) return REJECT;
    const lengths = groupLengths(chain, a, b);
    if (isDateShape(lengths)) return REJECT;
    const digits = chain.digits.slice(a, b);
    const kind = classifyPhone(digits, a === 0 && chain.plus);
    const rules = this.rules;
    const n = b - a;
    if (kind === 'local') {
      // Without prefix only a cue makes a number a phone number; check the cheap cases first.
      if (n < MIN_LOCAL) {
        if (n > MAX_EXTENSION || !this.extensionNear(record)) return REJECT;
        return cueOf(record, rules) === CUE_EXTENSION ? { score: rules.kindScore.local, kind } : REJECT;
      }
      // "1832/33", "1914-1918" are ranges, "2011, 2012" years, "80331 München" a postcode.
      if (n > MAX_LOCAL || isRange(record, lengths) || yearsOnly(digits, lengths)) return REJECT;
      // A postcode ends the candidate and a capitalised city follows ("25, 64283 Darmstadt").
      const last = lengths[lengths.length - 1];
      if (last === 5 && b === chain.digits.length && this.capitalAfter(record)) return REJECT;
      if (lengths.length === 1 && n === 5 && b < chain.digits.length) return REJECT;
      // One number word ("sechzigtausend") is an amount; a local number is written or dictated in groups.
      if (lengths.length === 1 && !this.writtenDigits(record, a, b)) return REJECT;
      const cue = cueOf(record, rules);
      // A lone five-digit group is usually a postcode; as an internal number it follows its cue closely ("Tel Büro 39493").
      if (lengths.length === 1 && n === 5 && record.cueDistance > POSTCODE_CUE_DISTANCE) return REJECT;
      return cue === CUE_CONTEXT || cue === CUE_EXTENSION ? { score: rules.kindScore.local, kind } : REJECT;
    }
    const cue = cueOf(record, rules);
    if (cue === CUE_COMPETITOR && kind !== 'international') return REJECT;
    // A number read back shortly after another one is in phone context too.
    const context = cue === CUE_CONTEXT || cue === CUE_EXTENSION || (record.recent && cue !== CUE_COMPETITOR);
    if (kind === 'none') {
      // Starting with 0 or + but rejected by the metadata (a misheard digit, a wrong
      // country code): still kept after a context word, failing closed.
      return context && n > MIN_LOCAL ? { score: rules.kindScore.local, kind: 'local' } : REJECT;
    }
    return { score: Math.min(1, rules.kindScore[kind] + (context ? rules.contextBoost : 0)), kind };
  }

  /** True when digits `[a, b)` of the chain are written as digits in the original text. */
  private writtenDigits(record: ChainRecord, a: number, b: number): boolean {
    const chain = record.chain;
    const [start, end] = record.norm.toOriginal(chain.pos[a], chain.pos[b - 1] + 1);
    return end - start === b - a;
  }

  /** True when a capitalised word follows the chain: the city after a postcode ("80331 München"). */
  private capitalAfter(record: ChainRecord): boolean {
    const text = record.call.turns[record.turn].text;
    let i = record.end;
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const c = text[i];
    return c !== undefined && c !== c.toLowerCase();
  }

  /** True when an extension cue ("Durchwahl") occurs shortly before the chain in its turn. */
  private extensionNear(record: ChainRecord): boolean {
    const lower = record.call.turns[record.turn].lower;
    return this.rules.cues[CUE_EXTENSION].occursIn(lower, record.start - EXTENSION_WINDOW, record.start);
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
