/**
 * A cheap pre-filter over word tokens: most words of a transcript are
 * ordinary words no rewrite rule can start at, and for them the full rule
 * chain (two trie walks plus several checks) finds nothing. A rule starts at
 * a word of two or more letters only when the word IS a keyword (code word,
 * "wie", "plus", e-mail symbol ...) or BEGINS with a number part or a fused
 * repeat word ("doppelnull"). Hashed tables answer both questions without a
 * trie walk; hash collisions only let words through, never reject one, so the
 * filter cannot change the output.
 */
import { emailSymbols } from './email-symbols.js';
import { numberLexicon } from './number-lexicon.js';
import { KEYWORD_SOURCES } from './keywords.js';

const SIZE = 1 << 16;
const MASK = SIZE - 1;

/** Hash of a whole word: its length and first three and last characters. */
function wholeKey(s: string, start: number, end: number): number {
  const len = end - start;
  const c2 = len > 2 ? s.charCodeAt(start + 2) : 0;
  return (((s.charCodeAt(start) * 31 + s.charCodeAt(start + 1)) * 31 + c2) * 31 + s.charCodeAt(end - 1) * 7 + len) & MASK;
}

/** Hash of a word's first two characters. */
function pairKey(c0: number, c1: number): number {
  return ((c0 & 0xff) << 8) | (c1 & 0xff);
}

/** Hash of a word's first three characters. */
function tripleKey(c0: number, c1: number, c2: number): number {
  return ((c0 * 31 + c1) * 31 + c2) & MASK;
}

interface FilterTable {
  /** Whole words of two or more characters, by {@link wholeKey}. */
  readonly whole: Uint8Array;
  /** Prefix words of one character, by character. */
  readonly singles: Uint8Array;
  /** Prefix words of two characters, by {@link pairKey}. */
  readonly pairs: Uint8Array;
  /** Shortest prefix word (capped at 255) per {@link tripleKey} of its first three characters; 0 none. */
  readonly minLength: Uint8Array;
}

function buildTable(wholeLists: readonly (readonly string[])[], prefixLists: readonly (readonly string[])[]): FilterTable {
  const table = {
    whole: new Uint8Array(SIZE),
    singles: new Uint8Array(256),
    pairs: new Uint8Array(SIZE),
    minLength: new Uint8Array(SIZE),
  };
  // Same folding as the Lexicon tries the rules walk.
  const fold = (raw: string): string => raw.toLowerCase().trim();
  for (const list of wholeLists) {
    for (const raw of list) {
      const w = fold(raw);
      if (w.length === 1) table.singles[w.charCodeAt(0) & 0xff] = 1;
      else if (w.length > 1) table.whole[wholeKey(w, 0, w.length)] = 1;
    }
  }
  for (const list of prefixLists) {
    for (const raw of list) {
      const w = fold(raw);
      if (w.length === 0) continue;
      if (w.length === 1) table.singles[w.charCodeAt(0) & 0xff] = 1;
      else if (w.length === 2) table.pairs[pairKey(w.charCodeAt(0), w.charCodeAt(1))] = 1;
      else {
        const k = tripleKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
        const len = Math.min(w.length, 255);
        if (table.minLength[k] === 0 || len < table.minLength[k]) table.minLength[k] = len;
      }
    }
  }
  return table;
}

/** Everything a rule may start at. */
const ANY_RULE = buildTable(
  [
    ...KEYWORD_SOURCES,
    // Letter groups spelled as one letter ("ch", "sch").
    ['ch', 'sch'],
  ],
  [numberLexicon.partWords, numberLexicon.compoundRepeat],
);

/** The e-mail symbol words alone. */
const EMAIL_SYMBOL = buildTable([emailSymbols.words], []);

function hit(table: FilterTable, lower: string, start: number, end: number): boolean {
  const c0 = lower.charCodeAt(start);
  if (table.singles[c0 & 0xff] === 1) return true;
  const length = end - start;
  if (length < 2) return false;
  if (table.whole[wholeKey(lower, start, end)] === 1) return true;
  const c1 = lower.charCodeAt(start + 1);
  if (table.pairs[pairKey(c0, c1)] === 1) return true;
  if (length < 3) return false;
  const min = table.minLength[tripleKey(c0, c1, lower.charCodeAt(start + 2))];
  return min !== 0 && min <= length;
}

/**
 * False when no rewrite rule can start at the word `lower[start, end)`.
 * One-letter words always pass (they may be spelled letters).
 */
export function mayStartRule(lower: string, start: number, end: number): boolean {
  return end - start < 2 || hit(ANY_RULE, lower, start, end);
}

/** False when the word `lower[start, end)` cannot be a spoken e-mail symbol ("punkt", "at"). */
export function mayBeEmailSymbol(lower: string, start: number, end: number): boolean {
  return hit(EMAIL_SYMBOL, lower, start, end);
}
