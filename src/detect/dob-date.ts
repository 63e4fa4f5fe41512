/**
 * Reads a calendar date at a position of the digits view: "03.03.1980",
 * "3. März 1980", "1980-03-03", spoken "3. 3. 80" (from "dritte dritte
 * achtzig"), digit by digit "0 3 0 3 1980", or a partial date (day + month,
 * month + year, a year). Reading is bounded to a few tokens, so it is
 * constant-time per start position.
 */
import { isWordChar, type Lexicon } from '../rules/lexicon.js';

/** What a date names; missing parts are -1. */
export interface DateMatch {
  start: number;
  end: number;
  day: number;
  month: number;
  /** Four-digit year, or a two-digit year as written (0..99), or -1. */
  year: number;
}

/** Year bounds for 4-digit years. */
export interface YearRange {
  minYear: number;
  maxYear: number;
}

const MAX_TOKENS = 10;

interface Token {
  start: number;
  end: number;
  /** Digits of a number token, '' for a month. */
  digits: string;
  /** Month number of a month token, 0 for a number. */
  month: number;
  /** The separator before this token was '.', '/' or '-' (a field boundary). */
  strongBefore: boolean;
  /** A '.' directly follows the token (ordinal day "3.", "3.3."). */
  dotAfter: boolean;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads up to MAX_TOKENS date tokens starting at `pos`. */
function readTokens(text: string, lower: string, pos: number, months: Lexicon, monthValues: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let i = pos;
  let strong = false;
  while (tokens.length < MAX_TOKENS && i < text.length) {
    const start = i;
    let digits = '';
    let month = 0;
    if (isDigitCode(text.charCodeAt(i))) {
      while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
      if (i < text.length && isWordChar(text.charCodeAt(i))) break;
      digits = text.slice(start, i);
      if (digits.length > 4) break;
    } else {
      const m = months.matchAt(lower, i);
      if (!m || tokens.some((t) => t.month > 0)) break;
      month = monthValues[m.entry];
      i = m.end;
    }
    const dotAfter = i < text.length && text.charCodeAt(i) === 46;
    tokens.push({ start, end: i, digits, month, strongBefore: strong, dotAfter });
    // Separator to the next token.
    let j = i;
    strong = false;
    const c = j < text.length ? text.charCodeAt(j) : -1;
    if (c === 46 || c === 47 || c === 45) {
      strong = true;
      j++;
    }
    let spaces = 0;
    while (j < text.length && text.charCodeAt(j) === 32 && spaces < 3) {
      j++;
      spaces++;
    }
    if (j === i || j >= text.length || !isWordChar(text.charCodeAt(j))) break;
    i = j;
  }
  return tokens;
}

function validYear(y: string, range: YearRange): number {
  if (y.length === 2) return Number(y);
  if (y.length === 4) {
    const n = Number(y);
    return n >= range.minYear && n <= range.maxYear ? n : -1;
  }
  return -1;
}

function validDay(d: string): number {
  if (d.length < 1 || d.length > 2) return -1;
  const n = Number(d);
  return n >= 1 && n <= 31 ? n : -1;
}

function validMonth(m: string): number {
  if (m.length < 1 || m.length > 2) return -1;
  const n = Number(m);
  return n >= 1 && n <= 12 ? n : -1;
}

/** Joins tokens [from, to) when no field boundary lies inside, else undefined. */
function group(tokens: readonly Token[], from: number, to: number): string | undefined {
  let out = '';
  for (let k = from; k < to; k++) {
    if (k > from && tokens[k].strongBefore) return undefined;
    if (tokens[k].month) return undefined;
    out += tokens[k].digits;
  }
  return out;
}

function withMonthName(tokens: readonly Token[], range: YearRange): DateMatch | undefined {
  const k = tokens.findIndex((t) => t.month > 0);
  if (k > 1) return undefined;
  const day = k === 1 ? validDay(tokens[0].digits) : -1;
  if (k === 1 && day < 0) return undefined;
  let year = -1;
  let last = k;
  // "März 1980", "März 19 80", "März 80".
  for (let m = Math.min(tokens.length, k + 3); m > k + 1; m--) {
    const y = group(tokens, k + 1, m);
    if (y === undefined) continue;
    const v = validYear(y, range);
    if (v >= 0) {
      year = v;
      last = m - 1;
      break;
    }
  }
  if (day < 0 && year < 0) return undefined;
  return { start: tokens[0].start, end: tokens[last].end, day, month: tokens[k].month, year };
}

/** Prefix sums of token digit counts, reused (at most MAX_TOKENS + 1 entries). */
const PREFIX = new Int32Array(MAX_TOKENS + 1);

function numbersOnly(tokens: readonly Token[], range: YearRange): DateMatch | undefined {
  const n = tokens.length;
  // Digits before token k: field lengths are checked on these before any string is built.
  const pre = PREFIX;
  pre[0] = 0;
  for (let k = 0; k < n; k++) pre[k + 1] = pre[k] + tokens[k].digits.length;
  // Longest three-field reading first: D M Y, then Y-M-D.
  for (let m = n; m >= 3; m--) {
    // No date has more than 8 digits (DD MM YYYY).
    if (pre[m] > 8) continue;
    for (let i = 1; i < m - 1; i++) {
      const lenA = pre[i];
      if (lenA > 2 && lenA !== 4) continue;
      for (let j = i + 1; j < m; j++) {
        const lenB = pre[j] - lenA;
        const lenC = pre[m] - pre[j];
        if (lenB > 2 || (lenA <= 2 && lenC !== 2 && lenC !== 4) || (lenA === 4 && lenC > 2)) continue;
        const a = group(tokens, 0, i);
        const b = group(tokens, i, j);
        const c = group(tokens, j, m);
        if (a === undefined || b === undefined || c === undefined) continue;
        // Without dots, either three spoken fields ("3 3 1980") or digits that
        // add up to DDMMYY / DDMMYYYY ("0 3 0 3 1980").
        const total = a.length + b.length + c.length;
        if (!tokens[i].strongBefore && !tokens[j].strongBefore && m !== 3 && total !== 6 && total !== 8) continue;
        const d = validDay(a);
        const mo = validMonth(b);
        const y = validYear(c, range);
        if (d > 0 && mo > 0 && y >= 0) return { start: tokens[0].start, end: tokens[m - 1].end, day: d, month: mo, year: y };
        if (a.length === 4 && tokens[i].strongBefore && tokens[j].strongBefore) {
          const y4 = validYear(a, range);
          const mo2 = validMonth(b);
          const d2 = validDay(c);
          if (y4 >= 0 && mo2 > 0 && d2 > 0) return { start: tokens[0].start, end: tokens[m - 1].end, day: d2, month: mo2, year: y4 };
        }
      }
    }
  }
  // Day and month with field boundary: "3.3." / "3. 3." (from "dritte dritte").
  if (n >= 2 && tokens[1].strongBefore && tokens[0].digits.length <= 2 && tokens[1].digits.length <= 2) {
    const d = validDay(tokens[0].digits);
    const mo = validMonth(tokens[1].digits);
    if (d > 0 && mo > 0) {
      const end = tokens[1].dotAfter ? tokens[1].end + 1 : tokens[1].end;
      return { start: tokens[0].start, end, day: d, month: mo, year: -1 };
    }
  }
  // A bare year.
  const y = tokens[0].digits.length === 4 || tokens[0].digits.length === 2 ? validYear(tokens[0].digits, range) : -1;
  if (y >= 0 && !tokens[0].dotAfter) return { start: tokens[0].start, end: tokens[0].end, day: -1, month: -1, year: y };
  return undefined;
}

/**
 * Reads the longest date at `pos` of `text` (the digits view; `lower` is it
 * lowercased, same offsets), or undefined.
 * @param months - month names and abbreviations; `monthValues[entry]` is the month number
 */
export function readDateAt(
  text: string,
  lower: string,
  pos: number,
  months: Lexicon,
  monthValues: readonly number[],
  range: YearRange,
): DateMatch | undefined {
  const tokens = readTokens(text, lower, pos, months, monthValues);
  if (tokens.length === 0) return undefined;
  if (tokens.some((t) => t.month > 0)) return withMonthName(tokens, range);
  return numbersOnly(tokens, range);
}
