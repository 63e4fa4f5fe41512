/**
 * Growable typed-array buffers for the NER hot path. They are allocated once
 * per detector and reused for every call, doubling when a call needs more,
 * so steady-state inference allocates no per-token objects.
 */

/** Returns `array` if it holds `n` elements, else a larger copy (capacity doubled). */
export function grow<T extends Int32Array | Uint8Array | Float32Array | BigInt64Array>(array: T, n: number): T {
  if (array.length >= n) return array;
  let size = Math.max(16, array.length);
  while (size < n) size *= 2;
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array as never);
  return next;
}

/**
 * The tokens of one call, all turns concatenated. Offsets are UTF-16 code
 * units into the ORIGINAL turn text; `wordStart[i]` is 1 when token `i`
 * begins a pre-tokenised word (first sub-token: the one that decides the word's label).
 */
export class TokenBuffer {
  ids = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  wordStart = new Uint8Array(1024);
  length = 0;

  /** Empties the buffer, keeping its capacity. */
  reset(): void {
    this.length = 0;
  }

  /** Makes room for `extra` more tokens. */
  reserve(extra: number): void {
    const n = this.length + extra;
    if (n <= this.ids.length) return;
    this.ids = grow(this.ids, n);
    this.starts = grow(this.starts, n);
    this.ends = grow(this.ends, n);
    this.wordStart = grow(this.wordStart, n);
  }
}

/** A growable list of int32 records of fixed width (e.g. windows of 5 ints). */
export class IntRecords {
  data: Int32Array;
  count = 0;

  constructor(readonly width: number, initial = 64) {
    this.data = new Int32Array(width * initial);
  }

  /** Empties the list, keeping its capacity. */
  reset(): void {
    this.count = 0;
  }

  /** Appends one record (fields beyond `width` are ignored). Returns its index. */
  push(a: number, b = 0, c = 0, d = 0, e = 0): number {
    this.data = grow(this.data, (this.count + 1) * this.width);
    const o = this.count * this.width;
    this.data[o] = a;
    if (this.width > 1) this.data[o + 1] = b;
    if (this.width > 2) this.data[o + 2] = c;
    if (this.width > 3) this.data[o + 3] = d;
    if (this.width > 4) this.data[o + 4] = e;
    return this.count++;
  }

  /** Field `field` of record `index`. */
  get(index: number, field: number): number {
    return this.data[index * this.width + field];
  }
}
