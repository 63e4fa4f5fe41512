import { describe, expect, it } from 'vitest';
import { isVerbForm } from '../../src/detect/person-verb-forms.js';

// A toy infinitive list, so that the derivation itself is under test (not the lexicon).
const INFINITIVES = new Set(['geben', 'melden', 'kommen', 'spielen', 'wandern', 'rufen']);
const isVerb = (key: string) => INFINITIVES.has(key);

describe('isVerbForm', () => {
  it.each([
    ['spielt', 'present, 3rd person'],
    ['gespielt', 'weak participle'],
    ['gemeldet', 'weak participle in -et'],
    ['gekommen', 'strong participle without vowel change'],
    ['wandert', 'verb in -ern'],
    ['abgegeben', 'separable prefix + participle'],
    ['angemeldet', 'separable prefix + participle in -et'],
    ['zurückrufen', 'separable prefix + infinitive'],
    ['mitkommen', 'separable prefix + infinitive'],
  ])('%s is a verb form (%s)', (word) => {
    expect(isVerbForm(word, isVerb)).toBe(true);
  });

  it.each([
    ['geschrieben', 'strong participle with vowel change: its infinitive is not derivable'],
    ['angermann', 'a surname after a prefix-like start'],
    ['abgeb', 'no verb ending'],
    ['ansgar', 'a first name'],
    ['umen', 'rest after the prefix too short'],
  ])('%s is no verb form (%s)', (word) => {
    expect(isVerbForm(word, isVerb)).toBe(false);
  });
});
