/**
 * Token-level scanners shared by the ID, date-of-birth and address detectors.
 * They walk a (normalised) turn text char by char, never with a backtracking
 * regex, so every scan is linear in the length it is allowed to look at.
 */
import { isWordChar } from '../rules/lexicon.js';

/** A run of identifier tokens found by {@link scanIdRun}, in offsets of the scanned text. */
export interface IdRun {
  start: number;
  end: number;
  /** Digits inside the run. */
  digits: number;
  /** Letters of letter groups inside the run (spoken separators not counted). */
  letters: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 0xc4 || code === 0xd6 || code === 0xdc;
}

/** True when a digit comes after `pos` past at most two spaces ("vn 830"). */
function digitFollows(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && i < pos + 2 && text.charCodeAt(i) === 32) i++;
  return i > pos && i < text.length && isDigit(text.charCodeAt(i));
}

/** True when a one-letter word starts at `pos` ("V" in "1, V N 1"). */
function isSingleLetterAt(text: string, pos: number, limit: number): boolean {
  const c = text.charCodeAt(pos);
  return isWordChar(c) && !isDigit(c) && (pos + 1 >= limit || !isWordChar(text.charCodeAt(pos + 1)));
}

/** True for the joiners allowed inside one identifier token: `-`, `/`, `.`. */
function isJoiner(code: number): boolean {
  return code === 45 || code === 47 || code === 46;
}

/**
 * Lowercases `text` when that keeps every offset (it does for German text);
 * otherwise returns `text` itself so offsets stay valid.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

const DIGIT = /[0-9]/g;

/** True when `text[from, to)` holds an ASCII digit. */
export function hasDigit(text: string, from = 0, to = text.length): boolean {
  // Whole turns (three detectors ask per turn): a native scan is several times faster than
  // a character loop. A window keeps the loop, so the scan never runs past its end.
  if (from <= 0 && to >= text.length) {
    DIGIT.lastIndex = 0;
    return DIGIT.test(text);
  }
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** End of the word (letters/digits, inner hyphens and dots) starting at `pos`. */
export function wordEnd(text: string, pos: number, limit = text.length): number {
  let i = pos;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) i++;
    else if ((c === 45 || c === 46) && i > pos && i + 1 < limit && isWordChar(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

/** True for characters skipped between words: whitespace and light punctuation. */
export function isGap(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 ||
    code === 44 || code === 46 || code === 58 || code === 59 || code === 45 || code === 0x2013 ||
    code === 0x2014 || code === 34 || code === 39 || code === 0x201e || code === 0x201c || code === 0x201d ||
    code === 40 || code === 41 || code === 33 || code === 63
  );
}

/**
 * Skips gaps and up to `maxWords` words of `fillers` (lowercase set; two-word
 * fillers are matched word by word) starting at `pos`. Returns where the next
 * non-filler word starts, or `limit` when the text ends first, or -1 when too
 * many fillers came. `lower` must be `text` lowercased with the same offsets.
 */
export function skipFillers(lower: string, pos: number, limit: number, fillers: ReadonlySet<string>, maxWords: number): number {
  let i = pos;
  let words = 0;
  while (i < limit) {
    const c = lower.charCodeAt(i);
    if (isGap(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c) || isDigit(c)) return i;
    const end = wordEnd(lower, i, limit);
    if (!fillers.has(lower.slice(i, end))) return i;
    if (++words > maxWords) return -1;
    i = end;
  }
  return limit;
}

/** True when only gaps (whitespace, punctuation) remain in `text[pos, limit)`. */
export function onlyGapsUntil(text: string, pos: number, limit = text.length): boolean {
  for (let i = pos; i < limit; i++) if (!isGap(text.charCodeAt(i))) return false;
  return true;
}

/** Word lists {@link scanIdRun} consults. */
export interface RunWords {
  /** Spoken separators inside an identifier ("strich", "bindestrich"), lowercase. */
  readonly separators: ReadonlySet<string>;
  /** Short lowercase words that are never letter groups of an identifier ("und", "ist"). */
  readonly stopWords: ReadonlySet<string>;
  /** Hesitations skipped inside a spoken identifier ("drei acht äh acht acht neun"), lowercase. */
  readonly hesitations?: ReadonlySet<string>;
}

/**
 * Reads an identifier run at `pos`: digit groups and letter groups (up to
 * three capitals, a single letter, a short lowercase group that is no stop
 * word, or a hyphenated group like "hu-mx"), joined by spaces, `-`, `/`, `.`
 * inside groups, spoken separators ("strich"), and commas between groups
 * ("4 7 1 1", "VN-2023-445871", "3 O 123/24", "v g strich 9 0 1"). Letter
 * groups only count when digits follow, or when a single letter ends the run
 * as a capital or after a separator. Returns undefined when no digit is read,
 * except for letters and a spoken separator that end the text ("k d strich":
 * the digits follow in the next turn; such a run has `digits` 0).
 * @param text - the scanned text (usually the 'digits' view)
 * @param lower - `text` lowercased, same offsets
 * @param pos - where the first token must start
 * @param maxChars - longest run accepted; longer runs are cut there
 * @param caseless - the text has no capitals (speech-to-text): a trailing lowercase letter counts ("2 8 8 1 g")
 */
export function scanIdRun(text: string, lower: string, pos: number, maxChars: number, words: RunWords, caseless = false): IdRun | undefined {
  const limit = Math.min(text.length, pos + maxChars);
  let start = -1;
  let end = -1;
  let digits = 0;
  let letters = 0;
  let pendingStart = -1;
  let pendingLetters = 0;
  let i = pos;
  let prevDigit = false;
  let afterSeparator = false;
  let separatorEnd = -1;
  // Letters read before the first digit: where they end, and whether all were spelled ("S N", "k d").
  let pendingEnd = -1;
  let pendingSpelled = true;
  while (i < limit) {
    const tokStart = i;
    let tokDigits = 0;
    let tokLetters = 0;
    let lowerCount = 0;
    let joiners = 0;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        if (isDigit(c)) tokDigits++;
        else {
          tokLetters++;
          if (!isUpper(c)) lowerCount++;
        }
        i++;
      } else if (isJoiner(c) && i > tokStart && i + 1 < limit && isWordChar(text.charCodeAt(i + 1))) {
        joiners++;
        i++;
      } else break;
    }
    if (i === tokStart) break;
    let separatorWord = false;
    if (tokDigits > 0) {
      if (start < 0) start = pendingStart >= 0 ? pendingStart : tokStart;
      end = i;
      digits += tokDigits;
      letters += tokLetters + pendingLetters;
      pendingStart = -1;
      pendingLetters = 0;
      prevDigit = true;
    } else if ((start >= 0 || pendingStart >= 0) && words.separators.has(lower.slice(tokStart, i))) {
      separatorWord = true;
      separatorEnd = i;
      prevDigit = false;
    } else if ((start >= 0 || pendingStart >= 0) && tokLetters <= 4 && words.hesitations?.has(lower.slice(tokStart, i)) && digitFollows(text, i)) {
      // "3 8 äh 8 8 9", "S N äh 2 0 2 2": the hesitation is inside the value, not its end.
      prevDigit = false;
    } else if (
      (lowerCount === 0 && tokLetters <= 3) ||
      tokLetters === 1 ||
      // Lowercase letter groups ("sn t 4", "wü v 297", "bgl-uw 4" in ASR text)
      // count only when digits follow later in the run (pending letters are dropped otherwise).
      ((joiners > 0 ? tokLetters <= 5 : tokLetters <= 3) && !words.stopWords.has(lower.slice(tokStart, i)))
    ) {
      if (start < 0 && pendingStart < 0) pendingStart = tokStart;
      if (start < 0) {
        pendingLetters += tokLetters;
        pendingEnd = i;
        if (!(tokLetters === 1 || (lowerCount === 0 && joiners === 0))) pendingSpelled = false;
      }
      // A single trailing letter belongs to the run: "123456 B", "7 strich x",
      // and in spelled runs "f r l 5 h".
      if (start >= 0 && tokLetters === 1 && (prevDigit || afterSeparator) && (lowerCount === 0 || afterSeparator || letters > 0 || caseless)) {
        end = i;
        letters++;
      } else if (start >= 0) pendingLetters += tokLetters;
      prevDigit = false;
    } else break;
    afterSeparator = separatorWord;
    // Separator: up to two spaces, or a dash/slash with optional spaces, or a
    // comma (between groups, and after a spoken separator).
    let j = i;
    let spaces = 0;
    while (j < limit && text.charCodeAt(j) === 32 && spaces < 3) {
      j++;
      spaces++;
    }
    const c = j < limit ? text.charCodeAt(j) : -1;
    const spelledLetter = tokDigits === 0 && tokLetters === 1;
    if (c === 45 || c === 47 || (c === 44 && (prevDigit || separatorWord || spelledLetter))) {
      j++;
      while (j < limit && text.charCodeAt(j) === 32) j++;
      if (!(j < limit && isWordChar(text.charCodeAt(j)))) break;
      // After a comma a digit goes on, or in a spelled value a single letter ("R 1 M M 1, V N 1 Z 1").
      // or a spoken separator ("52 Punkt 6 3 1, Punkt 1 4 9").
      if (
        c === 44 && !separatorWord && !isDigit(text.charCodeAt(j)) &&
        !(letters + pendingLetters > 0 && isSingleLetterAt(text, j, limit)) &&
        !(prevDigit && words.separators.has(lower.slice(j, wordEnd(lower, j, limit))))
      ) break;
      if (c !== 44) afterSeparator = true;
    } else if (spaces === 0 || spaces > 2) break;
    i = j;
  }
  // A spoken separator that ends the turn announces the rest in the next turn: keep it.
  if (start >= 0 && separatorEnd > end && onlyGapsUntil(text, separatorEnd)) end = separatorEnd;
  // Letters and a separator that end the turn ("k d strich"), or spelled
  // letters that end it ("S N"): the digits follow in the next turn.
  if (start < 0 && pendingStart >= 0 && separatorEnd > pendingStart && onlyGapsUntil(text, separatorEnd)) {
    return { start: pendingStart, end: separatorEnd, digits: 0, letters: pendingLetters };
  }
  if (start < 0 && pendingStart >= 0 && pendingSpelled && onlyGapsUntil(text, pendingEnd)) {
    return { start: pendingStart, end: pendingEnd, digits: 0, letters: pendingLetters };
  }
  return start >= 0 ? { start, end, digits, letters } : undefined;
}
