import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AMB_FIRST,
  AMB_LAST,
  CLASH_CAP,
  CLASH_LOW,
  DOUBLE_NAME,
  FIRST,
  FUNC,
  LAST,
  NEVER_NAME,
  NOUN,
  POSSESSIVE,
  SALUT,
  TITLE,
  WORD,
  nameKey,
  personGazetteer,
} from '../../src/detect/person-gazetteer.js';
import { KeyTable, hashRange, hashRange2 } from '../../src/detect/person-keytable.js';
import { rulesPath } from '../../src/rules-dir.js';

const gazetteer = personGazetteer();

/** Token, bits it must have, bits it must not have, why. */
const classified: [string, number, number, string][] = [
  ['anna', FIRST, WORD | FUNC, 'first name, no word'],
  ['jürgen', FIRST, WORD, 'adult German first name from the curated list'],
  ['schmidt', LAST, WORD, 'surname, no word'],
  ['müller', LAST, AMB_LAST, 'preferred as a name although a noun (miller)'],
  ['yılmaz', FIRST, WORD, 'Turkish name'],
  ['iwanow', LAST, WORD, 'Russian surname, German transliteration'],
  ['ivanov', LAST, WORD, 'Russian surname, English transliteration'],
  ['koch', AMB_LAST | CLASH_CAP, FIRST | LAST, 'surname that is a noun'],
  ['sommer', AMB_LAST | CLASH_CAP, FIRST | LAST, 'surname that is a noun'],
  ['klein', AMB_LAST | CLASH_LOW, FIRST | LAST, 'surname that is an adjective'],
  ['frank', AMB_FIRST | CLASH_LOW, FIRST | LAST, 'first name that is an adjective'],
  ['mai', CLASH_CAP, FIRST | LAST, 'month'],
  ['der', FUNC, FIRST | LAST | AMB_FIRST | AMB_LAST, 'article: never a name'],
  ['will', FUNC, FIRST | LAST, 'modal verb: never a name'],
  ['herr', SALUT, FIRST | LAST, 'salutation'],
  ['dr', TITLE, FIRST | LAST, 'title'],
  ['zeitung', WORD | NOUN, FIRST | LAST | AMB_FIRST | AMB_LAST, 'noun'],
];

/** Tokens the table lacks, classified by derivation. */
const derived: [string, number, number, string][] = [
  ['webers', LAST | POSSESSIVE, WORD, 'possessive of a surname'],
  ['schmidt-weber', LAST, WORD, 'double surname'],
  ['anna-lena', FIRST, WORD, 'double first name'],
  ['wakan-fröhlich', DOUBLE_NAME, WORD, 'unknown part next to a word: shaped like a double name'],
  ['stern-apotheke', NEVER_NAME, DOUBLE_NAME, 'named pharmacy'],
  ['nachbarinnen', WORD, FIRST | LAST, 'inflected noun'],
  ['gespielt', WORD, NOUN, 'participle of a nominalised infinitive'],
  ['wanderst', WORD, NOUN, 'verb form of a nominalised infinitive in -ern'],
  ['terminvereinbarung', WORD | NEVER_NAME, 0, 'derived noun in -ung'],
  ['servicecenter', NEVER_NAME, 0, 'compound with an institution head'],
  ['kwiatkowska', 0, WORD | NEVER_NAME | DOUBLE_NAME, 'unknown surname stays unknown'],
  ['iliopoulos', 0, WORD | NEVER_NAME, 'Greek surname in -los is no adjective'],
];

describe('PersonGazetteer', () => {
  it.each(classified)('%s', (token, has, hasNot) => {
    const bits = gazetteer.flagsOf(token);
    expect(bits & has).toBe(has);
    expect(bits & hasNot).toBe(0);
  });

  it.each(derived)('derived: %s', (token, has, hasNot) => {
    expect(gazetteer.flagsOf(token)).toBe(0);
    const bits = gazetteer.derivedFlagsOf(token);
    expect(bits & has).toBe(has);
    expect(bits & hasNot).toBe(0);
  });

  it('folds the Turkish dotted capital I', () => {
    expect(nameKey('İsmail')).toBe('ismail');
    expect(gazetteer.flagsOfHashed(6, hashRange('İsmail', 0, 6), hashRange2('İsmail', 0, 6)) & FIRST).toBe(FIRST);
  });
});

describe('KeyTable', () => {
  it('finds ranges of a text by their hashes, and nothing else', () => {
    const table = new KeyTable();
    table.add('weber', 1);
    table.add('web', 2);
    table.add('weber', 4);
    table.freeze();
    const text = 'frau weber und webers';
    const at = (s: number, e: number) => table.getHashed(e - s, hashRange(text, s, e), hashRange2(text, s, e));
    expect(at(5, 10)).toBe(5);
    expect(at(5, 8)).toBe(2);
    expect(at(15, 21)).toBe(0);
    expect(table.get('frau')).toBe(0);
    expect(table.get('')).toBe(0);
  });

  it('keeps 100k keys apart', () => {
    const table = new KeyTable();
    for (let i = 0; i < 100_000; i++) table.add(`w${i}`, (i % 1000) + 1);
    table.freeze();
    for (let i = 0; i < 100_000; i += 997) expect(table.get(`w${i}`)).toBe((i % 1000) + 1);
    expect(table.get('w100000')).toBe(0);
  });
});

describe('rules/person lexicons', () => {
  const lines = (file: string) =>
    readFileSync(rulesPath('person', file), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0 && !l.startsWith('#'));

  it.each(['first-names.txt', 'last-names.txt', 'ambiguous-names.txt', 'common-nouns.txt', 'common-words.txt'])(
    '%s is generated, non-empty and has no duplicates',
    (file) => {
      const text = readFileSync(rulesPath('person', file), 'utf8');
      expect(text.startsWith('# ')).toBe(true);
      expect(text).toContain('scripts/build-person-lexicons.ts');
      const entries = lines(file);
      expect(entries.length).toBeGreaterThan(100);
      expect(new Set(entries).size).toBe(entries.length);
    },
  );

  it('keeps names out of the word lists', () => {
    const words = new Set([...lines('common-nouns.txt'), ...lines('common-words.txt')]);
    for (const name of [...lines('first-names.txt'), ...lines('last-names.txt')]) expect(words.has(nameKey(name))).toBe(false);
  });

  it('stays under 3 MB in total', () => {
    let size = 0;
    for (const f of ['first-names.txt', 'last-names.txt', 'ambiguous-names.txt', 'common-nouns.txt', 'common-words.txt', 'words.yaml', 'context.yaml']) {
      size += statSync(rulesPath('person', f)).size;
    }
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });
});
