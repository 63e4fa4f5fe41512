/**
 * An open-addressing hash table from lowercase words to bit sets that is
 * probed with a range of a text, without slicing a substring: the tokenizer
 * computes the hash while it walks the characters, and a probe compares the
 * range with the pooled key in place. A V8 Map of 130k strings costs a
 * substring, a string hash and a cache miss or two per token; this table
 * costs one probe into typed arrays (about 5x faster on transcripts).
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const kHashSeed = 0x811c9dc5 | 0;

/**
 * Folds one UTF-16 code unit into a running FNV-1a hash. "İ" (U+0130) counts
 * as "i": TurnView.lower keeps it (its lowercase form is two code units).
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code === 0x130 ? 105 : code), 16777619);
}

/** Hash of `text[start, end)`, equal to the one the tokenizer computes incrementally. */
export function hashRange(text: string, start: number, end: number): number {
  let h = kHashSeed;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Word -> bits, built once, then read-only. */
export class KeyTable {
  private readonly keys: string[] = [];
  private readonly bits: number[] = [];
  private readonly index = new Map<string, number>();
  private pool = '';
  private keyStart = new Int32Array(0);
  private keyLength = new Int32Array(0);
  private values = new Int32Array(0);
  private table = new Int32Array(0);
  private mask = 0;

  /** ORs `bits` into the value of `key` (build phase). */
  add(key: string, bits: number): void {
    const i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      this.bits.push(bits);
    } else this.bits[i] |= bits;
  }

  /** Ends the build phase: lays the keys out in a pool and fills the probe table. */
  freeze(): void {
    const n = this.keys.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    // Slot pairs [hash, entry + 1] side by side: a probe that misses reads one cache line.
    this.table = new Int32Array(size * 2);
    this.keyStart = new Int32Array(n);
    this.keyLength = new Int32Array(n);
    this.values = Int32Array.from(this.bits);
    const parts: string[] = [];
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const key = this.keys[i];
      this.keyStart[i] = offset;
      this.keyLength[i] = key.length;
      parts.push(key);
      offset += key.length;
      const hash = hashRange(key, 0, key.length);
      let slot = hash & this.mask;
      while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = hash;
      this.table[2 * slot + 1] = i + 1;
    }
    this.pool = parts.join('');
    this.keys.length = 0;
    this.bits.length = 0;
    this.index.clear();
  }

  /** Bits of `text[start, end)` given its hash, 0 when absent. `text` must be lowercase. */
  getRange(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const table = this.table;
    let slot = hash & this.mask;
    for (;;) {
      const entry = table[2 * slot + 1];
      if (entry === 0) return 0;
      if (table[2 * slot] === hash) {
        const i = entry - 1;
        if (this.keyLength[i] === length) {
          const pool = this.pool;
          const base = this.keyStart[i] - start;
          let j = start;
          while (j < end) {
          const c = text.charCodeAt(j);
          if (pool.charCodeAt(base + j) !== (c === 0x130 ? 105 : c)) break;
          j++;
        }
          if (j === end) return this.values[i];
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Bits of a whole lowercase string, 0 when absent. */
  get(key: string): number {
    return this.getRange(key, 0, key.length, hashRange(key, 0, key.length));
  }
}
