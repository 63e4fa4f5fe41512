/**
 * Loads and compiles rules/normalize/spelling-alphabets.yaml: the code words
 * of the German, Austrian and NATO spelling alphabets ("Anton" -> A,
 * "Umlaut Aachen" -> Ä), compiled once at module load.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { loadRuleFile, validateWith } from '../rules/load.js';
import { keyedRecord } from './keyed-record.js';

/** Relative path of the alphabets inside rules/. */
export const SPELLING_FILE = 'normalize/spelling-alphabets.yaml';

const word = z.string().regex(/^[a-zäöüß]+$/, 'must be one lowercase word (a-z, ä, ö, ü, ß)');
const LETTER = /^(?:[A-ZÄÖÜ]|ß|Ch|Sch)$/;
const codeWord = z
  .string()
  .regex(/^\p{L}+(?:[ -]\p{L}+)?$/u, 'must be one word, or two joined by one space or hyphen');

/** Schema of rules/normalize/spelling-alphabets.yaml. */
export const spellingSchema = z.strictObject({
  connectives: z.array(word).min(1),
  umlautMarkers: z.array(word),
  bareRuns: z.strictObject({
    minItems: z.number().int().min(2, 'must be at least 2'),
    minCodeWords: z.number().int().min(1, 'must be at least 1'),
  }),
  alphabets: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
        /** Whether bare runs of its code words ("Berta Emil Richard") count as spelling. */
        bareRuns: z.boolean().default(true),
        letters: keyedRecord(
          LETTER,
          'must be a letter A-Z, Ä, Ö, Ü, ß, Ch or Sch',
          z.array(codeWord).min(1, 'must list at least one code word'),
        ),
      }),
    )
    .min(1)
    .max(30, 'at most 30 alphabets (they are kept in a bit mask)'),
});

/** The compiled spelling alphabets. */
export interface SpellingLexicon {
  /** One-word code words (lowercase, ASCII spellings included). */
  readonly codeWords: readonly string[];
  /** Same index -> the letter it spells, as written in the file ("A", "Ä", "Sch"). */
  readonly codeLetter: readonly string[];
  /** Same index -> bit mask of the alphabets that contain it and allow bare runs (0: never in a bare run). */
  readonly codeMask: readonly number[];
  /** Two-part code words: first word -> second word -> letter ("umlaut" -> "aachen" -> "Ä"). */
  readonly twoPart: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** "wie" in "A wie Anton". */
  readonly connectives: readonly string[];
  /** "Umlaut" in "A Umlaut". */
  readonly umlautMarkers: readonly string[];
  readonly minItems: number;
  readonly minCodeWords: number;
  /** Alphabet ids in bit order. */
  readonly alphabetIds: readonly string[];
}

const ASCII_FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "köln" -> "koeln": keyboards and some speech-to-text engines write umlauts this way. */
function asciiSpelling(w: string): string {
  return w.replace(/[äöüß]/g, (c) => ASCII_FOLD[c]);
}

/**
 * Validates a parsed spelling-alphabets document and compiles it.
 * @param raw - the parsed YAML document
 * @param source - file name for error messages
 * @returns the compiled alphabets
 * @throws ConfigError naming file and entry when a code word spells two letters
 */
export function compileSpellingLexicon(raw: unknown, source: string): SpellingLexicon {
  const doc = validateWith(spellingSchema, raw, source);
  const index = new Map<string, number>();
  const phrases: string[] = [];
  const codeLetter: string[] = [];
  const codeMask: number[] = [];
  const where: string[] = [];
  const twoPart = new Map<string, Map<string, string>>();

  const addWord = (w: string, letterOf: string, bit: number, path: string): void => {
    const at = index.get(w);
    if (at === undefined) {
      index.set(w, phrases.length);
      phrases.push(w);
      codeLetter.push(letterOf);
      codeMask.push(bit);
      where.push(path);
    } else if (codeLetter[at] !== letterOf) {
      throw new ConfigError(`${source}: ${path}: "${w}" already spells ${codeLetter[at]} at ${where[at]}`);
    } else {
      codeMask[at] |= bit;
    }
  };

  doc.alphabets.forEach((alphabet, a) => {
    const bit = alphabet.bareRuns ? 1 << a : 0;
    for (const [letterOf, words] of Object.entries(alphabet.letters)) {
      words.forEach((raw, k) => {
        const path = `alphabets[${a}].letters.${letterOf}[${k}]`;
        const lower = raw.toLowerCase();
        for (const spelling of new Set([lower, asciiSpelling(lower)])) {
          const split = spelling.split(/[ -]/);
          if (split.length === 2) {
            let second = twoPart.get(split[0]);
            if (!second) twoPart.set(split[0], (second = new Map()));
            const known = second.get(split[1]);
            if (known !== undefined && known !== letterOf) {
              throw new ConfigError(`${source}: ${path}: "${raw}" already spells ${known}`);
            }
            second.set(split[1], letterOf);
          }
          // "X-ray" is also written "Xray"; a one-word spelling joins the parts.
          addWord(split.join(''), letterOf, bit, path);
        }
      });
    }
  });

  return {
    codeWords: phrases,
    codeLetter,
    codeMask,
    twoPart,
    connectives: doc.connectives,
    umlautMarkers: doc.umlautMarkers,
    minItems: doc.bareRuns.minItems,
    minCodeWords: doc.bareRuns.minCodeWords,
    alphabetIds: doc.alphabets.map((a) => a.id),
  };
}

/** The alphabets shipped in rules/, loaded once per process (worker). */
export const spellingLexicon: SpellingLexicon = compileSpellingLexicon(
  loadRuleFile(SPELLING_FILE, z.unknown()),
  `rules/${SPELLING_FILE}`,
);
