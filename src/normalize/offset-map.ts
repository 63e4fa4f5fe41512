/**
 * Builds a rewritten text together with its map back to the original.
 *
 * Every code unit i of the output has `starts[i]`/`ends[i]`: the half-open
 * original range it came from. A copied character maps to itself; every
 * character of a replacement maps to the whole replaced source range, so a
 * detector that matches any part of "0 0" (from "doppel-null") redacts the
 * whole spoken phrase. A range [a, b) of the output maps to
 * [starts[a], ends[b - 1]]: both are non-decreasing because the rewrite
 * only moves forward. The maps are stored as segments (see MappedText).
 */
import type { NormalizedText } from '../types.js';

function checkRange(start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new RangeError(`toOriginal: range [${start}, ${end}) is outside the normalised text of length ${length}`);
  }
}

/** A normalisation that changed nothing: offsets map to themselves. */
export class IdentityText implements NormalizedText {
  constructor(readonly text: string) {}

  /** Returns `[start, end]` unchanged (after a bounds check). */
  toOriginal(start: number, end: number): [number, number] {
    checkRange(start, end, this.text.length);
    return [start, end];
  }
}

/** Numbers per segment in {@link MappedText}: output start, source start, source end, copied (1) or replaced (0). */
const SEG = 4;

/**
 * A rewritten text with its map to the original, kept as segments: a copied
 * stretch maps unit by unit, a replacement maps every unit to its whole
 * source range. A turn has a handful of segments, so this costs far less to
 * build than two per-code-unit offset arrays, and a look-up is a short search.
 */
export class MappedText implements NormalizedText {
  constructor(
    readonly text: string,
    /** SEG numbers per segment, in output order; segments tile the output. */
    private readonly segments: readonly number[],
  ) {}

  /** Index (times SEG) of the segment holding output unit `i` (0 <= i < text.length). */
  private segmentAt(i: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length / SEG - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * SEG] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo * SEG;
  }

  /** Original start of output unit `i`. */
  private startOf(i: number): number {
    const k = this.segmentAt(i);
    const segs = this.segments;
    return segs[k + 3] === 1 ? segs[k + 1] + (i - segs[k]) : segs[k + 1];
  }

  /** Original end of output unit `i`. */
  private endOf(i: number): number {
    const k = this.segmentAt(i);
    const segs = this.segments;
    return segs[k + 3] === 1 ? segs[k + 1] + (i - segs[k]) + 1 : segs[k + 2];
  }

  /**
   * Maps `text[start, end)` to the original range it came from. An empty
   * range maps to an empty range at the corresponding original position.
   */
  toOriginal(start: number, end: number): [number, number] {
    const length = this.text.length;
    checkRange(start, end, length);
    if (start === end) {
      const at = start < length ? this.startOf(start) : length > 0 ? this.endOf(length - 1) : 0;
      return [at, at];
    }
    return [this.startOf(start), this.endOf(end - 1)];
  }
}

/**
 * Accumulates the output of one rewrite pass. The caller walks the source
 * left to right: unchanged text is copied lazily (only when a replacement or
 * the end is reached), replacements and dropped text move the cursor.
 */
export class MapBuilder {
  private readonly parts: string[] = [];
  private readonly segments: number[] = [];
  private length = 0;
  /** Source offset up to which the input has been consumed. */
  private consumed = 0;

  constructor(private readonly source: string) {}

  /** Source offset up to which input has been copied, replaced or dropped. */
  get position(): number {
    return this.consumed;
  }

  /** Copies the source unchanged up to `pos`. */
  copyTo(pos: number): void {
    const from = this.consumed;
    if (pos <= from) return;
    this.segments.push(this.length, from, pos, 1);
    this.length += pos - from;
    this.parts.push(this.source.slice(from, pos));
    this.consumed = pos;
  }

  /** Replaces `source[start, end)` with `out`; every output unit maps to the whole range. */
  replace(start: number, end: number, out: string): void {
    this.copyTo(start);
    // An empty replacement has no output units, so it needs no segment.
    if (out.length > 0) this.segments.push(this.length, start, end, 0);
    this.length += out.length;
    this.parts.push(out);
    this.consumed = end;
  }

  /** Drops the source from the current position up to `pos` (it maps to nothing). */
  skipTo(pos: number): void {
    if (pos > this.consumed) this.consumed = pos;
  }

  /** Copies the rest of the source and returns the mapped text. */
  finish(): MappedText {
    this.copyTo(this.source.length);
    return new MappedText(this.parts.join(''), this.segments);
  }
}
