/**
 * The spoken-form normalisation pass shared by all detectors: one tokenizing
 * pass, then one left-to-right walk over the tokens in which the first rule
 * that applies rewrites one or more tokens. Text no rule touches is copied
 * unchanged, separators included, so detectors keep their own separator rules.
 */
import type { NormalizedText, NormalizeView } from '../types.js';
import { emailSymbol } from './email-rules.js';
import { digitOrdinal, numberWord, plusSign, repeatedDigit } from './number-rules.js';
import { KEYWORD_TABLES, keywords, Table } from './keywords.js';
import { Pass } from './pass.js';
import { bareRun, spelledLetter } from './spelling.js';
import { tokenize, WORD } from './tokens.js';
import { mayBeEmailSymbol, mayStartRule } from './word-filter.js';

/**
 * `text` lowercased with the same length and offsets. `toLowerCase` keeps the
 * length except for a few characters ("İ" becomes "i" + combining dot); only
 * then is the slower per-character path taken.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

function rewriteAt(p: Pass, i: number): number {
  if (p.isDigits(i)) return digitOrdinal(p, i);
  // Ordinary words: no rule can start here, skip the trie walks.
  if (!mayStartRule(p.lower, p.tok.start[i], p.tok.end[i])) return -1;
  let next = p.email ? emailSymbol(p, i) : -1;
  if (next < 0) next = spelledLetter(p, i);
  if (next < 0) next = bareRun(p, i);
  if (next < 0) next = repeatedDigit(p, i);
  if (next < 0) next = plusSign(p, i);
  if (next < 0) next = numberWord(p, i);
  return next;
}

/**
 * Normalises `text` given its same-length lowercase form (TurnView.lower),
 * so a turn is lowercased once for all views.
 */
export function normalizeLowered(text: string, lower: string, view: NormalizeView): NormalizedText {
  if (view !== 'digits' && view !== 'email') throw new RangeError(`normalize: unknown view "${String(view)}"`);
  const p = new Pass(text, lower, view === 'email');
  for (let i = 0; i < p.n; ) {
    const next = rewriteAt(p, i);
    i = next > i ? next : i + 1;
  }
  return p.finish();
}

/**
 * True when some word of `lower` is a spoken e-mail symbol ("punkt", "at").
 * Without one the 'email' view is the 'digits' view: the symbol rule is the
 * only difference between them.
 * @param text - a turn's text
 * @param lower - its same-length lowercase form
 */
export function hasEmailSymbol(text: string, lower: string): boolean {
  const tok = tokenize(text);
  for (let i = 0; i < tok.count; i++) {
    if (tok.kind[i] !== WORD) continue;
    const start = tok.start[i];
    const end = tok.end[i];
    if (!mayBeEmailSymbol(lower, start, end)) continue;
    const m = keywords.trie.matchAt(lower, start, end);
    if (m !== undefined && m.end === end && keywords.column[m.entry * KEYWORD_TABLES + Table.EmailSymbol] >= 0) return true;
  }
  return false;
}
