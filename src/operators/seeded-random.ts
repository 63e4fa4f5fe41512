/**
 * Deterministic randomness for surrogates. Each surrogate draws from its own
 * generator seeded with a hash of (call seed, label, normalised value,
 * attempt), so a re-run over the same input gives the same output, whatever
 * order values are met in and whichever worker handles the call.
 */
import { createHash } from 'node:crypto';

/** A seeded random source. */
export interface Random {
  /** Uniform integer in `[0, maxExclusive)`. */
  int(maxExclusive: number): number;
  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/**
 * A generator seeded from `parts` (SHA-256 of the parts, then sfc32, a small
 * fast PRNG with a 128-bit state; the hash gives it independent seeds).
 * @param parts - strings that together identify what is being faked
 * @returns the generator
 * @example seededRandom('call-1', 'PERSON', 'weber', '0').int(10) // same number on every run
 */
export function seededRandom(...parts: string[]): Random {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  const seed = hash.digest();
  let a = seed.readUInt32LE(0);
  let b = seed.readUInt32LE(4);
  let c = seed.readUInt32LE(8);
  let d = seed.readUInt32LE(12);
  function next(): number {
    // sfc32 (Chris Doty-Humphrey, PractRand): passes BigCrush, 4 adds/shifts per output.
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return { int, pick: (items) => items[int(items.length)] };
}
