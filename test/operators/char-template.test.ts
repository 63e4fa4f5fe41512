import { describe, expect, it } from 'vitest';
import { parseCharTemplate, templateChars } from '../../src/operators/char-template.js';
import { personKey } from '../../src/operators/person-name.js';
import { casingOf, foldGerman } from '../../src/operators/text-shape.js';

// Values as detectors hand them to the operators: written, spoken, spelled, mixed.
const VALUES = [
  '0171 2345678',
  '+49 (0)30 1234567',
  'null eins sieben eins, zwei drei vier',
  'Null Eins Sieben Durchwahl zwölf',
  'plus vier neun eins sieben zwei',
  'DE89 3704 0044 0532 0130 00',
  'de neun und achtzig drei sieben null vier',
  'A wie Anton 1 2 3',
  'M wie Martha, E, I, E, R',
  'X123456789',
  'KS-0714821',
  'AB 12 345 678 C',
  'vier fünf sechs sieben acht neun zehn elf',
  'Straße 7',
  'ÄÖÜ 12 ß',
  '',
  '---',
];

describe('templateChars', () => {
  it.each(VALUES)('equals the template characters of %j', (value) => {
    expect(templateChars(value)).toBe(parseCharTemplate(value).chars);
    expect(templateChars(value, false)).toBe(parseCharTemplate(value, false).chars);
  });

  it.each([
    ['0171 234', false, '0171234'],
    ['null eins 7', false, '017'],
    ['Durchwahl zwölf', false, '12'],
    ['DE89 3704', true, 'DE893704'],
  ])('reads %j (letters %j) as %j', (value, letters, chars) => {
    expect(templateChars(value, letters)).toBe(chars);
  });
});

describe('casingOf', () => {
  it.each([
    ['anna', 'lower'],
    ['ANNA', 'upper'],
    ['Anna', 'title'],
    ['A', 'title'],
    ['a', 'lower'],
    ['McDonald', 'as-is'],
    ['aNNA', 'as-is'],
    ['1', 'as-is'],
    ['A1', 'upper'],
    ['Müller', 'title'],
    ['MÜLLER', 'upper'],
    ['über', 'lower'],
    ['Ölmühle-Süd', 'as-is'],
    ['É', 'title'],
  ])('%j is %s', (word, casing) => {
    expect(casingOf(word)).toBe(casing);
  });
});

describe('foldGerman and personKey', () => {
  it.each([
    ['Krüger', 'krueger'],
    ['STRAßE', 'strasse'],
    ['Anna', 'anna'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldGerman(text)).toBe(folded);
  });

  it.each([
    ['Dr. Anna-Lena Weber', 'anna-lena weber'],
    ['krüger', 'krueger'],
    ['M wie Martha, E, I, E, R', 'meier'],
    ['A. Weber', 'a weber'],
    ['Frau Ö', 'oe'],
  ])('keys %j as %j', (value, key) => {
    expect(personKey(value)).toBe(key);
  });
});
