import { describe, expect, it } from 'vitest';
import { emailSymbols } from '../../src/normalize/email-symbols.js';
import { numberLexicon } from '../../src/normalize/number-lexicon.js';
import { spellingLexicon } from '../../src/normalize/spelling-lexicon.js';
import { mayBeEmailSymbol, mayStartRule } from '../../src/normalize/word-filter.js';

const may = (w: string): boolean => mayStartRule(w, 0, w.length);

describe('mayStartRule', () => {
  // The filter must never reject a word a rule could start at: check every shipped word.
  it('lets every keyword and number part through', () => {
    const words = [
      ...spellingLexicon.codeWords,
      ...spellingLexicon.connectives,
      ...numberLexicon.repeat,
      ...numberLexicon.plus,
      ...numberLexicon.partWords,
      ...emailSymbols.words,
    ].map((w) => w.toLowerCase().trim());
    for (const w of words) expect(may(w), w).toBe(true);
  });

  it.each([
    ['dreiundzwanzig', 'starts with a number part'],
    ['siebzehnten', 'ordinal of a number part'],
    ['doppelnull', 'fused repeat word'],
    ['m', 'one letter may be spelled'],
    ['sch', 'letter group'],
  ])('passes %s (%s)', (w) => {
    expect(may(w)).toBe(true);
  });

  it.each([
    ['termin', 'ordinary noun'],
    ['praxis', 'ordinary noun'],
    ['morgen', 'ordinary adverb'],
  ])('rejects %s (%s)', (w) => {
    expect(may(w)).toBe(false);
  });

  it('looks only at the given range', () => {
    expect(mayStartRule('xx drei', 3, 7)).toBe(true);
    expect(mayStartRule('drei termin', 5, 11)).toBe(false);
  });
});

describe('mayBeEmailSymbol', () => {
  it('passes the symbol words and rejects other words', () => {
    for (const w of emailSymbols.words) expect(mayBeEmailSymbol(w.toLowerCase(), 0, w.length), w).toBe(true);
    expect(mayBeEmailSymbol('termin', 0, 6)).toBe(false);
  });
});
