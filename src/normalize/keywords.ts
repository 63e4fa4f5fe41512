/**
 * All whole-word lexicons of the normalisation (code words, "wie", "plus",
 * "doppel", e-mail symbols ...) merged into one trie, so the rewrite walks
 * the trie once per token instead of once per rule. Each merged entry keeps
 * its index in every source table (or -1), since a word may be in several.
 */
import { Lexicon } from '../rules/lexicon.js';
import { emailSymbols } from './email-symbols.js';
import { numberLexicon } from './number-lexicon.js';
import { spellingLexicon } from './spelling-lexicon.js';

/** The source tables, in the order of the per-entry index columns. */
export const Table = {
  CodeWord: 0,
  Connective: 1,
  UmlautMarker: 2,
  Repeat: 3,
  Filler: 4,
  Plus: 5,
  OrdinalSuffix: 6,
  EmailSymbol: 7,
} as const;

/** One of the {@link Table} columns. */
export type TableId = (typeof Table)[keyof typeof Table];

const TABLES = 8;

/** The merged keyword trie and its index columns: `column[entry * KEYWORD_TABLES + table]`. */
export interface Keywords {
  readonly trie: Lexicon;
  readonly column: Int32Array;
}

/**
 * Merges word lists into one trie.
 * @param sources - one word list per {@link Table}, in table order
 * @returns the trie and, per merged entry, each table's index of the word (or -1)
 */
export function buildKeywords(sources: readonly (readonly string[])[]): Keywords {
  const merged = new Map<string, number>();
  const rows: number[][] = [];
  sources.forEach((words, table) => {
    words.forEach((w, k) => {
      let row = merged.get(w);
      if (row === undefined) {
        row = rows.length;
        merged.set(w, row);
        rows.push(new Array<number>(TABLES).fill(-1));
      }
      if (rows[row][table] < 0) rows[row][table] = k;
    });
  });
  const column = new Int32Array(rows.length * TABLES);
  rows.forEach((row, r) => column.set(row, r * TABLES));
  return { trie: new Lexicon(merged.keys()), column };
}

/** Number of index columns per merged entry. */
export const KEYWORD_TABLES = TABLES;

/**
 * The whole-word keyword lists of the shipped rules, in table order. The word
 * pre-filter (word-filter.ts) builds on this same list, so a list added here
 * can never be rejected by the filter.
 */
export const KEYWORD_SOURCES: readonly (readonly string[])[] = [
  spellingLexicon.codeWords,
  spellingLexicon.connectives,
  spellingLexicon.umlautMarkers,
  numberLexicon.repeat,
  numberLexicon.fillers,
  numberLexicon.plus,
  numberLexicon.ordinalSuffixes,
  emailSymbols.words,
];

/** The keywords of the shipped rules, merged once per process. */
export const keywords: Keywords = buildKeywords(KEYWORD_SOURCES);
