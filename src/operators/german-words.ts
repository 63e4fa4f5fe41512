/**
 * Writing German words for surrogate values: cardinal numbers (for spoken
 * phone numbers and years), ordinals (spoken dates), month names and the
 * spelling alphabet. Reading number words is src/normalize's job; this is the
 * other direction, which only the surrogate operator needs.
 */

const UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
// Inside compounds "eins" loses its s (einundzwanzig, einhundert).
const UNIT_PREFIX = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** The word for one digit 0..9 ("null", "eins" … "neun"). */
export function digitWord(digit: number): string {
  return UNITS[digit];
}

function below100(n: number, final: boolean): string {
  if (n < 10) return n === 1 && !final ? 'ein' : UNITS[n];
  if (n < 20) return TEENS[n - 10];
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)] : `${UNIT_PREFIX[unit]}und${TENS[Math.floor(n / 10)]}`;
}

function below1000(n: number): string {
  if (n < 100) return below100(n, true);
  const rest = n % 100;
  return `${UNIT_PREFIX[Math.floor(n / 100)]}hundert${rest === 0 ? '' : below100(rest, true)}`;
}

/**
 * A cardinal number 0..9999 as one German word.
 * @param n - integer 0..9999
 * @returns e.g. 23 -> "dreiundzwanzig", 2004 -> "zweitausendvier"
 */
export function cardinalWord(n: number): string {
  if (n < 1000) return below1000(n);
  const rest = n % 1000;
  return `${UNIT_PREFIX[Math.floor(n / 1000)]}tausend${rest === 0 ? '' : below1000(rest)}`;
}

/**
 * A year as Germans say it: 1100..1999 in hundreds ("neunzehnhundertachtzig"),
 * other years as plain cardinals ("zweitausendvier").
 */
export function yearWord(year: number): string {
  if (year >= 1100 && year < 2000) {
    const rest = year % 100;
    return `${TEENS[Math.floor(year / 100) - 10]}hundert${rest === 0 ? '' : below100(rest, true)}`;
  }
  return cardinalWord(year);
}

const IRREGULAR_ORDINAL: Readonly<Record<number, string>> = { 1: 'ers', 3: 'drit', 7: 'sieb', 8: 'ach' };

/**
 * An ordinal 1..99 with an ending: (3, "ten") -> "dritten", (21, "sten") ->
 * "einundzwanzigsten". The ending is given without its leading "s", as in
 * "te"/"ten"/"ter"; "s" is inserted from 20 on, as German grammar requires.
 * @param n - 1..99
 * @param ending - "te", "ten", "ter", "tes" or "tem"
 */
export function ordinalWord(n: number, ending: string): string {
  if (n < 20) {
    const stem = IRREGULAR_ORDINAL[n] ?? (n < 10 ? UNITS[n] : TEENS[n - 10]);
    return stem + ending;
  }
  return `${below100(n, true)}s${ending}`;
}

/** Month names, index 0 = Januar. */
export const MONTH_NAMES = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

const MONTH_LOOKUP = new Map<string, number>();
for (let i = 0; i < 12; i++) {
  const name = MONTH_NAMES[i].toLowerCase();
  MONTH_LOOKUP.set(name, i + 1);
  MONTH_LOOKUP.set(name.slice(0, 3), i + 1);
}
MONTH_LOOKUP.set('maerz', 3);
MONTH_LOOKUP.set('mrz', 3);
MONTH_LOOKUP.set('sept', 9);
MONTH_LOOKUP.set('jänner', 1);

/**
 * The month 1..12 a German month name or abbreviation stands for.
 * @param word - "März", "maerz", "Okt" (without a trailing dot)
 * @returns 1..12, or undefined
 */
export function parseMonthName(word: string): number | undefined {
  return MONTH_LOOKUP.get(word.toLowerCase());
}

/** Code words of the traditional German spelling alphabet (DIN 5009 before 2022), which most callers use. */
const SPELLING: Readonly<Record<string, string>> = {
  A: 'Anton', B: 'Berta', C: 'Cäsar', D: 'Dora', E: 'Emil', F: 'Friedrich', G: 'Gustav',
  H: 'Heinrich', I: 'Ida', J: 'Julius', K: 'Kaufmann', L: 'Ludwig', M: 'Martha', N: 'Nordpol',
  O: 'Otto', P: 'Paula', Q: 'Quelle', R: 'Richard', S: 'Samuel', T: 'Theodor', U: 'Ulrich',
  V: 'Viktor', W: 'Wilhelm', X: 'Xanthippe', Y: 'Ypsilon', Z: 'Zacharias', Ä: 'Ärger', Ö: 'Ökonom', Ü: 'Übermut',
};

/** The spelling-alphabet code word for an uppercase letter ("M" -> "Martha"), or the letter itself. */
export function spellingWord(letter: string): string {
  return SPELLING[letter] ?? letter;
}
