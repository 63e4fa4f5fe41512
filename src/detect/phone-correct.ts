/**
 * Corrections of a dictated telephone number: "null eins sieben eins zwo drei
 * drei vier fünf sechs sieben, nein warte, zwo drei drei vier fünf sieben
 * sieben". The chain after the correction word repeats the end of the number
 * with the mistake fixed; alone it is a bare local number that other detectors
 * (a house number with a postcode) may claim. Spliced onto the number before
 * it, it is checked against the numbering plan like any number.
 */
import type { CallView, Span } from '../types.js';
import { isWordChar, type Lexicon } from '../rules/lexicon.js';
import { chainRange } from './digit-chain.js';
import { classifyPhone, type PhoneKind } from './phone-check.js';
import type { ChainRecord } from './phone-join.js';
import type { PhoneRules } from './phone-rules.js';

/** Fewest digits of a corrected part ("nein warte, sieben neun": the last two digits said again). */
const MIN_TAIL = 2;
/** Most text after the corrected number in its turn, and before the correction in the next turn. */
const MAX_GAP = 40;
/** Longest turn of the listener between the two ("wie bitte?"). */
const MAX_LISTENER_TURN = 30;
/** Kinds that make the spliced number valid. */
const VALID_KINDS: ReadonlySet<PhoneKind> = new Set(['international', 'mobile', 'national']);

/**
 * Reads the words of `lower[from, to)` (punctuation skipped): -1 when one is
 * neither a correction nor a word of `others`, 1 when a correction is among
 * them, 0 when only words of `others` (or none) are.
 */
function correctionWords(lower: string, from: number, to: number, corrections: Lexicon, others: readonly Lexicon[]): -1 | 0 | 1 {
  let corrected: 0 | 1 = 0;
  let i = from;
  while (i < to) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const m = corrections.matchAt(lower, i, to);
    let next = m ? m.end : -1;
    if (m) corrected = 1;
    for (const lex of others) {
      const o = lex.matchAt(lower, i, to);
      if (o && o.end > next) next = o.end;
    }
    if (next < 0) return -1;
    i = next;
  }
  return corrected;
}

/** True when a correction ("nein warte") stands between the head and the tail, and nothing else does. */
function correctedBetween(call: CallView, head: ChainRecord, tail: ChainRecord, rules: PhoneRules): boolean {
  const others = [rules.fillers, rules.acknowledgements];
  if (head.turn === tail.turn) return correctionWords(call.turns[head.turn].lower, head.end, tail.start, rules.corrections, others) === 1;
  // Over a turn break: the same speaker goes on, after at most one short turn of the listener.
  const speaker = call.turns[head.turn].speaker;
  const between = tail.turn - head.turn - 1;
  if (between > 1 || call.turns[tail.turn].speaker !== speaker || tail.start > MAX_GAP) return false;
  if (between === 1) {
    const listener = call.turns[head.turn + 1];
    if (listener.speaker === speaker || listener.text.trim().length > MAX_LISTENER_TURN) return false;
  }
  const first = call.turns[head.turn].lower;
  if (first.trimEnd().length - head.end > MAX_GAP) return false;
  // The correction word may end the first turn or open the second.
  const before = correctionWords(first, head.end, first.length, rules.corrections, others);
  const after = correctionWords(call.turns[tail.turn].lower, 0, tail.start, rules.corrections, others);
  return before >= 0 && after >= 0 && before + after > 0;
}

/**
 * Emits the corrected part of each phone number a speaker fixed right after
 * saying it: validated when the number with its end replaced is valid, else
 * at the joined score (fail closed: it is still part of a phone number).
 * Adds valid corrected numbers to `known` for their read-backs.
 */
export function catchCorrections(call: CallView, records: readonly ChainRecord[], known: string[], rules: PhoneRules, source: string, out: Span[]): void {
  for (let r = 1; r < records.length; r++) {
    const head = records[r - 1];
    const tail = records[r];
    const n = tail.chain.digits.length;
    const digits = head.chain.digits;
    if (!head.complete || tail.unitAfter || tail.chain.plus || n < MIN_TAIL || n > digits.length) continue;
    if (!correctedBetween(call, head, tail, rules)) continue;
    const spliced = digits.slice(0, digits.length - n) + tail.chain.digits;
    const valid = VALID_KINDS.has(classifyPhone(spliced, head.chain.plus));
    if (valid) known.push(spliced);
    else if (tail.emitted) continue;
    const [s, e] = chainRange(tail.chain, 0, n);
    const [start, end] = tail.norm.toOriginal(s, e);
    tail.emitted = true;
    out.push({ turn: tail.turn, start, end, label: 'PHONE', score: Math.min(1, rules.joinedScore + rules.contextBoost), source, validated: valid });
  }
}
