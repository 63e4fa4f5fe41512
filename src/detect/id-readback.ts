/**
 * Comparing identifier values across turns: the compact form a value is
 * remembered in, and the tolerance for read-backs that were misheard or
 * corrected ("1ITF0083738481" / "1ITF0083738181").
 */
import { isWordChar, type Lexicon } from '../rules/lexicon.js';
import { scanIdRun, type IdRun, type RunWords } from './id-scan.js';

/** Fewest letters and digits of a value that is matched again when read back. */
export const READ_BACK_MIN_CHARS = 4;
/** Fewest letters and digits of the first part of a value repeated on its own ("S 2026"). */
const MIN_PREFIX = 5;
/** Most characters between a read-back and its confirmation question ("…, richtig?"). */
const CONFIRM_GAP = 4;

/**
 * Letters and digits of `text[start, end)`, uppercased: the form read-backs are
 * compared in. Whole words of five or more letters are spoken separators ("strich") and skipped.
 * @returns the compact value, e.g. "VN2023445871" for "VN-2023-445871"
 */
export function compactOf(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += text[i++];
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && isWordChar(text.charCodeAt(j)) && !(text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57)) j++;
    // A whole word of five or more letters is a spoken separator ("Bindestrich"); letters
    // joined to digits are part of the value ("KLVJFN8J42").
    const word = (i === start || !isWordChar(text.charCodeAt(i - 1))) && (j >= end || !isWordChar(text.charCodeAt(j)));
    if (j - i < 5 || !word) out += text.slice(i, j).toUpperCase();
    i = j;
  }
  return out;
}

/** Two rows of the edit-distance table, reused: values are at most maxChars long. */
const ROW_A = new Int32Array(256);
const ROW_B = new Int32Array(256);

/**
 * Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1`.
 * Rows are cut off early once every cell exceeds `max`.
 */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length >= ROW_A.length || b.length >= ROW_A.length) return max + 1;
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length];
}

/**
 * True when `b` is a misheard or corrected read-back of `a`
 * ("1ITF0083738481" / "1ITF0083738181"): at most one edit for values of
 * five to seven characters, two from eight on (Levenshtein distance).
 * @param a - compact value found earlier
 * @param b - compact value read back
 */
export function similar(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  const max = n >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/**
 * True when `a` and `b` have the same length (four or more) and differ in
 * exactly one position, where both hold a digit: a digit misheard in a short
 * value whose letters were understood ("PFW9" / "PFW5").
 */
export function oneDigitOff(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < READ_BACK_MIN_CHARS) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const x = a.charCodeAt(diff);
  const y = b.charCodeAt(diff);
  return x >= 48 && x <= 57 && y >= 48 && y <= 57;
}

/**
 * True when `text` holds at least `min` letters and digits in one stretch of
 * digit groups, single letters, short capital groups or mixed tokens
 * ("A 1 2 3 ...", "86 095 742 719", "C01X00T478") joined by single
 * separators: a cheap linear test before runs are read for checksum validation.
 */
export function mayHoldLongValue(text: string, min: number): boolean {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    let digits = 0;
    let upper = 0;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 65 && c <= 90) upper++;
      i++;
    }
    const len = i - start;
    if (len > 0) {
      // Digits, one letter, up to three capitals, or a token mixing digits in.
      if (digits > 0 || len === 1 || (upper === len && len <= 3)) {
        count += len;
        if (count >= min) return true;
      } else count = 0;
    }
    // One separator character keeps the stretch going; anything longer ends it.
    const gap = i;
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    if (i - gap > 2) count = 0;
  }
  return false;
}

/** What {@link ValueMemory} needs from the rule file. */
export interface ValueMemoryConfig {
  /** Longest run read (characters). */
  readonly maxChars: number;
  /** How many turns later a value is still looked for. */
  readonly readBackTurns: number;
  readonly runWords: RunWords;
  /** Words after a read-back that ask for confirmation ("richtig?"). */
  readonly confirmations: Lexicon;
  /** Checksum validators whose valid values are remembered too. */
  readonly validators: readonly ((compact: string) => boolean)[];
}

/**
 * The identifier values found so far in one call, in turn order, and the
 * scan that finds them again when read back. Reset per call.
 */
export class ValueMemory {
  private readonly values: string[] = [];
  private readonly turns: number[] = [];

  constructor(private readonly config: ValueMemoryConfig) {}

  /** True when validators are configured. */
  get validates(): boolean {
    return this.config.validators.length > 0;
  }

  /** Forgets every value: call at the start of each call. */
  reset(): void {
    this.values.length = 0;
    this.turns.length = 0;
  }

  /** Remembers a compact value found in turn t (turns never decrease). */
  add(value: string, t: number): void {
    this.values.push(value);
    this.turns.push(t);
  }

  /** True when a value was found within the read-back window before turn t. */
  hasRecent(t: number): boolean {
    for (let k = this.turns.length - 1; k >= 0; k--) {
      const age = t - this.turns[k];
      if (age > this.config.readBackTurns) return false;
      if (age > 0) return true;
    }
    return false;
  }

  /**
   * One pass over the runs of turn t: emits read-backs of values found in
   * earlier turns (`readBack`) and remembers runs a validator accepts (`validate`).
   * @param caseless - the turn has no capitals, see {@link scanIdRun}
   */
  scan(text: string, lower: string, t: number, caseless: boolean, readBack: boolean, validate: boolean, emit: (run: IdRun) => void): void {
    const { maxChars, runWords, validators } = this.config;
    let i = 0;
    while (i < text.length) {
      if (isWordChar(text.charCodeAt(i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
        // A word of six or more letters never starts a run ("Rechnung"): skip it without reading.
        let j = i;
        let digit = false;
        while (j < text.length && isWordChar(text.charCodeAt(j))) {
          const c = text.charCodeAt(j++);
          if (c >= 48 && c <= 57) digit = true;
        }
        if (!digit && j - i > 5) {
          i = j;
          continue;
        }
        const run = scanIdRun(text, lower, i, maxChars, runWords, caseless);
        if (run && run.start === i) {
          const chars = run.digits + run.letters;
          if (readBack && chars >= READ_BACK_MIN_CHARS && this.isReadBack(text, lower, t, run)) emit(run);
          if (validate && chars >= 9 && chars <= 12) {
            const value = compactOf(text, run.start, run.end);
            for (const v of validators) {
              if (v(value)) {
                this.add(value, t);
                break;
              }
            }
          }
          i = Math.max(run.end, i + 1);
          continue;
        }
      }
      i++;
    }
  }

  /** True when `run` repeats a value of the last few turns: exactly, in part, or misheard by a character or two. */
  private isReadBack(text: string, lower: string, t: number, run: IdRun): boolean {
    const value = compactOf(text, run.start, run.end);
    // Asked for confirmation ("…, richtig?"): then the read-back may come a turn later.
    const confirmed = this.config.confirmations.occursIn(lower, run.end, run.end + CONFIRM_GAP + 12);
    for (let k = this.values.length - 1; k >= 0; k--) {
      const age = t - this.turns[k];
      if (age > this.config.readBackTurns) break;
      if (age === 0) continue;
      const found = this.values[k];
      // Exact, partial, or misheard ("KD-865855" / "KD-875855, richtig?"); a first part
      // written down and repeated ("S 2026 118 4470" / "S 2026 ...") may be a little shorter.
      if (found === value || (value.length >= 6 && found.includes(value)) || (value.length >= MIN_PREFIX && found.startsWith(value))) return true;
      if (age <= (confirmed ? 3 : 2) && similar(found, value)) return true;
      // A short value with one digit misheard, read back for confirmation ("p f w fünf, richtig?" for PFW 9).
      if (confirmed && age <= 2 && oneDigitOff(found, value)) return true;
    }
    return false;
  }
}
