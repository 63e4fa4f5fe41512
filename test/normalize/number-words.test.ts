import { describe, expect, it } from 'vitest';
import { normalize, parseGermanNumber } from '../../src/normalize/index.js';

describe('parseGermanNumber', () => {
  it.each([
    ['null', 0],
    ['eins', 1],
    ['zwei', 2],
    ['zwo', 2],
    ['fünf', 5],
    ['fuenf', 5],
    ['zehn', 10],
    ['elf', 11],
    ['zwölf', 12],
    ['zwoelf', 12],
    ['sechzehn', 16],
    ['siebzehn', 17],
    ['zwanzig', 20],
    ['dreißig', 30],
    ['dreissig', 30],
    ['einundzwanzig', 21],
    ['zweiundvierzig', 42],
    ['siebenundachtzig', 87],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['einhundert', 100],
    ['hunderteins', 101],
    ['hundertundeins', 101],
    ['einhundertzwanzig', 120],
    ['dreihundertdreiunddreißig', 333],
    ['tausend', 1000],
    ['eintausend', 1000],
    ['zehntausend', 10000],
    ['neunzehnhundertachtzig', 1980],
    ['tausendneunhundertachtzig', 1980],
    ['zweitausendvier', 2004],
    ['zweitausendundvier', 2004],
    ['zweitausendzwanzig', 2020],
    ['neunhundertneunundneunzigtausendneunhundertneunundneunzig', 999999],
    ['Neunzehnhundertachtzig', 1980],
    ['zwei tausend vier', 2004],
    ['neunzehn-hundert-achtzig', 1980],
  ])('%s -> %d', (words, value) => {
    expect(parseGermanNumber(words)).toBe(value);
  });

  it.each([
    ['ein', 'the article alone is not a number'],
    ['eine', 'article'],
    ['null eins', 'two numbers (a digit sequence)'],
    ['zwanzigzwanzig', 'two tens'],
    ['einsundzwanzig', '"eins" only stands alone or last'],
    ['nullacht', '"null" only alone'],
    ['hundertund', 'dangling "und"'],
    ['achtung', 'starts like "acht"'],
    ['elfenbein', 'starts like "elf"'],
    ['dritte', 'ordinal, not a cardinal'],
    ['', 'empty'],
    ['42', 'digits are not words'],
    ['eins'.repeat(100), 'absurdly long'],
  ])('%j is not a number (%s)', (words) => {
    expect(parseGermanNumber(words)).toBeUndefined();
  });
});

describe("normalize 'digits': number words", () => {
  it.each([
    ['null eins sieben', '0 1 7'],
    ['Null Eins Sieben', '0 1 7'],
    ['zweiundzwanzig dreiunddreißig', '22 33'],
    ['neunzehnhundertachtzig', '1980'],
    ['neunzehn hundert achtzig', '1980'],
    ['zwei tausend vier', '2004'],
    ['zweitausend vier', '2004'],
    ['null acht hundert', '0 800'],
    ['hundert Euro', '100 Euro'],
    ['eins, zwei; drei-vier', '1, 2; 3-4'],
    ['ein hundert', 'ein 100'],
    ['neunzehn achtzig', '19 80'],
  ])('%j -> %j', (input, expected) => {
    expect(normalize(input, 'digits').text).toBe(expected);
  });

  it.each([
    ['ein Termin, eine Frage, einen Moment', 'articles stay words'],
    ['Einstein Achtung Elfenbein Zehntel Dreieck Achtel Hunderte Tausende', 'words that start like numbers'],
    ['hatte erst einst Einser Dreier', 'words ending like ordinals'],
    ['nullachtfünfzehn', 'idiom: null only alone'],
  ])('%j stays unchanged (%s)', (input) => {
    expect(normalize(input, 'digits').text).toBe(input);
  });
});

describe("normalize 'digits': ordinals", () => {
  it.each([
    ['erster', '1.'],
    ['ersten', '1.'],
    ['erste', '1.'],
    ['zweiten', '2.'],
    ['dritter', '3.'],
    ['dritten', '3.'],
    ['vierten', '4.'],
    ['siebten', '7.'],
    ['siebenten', '7.'],
    ['achten', '8.'],
    ['elften', '11.'],
    ['neunzehnten', '19.'],
    ['zwanzigsten', '20.'],
    ['einundzwanzigster', '21.'],
    ['einunddreißigsten', '31.'],
    ['hundertsten', '100.'],
    ['am dritten märz neunzehnhundertachtzig', 'am 3. märz 1980'],
    ['der erste zwölfte zweitausendvier', 'der 1. 12. 2004'],
    ['am 3ten Mai', 'am 3. Mai'],
    ['der 1ste', 'der 1.'],
  ])('%j -> %j', (input, expected) => {
    expect(normalize(input, 'digits').text).toBe(expected);
  });

  it.each([
    ['3tens', 'not a suffix'],
    ['2te4', 'digits continue'],
    ['12345ten', 'too many digits for a day or month'],
  ])('%j stays unchanged (%s)', (input) => {
    expect(normalize(input, 'digits').text).toBe(input);
  });
});
