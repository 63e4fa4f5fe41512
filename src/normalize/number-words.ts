/**
 * Reads German number words ("zweiundvierzig", "neunzehnhundertachtzig",
 * "dritten") in place on a lowercased string, without slicing or regexes.
 *
 * A word is first split into lexicon parts by greedy longest match (German
 * number parts never need backtracking: "achtzehn" is one part, "acht" +
 * "zehn" would give the same value anyway), then the part sequence is parsed
 * by the grammar
 *
 *     number    = "null" | [below1000] "tausend" ["und"] [below1000] | below1000
 *     below1000 = [below100] "hundert" ["und"] [below100] | below100
 *     below100  = (unit | "ein") "und" tens | unit | "eins" (last) | teen | tens
 *
 * which accepts years spoken as hundreds ("neunzehnhundertachtzig" = 19 x 100 + 80).
 * The part buffer is module scratch: every function here is synchronous and
 * non-reentrant, so one buffer per worker is safe and allocation-free.
 */
import { numberLexicon, Part, type NumberLexicon } from './number-lexicon.js';

/** Words longer than this are never number words (the longest real one has 58 letters). */
export const MAX_NUMBER_WORD = 80;
const MAX_PARTS = 40;
// Three extra sentinel slots: the grammar looks up to two parts ahead.
const kinds = new Uint8Array(MAX_PARTS + 3);
const values = new Int32Array(MAX_PARTS + 3);
let count = 0;
let cur = 0;
/** Where the last failed appendParts stopped: at the word start means no number part at all. */
let failedAt = -1;
const lex: NumberLexicon = numberLexicon;

function setCount(n: number): void {
  count = n;
  kinds[n] = Part.None;
  kinds[n + 1] = Part.None;
  kinds[n + 2] = Part.None;
}

/**
 * Offset where the last failed {@link appendParts} stopped. When it is the
 * word's start, the word does not even begin with a number part, so it can be
 * neither a cardinal nor an ordinal: callers skip the ordinal attempts.
 */
export function lastFailure(): number {
  return failedAt;
}

/** Empties the part buffer before reading a new number. */
export function resetParts(): void {
  setCount(0);
}

/** Number of parts read so far. */
export function partCount(): number {
  return count;
}

/** Drops parts back to `n` (after a failed extension). */
export function truncateParts(n: number): void {
  setCount(n);
}

/** True when part `i` is "hundert" or "tausend": only such boundaries may join two spoken words. */
export function isMultiplierPart(i: number): boolean {
  const k = kinds[i];
  return k === Part.Hundred || k === Part.Thousand;
}

/**
 * Appends the parts of `lower[start, end)` to the buffer.
 * @returns false (buffer left partly filled) when the word is not made of number parts only
 */
export function appendParts(lower: string, start: number, end: number): boolean {
  failedAt = start;
  if (end - start > MAX_NUMBER_WORD) return false;
  let pos = start;
  let n = count;
  while (pos < end) {
    failedAt = pos;
    if (n >= MAX_PARTS) return false;
    // endAt allocates no match object: this runs per number part of every spoken number.
    const partEnd = lex.parts.endAt(lower, pos, end);
    if (partEnd < 0) return false;
    const entry = lex.parts.lastMatchEntry;
    kinds[n] = lex.partKind[entry];
    values[n] = lex.partValue[entry];
    n++;
    pos = partEnd;
  }
  setCount(n);
  return true;
}

function below100(): number {
  const k = kinds[cur];
  if (k === Part.Unit || k === Part.OnePrefix) {
    if (kinds[cur + 1] === Part.And && kinds[cur + 2] === Part.Tens) {
      const v = values[cur] + values[cur + 2];
      cur += 3;
      return v;
    }
    if (k === Part.Unit) return values[cur++];
    // "ein" alone is the article; it counts only before a multiplier ("einhundert").
    const next = kinds[cur + 1];
    if (next === Part.Hundred || next === Part.Thousand) {
      cur++;
      return 1;
    }
    return -1;
  }
  if (k === Part.One) {
    if (cur !== count - 1) return -1;
    cur++;
    return 1;
  }
  if (k === Part.Teen || k === Part.Tens) return values[cur++];
  return -1;
}

function below1000(): number {
  const head = below100();
  if (kinds[cur] !== Part.Hundred) return head;
  cur++;
  const total = (head < 0 ? 1 : head) * 100;
  const sawAnd = kinds[cur] === Part.And;
  if (sawAnd) cur++;
  const rest = below100();
  if (rest < 0) return sawAnd ? -1 : total;
  return total + rest;
}

/**
 * Parses the whole part buffer as one cardinal number.
 * @returns the value, or -1 when the parts do not form one number
 */
export function parseParts(): number {
  cur = 0;
  if (count === 0) return -1;
  if (kinds[0] === Part.Zero) return count === 1 ? 0 : -1;
  const head = below1000();
  if (kinds[cur] === Part.Thousand) {
    cur++;
    let total = (head < 0 ? 1 : head) * 1000;
    const sawAnd = kinds[cur] === Part.And;
    if (sawAnd) cur++;
    const tail = below1000();
    if (tail >= 0) total += tail;
    else if (sawAnd) return -1;
    return cur === count ? total : -1;
  }
  return cur === count ? head : -1;
}

/**
 * Reads `lower[start, end)` (one lowercase word) as a cardinal number.
 * @returns the value, or -1
 * @example readCardinal('einundzwanzig', 0, 13) // 21
 */
export function readCardinal(lower: string, start: number, end: number): number {
  resetParts();
  if (!appendParts(lower, start, end)) return -1;
  return parseParts();
}

function endsWithAt(lower: string, end: number, suffix: string, minStem: number, start: number): boolean {
  const from = end - suffix.length;
  return from - start >= minStem && lower.startsWith(suffix, from);
}

/**
 * Reads `lower[start, end)` as an ordinal number word: "dritten" -> 3,
 * "zwanzigste" -> 20, "einunddreißigsten" -> 31.
 * @returns the value, or -1
 */
export function readOrdinal(lower: string, start: number, end: number): number {
  if (end - start > MAX_NUMBER_WORD) return -1;
  for (const suffix of lex.unitSuffixes) {
    if (!endsWithAt(lower, end, suffix, 2, start)) continue;
    resetParts();
    if (!appendParts(lower, start, end - suffix.length)) continue;
    const last = kinds[count - 1];
    if (last !== Part.Unit && last !== Part.Teen && last !== Part.OrdinalStem) continue;
    // An irregular stem ("drit") stands for its unit, but only as the last part.
    if (last === Part.OrdinalStem) kinds[count - 1] = Part.Unit;
    if (hasOrdinalStem()) continue;
    const v = parseParts();
    if (v > 0) return v;
  }
  for (const suffix of lex.tensSuffixes) {
    if (!endsWithAt(lower, end, suffix, 4, start)) continue;
    resetParts();
    if (!appendParts(lower, start, end - suffix.length)) continue;
    const last = kinds[count - 1];
    if (last !== Part.Tens && last !== Part.Hundred && last !== Part.Thousand) continue;
    if (hasOrdinalStem()) continue;
    const v = parseParts();
    if (v > 0) return v;
  }
  return -1;
}

function hasOrdinalStem(): boolean {
  for (let i = 0; i < count; i++) if (kinds[i] === Part.OrdinalStem) return true;
  return false;
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d;
}

/**
 * Parses a spoken German cardinal number. Parts may be written as one word or
 * separated by spaces or hyphens; case is ignored.
 * @param words - e.g. "neunzehnhundertachtzig", "zwei tausend vier"
 * @returns the value, or undefined when `words` is not exactly one number
 * @example
 * parseGermanNumber('neunzehnhundertachtzig'); // 1980
 * parseGermanNumber('zweiundvierzig');         // 42
 * parseGermanNumber('null eins');              // undefined (two numbers)
 */
export function parseGermanNumber(words: string): number | undefined {
  const lower = words.toLowerCase();
  resetParts();
  let i = 0;
  let sawWord = false;
  while (i < lower.length) {
    if (isSeparator(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < lower.length && !isSeparator(lower.charCodeAt(j))) j++;
    if (!appendParts(lower, i, j)) return undefined;
    sawWord = true;
    i = j;
  }
  if (!sawWord) return undefined;
  const v = parseParts();
  return v < 0 ? undefined : v;
}
