import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { S } from './strings.js';

const digits = (text: string): string => normalize(text, 'digits').text;

describe("normalize 'digits': spoken phone and account numbers", () => {
  it.each([
    [S.phoneSpoken, 'meine nummer ist 0 1 7 1, 2 3 4 5 6 7 8'],
    [S.phoneCountryCode, 'Erreichbar unter +4 9, 1 5 1, 0 0 12'],
    [S.ibanSpoken, 'D E 8 9, 3 7 0 4 0 0 4 4'],
    [S.mixedCase, '0 1 7, 0 0'],
    [S.punctuation, '(0) [1]; 2/3 - 4... 5!'],
  ])('%j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });
});

describe('"plus" before a number', () => {
  it.each([
    ['plus vier neun', '+4 9'],
    ['plus neunundvierzig', '+49'],
    ['Plus 49 171', '+49 171'],
    ['PLUS drei', '+3'],
  ])('%j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it.each([
    ['das plus', 'no number follows'],
    ['drei plus vier', 'arithmetic: a number before'],
    ['plus, vier', 'comma between'],
    ['Plusminus', 'part of a word'],
  ])('%j keeps "plus" (%s)', (input) => {
    expect(digits(input)).toMatch(/plus/i);
  });
});

describe('repeated digits', () => {
  it.each([
    ['doppel null', '0 0'],
    ['doppel-null', '0 0'],
    ['Doppelnull', '0 0'],
    ['doppeleins', '1 1'],
    ['doppel 7', '7 7'],
    ['null sieben dreimal die eins', '0 7 1 1 1'],
    ['dreimal eins null', '1 1 1 0'],
    ['zwo zweimal drei', '2 3 3'],
  ])('%j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it.each([
    ['zweimal drei Tabletten', 'zweimal 3 Tabletten', 'not inside a digit sequence'],
    ['ich war dreimal die eins', 'ich war dreimal die 1', 'not inside a digit sequence'],
    ['doppel zwölf', 'doppel 12', 'only single digits repeat'],
    ['Doppelzimmer', 'Doppelzimmer', 'ordinary compound'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });
});

describe('text without spoken forms is unchanged', () => {
  it.each([[S.plain], [S.plainLower], [S.phoneWritten], [S.dobWritten], [S.ampersand], [''], ['   ']])('%j', (input) => {
    const n = normalize(input, 'digits');
    expect(n.text).toBe(input);
  });
});
