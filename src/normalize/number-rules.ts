/**
 * Number rewrites of the 'digits' view: number words to digits, ordinals to
 * "N.", "plus" before a number to "+", "doppel null" to "0 0", and digits
 * with an ordinal suffix ("3ten") to "3.". Each rule returns the index of the
 * first token after what it rewrote, or -1 when it does not apply.
 */
import { numberLexicon, type NumberLexicon } from './number-lexicon.js';
import {
  appendParts,
  isMultiplierPart,
  lastFailure,
  parseParts,
  partCount,
  readCardinal,
  readOrdinal,
  resetParts,
  truncateParts,
} from './number-words.js';
import { Table } from './keywords.js';
import type { Pass } from './pass.js';

const lex: NumberLexicon = numberLexicon;
/** Digits written with an ordinal suffix longer than this are not day or month numbers. */
const MAX_ORDINAL_DIGITS = 4;

/**
 * A cardinal ("zweiundvierzig" -> "42") or ordinal ("dritten" -> "3.") number
 * word. Words separated by spaces join into one number only across "hundert"
 * or "tausend" ("neunzehn hundert achtzig" -> "1980"), so digit sequences
 * ("null eins sieben" -> "0 1 7") and pairs ("zweiundzwanzig dreiunddreißig"
 * -> "22 33") stay separate numbers.
 */
export function numberWord(p: Pass, i: number): number {
  const { start, end } = p.tok;
  // Letters glued to digits are codes ("B12", "A1eins"), not spoken numbers.
  if (glued(p, i)) return -1;
  resetParts();
  if (appendParts(p.lower, start[i], end[i])) {
    let value = parseParts();
    if (value >= 0) {
      let j = i;
      while (p.spaceGap(j) && p.isWord(j + 1) && !p.noGap(j + 1)) {
        const before = partCount();
        const joined =
          appendParts(p.lower, start[j + 1], end[j + 1]) && (isMultiplierPart(before - 1) || isMultiplierPart(before));
        const next = joined ? parseParts() : -1;
        if (next < 0) {
          truncateParts(before);
          break;
        }
        value = next;
        j++;
      }
      p.replace(i, j, String(value));
      return j + 1;
    }
  } else if (lastFailure() === start[i]) {
    return -1;
  }
  const ordinal = readOrdinal(p.lower, start[i], end[i]);
  if (ordinal <= 0) return -1;
  p.replace(i, i, `${ordinal}.`);
  return i + 1;
}

/** True when token i touches a neighbour token (letters glued to digits: "3ten", "B12"). */
function glued(p: Pass, i: number): boolean {
  return p.noGap(i - 1) || p.noGap(i);
}

/** The single digit token i stands for ("null", "0"), or -1. */
function singleDigit(p: Pass, i: number): number {
  if (glued(p, i)) return -1;
  if (p.isDigits(i)) return p.length(i) === 1 ? p.text.charCodeAt(p.tok.start[i]) - 48 : -1;
  if (!p.isWord(i)) return -1;
  const v = readCardinal(p.lower, p.tok.start[i], p.tok.end[i]);
  return v <= 9 ? v : -1;
}

/** True when token i is a number (digits or a cardinal number word) standing alone. */
function isNumber(p: Pass, i: number): boolean {
  if (i < 0 || i >= p.n || glued(p, i)) return false;
  if (p.isDigits(i)) return true;
  return p.isWord(i) && readCardinal(p.lower, p.tok.start[i], p.tok.end[i]) >= 0;
}

function repeated(digit: number, times: number): string {
  let out = String(digit);
  for (let k = 1; k < times; k++) out += ` ${digit}`;
  return out;
}

/**
 * "doppel null", "doppel-null", "doppelnull" -> "0 0"; "dreimal die eins" ->
 * "1 1 1". Words marked inSequenceOnly need a number right before or after,
 * so "zweimal drei Tabletten" stays as it is.
 */
export function repeatedDigit(p: Pass, i: number): number {
  const entry = p.keyword(i, Table.Repeat);
  if (entry < 0) return fusedRepeat(p, i);
  if (!p.spaceOrHyphenGap(i)) return -1;
  let j = i + 1;
  if (p.keyword(j, Table.Filler) >= 0 && p.spaceGap(j)) j++;
  const digit = singleDigit(p, j);
  if (digit < 0) return -1;
  if (lex.repeatInSequenceOnly[entry]) {
    const before = p.runGap(i - 1) && isNumber(p, i - 1);
    const after = p.runGap(j) && isNumber(p, j + 1);
    if (!before && !after) return -1;
  }
  p.replace(i, j, repeated(digit, lex.repeatCount[entry]));
  return j + 1;
}

/** "doppelnull" written as one word. */
function fusedRepeat(p: Pass, i: number): number {
  if (!p.isWord(i)) return -1;
  const s = p.tok.start[i];
  const e = p.tok.end[i];
  for (const prefix of lex.compoundRepeat) {
    if (e - s <= prefix.length || !p.lower.startsWith(prefix, s)) continue;
    const digit = readCardinal(p.lower, s + prefix.length, e);
    if (digit < 0 || digit > 9) continue;
    p.replace(i, i, repeated(digit, lex.repeatCount[lex.repeat.indexOf(prefix)]));
    return i + 1;
  }
  return -1;
}

/**
 * "plus" right before a number -> "+", dropping the space after it, so
 * "plus vier neun" becomes "+4 9" as a phone number is written. Not after a
 * number ("drei plus vier").
 */
export function plusSign(p: Pass, i: number): number {
  if (p.keyword(i, Table.Plus) < 0 || !p.spaceGap(i) || !isNumber(p, i + 1)) return -1;
  // "drei plus vier" is arithmetic, not a country code.
  if (p.spaceGap(i - 1) && isNumber(p, i - 1)) return -1;
  p.replace(i, i, '+');
  p.out().skipTo(p.tok.start[i + 1]);
  return i + 1;
}

/** Digits with an ordinal suffix: "3ten" -> "3.", "1ste" -> "1.". */
export function digitOrdinal(p: Pass, i: number): number {
  if (p.length(i) > MAX_ORDINAL_DIGITS || !p.noGap(i) || p.keyword(i + 1, Table.OrdinalSuffix) < 0) return -1;
  if (p.noGap(i + 1)) return -1;
  p.replace(i, i + 1, `${p.text.slice(p.tok.start[i], p.tok.end[i])}.`);
  return i + 2;
}
