/**
 * Builds a rewritten text together with its map back to the original.
 *
 * Every code unit i of the output has `starts[i]`/`ends[i]`: the half-open
 * original range it came from. A copied character maps to itself; every
 * character of a replacement maps to the whole replaced source range, so a
 * detector that matches any part of "0 0" (from "doppel-null") redacts the
 * whole spoken phrase. A range [a, b) of the output maps to
 * [starts[a], ends[b - 1]]: both arrays are non-decreasing because the
 * rewrite only moves forward.
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

/** A rewritten text with per-code-unit maps to the original. */
export class MappedText implements NormalizedText {
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /**
   * Maps `text[start, end)` to the original range it came from. An empty
   * range maps to an empty range at the corresponding original position.
   */
  toOriginal(start: number, end: number): [number, number] {
    const length = this.text.length;
    checkRange(start, end, length);
    if (start === end) {
      const at = start < length ? this.starts[start] : length > 0 ? this.ends[length - 1] : 0;
      return [at, at];
    }
    return [this.starts[start], this.ends[end - 1]];
  }
}

/** Scratch offset buffers reused by successive {@link MapBuilder}s. */
let scratchStarts: Int32Array = new Int32Array(1024);
let scratchEnds: Int32Array = new Int32Array(1024);

/**
 * Accumulates the output of one rewrite pass. The caller walks the source
 * left to right: unchanged text is copied lazily (only when a replacement or
 * the end is reached), replacements and dropped text move the cursor.
 */
export class MapBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  /** Source offset up to which the input has been consumed. */
  private consumed = 0;

  constructor(private readonly source: string) {
    // Every rewrite shortens its source, so the output rarely outgrows the input.
    // The buffers are shared scratch space (builders never overlap: each lives
    // within one normalize() call); finish() copies the result out.
    const capacity = source.length + 16;
    if (scratchStarts.length < capacity) {
      scratchStarts = new Int32Array(capacity * 2);
      scratchEnds = new Int32Array(capacity * 2);
    }
    this.starts = scratchStarts;
    this.ends = scratchEnds;
  }

  /** Source offset up to which input has been copied, replaced or dropped. */
  get position(): number {
    return this.consumed;
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Copies the source unchanged up to `pos`. */
  copyTo(pos: number): void {
    const from = this.consumed;
    if (pos <= from) return;
    this.reserve(pos - from);
    const starts = this.starts;
    const ends = this.ends;
    let k = this.length;
    for (let p = from; p < pos; p++, k++) {
      starts[k] = p;
      ends[k] = p + 1;
    }
    this.length = k;
    this.parts.push(this.source.slice(from, pos));
    this.consumed = pos;
  }

  /** Replaces `source[start, end)` with `out`; every output unit maps to the whole range. */
  replace(start: number, end: number, out: string): void {
    this.copyTo(start);
    this.reserve(out.length);
    this.starts.fill(start, this.length, this.length + out.length);
    this.ends.fill(end, this.length, this.length + out.length);
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
    const text = this.parts.join('');
    // Keep grown buffers as scratch for the next builder.
    scratchStarts = this.starts;
    scratchEnds = this.ends;
    return new MappedText(text, this.starts.slice(0, this.length), this.ends.slice(0, this.length));
  }
}
