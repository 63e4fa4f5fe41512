/**
 * Street-name shapes, read backwards from a house number over the word
 * tokens of one turn: a compound ending in a street suffix ("Lindenstraße"),
 * a name before a street word ("Berliner Straße", "karl marx allee") or a
 * prefix before a name ("Am Mühlbach", "An der Alten Ziegelei").
 */
import type { Lexicon } from '../rules/lexicon.js';
import { CAPITAL, COMMA, DIGITS, DOT, HARD_BREAK, type WordTokens } from './address-tokens.js';

/** Word lists of rules/address/address.yaml, compiled. */
export interface StreetLexicons {
  readonly suffixes: readonly string[];
  /** Suffixes after which "in der"/"am" is usually grammar, not name ("in der Hauptstraße"). */
  readonly commonSuffixes: readonly string[];
  readonly words: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  /** Prefix phrases, words joined by one space. */
  readonly prefixes: ReadonlySet<string>;
  readonly numberWords: ReadonlySet<string>;
  readonly blocklist: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
  readonly cities: Lexicon;
}

/** How a street name was recognised; prefix-only names need more evidence. */
export const BY_SUFFIX = 1;
export const BY_WORD = 2;
export const BY_PREFIX = 3;

/** A street name found before a house number. */
export interface StreetMatch {
  /** First token of the name. */
  first: number;
  kind: number;
  /** The prefix was written with a capital ("Am Mühlbach"), a sign of a proper name. */
  capitalPrefix: boolean;
}

/** Lowercased token text. Allocates; only called near house numbers. */
export function tokenLower(lower: string, tokens: WordTokens, k: number): string {
  return lower.slice(tokens.start[k], tokens.end[k]);
}

/** True when tokens k-1 and k are not separated by a hard break or a comma. */
function joined(tokens: WordTokens, k: number): boolean {
  return k > 0 && (tokens.flags[k - 1] & (HARD_BREAK | COMMA)) === 0;
}

/** True when `word` is a compound street name ending in a suffix ("rosenweg", "karl-marx-allee"). */
export function hasStreetSuffix(word: string, lex: StreetLexicons, ignoreBlocklist = false): boolean {
  if (!ignoreBlocklist && lex.blocklist.has(word)) return false;
  for (const suffix of lex.suffixes) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) return true;
    // "Karl-Marx-Allee": the suffix is the last hyphen part.
    if (word.length > suffix.length + 1 && word.endsWith(`-${suffix}`)) return true;
  }
  return false;
}

/** Length of the prefix phrase (in tokens) that ends at token k, or 0. */
function prefixEndingAt(lower: string, tokens: WordTokens, k: number, lex: StreetLexicons): number {
  let phrase = '';
  for (let n = 1; n <= 3 && k - n + 1 >= 0; n++) {
    const t = k - n + 1;
    if ((tokens.flags[t] & DIGITS) !== 0) return 0;
    if (n > 1 && !joined(tokens, t + 1)) return 0;
    phrase = n === 1 ? tokenLower(lower, tokens, t) : `${tokenLower(lower, tokens, t)} ${phrase}`;
    if (lex.prefixes.has(phrase)) return n;
  }
  return 0;
}

/** True when a preposition before this street word is probably grammar ("in der Lindenstraße"), not part of the name. */
function grammaticalPrefix(word: string, lex: StreetLexicons): boolean {
  for (const s of lex.commonSuffixes) if (word.endsWith(s)) return true;
  return false;
}

/**
 * Extends a suffix/word street start backwards over adjectives and a prefix
 * ("Am Mühlbach"): a capitalised prefix in cased text, a lowercase one in
 * lowercase text unless the street word usually takes it as grammar.
 */
function extendBack(lower: string, tokens: WordTokens, first: number, cased: boolean, lex: StreetLexicons): StreetMatch {
  let start = first;
  for (let n = 0; n < 2 && joined(tokens, start); n++) {
    const w = tokenLower(lower, tokens, start - 1);
    if (!lex.adjectives.has(w) || (cased && (tokens.flags[start - 1] & CAPITAL) === 0)) break;
    start--;
  }
  if (joined(tokens, start)) {
    const p = prefixEndingAt(lower, tokens, start - 1, lex);
    if (p > 0 && (cased ? (tokens.flags[start - p] & CAPITAL) !== 0 : !grammaticalPrefix(tokenLower(lower, tokens, first), lex))) {
      return { first: start - p, kind: BY_SUFFIX, capitalPrefix: cased };
    }
  }
  return { first: start, kind: BY_SUFFIX, capitalPrefix: false };
}

/**
 * True when token k can be part of a street or place name. After a prefix a
 * bare street word is a name too ("Am Markt", "Im Winkel", "Auf dem Berg").
 */
function isNameToken(lower: string, tokens: WordTokens, k: number, cased: boolean, lex: StreetLexicons, afterPrefix = false): boolean {
  const f = tokens.flags[k];
  if ((f & DIGITS) !== 0) return false;
  if (cased && (f & CAPITAL) === 0) return false;
  const w = tokenLower(lower, tokens, k);
  if (w.length < 2 || lex.nonNames.has(w)) return false;
  return !lex.blocklist.has(w) || (afterPrefix && (lex.words.has(w) || lex.suffixes.includes(w)));
}

/**
 * The street name whose last token is `j` (the token before the house
 * number), or undefined.
 * @param cased - the turn has capital letters, so capitalisation is evidence
 */
export function streetEndingAt(lower: string, tokens: WordTokens, j: number, cased: boolean, lex: StreetLexicons): StreetMatch | undefined {
  if (j < 0 || (tokens.flags[j] & DIGITS) !== 0) return undefined;
  const w = tokenLower(lower, tokens, j);
  // A dot after the name ends a sentence, except after the abbreviation "Str.".
  if ((tokens.flags[j] & DOT) !== 0 && !w.endsWith('str')) return undefined;
  // "Lindenstraße", "Hauptstr.", "Karl-Marx-Allee".
  if (hasStreetSuffix(w, lex)) return extendBack(lower, tokens, j, cased, lex);
  // "Am Sportplatz": an everyday word made a street name by its prefix.
  if (hasStreetSuffix(w, lex, true) && joined(tokens, j)) {
    const p = prefixEndingAt(lower, tokens, j - 1, lex);
    if (p > 0) return { first: j - p, kind: BY_PREFIX, capitalPrefix: (tokens.flags[j - p] & CAPITAL) !== 0 };
  }
  // "Berliner Straße", "karl marx allee", "Bahnhofstr." written apart.
  if (lex.words.has(w) && (w !== 'str' || (tokens.flags[j] & DOT) !== 0)) {
    let first = j;
    for (let n = 0; n < 3 && joined(tokens, first); n++) {
      const k = first - 1;
      if (isNameToken(lower, tokens, k, cased, lex)) first = k;
      else if (n > 0 && lex.connectors.has(tokenLower(lower, tokens, k)) && k > 0 && isNameToken(lower, tokens, k - 1, cased, lex) && joined(tokens, k)) first = k - 1;
      else break;
    }
    // One name word before a street word must look like a street name
    // ("Berliner Straße", "Lange Straße"), not a noun ("Österreich Platz 18").
    const single = first === j - 1 ? tokenLower(lower, tokens, first) : '';
    const streetLike = single.endsWith('er') || single.endsWith('e') || single.endsWith('s') || lex.adjectives.has(single);
    if (first < j - 1 || (first === j - 1 && streetLike)) {
      return { first, kind: BY_WORD, capitalPrefix: false };
    }
    // Otherwise a prefix may make it a name ("Im Winkel", "Am Markt").
  }
  // "Am Mühlbach", "An der Alten Ziegelei", "Unter den Linden".
  if (!isNameToken(lower, tokens, j, cased, lex, true)) return undefined;
  let k = j;
  for (let n = 0; n < 3; n++) {
    if (!joined(tokens, k)) return undefined;
    const p = prefixEndingAt(lower, tokens, k - 1, lex);
    if (p > 0) {
      const first = k - p;
      return { first, kind: BY_PREFIX, capitalPrefix: (tokens.flags[first] & CAPITAL) !== 0 };
    }
    if (!isNameToken(lower, tokens, k - 1, cased, lex)) return undefined;
    k--;
  }
  return undefined;
}

/** True when the token after the number is a unit ("3 Minuten"), so the number is a quantity. */
export function unitFollows(lower: string, tokens: WordTokens, k: number, lex: StreetLexicons): boolean {
  return k + 1 < tokens.count && joined(tokens, k + 1) && lex.units.has(tokenLower(lower, tokens, k + 1));
}
