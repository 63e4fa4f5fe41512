/**
 * Splits a text into letter runs and digit runs in one pass; everything
 * between two tokens (spaces, punctuation) is a "gap" that the rewrite keeps
 * or drops as a whole. Token boundaries live in module-level typed arrays that
 * grow on demand, because normalisation is synchronous and runs once per turn:
 * reusing one buffer per worker keeps the hot path allocation-free.
 */
import { isWordChar } from '../rules/lexicon.js';

/** Token kind: a run of letters. */
export const WORD = 1;
/** Token kind: a run of ASCII digits. */
export const DIGITS = 2;

/** The tokens of the last {@link tokenize} call. Valid until the next call. */
export interface Tokens {
  /** Start offset of token i. */
  start: Int32Array;
  /** End offset (exclusive) of token i. */
  end: Int32Array;
  /** WORD or DIGITS. */
  kind: Uint8Array;
  /** Number of tokens. */
  count: number;
}

const tokens: Tokens = {
  start: new Int32Array(256),
  end: new Int32Array(256),
  kind: new Uint8Array(256),
  count: 0,
};

function grow(): void {
  const size = tokens.start.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const kind = new Uint8Array(size);
  start.set(tokens.start);
  end.set(tokens.end);
  kind.set(tokens.kind);
  tokens.start = start;
  tokens.end = end;
  tokens.kind = kind;
}

/** True for ASCII digits. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for whitespace that may separate spoken tokens (incl. no-break spaces). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f || code === 0x2009
  );
}

/** Token kind of every code unit (0: none): one table load per character of every turn. */
const KIND = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) KIND[c] = isDigit(c) ? DIGITS : isWordChar(c) ? WORD : 0;

/**
 * Tokenizes `text` into the shared buffer.
 * @returns the buffer, valid until the next call
 */
export function tokenize(text: string): Tokens {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // A token runs while the kind stays the same: digits, or word characters other than digits.
    while (i < len && KIND[text.charCodeAt(i)] === kind) i++;
    if (n === tokens.start.length) grow();
    tokens.start[n] = start;
    tokens.end[n] = i;
    tokens.kind[n] = kind;
    n++;
  }
  tokens.count = n;
  return tokens;
}
