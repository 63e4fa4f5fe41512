/**
 * Two weaker ways an identifier is announced, used by the context ID detector
 * (id-context.ts):
 *
 * - a bare head word ("Da steht eine Nummer, Y4K7 2230 18", "die nummer ist
 *   h u drei fünf ..."): "Nummer" alone also announces phone and house
 *   numbers, so only a value mixing letters and digits counts after it;
 * - a second value of the same shape in a list, without its own context word
 *   ("Meine ist L01X00T47, und von meiner Frau, T22000129").
 *
 * Both scans walk the turn once with indexOf / word starts, no regex.
 */
import { isWordChar } from '../rules/lexicon.js';
import { compactOf } from './id-readback.js';
import { scanIdRun, type IdRun, type RunWords } from './id-scan.js';

/** Fewest letters and digits of a list sibling ("T22000129"); shorter values are too often counts or years. */
const MIN_SIBLING = 6;
/** A sibling must start within this many characters after the value before it. */
const SIBLING_WINDOW = 80;
/** Most values of a turn for the sibling pass, and most siblings it adds: a spoken list is short. */
const MAX_LISTED = 4;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Calls `onHit(end)` for each whole-word occurrence of a head in `lower`
 * ("nummer", not "telefonnummer" nor "nummerieren").
 * @param lower - the lowercased turn text
 * @param heads - lowercase head words
 * @param onHit - receives the offset right after the head
 */
export function forEachBareHead(lower: string, heads: readonly string[], onHit: (end: number) => void): void {
  for (const head of heads) {
    for (let i = lower.indexOf(head); i >= 0; i = lower.indexOf(head, i + head.length)) {
      const end = i + head.length;
      if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
      if (end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
      onHit(end);
    }
  }
}

/** Counts of letters and digits of a compact value. */
function counts(compact: string): [letters: number, digits: number] {
  let digits = 0;
  for (let i = 0; i < compact.length; i++) if (isDigitCode(compact.charCodeAt(i))) digits++;
  return [compact.length - digits, digits];
}

/**
 * True when compact value `b` has the shape of `a`: both start with a letter
 * or both with a digit, both mix in letters or neither does, and the length is
 * the same (digits only) or differs by at most one (mixed values).
 * @example sameShape('L01X00T47', 'T22000129') // true
 * @example sameShape('47110815', '2024') // false
 */
export function sameShape(a: string, b: string): boolean {
  if (b.length < MIN_SIBLING) return false;
  const [la, da] = counts(a);
  const [lb, db] = counts(b);
  if (da === 0 || db < 3 || (la > 0) !== (lb > 0)) return false;
  if (isDigitCode(a.charCodeAt(0)) !== isDigitCode(b.charCodeAt(0))) return false;
  return lb === 0 ? a.length === b.length : Math.abs(a.length - b.length) <= 1;
}

/** True when a capitalised word follows `pos` after spaces: "250000 Punkte" counts something. */
function nounFollows(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text[i];
  return i > pos && c !== undefined && c !== c.toLowerCase();
}

/** What {@link findSiblings} needs besides the text. */
export interface SiblingScan {
  readonly words: RunWords;
  readonly maxChars: number;
  readonly caseless: boolean;
  /** True when `lower[from, to)` holds a word that moves to another kind of value ("Telefonnummer", "Stand"). */
  readonly breaksBetween: (lower: string, from: number, to: number) => boolean;
}

/**
 * Emits the runs after `run` in the same turn that have its shape, each within
 * {@link SIBLING_WINDOW} characters of the value before it, until a break word
 * or `max` siblings. Reading starts at `from` when that is later than the run's
 * end, so that a caller passing back the returned offset reads each character
 * of a turn once, however many values it has.
 * @param text - the scanned text (digits view)
 * @param lower - `text` lowercased, same offsets
 * @param run - a value the detector found with its own context
 * @param from - where reading may start at the earliest
 * @param max - most siblings to emit
 * @param scan - run words, limits and the break test
 * @param emit - receives each sibling run
 * @returns where reading stopped
 */
export function findSiblings(text: string, lower: string, run: IdRun, from: number, max: number, scan: SiblingScan, emit: (run: IdRun) => void): number {
  const model = compactOf(text, run.start, run.end);
  let last = run.end;
  let i = Math.max(run.end, from);
  let found = 0;
  while (i < text.length && i - last <= SIBLING_WINDOW && found < max) {
    if (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    let digit = false;
    while (j < text.length && isWordChar(text.charCodeAt(j))) if (isDigitCode(text.charCodeAt(j++))) digit = true;
    // A word of six or more letters never starts a run ("Ehefrau"): skip it without reading.
    if (!digit && j - i > 5) {
      i = j;
      continue;
    }
    const next = scanIdRun(text, lower, i, scan.maxChars, scan.words, scan.caseless);
    if (next && next.start === i) {
      const value = compactOf(text, next.start, next.end);
      if (sameShape(model, value) && !(isDigitCode(value.charCodeAt(0)) && nounFollows(text, next.end))) {
        if (scan.breaksBetween(lower, last, next.start)) return next.start;
        emit(next);
        found++;
        last = next.end;
      }
      i = Math.max(next.end, i + 1);
      continue;
    }
    i = j;
  }
  return i;
}

/**
 * The sibling pass over one turn: {@link findSiblings} after each value found
 * with its own context (`found`, in the order found; siblings are appended to
 * it by `emit`). A turn with more than {@link MAX_LISTED} values gets no pass,
 * and the pass reads each character once.
 */
export function findListedValues(text: string, lower: string, found: readonly IdRun[], scan: SiblingScan, emit: (run: IdRun) => void): void {
  if (found.length > MAX_LISTED) return;
  let readTo = 0;
  for (let k = 0, n = found.length; k < n; k++) readTo = findSiblings(text, lower, found[k], readTo, MAX_LISTED, scan, emit);
}
