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

// Sized to stay in the CPU caches (16 KiB and 4 KiB per table) rather than for the fewest
// false positives: the tables are probed at every word of every turn by several filters,
// among many other detectors' tables; a few thousand keys still leave them 98% empty.
const BITS = 1 << 17;
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

const TAIL_BITS = 1 << 15;
const TAIL_MASK = TAIL_BITS - 1;

function hash2(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b)) >>> 14 & TAIL_MASK;
}

function hash3(c0: number, c1: number, c2: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35)) >>> 14 & TAIL_MASK;
}

function setBit(bits: Uint32Array, h: number): void {
  bits[h >>> 5] |= 1 << (h & 31);
}

function hasBit(bits: Uint32Array, h: number): boolean {
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
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
  /** Last key characters of registered tails of one character. */
  private readonly tail1 = new Uint8Array(65536);
  /** Hashed last two key characters of tails of two characters. */
  private readonly tail2 = new Uint32Array(TAIL_BITS >>> 5);
  /** Hashed last three key characters of tails of three or more characters. */
  private readonly tail3 = new Uint32Array(TAIL_BITS >>> 5);
  /** An empty tail was registered: every word may end in it. */
  private anyTail = false;
  /** Hashed first three key characters of registered phrases whose second one is a word character. */
  private readonly head3 = new Uint32Array(TAIL_BITS >>> 5);
  /** A registered key leaves its first two characters open: no pre-test. */
  private anyStart = false;

  /** Indexes a tail by its last characters for the exact pre-test of mayEndAt. */
  private addTailIndex(tail: string, n: number): void {
    if (n === 0) this.anyTail = true;
    else if (n === 1) this.tail1[keyChar(tail, 0, 0, n)] = 1;
    else {
      const c0 = keyChar(tail, n - 1, 0, n);
      const c1 = keyChar(tail, n - 2, 0, n);
      if (n === 2) setBit(this.tail2, hash2(c0, c1));
      else setBit(this.tail3, hash3(c0, c1, keyChar(tail, n - 3, 0, n)));
    }
  }

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
      if (this.key[0] === ANY || this.key[1] === ANY) this.anyStart = true;
      else if (this.key[1] !== 0) setBit(this.head3, hash3(this.key[0], this.key[1], this.key[2]));
    }
  }

  /** Whether some registered phrase may start at `pos` of `text`. */
  mayStartAt(text: string, pos: number): boolean {
    const n = text.length;
    // The key characters as locals (K = 5): no array writes on the path most words take.
    const c0 = keyChar(text, pos, 0, n);
    const c1 = keyChar(text, pos + 1, 0, n);
    const c2 = keyChar(text, pos + 2, 0, n);
    // When the second character is a word character, every key tested below has the
    // word's first three key characters: one table load rejects most words before K
    // characters are hashed.
    if (!this.anyStart && c1 !== 0 && !hasBit(this.head3, hash3(c0, c1, c2))) return false;
    const c3 = keyChar(text, pos + 3, 0, n);
    const c4 = keyChar(text, pos + 4, 0, n);
    if (this.has5(c0, c1, c2, c3, c4)) return true;
    // A short phrase ending at the first boundary inside the key.
    if (c1 === 0) return this.has5(c0, 0, ANY, ANY, ANY);
    if (c2 === 0) return this.has5(c0, c1, 0, ANY, ANY);
    if (c3 === 0) return this.has5(c0, c1, c2, 0, ANY);
    return false;
  }

  /** hasKey for the key (a, b, c, d, e), without writing it to `key`. */
  private has5(a: number, b: number, c: number, d: number, e: number): boolean {
    let h = Math.imul(0x811c9dc5 ^ a, 0x01000193);
    h = Math.imul(h ^ b, 0x01000193);
    h = Math.imul(h ^ c, 0x01000193);
    h = Math.imul(h ^ d, 0x01000193);
    h = Math.imul(h ^ e, 0x01000193);
    const x = (Math.imul(h, 0x9e3779b1) >>> 11) & MASK;
    return (this.bits[x >>> 5] & (1 << (x & 31))) !== 0;
  }

  /**
   * Registers a word ending (matched backwards from the word's end; any
   * prefix may stand before it). Keys are the last K characters, reversed.
   */
  addSuffix(tail: string): void {
    const n = tail.length;
    this.addTailIndex(tail, n);
    for (let k = 0; k < K; k++) this.key[k] = k < n ? keyChar(tail, n - 1 - k, 0, n) : ANY;
    this.setKey();
  }

  /** Whether some registered ending may end the word `text[start, end)`. */
  mayEndAt(text: string, start: number, end: number): boolean {
    const len = end - start;
    // Most words end in no registered tail's last three characters: one table load answers
    // them instead of up to K hashed keys below.
    if (len >= 3 && !this.anyTail) {
      const c0 = keyChar(text, end - 1, start, end);
      const c1 = keyChar(text, end - 2, start, end);
      if (this.tail1[c0] === 0 && !hasBit(this.tail2, hash2(c0, c1)) && !hasBit(this.tail3, hash3(c0, c1, keyChar(text, end - 3, start, end)))) {
        return false;
      }
    }
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
