/**
 * Loads and compiles rules/normalize/number-words.yaml: the parts German
 * number words are built from, the ordinal suffixes and the spoken digit
 * repeaters ("doppel null"). Compiled once at module load.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { loadRuleFile, validateWith } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import { keyedRecord } from './keyed-record.js';

/** Relative path of the lexicon inside rules/. */
export const NUMBER_WORDS_FILE = 'normalize/number-words.yaml';

/**
 * What a part of a number word is; drives the compound grammar in
 * number-words.ts. Plain numbers (not an enum) so that isolated per-file
 * transpilers (vitest) inline nothing across modules.
 */
export const Part = {
  None: 0,
  Zero: 1,
  /** "eins": alone or last. */
  One: 2,
  /** "ein": only before und/hundert/tausend. */
  OnePrefix: 3,
  Unit: 4,
  Teen: 5,
  Tens: 6,
  Hundred: 7,
  Thousand: 8,
  And: 9,
  /** Irregular ordinal stem ("drit" in "dritte"): last part of an ordinal only. */
  OrdinalStem: 10,
} as const;

/** One of the {@link Part} kinds. */
export type PartKind = (typeof Part)[keyof typeof Part];

const WORD = /^[a-zäöüß]+$/;
const WORD_MESSAGE = 'must be one lowercase word (a-z, ä, ö, ü, ß)';
const word = z.string().regex(WORD, WORD_MESSAGE);
const words = z.array(word).min(1, 'must list at least one word');
const valued = (min: number, max: number) => {
  const range = `must be an integer ${min}..${max}`;
  return keyedRecord(WORD, WORD_MESSAGE, z.number().int(range).min(min, range).max(max, range));
};

/** Schema of rules/normalize/number-words.yaml. */
export const numberWordsSchema = z.strictObject({
  zero: words,
  one: z.strictObject({ standalone: words, prefix: words }),
  units: valued(2, 9),
  teens: valued(10, 19),
  tens: valued(20, 90).refine((r) => Object.values(r).every((v) => v % 10 === 0), 'values must be multiples of 10'),
  hundred: words,
  thousand: words,
  and: words,
  ordinal: z.strictObject({ stems: valued(1, 9), unitSuffixes: words, tensSuffixes: words }),
  repeat: z.strictObject({
    words: valued(2, 4),
    compound: z.array(word),
    fillers: z.array(word),
    inSequenceOnly: z.array(word),
  }),
  plus: words,
});

/** The compiled number-word lexicon. */
export interface NumberLexicon {
  /** All parts, matched as word prefixes (longest first). Entry index -> partKind/partValue. */
  readonly parts: Lexicon;
  /** The words of `parts`, same order (for pre-filters built over all words). */
  readonly partWords: readonly string[];
  readonly partKind: Uint8Array;
  readonly partValue: Int32Array;
  /** Ordinal suffixes after 1..19 and irregular stems ("te", "ten"...). */
  readonly unitSuffixes: readonly string[];
  /** Ordinal suffixes after tens, hundert, tausend ("ste", "sten"...). */
  readonly tensSuffixes: readonly string[];
  /** Both suffix lists as whole words, for digits written with a suffix ("3ten"). */
  readonly ordinalSuffixes: readonly string[];
  /** Whole words that repeat the next digit ("dreimal"); same index -> repeat count (3). */
  readonly repeat: readonly string[];
  readonly repeatCount: readonly number[];
  /** Repeat words that may be fused with the digit ("doppelnull"). */
  readonly compoundRepeat: readonly string[];
  /** Index of `repeat` -> true when it counts only next to another number. */
  readonly repeatInSequenceOnly: readonly boolean[];
  /** Words allowed between repeat word and digit ("die"). */
  readonly fillers: readonly string[];
  /** Words for "+" before a number. */
  readonly plus: readonly string[];
}

/**
 * Validates a parsed number-words document and compiles it.
 * @param raw - the parsed YAML document
 * @param source - file name for error messages
 * @returns the compiled lexicon
 * @throws ConfigError naming the file and entry, e.g.
 *   `rules/normalize/number-words.yaml: teens.zwei: duplicate word, also in units.zwei`
 */
export function compileNumberLexicon(raw: unknown, source: string): NumberLexicon {
  const doc = validateWith(numberWordsSchema, raw, source);
  const phrases: string[] = [];
  const kinds: number[] = [];
  const values: number[] = [];
  const seen = new Map<string, string>();
  const add = (path: string, w: string, kind: PartKind, value: number): void => {
    const previous = seen.get(w);
    if (previous !== undefined) throw new ConfigError(`${source}: ${path}: duplicate word, also in ${previous}`);
    seen.set(w, path);
    phrases.push(w);
    kinds.push(kind);
    values.push(value);
  };
  doc.zero.forEach((w, i) => add(`zero[${i}]`, w, Part.Zero, 0));
  doc.one.standalone.forEach((w, i) => add(`one.standalone[${i}]`, w, Part.One, 1));
  doc.one.prefix.forEach((w, i) => add(`one.prefix[${i}]`, w, Part.OnePrefix, 1));
  for (const [w, v] of Object.entries(doc.units)) add(`units.${w}`, w, Part.Unit, v);
  for (const [w, v] of Object.entries(doc.teens)) add(`teens.${w}`, w, Part.Teen, v);
  for (const [w, v] of Object.entries(doc.tens)) add(`tens.${w}`, w, Part.Tens, v);
  doc.hundred.forEach((w, i) => add(`hundred[${i}]`, w, Part.Hundred, 100));
  doc.thousand.forEach((w, i) => add(`thousand[${i}]`, w, Part.Thousand, 1000));
  doc.and.forEach((w, i) => add(`and[${i}]`, w, Part.And, 0));
  for (const [w, v] of Object.entries(doc.ordinal.stems)) add(`ordinal.stems.${w}`, w, Part.OrdinalStem, v);

  for (const key of ['compound', 'inSequenceOnly'] as const) {
    doc.repeat[key].forEach((w, i) => {
      if (!(w in doc.repeat.words)) throw new ConfigError(`${source}: repeat.${key}[${i}]: "${w}" is not in repeat.words`);
    });
  }
  const repeatWords = Object.keys(doc.repeat.words);
  const byLength = (a: string, b: string): number => b.length - a.length;
  return {
    parts: new Lexicon(phrases, { prefix: true }),
    partWords: phrases,
    partKind: Uint8Array.from(kinds),
    partValue: Int32Array.from(values),
    // Longest first, so "sten" is tried before "ste".
    unitSuffixes: [...doc.ordinal.unitSuffixes].sort(byLength),
    tensSuffixes: [...doc.ordinal.tensSuffixes].sort(byLength),
    ordinalSuffixes: [...doc.ordinal.unitSuffixes, ...doc.ordinal.tensSuffixes],
    repeat: repeatWords,
    repeatCount: repeatWords.map((w) => doc.repeat.words[w]),
    compoundRepeat: doc.repeat.compound,
    repeatInSequenceOnly: repeatWords.map((w) => doc.repeat.inSequenceOnly.includes(w)),
    fillers: doc.repeat.fillers,
    plus: doc.plus,
  };
}

/** The lexicon shipped in rules/, loaded once per process (worker). */
export const numberLexicon: NumberLexicon = compileNumberLexicon(
  loadRuleFile(NUMBER_WORDS_FILE, z.unknown()),
  `rules/${NUMBER_WORDS_FILE}`,
);
