/**
 * The 'email' view's extra rewrite: spoken symbols ("punkt", "at",
 * "unterstrich") to the characters of an address, with the whitespace around
 * them dropped, so "anna punkt weber at gmx punkt de" reads "anna.weber@gmx.de".
 */
import { emailSymbols } from './email-symbols.js';
import { Table } from './keywords.js';
import type { Pass } from './pass.js';
import { isSpace } from './tokens.js';

/**
 * A spoken symbol token -> its character, dropping the whitespace on both
 * sides. Returns the next token index, or -1.
 */
export function emailSymbol(p: Pass, i: number): number {
  const entry = p.keyword(i, Table.EmailSymbol);
  if (entry < 0) return -1;
  const out = p.out();
  const start = p.tok.start[i];
  const end = p.tok.end[i];
  let before = start;
  while (before > out.position && isSpace(p.text.charCodeAt(before - 1))) before--;
  out.copyTo(before);
  out.skipTo(start);
  out.replace(start, end, emailSymbols.symbol[entry]);
  let after = end;
  while (after < p.text.length && isSpace(p.text.charCodeAt(after))) after++;
  out.skipTo(after);
  return i + 1;
}
