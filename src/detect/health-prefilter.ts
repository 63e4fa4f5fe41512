/**
 * Cheap tests that let the HEALTH/SPECIAL scanners skip trie walks (a Map
 * lookup per character) for words that cannot match. Most words share no
 * first five (or last four) characters with any of the few thousand phrases,
 * so a hashed bitset answers "no" for them in a few arithmetic operations.
 * This is what keeps the detectors above 20 MB/s. False positives only cost a
 * walk; there are no false negatives.
 */
import { isWordChar } from '../rules/lexicon.js';

/** isWordChar as a table: one load per character in the hot loops. */
export const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD[c] = isWordChar(c) ? 1 : 0;

const BITS = 1 << 21;
const MASK = BITS - 1;
/** Key character for positions a short phrase does not constrain. */
const ANY = 1;
/** Characters in a prefix key. */
const K = 5;

/** Key character: word characters as they are, everything else (space, "-", end) 0. */
function keyChar(text: string, i: number, from: number, to: number): number {
  if (i < from || i >= to) return 0;
  const c = text.charCodeAt(i);
  return WORD[c] ? c : 0;
}

/**
 * A hashed bitset of fixed-length keys.
 *
 * @example
 * const f = new PrefixFilter(); f.addPrefix('grippe', []);
 * f.mayStartAt('die grippe', 4); // true
 * f.mayStartAt('die gruppe', 4); // false (almost surely)
 */
export class PrefixFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  private readonly key = new Int32Array(K);

  private hashKey(): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < K; k++) h = Math.imul(h ^ this.key[k], 0x01000193);
    return (Math.imul(h, 0x9e3779b1) >>> 11) & MASK;
  }

  private setKey(): void {
    const h = this.hashKey();
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  private hasKey(): boolean {
    const h = this.hashKey();
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /**
   * Registers a phrase matched from a word start. A phrase shorter than the
   * key is registered with each ending and a word boundary after it; the
   * characters after the boundary are not constrained.
   */
  addPrefix(phrase: string, endings: readonly string[]): void {
    for (const ending of phrase.length >= K ? [''] : ['', ...endings]) {
      const s = phrase + ending;
      for (let k = 0; k < K; k++) this.key[k] = k < s.length ? keyChar(s, k, 0, s.length) : k === s.length ? 0 : ANY;
      this.setKey();
    }
  }

  /** Whether some registered phrase may start at `pos` of `text`. */
  mayStartAt(text: string, pos: number): boolean {
    const n = text.length;
    for (let k = 0; k < K; k++) this.key[k] = keyChar(text, pos + k, 0, n);
    if (this.hasKey()) return true;
    // A short phrase ending at the first boundary inside the key.
    for (let k = 1; k < K; k++) {
      if (this.key[k] !== 0) continue;
      for (let j = k + 1; j < K; j++) this.key[j] = ANY;
      return this.hasKey();
    }
    return false;
  }

  /**
   * Registers a word ending (matched backwards from the word's end; any
   * prefix may stand before it). Keys are the last K characters, reversed.
   */
  addSuffix(tail: string): void {
    const n = tail.length;
    for (let k = 0; k < K; k++) this.key[k] = k < n ? keyChar(tail, n - 1 - k, 0, n) : ANY;
    this.setKey();
  }

  /** Whether some registered ending may end the word `text[start, end)`. */
  mayEndAt(text: string, start: number, end: number): boolean {
    const len = end - start;
    for (let k = 0; k < K; k++) this.key[k] = k < len ? keyChar(text, end - 1 - k, start, end) : ANY;
    if (this.hasKey()) return true;
    // Shorter tails were registered with ANY in their unconstrained positions.
    for (let m = Math.min(len, K) - 1; m >= 1; m--) {
      this.key[m] = ANY;
      if (this.hasKey()) return true;
    }
    return false;
  }
}
