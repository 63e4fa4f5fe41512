import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizeView, NormalizedText } from '../../src/types.js';
import { ALL_INPUTS, S } from './strings.js';

const VIEWS: readonly NormalizeView[] = ['digits', 'email'];
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
/** True when offset `at` of `text` does not fall inside a word. */
const atTokenEdge = (text: string, at: number): boolean => !(isWordChar(text[at - 1]) && isWordChar(text[at]));

/** Whitespace-separated chunks of `text` as [start, end) ranges. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Round-trip property: every chunk of the normalised text maps to a range of
 * the original made of whole source tokens (it neither starts nor ends inside
 * a word, and has no whitespace at its edges), ranges never go backwards, a
 * character mapped to one source character is that character, and the whole
 * text maps to the whole original (trimmed). Returns the violations found.
 */
function roundTripProblems(original: string, n: NormalizedText): string[] {
  const problems: string[] = [];
  const where = (a: number, b: number, s: number, e: number): string =>
    `${JSON.stringify(n.text.slice(a, b))} <- ${JSON.stringify(original.slice(s, e))} in ${JSON.stringify(original)}`;
  let previousStart = 0;
  for (const [a, b] of chunks(n.text)) {
    const [s, e] = n.toOriginal(a, b);
    if (!(s < e)) problems.push(`empty: ${where(a, b, s, e)}`);
    if (!atTokenEdge(original, s) || !atTokenEdge(original, e)) problems.push(`inside a word: ${where(a, b, s, e)}`);
    if (isSpace(original[s]) || isSpace(original[e - 1])) problems.push(`whitespace edge: ${where(a, b, s, e)}`);
    if (s < previousStart) problems.push(`backwards: ${where(a, b, s, e)}`);
    previousStart = s;
  }
  for (let k = 0; k < n.text.length; k++) {
    const [s, e] = n.toOriginal(k, k + 1);
    if (e - s === 1 && n.text[k] !== original[s]) problems.push(`copied char differs: ${where(k, k + 1, s, e)}`);
  }
  if (n.text.length > 0) {
    const trimmedStart = original.length - original.trimStart().length;
    const trimmedEnd = original.trimEnd().length;
    const [s, e] = n.toOriginal(0, n.text.length);
    if (s > trimmedStart || e < trimmedEnd) problems.push(`full range too short: ${where(0, n.text.length, s, e)}`);
    if (trimmedStart === 0 && trimmedEnd === original.length && (s !== 0 || e !== original.length)) {
      problems.push(`full range is not the full original: ${where(0, n.text.length, s, e)}`);
    }
  }
  return problems;
}

function checkRoundTrip(inputs: readonly string[], view: NormalizeView): void {
  const problems: string[] = [];
  for (const input of inputs) problems.push(...roundTripProblems(input, normalize(input, view)));
  expect(problems).toEqual([]);
}

/** Deterministic PRNG (mulberry32) so the generated corpus is the same on every run. */
function rng(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [
  'null', 'eins', 'zwei', 'zwo', 'drei', 'elf', 'zwanzig', 'einundzwanzig', 'hundert', 'tausend',
  'neunzehnhundertachtzig', 'dritten', 'ersten', 'zwanzigsten', 'plus', 'doppel', 'doppel-null', 'dreimal',
  'die', 'wie', 'A', 'm', 'Ä', 'Anton', 'Berta', 'Martha', 'Umlaut', 'Aachen', 'x-ray', 'alfa', 'bravo',
  'punkt', 'at', 'minus', 'unterstrich', 'anna', 'weber', 'gmx', 'de', 'Termin', 'ein', 'eine', '3ten',
  '0171', '42', ',', '.', '-', '(', ')', 'Köln', 'İstanbul', 'ja', 'und', 'doppelnull', 'ten', '7', 'Sch',
  'Schule', 'scharfes', 's', 'klammeraffe', 'dot', 'zweitausendvier', 'achten', 'o', 'umlaut', 'Otto', 'Ida',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '-', '  ', ' - ', '/'];

function generated(count: number): string[] {
  const next = rng(20240601);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const words = 1 + Math.floor(next() * 14);
    for (let w = 0; w < words; w++) {
      if (w > 0) text += SEPARATORS[Math.floor(next() * SEPARATORS.length)];
      text += VOCABULARY[Math.floor(next() * VOCABULARY.length)];
    }
    out.push(text);
  }
  return out;
}

describe('toOriginal', () => {
  it.each([
    // [input, view, normalised chunk, original slice]
    [S.phoneSpoken, 'digits', '0', 'null'],
    [S.phoneCountryCode, 'digits', '+4', 'plus vier'],
    [S.phoneCountryCode, 'digits', '12', 'zwölf'],
    [S.dobSpoken, 'digits', '1980', 'neunzehnhundertachtzig'],
    [S.dobSpoken, 'digits', '3.', 'dritten'],
    [S.dobOrdinalDigits, 'digits', '3.', '3ten'],
    [S.spelledName, 'digits', 'M,', 'M wie Martha,'],
    [S.spelledCity, 'digits', 'Ö,', 'Ö wie Umlaut Offenbach,'],
    ['zwei tausend vier', 'digits', '2004', 'zwei tausend vier'],
    [S.emailSpoken, 'email', 'anna.weber@gmx.de', 'anna punkt weber at gmx punkt de'],
  ] as const)('%j (%s): %j <- %j', (input, view, chunk, slice) => {
    const n = normalize(input, view);
    const at = n.text.indexOf(chunk);
    expect(at).toBeGreaterThanOrEqual(0);
    const [s, e] = n.toOriginal(at, at + chunk.length);
    expect(input.slice(s, e)).toBe(slice);
  });

  it('maps every character of a replacement to the whole source', () => {
    const n = normalize('ruf doppel-null an', 'digits');
    expect(n.text).toBe('ruf 0 0 an');
    expect(n.toOriginal(4, 5)).toEqual([4, 15]);
    expect(n.toOriginal(6, 7)).toEqual([4, 15]);
    expect(n.toOriginal(5, 6)).toEqual([4, 15]);
    expect(n.toOriginal(8, 10)).toEqual([16, 18]);
  });

  it('maps unchanged text identically', () => {
    for (const input of [S.plain, S.plainLower, S.phoneWritten]) {
      const n = normalize(input, 'digits');
      expect(n.text).toBe(input);
      for (let a = 0; a < input.length; a += 3) {
        for (let b = a + 1; b <= input.length; b += 7) expect(n.toOriginal(a, b)).toEqual([a, b]);
      }
    }
  });

  it('maps empty ranges to a point and rejects ranges outside the text', () => {
    const n = normalize('eins zwei', 'digits');
    expect(n.toOriginal(2, 2)).toEqual([5, 5]);
    expect(n.toOriginal(3, 3)).toEqual([9, 9]);
    expect(() => n.toOriginal(-1, 2)).toThrow(RangeError);
    expect(() => n.toOriginal(2, 1)).toThrow(RangeError);
    expect(() => n.toOriginal(0, 4)).toThrow(RangeError);
    expect(() => normalize('Hallo', 'digits').toOriginal(0, 6)).toThrow(RangeError);
  });

  it.each(VIEWS)('round-trips the named inputs (%s)', (view) => {
    checkRoundTrip(ALL_INPUTS, view);
  });

  it.each(VIEWS)('round-trips 5000 generated inputs (%s)', (view) => {
    checkRoundTrip(generated(5000), view);
  });

  it('round-trips with leading and trailing whitespace', () => {
    for (const view of VIEWS) checkRoundTrip(['  eins zwei  ', ' at gmx punkt de ', '\tM wie Martha\n', ' plus vier '], view);
  });
});

describe('adversarial inputs finish in linear time', () => {
  const MB = 1_000_000;
  it.each([
    ['"eins " repeated', 'eins '.repeat(MB / 5)],
    ['one 1 MB word', 'eins'.repeat(MB / 4)],
    ['1 MB of digits', '0123456789'.repeat(MB / 10)],
    ['code words', 'Anton '.repeat(MB / 6)],
    ['one code word then letters', `Anton ${'a '.repeat(MB / 2)}`],
    ['"a wie " repeated', 'a wie '.repeat(MB / 6)],
    ['"zwei hundert " repeated', 'zwei hundert '.repeat(MB / 13)],
    ['"punkt " repeated', 'punkt '.repeat(MB / 6)],
    ['spaces', ' '.repeat(MB)],
  ])('%s', (_name, input) => {
    const started = performance.now();
    for (const view of VIEWS) {
      const n = normalize(input, view);
      expect(n.toOriginal(0, n.text.length)[1]).toBeLessThanOrEqual(input.length);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
