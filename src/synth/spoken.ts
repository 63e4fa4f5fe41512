/**
 * Spoken forms of digits, letters and spelled names, the way callers read
 * numbers on the phone: digit by digit ("null eins sieben eins"), in pairs
 * ("dreiundzwanzig"), with "doppel null" and "zwo", and names spelled with
 * the German spelling alphabet ("M wie Martha, E, I, E, R").
 */
import { digitWord, numberWords } from './numbers.js';
import type { Rng } from './rng.js';
import { foldForeign } from './translit.js';

/** Options of {@link speakDigits}. */
export interface DigitSpeech {
  /** 'single' digit by digit, 'pairs' two-digit numbers, 'mixed' either per group. */
  mode: 'single' | 'pairs' | 'mixed';
  zwo: boolean;
  /** Probability of "doppel X" for a repeated digit. */
  doppel: number;
}

function pairWords(a: string, zwo: boolean): string {
  if (a[0] === '0') return `${digitWord(0)} ${digitWord(a.charCodeAt(1) - 48, zwo)}`;
  return numberWords(Number(a));
}

/** Speaks a run of digits as words. */
export function speakDigits(run: string, rng: Rng, o: DigitSpeech): string {
  const mode = o.mode === 'mixed' ? (rng.chance(0.5) ? 'single' : 'pairs') : o.mode;
  const words: string[] = [];
  if (mode === 'pairs' && run.length >= 2) {
    let i = 0;
    if (run.length % 2 === 1) {
      words.push(digitWord(run.charCodeAt(0) - 48, o.zwo));
      i = 1;
    }
    for (; i < run.length; i += 2) words.push(pairWords(run.slice(i, i + 2), o.zwo));
    return words.join(' ');
  }
  for (let i = 0; i < run.length; i++) {
    const d = run.charCodeAt(i) - 48;
    if (i + 1 < run.length && run[i + 1] === run[i] && rng.chance(o.doppel)) {
      words.push(`${rng.pick(['doppel', 'doppel', 'zweimal'])} ${digitWord(d, o.zwo)}`);
      i++;
      continue;
    }
    words.push(digitWord(d, o.zwo));
  }
  return words.join(' ');
}

/** DIN 5009 (traditional names, as most callers still use them). */
const ALPHABET: Readonly<Record<string, string>> = {
  A: 'Anton', B: 'Berta', C: 'Cäsar', D: 'Dora', E: 'Emil', F: 'Friedrich', G: 'Gustav', H: 'Heinrich', I: 'Ida',
  J: 'Julius', K: 'Kaufmann', L: 'Ludwig', M: 'Martha', N: 'Nordpol', O: 'Otto', P: 'Paula', Q: 'Quelle',
  R: 'Richard', S: 'Samuel', T: 'Theodor', U: 'Ulrich', V: 'Viktor', W: 'Wilhelm', X: 'Xanthippe', Y: 'Ypsilon',
  Z: 'Zacharias', Ä: 'Ärger', Ö: 'Ökonom', Ü: 'Übermut',
};
/** DIN 5009:2022 city names, increasingly heard. */
const ALPHABET_2022: Readonly<Record<string, string>> = {
  A: 'Aachen', B: 'Berlin', C: 'Chemnitz', D: 'Düsseldorf', E: 'Essen', F: 'Frankfurt', G: 'Goslar', H: 'Hamburg',
  I: 'Ingelheim', J: 'Jena', K: 'Köln', L: 'Leipzig', M: 'München', N: 'Nürnberg', O: 'Offenbach', P: 'Potsdam',
  Q: 'Quickborn', R: 'Rostock', S: 'Salzwedel', T: 'Tübingen', U: 'Unna', V: 'Völklingen', W: 'Wuppertal',
  X: 'Xanten', Y: 'Ypsilon', Z: 'Zwickau',
};
/** Everyday words people improvise with. */
const ALPHABET_ADHOC: Readonly<Record<string, string>> = {
  A: 'Anna', B: 'Bruno', D: 'Daniel', E: 'Erika', F: 'Fritz', G: 'Gerda', H: 'Hans', K: 'Konrad', L: 'Lisa',
  M: 'Maria', N: 'Norbert', P: 'Peter', R: 'Robert', S: 'Sophie', T: 'Thomas', W: 'Walter',
};

/** Options of {@link spellWord}. */
export interface Spelling {
  /** Probability that a letter gets "X wie Xaver". */
  wie: number;
  /** Separator between letters in written transcripts. */
  sep: ', ' | ' ' | '-';
}

/**
 * Spells a name letter by letter. Returns the spelled sequence only; the
 * caller decides what surrounds it.
 * @example spellWord('Meier', rng, { wie: 0.2, sep: ', ' }) // "M wie Martha, E, I, E, R"
 */
export function spellWord(name: string, rng: Rng, o: Spelling): string {
  // Per character: 'ß'.toUpperCase() is 'SS', which would spell two letters.
  const letters = [...foldForeign(name)].map((ch) => (ch === 'ß' ? ch : ch.toUpperCase()));
  const alphabet = rng.weighted([[ALPHABET, 6], [ALPHABET_2022, 2], [ALPHABET_ADHOC, 1]] as const);
  const parts: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i];
    if (c === ' ') continue;
    if (c === '-') {
      parts.push('Bindestrich');
      continue;
    }
    if (c === 'ß') {
      parts.push(rng.pick(['Eszett', 'scharfes S']));
      continue;
    }
    if (i + 1 < letters.length && letters[i + 1] === c && rng.chance(0.35)) {
      parts.push(rng.pick([`doppel ${c}`, `Doppel-${c}`, `zweimal ${c}`]));
      i++;
      continue;
    }
    if ('ÄÖÜ'.includes(c) && rng.chance(0.4)) {
      parts.push(`${'AOU'['ÄÖÜ'.indexOf(c)]} Umlaut`);
      continue;
    }
    const word = alphabet[c] ?? ALPHABET[c];
    // The first letter gets the alphabet word most often: it anchors the spelling.
    if (word && rng.chance(i === 0 ? Math.min(1, o.wie * 2 + 0.3) : o.wie)) parts.push(`${c} wie ${word}`);
    else parts.push(c);
  }
  const sep = o.sep === '-' && parts.some((p) => p.includes(' ')) ? ', ' : o.sep;
  return parts.join(sep);
}

const SEPARATOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  '-': ['Strich', 'Bindestrich', ''],
  '/': ['Schrägstrich', 'Strich', ''],
  '.': ['Punkt', ''],
  ' ': [''],
};

/**
 * Speaks an alphanumeric identifier: letters as letters (sometimes with the
 * alphabet word), digit runs as words, separators as "Strich" or a pause.
 */
export function speakAlnum(s: string, rng: Rng, digits: DigitSpeech, groupSep: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
      let run = s.slice(i, j);
      // Long runs are read in chunks of 3-4 with small pauses.
      while (run.length > 5) {
        const n = run.length === 6 ? 3 : rng.pick([3, 4]);
        parts.push(speakDigits(run.slice(0, n), rng, digits));
        run = run.slice(n);
      }
      parts.push(speakDigits(run, rng, digits));
      i = j;
    } else if (/\p{L}/u.test(c)) {
      const up = c.toUpperCase();
      parts.push(rng.chance(0.15) && ALPHABET[up] ? `${up} wie ${ALPHABET[up]}` : up);
      i++;
    } else {
      const w = rng.pick(SEPARATOR_WORDS[c] ?? ['']);
      if (w) parts.push(w);
      i++;
    }
  }
  return parts.join(groupSep);
}
