import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError } from '../../src/errors.js';
import { compileEmailSymbols, EMAIL_SYMBOLS_FILE } from '../../src/normalize/email-symbols.js';
import { compileNumberLexicon, NUMBER_WORDS_FILE } from '../../src/normalize/number-lexicon.js';
import { compileSpellingLexicon, SPELLING_FILE } from '../../src/normalize/spelling-lexicon.js';
import { rulesPath } from '../../src/rules-dir.js';

/** The shipped document, parsed afresh so each test can break its own copy. */
function shipped(file: string): Record<string, any> {
  return parse(readFileSync(rulesPath(file), 'utf8')) as Record<string, any>;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const NUM = `rules/${NUMBER_WORDS_FILE}`;
const SPELL = `rules/${SPELLING_FILE}`;
const MAIL = `rules/${EMAIL_SYMBOLS_FILE}`;

describe('rules/normalize/*.yaml validation', () => {
  it('accepts the shipped files', () => {
    expect(() => compileNumberLexicon(shipped(NUMBER_WORDS_FILE), NUM)).not.toThrow();
    expect(() => compileSpellingLexicon(shipped(SPELLING_FILE), SPELL)).not.toThrow();
    expect(() => compileEmailSymbols(shipped(EMAIL_SYMBOLS_FILE), MAIL)).not.toThrow();
  });

  it.each<[string, (doc: Record<string, any>) => void, string]>([
    ['unquoted null', (d) => (d.zero = [null]), `${NUM}: zero[0]: `],
    ['unit out of range', (d) => (d.units.zwei = 12), `${NUM}: units.zwei: must be an integer 2..9`],
    ['tens not a multiple of 10', (d) => (d.tens.zwanzig = 21), `${NUM}: tens: values must be multiples of 10`],
    ['word with a space', (d) => (d.hundred = ['hun dert']), `${NUM}: hundred[0]: must be one lowercase word`],
    ['uppercase word', (d) => (d.teens.Elf = 11), `${NUM}: teens.Elf: must be one lowercase word`],
    ['duplicate word', (d) => (d.teens.zwei = 12), `${NUM}: teens.zwei: duplicate word, also in units.zwei`],
    ['unknown key', (d) => (d.millions = ['million']), `${NUM}: (root): `],
    ['compound not a repeat word', (d) => d.repeat.compound.push('vierfach'), `${NUM}: repeat.compound[1]: "vierfach" is not in repeat.words`],
  ])('number words: %s', (_name, breakIt, expected) => {
    const doc = shipped(NUMBER_WORDS_FILE);
    breakIt(doc);
    expect(messageOf(() => compileNumberLexicon(doc, NUM))).toContain(expected);
  });

  it.each<[string, (doc: Record<string, any>) => void, string]>([
    ['bad letter', (d) => (d.alphabets[0].letters.AB = ['Abend']), `${SPELL}: alphabets[0].letters.AB: must be a letter A-Z`],
    ['code word for two letters', (d) => d.alphabets[3].letters.B.push('Anton'), `${SPELL}: alphabets[3].letters.B[1]: "anton" already spells A`],
    ['three-word code word', (d) => (d.alphabets[0].letters.A = ['Anton der Große']), `${SPELL}: alphabets[0].letters.A[0]: must be one word`],
    ['empty letter', (d) => (d.alphabets[0].letters.A = []), `${SPELL}: alphabets[0].letters.A: must list at least one code word`],
    ['bad id', (d) => (d.alphabets[0].id = 'DE Traditional'), `${SPELL}: alphabets[0].id: must be kebab-case`],
    ['minItems too small', (d) => (d.bareRuns.minItems = 1), `${SPELL}: bareRuns.minItems: must be at least 2`],
  ])('spelling alphabets: %s', (_name, breakIt, expected) => {
    const doc = shipped(SPELLING_FILE);
    breakIt(doc);
    expect(messageOf(() => compileSpellingLexicon(doc, SPELL))).toContain(expected);
  });

  it.each<[string, (doc: Record<string, any>) => void, string]>([
    ['unknown symbol', (d) => (d.symbols['#'] = ['raute']), `${MAIL}: symbols.#: must be one of`],
    ['word for two symbols', (d) => d.symbols['.'].push('at'), `${MAIL}: symbols..[2]: "at" already stands for @`],
  ])('email symbols: %s', (_name, breakIt, expected) => {
    const doc = shipped(EMAIL_SYMBOLS_FILE);
    breakIt(doc);
    expect(messageOf(() => compileEmailSymbols(doc, MAIL))).toContain(expected);
  });
});
