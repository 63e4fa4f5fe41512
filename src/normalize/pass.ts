/**
 * State of one rewrite pass over a text: its tokens, the lazily created
 * output builder, and small token predicates the rewrite rules share.
 * A pass is created per normalize() call and lives only during it.
 */
import type { NormalizedText } from '../types.js';
import { KEYWORD_TABLES, keywords, type TableId } from './keywords.js';
import { IdentityText, MapBuilder } from './offset-map.js';
import { DIGITS, isSpace, tokenize, WORD, type Tokens } from './tokens.js';

const UNKNOWN = -2;
/** Per-token memo of the merged keyword entry (-1 none, -2 not yet looked up); grows with the token buffer. */
let keywordMemo = new Int32Array(256);

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const HYPHEN = 0x2d;
/** Longest gap (", " plus stray spaces) still joining two spoken items. */
const MAX_GAP = 4;

/** One rewrite pass: see the module comment. */
export class Pass {
  readonly tok: Tokens;
  readonly n: number;
  private builder: MapBuilder | undefined;
  /** Tokens before this index belong to a bare spelling run already examined. */
  noRunBefore = 0;
  /** Last token of the latest spelled letter ("M wie Martha"), or -1. */
  lastSpelled = -1;

  constructor(
    readonly text: string,
    /** `text` lowercased with the same offsets. */
    readonly lower: string,
    readonly email: boolean,
  ) {
    this.tok = tokenize(text);
    this.n = this.tok.count;
    if (keywordMemo.length < this.n) keywordMemo = new Int32Array(this.tok.start.length);
    keywordMemo.fill(UNKNOWN, 0, this.n);
  }

  /** The output builder, created on the first rewrite so unchanged text costs nothing. */
  out(): MapBuilder {
    if (this.builder === undefined) this.builder = new MapBuilder(this.text);
    return this.builder;
  }

  /** Replaces tokens `i..j` (inclusive, with the gaps between them) by `out`. */
  replace(i: number, j: number, out: string): void {
    this.out().replace(this.tok.start[i], this.tok.end[j], out);
  }

  /** The finished normalisation: identity when no rule fired. */
  finish(): NormalizedText {
    return this.builder === undefined ? new IdentityText(this.text) : this.builder.finish();
  }

  /** True when token i is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.tok.kind[i] === WORD;
  }

  /** True when token i is a run of digits. */
  isDigits(i: number): boolean {
    return i >= 0 && i < this.n && this.tok.kind[i] === DIGITS;
  }

  /** Length of token i. */
  length(i: number): number {
    return this.tok.end[i] - this.tok.start[i];
  }

  /**
   * Index of token i in one keyword table (case-insensitive, whole token), or
   * -1. The merged trie is walked at most once per token: no slicing, and no
   * allocation on a miss.
   */
  keyword(i: number, table: TableId): number {
    if (!this.isWord(i)) return -1;
    let entry = keywordMemo[i];
    if (entry === UNKNOWN) {
      const end = this.tok.end[i];
      entry = keywords.trie.endAt(this.lower, this.tok.start[i], end) === end ? keywords.trie.lastMatchEntry : -1;
      keywordMemo[i] = entry;
    }
    return entry < 0 ? -1 : keywords.column[entry * KEYWORD_TABLES + table];
  }

  /** Lowercase text of token i (allocates: use on rare paths only). */
  lowerOf(i: number): string {
    return this.lower.slice(this.tok.start[i], this.tok.end[i]);
  }

  /** True when tokens i and i+1 are separated by whitespace only (at least one). */
  spaceGap(i: number): boolean {
    if (i < 0 || i + 1 >= this.n) return false;
    const from = this.tok.end[i];
    const to = this.tok.start[i + 1];
    if (from === to) return false;
    for (let p = from; p < to; p++) if (!isSpace(this.text.charCodeAt(p))) return false;
    return true;
  }

  /** True when tokens i and i+1 touch ("3ten", "doppelnull" split by a digit). */
  noGap(i: number): boolean {
    return i >= 0 && i + 1 < this.n && this.tok.end[i] === this.tok.start[i + 1];
  }

  /** True when the gap after token i is spaces or one hyphen ("doppel-null", "x-ray", "doppel null"). */
  spaceOrHyphenGap(i: number): boolean {
    return this.gapOf(i, false);
  }

  /** True when the gap after token i separates items of a list: spaces and one comma, semicolon or hyphen. */
  runGap(i: number): boolean {
    return this.gapOf(i, true);
  }

  /** Non-empty, at most MAX_GAP long, whitespace plus at most one hyphen (or list mark). */
  private gapOf(i: number, listMarks: boolean): boolean {
    if (i < 0 || i + 1 >= this.n) return false;
    const from = this.tok.end[i];
    const to = this.tok.start[i + 1];
    if (from === to || to - from > MAX_GAP) return false;
    let marks = 0;
    for (let p = from; p < to; p++) {
      const c = this.text.charCodeAt(p);
      if (isSpace(c)) continue;
      const ok = c === HYPHEN || (listMarks && (c === COMMA || c === SEMICOLON));
      if (!ok || ++marks > 1) return false;
    }
    return true;
  }
}
