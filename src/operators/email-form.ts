/**
 * Reads an e-mail address written ("anna.weber@gmx.de") or spoken ("anna
 * punkt weber at gmx punkt de") into its written form, and writes a written
 * address back in the spoken style of an original. The spoken symbol words
 * come from rules/normalize/email-symbols.yaml, shared with src/normalize.
 */
import { z } from 'zod';
import { readCardinal } from '../normalize/number-words.js';
import { loadRuleFile } from '../rules/load.js';
import { digitWord } from './german-words.js';

const symbolsSchema = z.object({ symbols: z.record(z.string(), z.array(z.string().min(1)).min(1)) });

let wordToSymbol: Map<string, string> | undefined;
let symbolToWord: Map<string, string> | undefined;

function symbolTables(): [Map<string, string>, Map<string, string>] {
  if (!wordToSymbol || !symbolToWord) {
    const doc = loadRuleFile('normalize/email-symbols.yaml', symbolsSchema);
    wordToSymbol = new Map();
    symbolToWord = new Map();
    for (const [symbol, words] of Object.entries(doc.symbols)) {
      symbolToWord.set(symbol, words[0]);
      for (const w of words) wordToSymbol.set(w.toLowerCase(), symbol);
    }
  }
  return [wordToSymbol, symbolToWord];
}

/** An e-mail value read into written form, remembering how it was said. */
export interface EmailForm {
  /** Lowercase written address, e.g. "anna.weber@gmx.de" (may lack "@" if the value did). */
  readonly written: string;
  /** True when the value was spoken (symbol words instead of symbols). */
  readonly spoken: boolean;
  /** The word the value used for each symbol ("@" -> "ät"). */
  readonly symbolWords: ReadonlyMap<string, string>;
  /** True when every letter of the value was uppercase. */
  readonly upper: boolean;
}

const SPACE = /\s+/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Reads `value` as an e-mail address.
 * @example readEmail('anna punkt weber at gmx punkt de').written // 'anna.weber@gmx.de'
 */
export function readEmail(value: string): EmailForm {
  const [toSymbol] = symbolTables();
  const symbolWords = new Map<string, string>();
  const upper = HAS_LETTER.test(value) && !HAS_LOWER.test(value);
  const trimmed = value.trim();
  if (trimmed.includes('@') && !SPACE.test(trimmed)) {
    return { written: trimmed.toLowerCase(), spoken: false, symbolWords, upper };
  }
  let written = '';
  let spoken = false;
  for (const token of trimmed.split(SPACE)) {
    const lower = token.toLowerCase();
    const symbol = toSymbol.get(lower);
    if (symbol !== undefined) {
      spoken = true;
      if (!symbolWords.has(symbol)) symbolWords.set(symbol, token);
      written += symbol;
      continue;
    }
    const n = readCardinal(lower, 0, lower.length);
    written += n >= 0 && n < 10 ? String(n) : lower;
  }
  return { written, spoken, symbolWords, upper };
}

/** Identity key of an e-mail value: its lowercase written form. */
export function emailKey(value: string): string {
  return readEmail(value).written;
}

const PIECE = /[0-9]+|[^0-9.@_+-]+|[.@_+-]/g;

/**
 * Writes the written address `written` in the form of `original`: spoken with
 * the original's symbol words, or written; all caps when the original was.
 */
export function writeEmailLike(written: string, original: EmailForm): string {
  if (!original.spoken) return original.upper ? written.toUpperCase() : written;
  const [, toWord] = symbolTables();
  const parts: string[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(written); m !== null; m = PIECE.exec(written)) {
    const piece = m[0];
    if (piece.length === 1 && '.@_+-'.includes(piece)) {
      const word = original.symbolWords.get(piece) ?? toWord.get(piece);
      parts.push(word ?? piece);
    } else if (piece[0] >= '0' && piece[0] <= '9') {
      for (const d of piece) parts.push(digitWord(Number(d)));
    } else {
      parts.push(piece);
    }
  }
  const out = parts.join(' ');
  return original.upper ? out.toUpperCase() : out;
}
