/**
 * Small text helpers shared by the operators: German case folding for value
 * identity, and copying the letter case of an original word onto a surrogate
 * ("anna" -> "lena", "WEBER" -> "SCHMIDT") so output keeps the transcript's form.
 */

/** How a word is capitalised. `as-is` means: keep the surrogate's own casing. */
export type Casing = 'lower' | 'upper' | 'title' | 'as-is';

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const UMLAUT_RE = /[äöüß]/g;

/**
 * Lowercases and spells umlauts and ß out, so "Müller", "MUELLER" and "mueller"
 * compare equal: speech-to-text and keyboards produce all three.
 * @param text - any text
 * @returns the folded text
 * @example foldGerman('Krüger') // 'krueger'
 */
export function foldGerman(text: string): string {
  const lower = text.toLowerCase();
  // Most values hold no umlaut: a character test is far cheaper than a replace with a callback.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return lower.replace(UMLAUT_RE, (u) => UMLAUTS[u]);
  }
  return lower;
}

const HAS_LOWER = /\p{Ll}/u;
const NON_ASCII_ALNUM = /[^a-z0-9]/g;
const HAS_UPPER = /\p{Lu}/u;

/**
 * The casing of `word`: all lowercase, all uppercase (two or more letters),
 * capitalised, or anything else.
 * @param word - an original word
 */
export function casingOf(word: string): Casing {
  // ASCII words (nearly every value) get the same answer from one loop instead of three
  // Unicode regex runs: this runs per character unit of every redacted value.
  let lower = false;
  let upper = false;
  let upperAfterFirst = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return casingOfUnicode(word);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) {
      upper = true;
      if (i > 0) upperAfterFirst = true;
    }
  }
  if (lower && !upper) return 'lower';
  if (upper && !lower) return word.length > 1 ? 'upper' : 'title';
  if (upper && !upperAfterFirst && word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90) return 'title';
  return 'as-is';
}

/** {@link casingOf} for words with non-ASCII characters. */
function casingOfUnicode(word: string): Casing {
  const lower = HAS_LOWER.test(word);
  const upper = HAS_UPPER.test(word);
  if (lower && !upper) return 'lower';
  if (upper && !lower) return word.length > 1 ? 'upper' : 'title';
  if (upper && HAS_UPPER.test(word[0]) && !HAS_UPPER.test(word.slice(1))) return 'title';
  return 'as-is';
}

/**
 * Writes `word` in `casing`. `title` capitalises the first letter and keeps the
 * rest as given, so "Müller-Lüdenscheidt" stays intact.
 */
export function applyCasing(word: string, casing: Casing): string {
  switch (casing) {
    case 'lower':
      return word.toLowerCase();
    case 'upper':
      return word.toUpperCase();
    case 'title':
      return word.length === 0 ? word : word[0].toUpperCase() + word.slice(1);
    default:
      return word;
  }
}

/** Folds to ASCII for e-mail local parts: umlauts spelled out, other accents and symbols dropped. */
export function toAsciiLower(text: string): string {
  return foldGerman(text)
    .normalize('NFKD')
    .replace(NON_ASCII_ALNUM, '');
}
