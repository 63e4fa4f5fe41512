import { describe, expect, it } from 'vitest';
import { createDobDetectors } from '../../src/detect/dob.js';
import { readDateAt } from '../../src/detect/dob-date.js';
import { Lexicon } from '../../src/rules/lexicon.js';
import { detectIn, triples, type TestTurn } from '../helpers.js';

const [dob] = createDobDetectors();

describe('DATE_OF_BIRTH: positives (written and spoken)', () => {
  it.each<[string, [number, number, string][]]>([
    ["geboren am 3. März 1980", [[11, 23, 'DATE_OF_BIRTH']]],
    ["geb. 01.01.1900", [[5, 15, 'DATE_OF_BIRTH']]],
    ["Geburtsdatum: 3.3.80", [[14, 20, 'DATE_OF_BIRTH']]],
    ["Mein Geburtsdatum ist der 1980-03-03.", [[26, 36, 'DATE_OF_BIRTH']]],
    ["Ich bin am 03/03/1980 in Köln geboren.", [[11, 21, 'DATE_OF_BIRTH']]],
    ["ich bin am dritten märz neunzehnhundertachtzig geboren", [[11, 46, 'DATE_OF_BIRTH']]],
    ["mein geburtsdatum ist der dritte dritte achtzig", [[26, 47, 'DATE_OF_BIRTH']]],
    ["null drei null drei neunzehnhundertachtzig ist mein geburtsdatum", [[0, 42, 'DATE_OF_BIRTH']]],
    ["geburtsdatum ist der einundzwanzigste zwölfte neunzehn achtzig", [[21, 62, 'DATE_OF_BIRTH']]],
    ["Mein Geburtstag ist am 3.3.", [[23, 27, 'DATE_OF_BIRTH']]],
    ["Ich habe am 3. März Geburtstag.", [[12, 19, 'DATE_OF_BIRTH']]],
    ["Jahrgang 1980", [[9, 13, 'DATE_OF_BIRTH']]],
    ["jahrgang achtzig", [[9, 16, 'DATE_OF_BIRTH']]],
    ["Ich bin 1975 geboren.", [[8, 12, 'DATE_OF_BIRTH']]],
    ["Geburtsjahr neunzehnhundertfünfundsiebzig", [[12, 41, 'DATE_OF_BIRTH']]],
    ["Geb.-Datum 12. Jan. 1955", [[11, 24, 'DATE_OF_BIRTH']]],
    ["ich bin am dritten vierten achtundachtzig geboren", [[11, 41, 'DATE_OF_BIRTH']]],
    ["im Jahr neunzehnhundertneunzig geboren", [[8, 30, 'DATE_OF_BIRTH']]],
    ["Jahrgang 1975", [[9, 13, 'DATE_OF_BIRTH']]],
    ["Geburtsdatum: 3.4.88", [[14, 20, 'DATE_OF_BIRTH']]],
    ["Wegen des Geburtsdatums 3.4.88 frage ich.", [[24, 30, 'DATE_OF_BIRTH']]],
    ["mein geburtsdatum ist der vierzehnte neunte neunzehnhundertachtundachtzig es geht um den rücken", [[26, 73, 'DATE_OF_BIRTH']]],
  ])('%s', async (text, expected) => {
    expect(triples(await detectIn(dob, text))).toEqual(expected);
  });
});

describe('DATE_OF_BIRTH: across turns', () => {
  it('takes the answer to the agent question "Ihr Geburtsdatum?"', async () => {
    const spans = await detectIn(dob, { speaker: 'agent', text: 'Und Ihr Geburtsdatum, bitte?' }, 'Äh, der dritte März achtzig.');
    expect(spans.map((s) => [s.turn, s.start, s.end, s.label])).toEqual([[1, 8, 27, 'DATE_OF_BIRTH']]);
  });

  it('finds the birth date again when the agent reads it back', async () => {
    const spans = await detectIn(dob, 'Geboren bin ich am 3.3.1980.', { speaker: 'agent', text: 'Danke. Also dritter März neunzehnhundertachtzig, richtig?' });
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [0, 19, 27],
      [1, 12, 47],
    ]);
  });

  it.each<[string, TestTurn[], [number, number, number][]]>([
    [
      'an answer after other words ("Einen Moment, ich schau mal.")',
      [{ speaker: 'agent', text: 'Zur Verifizierung bräuchte ich Ihr Geburtsdatum.' }, 'Einen Moment, ich schau mal. 24.12.1955.'],
      [[1, 29, 39]],
    ],
    [
      'a spoken answer of three numbers',
      [{ speaker: 'agent', text: 'zur sicherheit wie ist ihr geburtsdatum' }, 'die lautet neunundzwanzig vier neunzig'],
      [[1, 11, 38]],
    ],
    [
      'a misheard read-back sharing day and month',
      ['Ähm, 06.11.1948 ist mein Geburtsdatum.', { speaker: 'agent', text: 'Also 16.11.48?' }],
      [[0, 5, 15], [1, 5, 13]],
    ],
    [
      'a corrected read-back with the month spoken',
      [{ speaker: 'agent', text: 'Und Ihr Geburtsdatum?' }, '23.02.2000', { speaker: 'agent', text: 'Ich habe 13. Februar 2000 verstanden.' }],
      [[1, 0, 10], [2, 9, 25]],
    ],
  ])('takes %s', async (_name, turns, expected) => {
    const spans = await detectIn(dob, ...turns);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual(expected);
  });

  it.each<[string, TestTurn[]]>([
    ['a date after a turn that gave the birth date itself', ['Geboren am 29.9.1959, ich nehme Ibuprofen.', { speaker: 'agent', text: 'Das Rezept liegt am fünfzehnten August bereit.' }]],
    ['an answer followed by an appointment word', [{ speaker: 'agent', text: 'Ihr Geburtsdatum bitte?' }, 'Moment, ich habe am 5. März einen Termin.']],
    ['an answer followed by a time of day', [{ speaker: 'agent', text: 'Und Ihr Geburtsdatum?' }, 'wie wäre es am 27. Januar viertel vor fünf']],
  ])('ignores %s', async (_name, turns) => {
    const spans = await detectIn(dob, ...turns);
    expect(spans.filter((s) => s.turn === turns.length - 1)).toEqual([]);
  });

  it('ignores the answer when the question moved on to an appointment', async () => {
    const spans = await detectIn(dob, { speaker: 'agent', text: 'Geburtsdatum habe ich. Wann hätten Sie gern den Termin?' }, 'Am 3. März.');
    expect(spans).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: hard negatives', () => {
  it.each([
    ['Ich hätte gern einen Termin am 3. März.', 'an appointment date, no birth word'],
    ['Können wir am Montag den 12. kommen?', 'a weekday and day number'],
    ['Sie sind geboren am... Moment, der Termin ist am 5.4.2024.', 'a guard word (Termin) between the birth word and the date'],
    ['Geburtsdatum habe ich, Termin wäre am 5.4. um 10 Uhr', 'time of day right after the date'],
    ['Wir feiern den 12. Geburtstag meiner Tochter.', 'an ordinal age, not a date'],
    ['Die Rechnung vom 03.03.2024 ist noch offen.', 'an invoice date'],
    ['Geboren? Ich habe 80 Euro bezahlt.', 'a bare two-digit number is a year only right after Jahrgang-like words'],
    ['Das war 1980.', 'a bare year without a birth word'],
  ])('%s (%s)', async (text) => {
    expect(await detectIn(dob, text)).toEqual([]);
  });
});

describe('readDateAt', () => {
  const months = new Lexicon(['märz']);
  const range = { minYear: 1900, maxYear: 2030 };
  it.each([
    ['03.03.1980', { day: 3, month: 3, year: 1980 }],
    ['0 3 0 3 1980', { day: 3, month: 3, year: 1980 }],
    ['1980-03-03', { day: 3, month: 3, year: 1980 }],
    ['3. märz 19 80', { day: 3, month: 3, year: 1980 }],
    ['3. 3.', { day: 3, month: 3, year: -1 }],
    ['32.13.1980', undefined],
  ])('%s', (text, want) => {
    const got = readDateAt(text, text.toLowerCase(), 0, months, [3], range);
    expect(got ? { day: got.day, month: got.month, year: got.year } : undefined).toEqual(want);
  });

  it('stays linear on a megabyte of digits and dots', async () => {
    const t0 = performance.now();
    await detectIn(dob, `geboren ${'1.'.repeat(500_000)}`);
    await detectIn(dob, `geboren ${'1 '.repeat(500_000)}`);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
