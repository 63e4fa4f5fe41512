/**
 * Comparing identifier values across turns: the compact form a value is
 * remembered in, and the tolerance for read-backs that were misheard or
 * corrected ("1ITF0083738481" / "1ITF0083738181").
 */
import { isWordChar } from '../rules/lexicon.js';

/**
 * Letters and digits of `text[start, end)`, uppercased: the form read-backs are
 * compared in. Letter runs of five or more are spoken separators ("strich") and skipped.
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
    if (j - i < 5) out += text.slice(i, j).toUpperCase();
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
