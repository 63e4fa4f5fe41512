import { describe, expect, it } from 'vitest';
import { isPlainWord } from '../../src/detect/person-plain-word.js';

describe('isPlainWord (the NER word prior)', () => {
  it.each([
    ['Termin', 'noun'],
    ['morgen', 'adverb'],
    ['Rechnungen', 'inflected noun'],
    ['Terminvereinbarung', 'derived word (-ung)'],
    ['Geburtsdatum', 'compound of two known words'],
    ['Versichertennummer', 'compound with linking n'],
    ['Servicecenter', 'business head'],
    ['Herr', 'salutation'],
    ['Dr', 'title'],
    ['äh', 'filler'],
    ['der', 'function word'],
    ['gut', 'also a surname, but a frequent word'],
    ['GUT', 'any case'],
    ['dreiundzwanzigsten', 'spoken ordinal'],
    ['fünfundvierzig', 'spoken number'],
  ])('%s is plain (%s)', (word) => {
    expect(isPlainWord(word)).toBe(true);
  });

  it.each([
    ['Koch', 'ambiguous: also a surname'],
    ['Frank', 'ambiguous: also a first name'],
    ['Anna', 'first name'],
    ['Schmidt', 'surname'],
    ['Pofalla', 'unknown word'],
    ['Ollendorf', 'ends in a noun, but its head is no word'],
    ['Blaszkiewitz', 'ends in a noun, but its head is no word'],
    ['van', 'name particle: part of a name'],
    ['e', 'spelled letter'],
  ])('%s is not plain (%s)', (word) => {
    expect(isPlainWord(word)).toBe(false);
  });
});
