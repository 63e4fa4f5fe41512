/**
 * What the ADDRESS detector does when a house number follows no recognisable
 * street shape: street names read back from earlier in the call ("zur mühle
 * 26a" after "Zur Mühle 27a"), house-number ranges ("24 bis 26"), city
 * qualifiers ("Frankfurt (Oder)", "halle saale"), and names without a street
 * word ("Hirsdorf 28", "Driescher Hecke 30") when the call is about an address.
 */
import { isWordChar } from '../rules/lexicon.js';
import { CAPITAL, COMMA, DIGITS, DOT, HARD_BREAK, type WordTokens } from './address-tokens.js';
import { tokenLower, type StreetLexicons } from './address-street.js';

/** Most street names remembered per call. */
const MAX_REMEMBERED = 16;
/** Most words of a remembered street name. */
const MAX_WORDS = 6;

function joined(tokens: WordTokens, k: number): boolean {
  return k > 0 && (tokens.flags[k - 1] & (HARD_BREAK | COMMA)) === 0;
}

/**
 * Street names found earlier in one call, lowercased, words joined by one
 * space. Reset per call; a detector owns one (detection is synchronous).
 */
export class StreetMemory {
  private readonly names: string[] = [];
  private readonly words: number[] = [];

  /** Forgets every name: call at the start of each call. */
  reset(): void {
    this.names.length = 0;
    this.words.length = 0;
  }

  /** Remembers the street name made of tokens [first, last]. */
  remember(lower: string, tokens: WordTokens, first: number, last: number): void {
    const n = last - first + 1;
    if (n < 1 || n > MAX_WORDS || this.names.length >= MAX_REMEMBERED) return;
    const name = wordsOf(lower, tokens, first, last);
    if (!this.names.includes(name)) {
      this.names.push(name);
      this.words.push(n);
    }
  }

  /** First token of a remembered street name that ends at token j, or -1. */
  match(lower: string, tokens: WordTokens, j: number): number {
    for (let r = 0; r < this.names.length; r++) {
      const first = j - this.words[r] + 1;
      if (first < 0) continue;
      let ok = true;
      for (let k = first + 1; k <= j && ok; k++) if (!joined(tokens, k) || (tokens.flags[k] & DIGITS) !== 0) ok = false;
      if (ok && wordsOf(lower, tokens, first, j) === this.names[r]) return first;
    }
    return -1;
  }
}

function wordsOf(lower: string, tokens: WordTokens, first: number, last: number): string {
  let s = tokenLower(lower, tokens, first);
  for (let k = first + 1; k <= last; k++) s += ` ${tokenLower(lower, tokens, k)}`;
  return s;
}

/**
 * The token of the second house number of a range ("24 bis 26"; "12-14" is
 * one token), or k when there is none.
 */
export function rangeEnd(text: string, lower: string, tokens: WordTokens, k: number): number {
  if (k + 2 >= tokens.count || !joined(tokens, k + 1) || !joined(tokens, k + 2)) return k;
  if (tokenLower(lower, tokens, k + 1) !== 'bis' || (tokens.flags[k + 2] & DIGITS) === 0) return k;
  const len = tokens.end[k + 2] - tokens.start[k + 2];
  return len <= 3 && isWordChar(text.charCodeAt(tokens.start[k + 2])) ? k + 2 : k;
}

/**
 * End (exclusive, char offset) of a qualifier after a city ending at `cityEnd`
 * (token `last`): "Frankfurt (Oder)", "halle saale", "Langenfeld Rheinland";
 * `cityEnd` itself when none follows.
 */
export function qualifierEnd(text: string, lower: string, tokens: WordTokens, last: number, cityEnd: number, qualifiers: ReadonlySet<string>): number {
  let i = cityEnd;
  if (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 40) {
    let j = i + 1;
    while (j < text.length && j - i < 30 && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 32 || text.charCodeAt(j) === 46)) j++;
    return text.charCodeAt(j) === 41 && j > i + 1 ? j + 1 : cityEnd;
  }
  const q = last + 1;
  if (q < tokens.count && tokens.start[q] === i && joined(tokens, q) && qualifiers.has(tokenLower(lower, tokens, q))) return tokens.end[q];
  return cityEnd;
}

/** True when token k could be (part of) a street name the lexicons do not know. */
function nameLike(lower: string, tokens: WordTokens, k: number, cased: boolean, lex: StreetLexicons): boolean {
  const f = tokens.flags[k];
  if ((f & DIGITS) !== 0 || (cased && (f & CAPITAL) === 0)) return false;
  const w = tokenLower(lower, tokens, k);
  return w.length >= 3 && !lex.nonNames.has(w) && !lex.blocklist.has(w) && !lex.units.has(w) && !lex.numberWords.has(w) && !lex.connectors.has(w);
}

/**
 * First token of a street name without a street word that ends at token j
 * ("Hirsdorf", "Driescher Hecke", "Hermann von Gilm"), or -1. In lowercase
 * text only one word is taken: capitals are what joins more.
 */
export function unknownStreetStart(lower: string, tokens: WordTokens, j: number, cased: boolean, lex: StreetLexicons): number {
  if (j < 0 || !nameLike(lower, tokens, j, cased, lex)) return -1;
  let first = j;
  if (!cased) return first;
  for (let n = 0; n < 2 && joined(tokens, first); n++) {
    const k = first - 1;
    if (nameLike(lower, tokens, k, cased, lex)) first = k;
    else if (k > 0 && lex.connectors.has(tokenLower(lower, tokens, k)) && joined(tokens, k) && nameLike(lower, tokens, k - 1, cased, lex)) first = k - 1;
    else break;
  }
  return first;
}

/**
 * True when the house number (with its letter) ending at token `last` closes
 * the address: the turn or sentence ends, a comma follows, or one of `after`
 * ("in", "postleitzahl") comes next. A noun after the number ("Typ 2
 * Diabetes") means it was no house number.
 */
export function numberCloses(lower: string, tokens: WordTokens, last: number, after: ReadonlySet<string>): boolean {
  if (last + 1 >= tokens.count || (tokens.flags[last] & (HARD_BREAK | COMMA | DOT)) !== 0) return true;
  return after.has(tokenLower(lower, tokens, last + 1));
}
