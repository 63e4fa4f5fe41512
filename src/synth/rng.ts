/**
 * Deterministic randomness for the synthetic call generator. Every call gets
 * its own stream derived from (seed, index), so call i is the same whatever
 * `n` is, and the output never depends on Math.random or the clock.
 */

/** FNV-1a 32-bit hash of a string: stable across runs and platforms. */
export function hash32(s: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Which half of the data a template or name belongs to. */
export type Split = 'train' | 'test';

/**
 * The split a key (template id, pattern text, name) belongs to: about 30 % go
 * to `test`. The salt keeps name and template assignments independent.
 */
export function splitOf(key: string, salt = 'split'): Split {
  return hash32(key, hash32(salt)) % 100 < 30 ? 'test' : 'train';
}

/** A small, fast PRNG (mulberry32) with the helpers the generator needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for call `index` of run `seed`, independent of other calls. */
  static forCall(seed: number, index: number, split: Split): Rng {
    const s = hash32(`${split}:${seed}:${index}`);
    return new Rng(s ^ Math.imul(index + 1, 0x9e3779b1));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element; the array must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An element chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][0];
  }

  /** `n` random decimal digits as a string. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(this.next() * 10));
    return s;
  }
}
