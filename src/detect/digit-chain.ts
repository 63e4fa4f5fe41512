/**
 * Finds digit chains: runs of digits joined by the separators people put in
 * numbers they write or dictate ("0171 / 234 56 78", "+49 (0) 30 1234567",
 * "0 1 7 1, 2 3 4, 5 6 7 8"). PHONE, CARD and the BBAN part of IBAN all start
 * from a chain, so the scan is written once and kept linear: one pass over the
 * text, no regex backtracking, at most a few characters of lookahead per step.
 */
import type { Lexicon } from '../rules/lexicon.js';
import { isWordChar } from '../rules/lexicon.js';

/** One chain, in offsets of the scanned text. */
export interface DigitChain {
  /** First character: the digit, or a leading `+` / `(`. */
  start: number;
  /** One past the last digit. */
  end: number;
  /** True when a `+` stands directly before the first digit. */
  plus: boolean;
  /** The digits, separators removed. */
  digits: string;
  /** Offset of each digit of `digits` in the scanned text. */
  pos: number[];
  /**
   * Digit indexes where a soft break precedes the digit (", " or a filler
   * word): the chain may really be two numbers or a number and an enumeration.
   */
  breaks: number[];
  /** True when every separator between groups is a dot: a date or a version, not a phone. */
  dotsOnly: boolean;
  /** Number of digit groups (maximal digit runs). */
  groups: number;
  /**
   * True when the token before the chain is a lone letter, mixes letters and
   * digits ("DE89", "A") or is joined to it by a hyphen ("KS-"): part of a code.
   */
  afterCode: boolean;
  /** True when a lone comma joins two groups ("49,90"): a decimal number, not a dictated one (", "). */
  decimal: boolean;
}

/** Where a chain may start: V8 finds these characters far faster than a per-character loop. */
const START = /[0-9+(]/g;

const ZERO = 48;
const NINE = 57;
const PLUS = 43;
const LPAREN = 40;
const RPAREN = 41;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const DOT = 46;
const HYPHEN = 45;
const SLASH = 47;
const EN_DASH = 0x2013;

/** At most this many separator characters may join two digit groups (" / ", ") (", " - "). */
const MAX_SEPARATOR = 3;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isSeparator(code: number): boolean {
  return (
    code === SPACE ||
    code === TAB ||
    code === HYPHEN ||
    code === EN_DASH ||
    code === SLASH ||
    code === DOT ||
    code === COMMA ||
    code === LPAREN ||
    code === RPAREN
  );
}

/** Options of {@link scanDigitChains}. */
export interface ChainOptions {
  /**
   * Lowercase filler words a dictating speaker puts between digit groups
   * ("äh", "dann"); they join the chain with a soft break.
   */
  fillers?: Lexicon;
}

/**
 * Classifies the token that ends right before `at` (skipping spaces and commas):
 * true for a lone letter ("E" of a spelled "D E"), a token with letters and
 * digits ("DE89") or letters joined by a hyphen ("KS-").
 */
function followsCode(text: string, at: number): boolean {
  // "KS-0714821", "re-0828-909593": a letter prefix joined by a hyphen.
  if (at >= 2 && text.charCodeAt(at - 1) === HYPHEN && isWordChar(text.charCodeAt(at - 2)) && !isDigit(text.charCodeAt(at - 2))) {
    return true;
  }
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === COMMA)) i--;
  if (i < 0 || !isWordChar(text.charCodeAt(i))) return false;
  let letters = 0;
  let digits = 0;
  let j = i;
  for (; j >= 0 && isWordChar(text.charCodeAt(j)); j--) {
    if (isDigit(text.charCodeAt(j))) digits++;
    else letters++;
  }
  return (letters === 1 && digits === 0) || (letters > 0 && digits > 0);
}

/**
 * Scans `text` for digit chains and calls `onChain` for each, left to right.
 * A chain starts at a digit (or `+`/`(` before one) that does not continue a
 * word, and ends at the last digit before anything that is not a short
 * separator run or an allowed filler word.
 *
 * @param text - usually the 'digits' view of a turn (written digits pass through it unchanged)
 * @param onChain - receives each chain; the object is fresh and may be kept
 * @param options - filler words
 */
export function scanDigitChains(text: string, onChain: (chain: DigitChain) => void, options: ChainOptions = {}): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    START.lastIndex = i;
    // test() moves lastIndex past the match without building a match array (scans run per turn, three detectors each).
    if (!START.test(text)) return;
    i = START.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      // Inside a word or code ("A123", "2b"): skip the rest of the token ("x(" or "a+": one character).
      i = isDigit(c) ? skipWord(text, i) : i + 1;
      continue;
    }
    let first = i;
    let plus = false;
    if (c === PLUS || c === LPAREN) {
      let k = i + 1;
      if (c === PLUS && text.charCodeAt(k) === SPACE) k++;
      if (!isDigit(text.charCodeAt(k))) {
        i++;
        continue;
      }
      plus = c === PLUS;
      first = k;
    }
    i = readChain(text, i, first, plus, onChain, options.fillers);
  }
}

/** Reads one chain whose first digit is at `first`; returns where scanning resumes. */
function readChain(
  text: string,
  start: number,
  first: number,
  plus: boolean,
  onChain: (chain: DigitChain) => void,
  fillers: Lexicon | undefined,
): number {
  const n = text.length;
  const chain: DigitChain = {
    start,
    end: first,
    plus,
    digits: '',
    pos: [],
    breaks: [],
    dotsOnly: true,
    groups: 0,
    afterCode: false,
    decimal: false,
  };
  let softBefore = false;
  let opened = text.charCodeAt(start) === LPAREN;
  let j = first;
  for (;;) {
    const groupStart = j;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j < n && isWordChar(text.charCodeAt(j))) {
      // A digit group glued to letters ("12b", "3x") is not part of a number: end before it.
      if (chain.groups === 0) return skipWord(text, j);
      return emit(text, chain, onChain, skipWord(text, j));
    }
    if (softBefore) chain.breaks.push(chain.digits.length);
    for (let d = groupStart; d < j; d++) chain.pos.push(d);
    chain.digits += text.slice(groupStart, j);
    chain.groups++;
    chain.end = j;
    // Separator run (or a filler word) up to the next digit group.
    let k = j;
    let sawDot = false;
    let sawOther = false;
    softBefore = false;
    let closesUnopened = false;
    while (k < n && k - j < MAX_SEPARATOR && isSeparator(text.charCodeAt(k))) {
      const s = text.charCodeAt(k);
      if (s === COMMA) softBefore = true;
      if (s === DOT) sawDot = true;
      else sawOther = true;
      if (s === LPAREN) opened = true;
      if (s === RPAREN && !opened) closesUnopened = true;
      k++;
    }
    // "(1983) 30 Hochhäuser", "1984. 1985": a bracket closed that the chain did not open, or a
    // sentence end (an ordinal in the 'digits' view: "dritter" -> "3."), ends the number.
    if (closesUnopened || (sawDot && text.charCodeAt(k - 1) === SPACE)) return emit(text, chain, onChain, j);
    if (fillers && k < n && !isDigit(text.charCodeAt(k))) {
      const filler = fillers.matchAt(text, k);
      if (filler) {
        k = filler.end;
        while (k < n && k - filler.end < MAX_SEPARATOR && isSeparator(text.charCodeAt(k))) k++;
        sawOther = true;
        // "030, dann 1234567" may be one number or two: let the caller try the pieces.
        softBefore = true;
      }
    }
    if (k === j || k >= n || !isDigit(text.charCodeAt(k))) return emit(text, chain, onChain, j);
    if (k === j + 1 && text.charCodeAt(j) === COMMA) chain.decimal = true;
    if (sawOther || !sawDot) chain.dotsOnly = false;
    j = k;
  }
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

function emit(text: string, chain: DigitChain, onChain: (chain: DigitChain) => void, resume: number): number {
  if (chain.groups < 2) chain.dotsOnly = false;
  chain.afterCode = followsCode(text, chain.start);
  onChain(chain);
  return resume;
}

/**
 * Start and end offsets (scanned text) of the digits `[from, to)` of a chain,
 * widened to a leading `+`/`(` when `from` is the chain's first digit.
 */
export function chainRange(chain: DigitChain, from: number, to: number): [number, number] {
  const start = from === 0 ? chain.start : chain.pos[from];
  return [start, chain.pos[to - 1] + 1];
}
