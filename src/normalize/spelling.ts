/**
 * Spelling-alphabet rewrites: "M wie Martha" -> "M", "Ä wie Umlaut Aachen"
 * -> "Ä", "A Umlaut" -> "Ä", and runs of bare code words ("Berta, Emil,
 * Richard" -> "B, E, R"). Each rule returns the index of the first token after
 * what it rewrote, or -1 when it does not apply.
 */
import { Table } from './keywords.js';
import type { Pass } from './pass.js';
import { spellingLexicon, type SpellingLexicon } from './spelling-lexicon.js';

const sp: SpellingLexicon = spellingLexicon;
const UMLAUT: Readonly<Record<string, string>> = { a: 'Ä', o: 'Ö', u: 'Ü' };
const FOLD: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', ß: 's' };

function fold(c: string): string {
  return FOLD[c] ?? c;
}

/** True when token i is one letter, or the German letter groups "ch" / "sch". */
function isLetterToken(p: Pass, i: number): boolean {
  if (!p.isWord(i)) return false;
  const len = p.length(i);
  if (len === 1) return true;
  const s = p.tok.start[i];
  return (len === 2 && p.lower.startsWith('ch', s)) || (len === 3 && p.lower.startsWith('sch', s));
}

/** The letter as we output it: upper case ("Ch", "Sch"), but "ß" stays ß. */
function canonicalLetter(lower: string): string {
  return lower === 'ß' ? 'ß' : lower[0].toUpperCase() + lower.slice(1);
}

/** True when a code word's letter and the spoken letter agree, ignoring umlauts ("a wie Ärger"). */
function sameLetter(codeLetter: string, spoken: string): boolean {
  const code = codeLetter.toLowerCase();
  if (code.length !== spoken.length) return false;
  for (let k = 0; k < code.length; k++) if (fold(code[k]) !== fold(spoken[k])) return false;
  return true;
}

/** "A Umlaut" -> "Ä". */
function umlautLetter(p: Pass, i: number, spoken: string): number {
  const letter = UMLAUT[spoken];
  if (letter === undefined || !p.spaceOrHyphenGap(i) || p.keyword(i + 1, Table.UmlautMarker) < 0) return -1;
  p.replace(i, i + 1, letter);
  p.lastSpelled = i + 1;
  return i + 2;
}

/**
 * "<letter> wie <code word>" -> the letter. The code word is a known one of
 * any alphabet that spells this letter, or, because callers improvise
 * ("M wie Maria"), any word starting with the letter, provided it is written
 * with a capital or the letter itself is lower case (speech-to-text output).
 * That keeps "Vitamin E wie empfohlen" unchanged.
 */
export function spelledLetter(p: Pass, i: number): number {
  if (!isLetterToken(p, i)) return -1;
  const spoken = p.lowerOf(i);
  const umlaut = umlautLetter(p, i, spoken);
  if (umlaut >= 0) return umlaut;
  if (!p.spaceGap(i) || p.keyword(i + 1, Table.Connective) < 0 || !p.spaceGap(i + 1) || !p.isWord(i + 2)) return -1;
  const c = i + 2;

  if (p.spaceOrHyphenGap(c) && p.isWord(c + 1)) {
    const letter = sp.twoPart.get(p.lowerOf(c))?.get(p.lowerOf(c + 1));
    if (letter !== undefined && sameLetter(letter, spoken)) return emit(p, i, c + 1, letter);
  }

  const entry = p.keyword(c, Table.CodeWord);
  if (entry >= 0 && sameLetter(sp.codeLetter[entry], spoken)) return emit(p, i, c, sp.codeLetter[entry]);
  // Otherwise treat it as improvised: "S wie Schule" spells S although Schule is the code for Sch.

  const s = p.tok.start[c];
  if (p.length(c) < 2 || !sameLetter(spoken, p.lower.slice(s, s + spoken.length))) return -1;
  const capital = p.text[s] !== p.lower[s];
  const lowerLetter = p.text[p.tok.start[i]] === p.lower[p.tok.start[i]];
  if (!capital && !lowerLetter) return -1;
  return emit(p, i, c, canonicalLetter(spoken));
}

/** True when letter token i is followed by "wie": the run ends and spelledLetter takes over. */
function startsSpelledLetter(p: Pass, i: number): boolean {
  return p.spaceGap(i) && p.keyword(i + 1, Table.Connective) >= 0;
}

function emit(p: Pass, i: number, last: number, letter: string): number {
  p.replace(i, last, letter);
  p.lastSpelled = last;
  return last + 1;
}

/**
 * A run of bare code words and single letters, separated by spaces, commas or
 * hyphens: "Berta Emil Richard", "M wie Martha, Emil, Ida". It is rewritten
 * (code words to letters, single letters unchanged) only when it has enough
 * items and code words that all belong to one alphabet, because many code
 * words are also names ("Otto", "Paula") or places ("Essen").
 * A run, accepted or not, is skipped whole, and it ends before the item that
 * breaks it, so every token is examined at most twice.
 */
export function bareRun(p: Pass, i: number): number {
  if (i < p.noRunBefore) return -1;
  const first = p.keyword(i, Table.CodeWord);
  if ((first < 0 || sp.codeMask[first] === 0) && !isLetterToken(p, i)) return -1;
  let items = 0;
  let codes = 0;
  let mask = -1;
  // A spelled letter just before ("M wie Martha, Emil, Ida") counts as an item.
  if (p.lastSpelled === i - 1 && p.runGap(i - 1)) {
    items = 1;
    codes = 1;
  }
  let last = i;
  for (let j = i; ; j++) {
    const entry = j === i ? first : p.keyword(j, Table.CodeWord);
    if (entry >= 0 && sp.codeMask[entry] !== 0) {
      // A code word of another alphabet ends the run ("Otto Paula, Alfa Bravo Charlie").
      if ((mask & sp.codeMask[entry]) === 0) break;
      codes++;
      mask &= sp.codeMask[entry];
    } else if (!isLetterToken(p, j) || startsSpelledLetter(p, j)) {
      break;
    }
    items++;
    last = j;
    if (!p.runGap(j)) break;
  }
  p.noRunBefore = last + 1;
  if (items < sp.minItems || codes < sp.minCodeWords) return -1;
  for (let j = i; j <= last; j++) {
    const entry = p.keyword(j, Table.CodeWord);
    if (entry >= 0 && sp.codeMask[entry] !== 0) p.replace(j, j, sp.codeLetter[entry]);
  }
  p.lastSpelled = last;
  return last + 1;
}
