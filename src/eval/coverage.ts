/**
 * Character coverage of one turn: which code units lie inside a gold span and
 * which a prediction covers. Leak and over-redaction rates (SPEC §5) are
 * counts over these flags, whitespace excluded.
 */
import type { EvalSpan } from './types.js';

/** Flag bit: the code unit is covered by a predicted span of any label. */
export const kPredBit = 1;
/** Flag bit: the code unit lies inside a gold span of any label. */
export const kGoldBit = 2;

/**
 * True when UTF-16 code unit `c` matches JavaScript `/\s/`: the ECMAScript
 * WhiteSpace and LineTerminator sets (ECMA-262 §22.2.2.9, CharacterClassEscape
 * `s`). A table test pins this against the regex for all 65 536 code units.
 *
 * @param c - a UTF-16 code unit
 * @returns whether `/\s/` matches it
 */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A reusable flag buffer, grown on demand, so evaluating a corpus allocates
 * one array instead of one per turn.
 */
export class CoverageBuffer {
  private buf = new Uint8Array(256);

  /**
   * Flags every code unit of a turn with kPredBit / kGoldBit.
   *
   * @param length - the turn text length
   * @param gold - gold spans of the turn (already validated)
   * @param pred - predicted spans of the turn (already validated)
   * @returns the buffer; only indexes below `length` are meaningful, and
   *   they stay valid until the next call
   */
  mark(length: number, gold: readonly EvalSpan[], pred: readonly EvalSpan[]): Uint8Array {
    if (this.buf.length < length) this.buf = new Uint8Array(Math.max(length, this.buf.length * 2));
    const flags = this.buf;
    flags.fill(0, 0, length);
    for (const s of pred) for (let i = s.start; i < s.end; i++) flags[i] |= kPredBit;
    for (const s of gold) for (let i = s.start; i < s.end; i++) flags[i] |= kGoldBit;
    return flags;
  }
}

/**
 * Counts the non-whitespace code units of `[start, end)` and, among them,
 * those whose flags have none of `bits` set.
 *
 * @returns `[nonWhitespace, nonWhitespaceWithoutBits]`
 */
export function countRange(
  text: string,
  flags: Uint8Array,
  start: number,
  end: number,
  bits: number,
): [number, number] {
  let chars = 0;
  let without = 0;
  for (let i = start; i < end; i++) {
    if (isWhitespaceCode(text.charCodeAt(i))) continue;
    chars++;
    if ((flags[i] & bits) === 0) without++;
  }
  return [chars, without];
}
