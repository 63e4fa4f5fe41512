/**
 * Names spelled out letter by letter: "M wie Martha, E, I, E, R",
 * "S C H M I D T", "M-E-I-E-R", and the short forms "Meier mit e i",
 * "Müller mit ü", "Meyer mit Ypsilon". Works on the 'digits' view of the
 * turn, where the normaliser has already rewritten "M wie Martha" to "M",
 * and maps the run back to original offsets, so one span covers the whole
 * spelled sequence including the code words.
 */
import type { NormalizedText } from '../types.js';
import { isWordChar } from '../rules/lexicon.js';
import { FUNC, NAME_ANY, WORD, nameKey, type PersonGazetteer } from './person-gazetteer.js';

/** A spelled name found in one turn, in original offsets. */
export interface SpelledName {
  start: number;
  end: number;
  /** The spelled letters, lowercase ("meier"); a name to look for elsewhere in the call. */
  letters: string;
}

/** Fewest letters of a bare spelled run ("A B" is an abbreviation, "K O C H" a name). */
const kMinRun = 3;
/** Most letter units after "mit" ("Meier mit e i"). */
const kMaxMitUnits = 3;

/** Two-letter groups callers spell as one unit after "mit": "mit ie", "mit dt". */
const DIGRAPHS = new Set(['ch', 'sch', 'ie', 'ei', 'ai', 'ay', 'ey', 'dt', 'th', 'ph', 'ck', 'tz', 'ss', 'ae', 'oe', 'ue', 'ß']);

interface Tok {
  s: number;
  e: number;
  low: string;
}

function isSeparatorGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, comma, dot, hyphen, slash, semicolon, en dash, no-break space
    if (c !== 32 && c !== 9 && c !== 44 && c !== 46 && c !== 45 && c !== 47 && c !== 59 && c !== 0x2013 && c !== 0xa0) return false;
  }
  return true;
}

function isDigitToken(t: Tok): boolean {
  const c = t.low.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Letters a token stands for inside a spelled sequence, or undefined:
 * a single letter, "ypsilon", a digraph (only after "mit"), "doppel"/"2" + letter.
 * Returns [letters, tokens consumed].
 */
function unitAt(toks: readonly Tok[], i: number, text: string, digraphs: boolean): [string, number] | undefined {
  const t = toks[i];
  const low = t.low;
  if (low.length === 1 && !isDigitToken(t)) return [low, 1];
  if (low === 'ypsilon') return ['y', 1];
  if (digraphs && DIGRAPHS.has(low)) return [low, 1];
  const next = toks[i + 1];
  if (next && next.low.length === 1 && !isDigitToken(next) && isSeparatorGap(text, t.e, next.s)) {
    if (low === 'doppel' || low === '2' || low === 'zweimal' || low === '2mal') return [next.low + next.low, 2];
    if (low === 'scharfes' && next.low === 's') return ['ß', 2];
  }
  return undefined;
}

function tokenize(text: string, lower: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    out.push({ s, e: i, low: lower.slice(s, i) });
  }
  return out;
}

/**
 * Finds spelled names in one turn's 'digits' view and pushes them into `out`.
 * A bare run needs at least three letters and no digit right before or after
 * it (that would be an ID, a licence plate or an IBAN: "D E 8 9").
 */
export function findSpelledNames(view: NormalizedText, gazetteer: PersonGazetteer, out: SpelledName[]): void {
  const text = view.text;
  const toks = tokenize(text, text.toLowerCase());
  let i = 0;
  while (i < toks.length) {
    const mit = mitForm(toks, i, text, gazetteer, view, out);
    if (mit > i) {
      i = mit;
      continue;
    }
    let j = i;
    let letters = '';
    let units = 0;
    while (j < toks.length) {
      if (units > 0 && !isSeparatorGap(text, toks[j - 1].e, toks[j].s)) break;
      if (units > 0 && toks[j].low === 'und' && j + 1 < toks.length && unitAt(toks, j + 1, text, false)) {
        j++;
        continue;
      }
      const unit = unitAt(toks, j, text, false);
      if (!unit) break;
      letters += unit[0];
      units++;
      j += unit[1];
    }
    if (units >= kMinRun && !digitNextTo(toks, i, j, text)) {
      const [start, end] = view.toOriginal(toks[i].s, toks[j - 1].e);
      out.push({ start, end, letters });
      i = j;
      continue;
    }
    i = Math.max(i + 1, j);
  }
}

function digitNextTo(toks: readonly Tok[], i: number, j: number, text: string): boolean {
  const before = i > 0 && isDigitToken(toks[i - 1]) && isSeparatorGap(text, toks[i - 1].e, toks[i].s);
  const after = j < toks.length && isDigitToken(toks[j]) && isSeparatorGap(text, toks[j - 1].e, toks[j].s);
  return before || after;
}

/** "Meier mit e i" at token i: returns the token index after it, or i when absent. */
function mitForm(toks: readonly Tok[], i: number, text: string, gazetteer: PersonGazetteer, view: NormalizedText, out: SpelledName[]): number {
  const name = toks[i];
  if (i + 2 >= toks.length || toks[i + 1].low !== 'mit' || name.low.length < 2 || isDigitToken(name)) return i;
  const bits = gazetteer.flagsOf(nameKey(name.low));
  if ((bits & NAME_ANY) === 0 && bits & (WORD | FUNC)) return i;
  let j = i + 2;
  let units = 0;
  while (j < toks.length && units < kMaxMitUnits) {
    if (!isSeparatorGap(text, toks[j - 1].e, toks[j].s)) break;
    const unit = unitAt(toks, j, text, true);
    if (!unit) break;
    units++;
    j += unit[1];
  }
  // The letters end the phrase ("Meier mit e i.") unless the word before is a known
  // name: "beides mit O beginnt", "ein Fabelwesen mit W ein" are no spellings.
  const joinedAfter = j < toks.length && /^[ \t]+$/.test(text.slice(toks[j - 1].e, toks[j].s));
  if (units === 0 || (joinedAfter && ((bits & NAME_ANY) === 0 || toks[j].low.length <= 2))) return i;
  const [start, end] = view.toOriginal(name.s, toks[j - 1].e);
  out.push({ start, end, letters: name.low });
  return j;
}
