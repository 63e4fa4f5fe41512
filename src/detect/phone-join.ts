/**
 * Call-level passes of the PHONE detector. A caller dictating a number often
 * pauses ("null eins sieben eins" / agent: "ja" / "zwei drei vier ..."), and
 * the agent reads numbers back, sometimes only the part they missed. Neither
 * piece looks like a phone number alone, so both passes work on the digit
 * chains of the whole call that the per-turn pass did not claim.
 */
import type { CallView, NormalizedText, Span } from '../types.js';
import { chainRange, type DigitChain } from './digit-chain.js';
import { classifyPhone, type PhoneKind } from './phone-check.js';
import { isAckTurn, nearestCueBefore, onlyWordsBefore } from './cues.js';
import { CUE_COMPETITOR, CUE_CONTEXT, CUE_EXTENSION, type PhoneRules } from './phone-rules.js';

/** A digit chain of one turn with what the per-turn pass decided about it. */
export interface ChainRecord {
  call: CallView;
  turn: number;
  chain: DigitChain;
  norm: NormalizedText;
  /** Original offsets of the whole chain. */
  start: number;
  end: number;
  /** Index of the nearest cue lexicon before the chain (see phone-rules.ts), -1 for none; see {@link cueOf}. */
  cue: number;
  /** Characters between that cue and the chain (Infinity when none). */
  cueDistance: number;
  /** A phone number was found in this turn's last few turns. */
  recent: boolean;
  /** A unit word or symbol follows the chain. */
  unitAfter: boolean;
  /** Some span was emitted for the chain. */
  emitted: boolean;
  /** The whole chain was emitted as a number of its own (not a fragment). */
  complete: boolean;
}

/** `ChainRecord.cue` before {@link cueOf} computed it. */
export const UNKNOWN_CUE = -2;

/**
 * The nearest cue before a chain (index into `rules.cues`, -1 for none),
 * computed on first use: most chains (years, counts) are rejected without it.
 */
export function cueOf(record: ChainRecord, rules: PhoneRules): number {
  if (record.cue === UNKNOWN_CUE) {
    const cue = nearestCueBefore(record.call, record.turn, record.start, rules.cueWindow, rules.cues);
    record.cue = cue.kind;
    record.cueDistance = cue.distance;
  }
  return record.cue;
}

/** A continuation part must start this close to the start of its turn. */
const MAX_LEAD = 40;
/** A head part may be followed by at most this much text in its turn ("..., ja?"). */
const MAX_TRAIL = 20;
/** A turn between two parts without digits must be this short ("ja", "mhm, weiter"). */
const MAX_ACK_TURN = 30;
/** A joined number accepted on an acknowledgement alone has at least this many digits. */
const MIN_ACKED_DIGITS = 9;
/** Parts of one number, the head included. */
const MAX_PARTS = 4;
const MAX_JOINED_DIGITS = 15;
/** Digits of a country calling code (with "00") in a read-back. */
const MAX_COUNTRY_CODE = 5;
/** Fewest digits for a read-back with one misheard digit. */
const MIN_FUZZY = 7;
/** Kinds that make a joined number believable. */
const JOIN_KINDS: ReadonlySet<PhoneKind> = new Set(['international', 'mobile', 'national']);

/** True when the record is the last chain of its turn and little text follows it. */
function endsTurn(call: CallView, records: readonly ChainRecord[], r: number): boolean {
  const record = records[r];
  const next = records[r + 1];
  if (next && next.turn === record.turn) return false;
  return call.turns[record.turn].text.trimEnd().length - record.end <= MAX_TRAIL;
}

/** Index of the first record of `turn`, or -1. `from` is where to start looking. */
function firstInTurn(records: readonly ChainRecord[], from: number, turn: number): number {
  for (let r = from; r < records.length && records[r].turn <= turn; r++) {
    if (records[r].turn === turn) return r;
  }
  return -1;
}

/** Where the number continues after a part: the next part, an echo between, and whether an acknowledgement came between. */
interface Continuation {
  next: number;
  echo: number;
  acked: boolean;
}

const NO_CONTINUATION: Continuation = Object.freeze({ next: -1, echo: -1, acked: false }) as Continuation;

/**
 * The record continuing the number after the last part `r`: the first chain of
 * the next turn by the same speaker, or of the turn after it when the one
 * between is short ("ja", "mhm, weiter") or echoes the last part.
 */
function findContinuation(call: CallView, records: readonly ChainRecord[], r: number, rules: PhoneRules): Continuation {
  const last = records[r];
  const speaker = call.turns[last.turn].speaker;
  let echo = -1;
  let acked = false;
  let from = r + 1;
  let turn = last.turn + 1;
  for (let hop = 0; hop < 2 && turn < call.turns.length; hop++, turn++) {
    const index = firstInTurn(records, from, turn);
    const view = call.turns[turn];
    if (index < 0) {
      if (view.text.trim().length > MAX_ACK_TURN) break;
      // "Und das Ablaufdatum?": the next chain answers another question.
      if (rules.cues[CUE_COMPETITOR].occursIn(view.lower, 0, view.lower.length)) break;
      acked ||= isAckTurn(view.lower, rules.acknowledgements);
      continue;
    }
    const record = records[index];
    if (record.start > MAX_LEAD || record.chain.plus) break;
    if (!onlyWordsBefore(view.lower, record.start, [rules.acknowledgements, rules.fillers])) break;
    if (hop === 0 && record.chain.digits === last.chain.digits && endsTurn(call, records, index)) {
      echo = index;
      from = index + 1;
      continue;
    }
    if (view.speaker !== speaker) break;
    return { next: index, echo, acked };
  }
  return NO_CONTINUATION;
}

/**
 * Joins numbers dictated over several turns. A chain at the end of a turn
 * that starts like a number (0, +) or was already taken as one is continued
 * by chains at the start of the speaker's next turns. The parts are emitted
 * when the joined digits form a valid number, or when the listener
 * acknowledged the first part ("ja", "ich schreibe mit") and the joined
 * length fits a phone number. Adds the joined digits to `known`.
 */
export function joinSplitNumbers(
  call: CallView,
  records: ChainRecord[],
  known: string[],
  rules: PhoneRules,
  source: string,
  out: Span[],
): void {
  for (let h = 0; h < records.length; h++) {
    const head = records[h];
    const first = head.chain.digits.charCodeAt(0);
    if (head.unitAfter || (!head.chain.plus && first !== 48 && !head.complete)) continue;
    if (head.chain.digits.length > MAX_JOINED_DIGITS - 1 || !endsTurn(call, records, h)) continue;
    if (cueOf(head, rules) === CUE_COMPETITOR) continue;
    const context = head.cue === CUE_CONTEXT || head.cue === CUE_EXTENSION || head.emitted;
    const parts = [h];
    let digits = head.chain.digits;
    let bestCount = 0;
    let last = h;
    while (parts.length < MAX_PARTS && digits.length < MAX_JOINED_DIGITS) {
      const found = findContinuation(call, records, last, rules);
      const next = found.next;
      if (next < 0 || records[next].complete || records[next].unitAfter) break;
      if (found.echo >= 0) parts.push(found.echo);
      parts.push(next);
      digits += records[next].chain.digits;
      if (digits.length > MAX_JOINED_DIGITS) break;
      const valid = JOIN_KINDS.has(classifyPhone(digits, head.chain.plus));
      if (valid || (found.acked && context && digits.length >= MIN_ACKED_DIGITS)) bestCount = parts.length;
      if (!endsTurn(call, records, next)) break;
      last = next;
    }
    if (bestCount === 0) continue;
    const score = Math.min(1, rules.joinedScore + (context ? rules.contextBoost : 0));
    for (let p = 0; p < bestCount; p++) {
      const part = records[parts[p]];
      if (!part.emitted) emitWhole(part, score, source, out);
      part.complete = true;
    }
    known.push(digits);
    h = parts[bestCount - 1];
  }
}

/** The same number in national form ("4930..." -> "030..."), for read-back matching. */
function nationalForm(digits: string): string {
  if (digits.startsWith('0049')) return `0${digits.slice(4)}`;
  if (digits.startsWith('49')) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * True when `digits` occurs in `number`, or has its length and differs in at
 * most one digit: a read-back with one misheard digit ("zwei" for "drei").
 */
function matchesKnown(number: string, digits: string): boolean {
  if (number.includes(digits)) return true;
  // Read back in international form with some country code: "+49 30 ..." for "030 ...".
  if (number.charCodeAt(0) === 48 && number.length >= MIN_FUZZY) {
    const extra = digits.length - number.length + 1;
    if (extra > 0 && extra <= MAX_COUNTRY_CODE && digits.endsWith(number.slice(1))) return true;
  }
  if (number.length !== digits.length || digits.length < MIN_FUZZY) return false;
  let diff = 0;
  for (let i = 0; i < digits.length && diff < 2; i++) if (number.charCodeAt(i) !== digits.charCodeAt(i)) diff++;
  return diff < 2;
}

/**
 * Emits unclaimed chains whose digits occur inside a number found earlier in
 * the call (or repeat it with one misheard digit, or in international form): the agent reading back
 * "zwei drei vier, fünf sechs sieben acht" or the caller repeating the end
 * of it. Short chains need to look dictated (three or more groups), so a
 * year inside a number does not count.
 */
export function catchReadBacks(records: readonly ChainRecord[], known: readonly string[], rules: PhoneRules, source: string, out: Span[]): void {
  const numbers: string[] = [];
  for (const k of known) {
    numbers.push(k);
    const national = nationalForm(k);
    if (national !== k) numbers.push(national);
  }
  for (const record of records) {
    if (record.emitted || record.unitAfter) continue;
    const digits = record.chain.digits;
    if (digits.length < 4 || (digits.length < 5 && record.chain.groups < 3)) continue;
    if (cueOf(record, rules) === CUE_COMPETITOR) continue;
    const national = nationalForm(digits);
    let hit = false;
    for (let i = 0; i < numbers.length && !hit; i++) hit = matchesKnown(numbers[i], digits) || matchesKnown(numbers[i], national);
    if (hit) emitWhole(record, rules.readBackScore, source, out);
  }
}

function emitWhole(record: ChainRecord, score: number, source: string, out: Span[]): void {
  const chain = record.chain;
  const [s, e] = chainRange(chain, 0, chain.digits.length);
  const [start, end] = record.norm.toOriginal(s, e);
  record.emitted = true;
  out.push({ turn: record.turn, start, end, label: 'PHONE', score, source, validated: false });
}
