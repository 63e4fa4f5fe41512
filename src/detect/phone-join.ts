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
import { CUE_COMPETITOR, CUE_CONTEXT, CUE_EXTENSION, type PhoneRules } from './phone-rules.js';

/** A digit chain of one turn with what the per-turn pass decided about it. */
export interface ChainRecord {
  turn: number;
  chain: DigitChain;
  norm: NormalizedText;
  /** Original offsets of the whole chain. */
  start: number;
  end: number;
  /** Index of the nearest cue lexicon before the chain (see phone-rules.ts), -1 for none. */
  cue: number;
  /** A unit word or symbol follows the chain. */
  unitAfter: boolean;
  /** Some span was emitted for the chain. */
  emitted: boolean;
  /** The whole chain was emitted as a number of its own (not a fragment). */
  complete: boolean;
}

/** A continuation part must start this close to the start of its turn. */
const MAX_LEAD = 40;
/** A head part may be followed by at most this much text in its turn ("..., ja?"). */
const MAX_TRAIL = 20;
/** A turn between two parts without digits must be this short ("ja", "mhm, weiter"). */
const MAX_ACK_TURN = 30;
/** Parts of one number, the head included. */
const MAX_PARTS = 4;
const MAX_JOINED_DIGITS = 15;
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

/**
 * The record continuing the number after the last part `r`: the first chain of
 * the next turn, or of the turn after it when the one between is a short
 * acknowledgement ("ja") or echoes the last part. Returns the record index
 * (-1 when none) and the echo's record index (-1 when none).
 */
function findContinuation(call: CallView, records: readonly ChainRecord[], r: number): [number, number] {
  const last = records[r];
  let echo = -1;
  let from = r + 1;
  let turn = last.turn + 1;
  for (let hop = 0; hop < 2 && turn < call.turns.length; hop++, turn++) {
    const index = firstInTurn(records, from, turn);
    if (index < 0) {
      if (call.turns[turn].text.trim().length > MAX_ACK_TURN) break;
      continue;
    }
    const record = records[index];
    if (record.start > MAX_LEAD || record.chain.plus) break;
    if (hop === 0 && record.chain.digits === last.chain.digits && endsTurn(call, records, index)) {
      echo = index;
      from = index + 1;
      continue;
    }
    return [index, echo];
  }
  return [-1, -1];
}

/**
 * Joins numbers dictated over several turns: a chain at the end of a turn
 * starting like a number (0 or +), continued by chains at the start of the
 * following turns, is emitted part by part when the joined digits form a
 * valid number. Adds the joined digits to `known`.
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
    if (head.complete || head.cue === CUE_COMPETITOR || head.unitAfter) continue;
    if (!head.chain.plus && first !== 48) continue;
    if (head.chain.digits.length > MAX_JOINED_DIGITS - 2 || !endsTurn(call, records, h)) continue;
    const parts = [h];
    let digits = head.chain.digits;
    let bestCount = 0;
    let last = h;
    while (parts.length < MAX_PARTS && digits.length < MAX_JOINED_DIGITS) {
      const [next, echo] = findContinuation(call, records, last);
      if (next < 0 || records[next].complete || records[next].unitAfter) break;
      if (echo >= 0) parts.push(echo);
      parts.push(next);
      digits += records[next].chain.digits;
      if (JOIN_KINDS.has(classifyPhone(digits, head.chain.plus))) bestCount = parts.length;
      if (!endsTurn(call, records, next)) break;
      last = next;
    }
    if (bestCount === 0) continue;
    const context = head.cue === CUE_CONTEXT || head.cue === CUE_EXTENSION;
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
 * Emits unclaimed chains whose digits occur inside a number found earlier in
 * the call: the agent reading back "zwei drei vier, fünf sechs sieben acht"
 * or the caller repeating the end of it. Short chains need to look dictated
 * (three or more groups), so a year inside a number does not count.
 */
export function catchReadBacks(records: readonly ChainRecord[], known: readonly string[], rules: PhoneRules, source: string, out: Span[]): void {
  const numbers: string[] = [];
  for (const k of known) {
    numbers.push(k);
    const national = nationalForm(k);
    if (national !== k) numbers.push(national);
  }
  for (const record of records) {
    if (record.emitted || record.unitAfter || record.cue === CUE_COMPETITOR) continue;
    const digits = record.chain.digits;
    if (digits.length < 4 || (digits.length < 5 && record.chain.groups < 3)) continue;
    let hit = false;
    for (let i = 0; i < numbers.length && !hit; i++) hit = numbers[i].includes(digits) || numbers[i].includes(nationalForm(digits));
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
