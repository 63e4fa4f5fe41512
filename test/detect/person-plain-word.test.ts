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
    ['geboren', 'frequent participle (words.yaml common)'],
    ['bräuchte', 'frequent subjunctive (words.yaml common)'],
    ['zweimal', 'frequent adverb (words.yaml common)'],
    ['Anschrift', 'call noun missing in the dictionary (words.yaml capitalised)'],
    ['IBAN', 'banking term, no longer listed as a first name'],
    ['abgegeben', 'participle with a separable prefix'],
    ['angemeldet', 'weak participle in -et with a separable prefix'],
    ['gekommen', 'strong participle without vowel change'],
    ['zurückrufen', 'infinitive with a separable prefix'],
    ['Coburg', 'city of the curated city list'],
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
    ['Karsten', 'first name that faker lists only as a surname'],
    ['Angermann', 'surname that starts like a separable prefix'],
    ['Ausgebert', 'surname that looks like a prefixed verb form'],
  ])('%s is not plain (%s)', (word) => {
    expect(isPlainWord(word)).toBe(false);
  });
});
