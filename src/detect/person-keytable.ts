/**
 * An open-addressing hash table from lowercase words to bit sets, probed with
 * a range of a text without slicing a substring: the tokenizer computes two
 * independent 32-bit hashes while it walks the characters, and a probe
 * compares the pair (and the length) in one 16-byte slot. A V8 Map of 130k
 * strings costs a substring, a string hash and several cache misses per
 * token; this table costs one probe, usually one cache line.
 *
 * Two keys that share both hashes and the length would be confused; with 64
 * hash bits and 130k keys the chance per probed token is below 1e-14, far
 * under any other error of the detector, so keys are not compared by text.
 */

/** FNV-1a offset basis: the first hash of the empty string. */
export const kHashSeed = 0x811c9dc5 | 0;
/** Seed of the second hash. */
export const kHashSeed2 = 0x2545f491 | 0;

/** "İ" (U+0130) counts as "i": TurnView.lower keeps it (its lowercase form is two code units). */
function fold(code: number): number {
  return code === 0x130 ? 105 : code;
}

/** Folds one UTF-16 code unit into the first running hash (FNV-1a). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ fold(code), 16777619);
}

/** Folds one UTF-16 code unit into the second running hash (multiplicative, golden ratio). */
export function hashStep2(hash: number, code: number): number {
  return Math.imul(hash + fold(code), 0x9e3779b1) ^ (hash >>> 16);
}

/** First hash of `text[start, end)`, as the tokenizer computes it incrementally. */
export function hashRange(text: string, start: number, end: number): number {
  let h = kHashSeed;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Second hash of `text[start, end)`. */
export function hashRange2(text: string, start: number, end: number): number {
  let h = kHashSeed2;
  for (let i = start; i < end; i++) h = hashStep2(h, text.charCodeAt(i));
  return h;
}

/** Words per slot: hash 1, hash 2, length, value. */
const kSlot = 4;

/** Word -> bits, built once, then read-only. */
export class KeyTable {
  private readonly build = new Map<string, number>();
  private table = new Int32Array(0);
  private mask = 0;

  /** ORs `bits` into the value of `key` (build phase). */
  add(key: string, bits: number): void {
    this.build.set(key, (this.build.get(key) ?? 0) | bits);
  }

  /** Ends the build phase: fills the probe table (load factor at most 1/2). */
  freeze(): void {
    let size = 16;
    while (size < this.build.size * 2) size *= 2;
    this.mask = size - 1;
    const table = new Int32Array(size * kSlot);
    for (const [key, bits] of this.build) {
      const h1 = hashRange(key, 0, key.length);
      const h2 = hashRange2(key, 0, key.length);
      let slot = h1 & this.mask;
      while (table[slot * kSlot + 2] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * kSlot;
      table[at] = h1;
      table[at + 1] = h2;
      table[at + 2] = key.length;
      table[at + 3] = bits;
    }
    this.table = table;
    this.build.clear();
  }

  /** Bits of the word of `length` code units with hashes `h1`, `h2`; 0 when absent. */
  getHashed(length: number, h1: number, h2: number): number {
    const table = this.table;
    const mask = this.mask;
    let slot = h1 & mask;
    for (;;) {
      const at = slot * kSlot;
      const len = table[at + 2];
      if (len === 0) return 0;
      if (len === length && table[at] === h1 && table[at + 1] === h2) return table[at + 3];
      slot = (slot + 1) & mask;
    }
  }

  /** Bits of a whole lowercase string, 0 when absent. */
  get(key: string): number {
    if (key.length === 0) return 0;
    return this.getHashed(key.length, hashRange(key, 0, key.length), hashRange2(key, 0, key.length));
  }
}
