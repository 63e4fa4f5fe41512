/**
 * German number words as speech-to-text writes them: "siebzehn",
 * "dreiundzwanzig", "neunzehnhundertachtzig", ordinals "dritten".
 */

const UNITS = [
  'null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
  'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn',
] as const;
const TENS = ['', 'zehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'] as const;

/** German month names, index 1..12. */
export const MONTHS = [
  '', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember',
] as const;

/** Weekday names, Monday first. */
export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;

/** The word for one digit; `zwo` is how callers disambiguate 2 from 3 on the phone. */
export function digitWord(d: number, zwo = false): string {
  return zwo && d === 2 ? 'zwo' : UNITS[d];
}

function under100(n: number): string {
  if (n < 20) return UNITS[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return TENS[t];
  return (u === 1 ? 'ein' : UNITS[u]) + 'und' + TENS[t];
}

function under1000(n: number): string {
  if (n < 100) return under100(n);
  const h = Math.floor(n / 100);
  const r = n % 100;
  const head = (h === 1 ? '' : UNITS[h]) + 'hundert';
  return r === 0 ? head : head + under100(r);
}

/**
 * Cardinal number words, 0..999999, written as one word as in German.
 * @example numberWords(1234) // "tausendzweihundertvierunddreißig"
 */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`numberWords: ${n} out of range 0..999999`);
  if (n < 1000) return under1000(n);
  const t = Math.floor(n / 1000);
  const r = n % 1000;
  const head = (t === 1 ? '' : under1000(t)) + 'tausend';
  return r === 0 ? head : head + under1000(r);
}

/**
 * A year as spoken: 1980 "neunzehnhundertachtzig", 2005 "zweitausendfünf".
 */
export function yearWords(y: number): string {
  if (y >= 1100 && y < 2000) {
    const r = y % 100;
    return under100(Math.floor(y / 100)) + 'hundert' + (r === 0 ? '' : under100(r));
  }
  return numberWords(y);
}

/** Ordinal stem: 3 "dritt", 20 "zwanzigst". */
function ordinalStem(n: number): string {
  if (n === 1) return 'erst';
  if (n === 3) return 'dritt';
  if (n === 7) return 'siebt';
  if (n === 8) return 'acht';
  if (n < 20) return numberWords(n) + 't';
  return numberWords(n) + 'st';
}

/**
 * Ordinal with an inflection ending: "er" (dritter März), "en" (am dritten),
 * "e" (der dritte).
 */
export function ordinalWords(n: number, ending: 'er' | 'en' | 'e'): string {
  return ordinalStem(n) + ending;
}
