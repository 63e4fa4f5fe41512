import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { S } from './strings.js';

const digits = (text: string): string => normalize(text, 'digits').text;

describe('spelled letters: "<letter> wie <code word>"', () => {
  it.each([
    // DIN 5009 traditional
    ['A wie Anton', 'A'],
    ['a wie anton', 'A'],
    ['Ä wie Ärger', 'Ä'],
    ['C wie Cäsar', 'C'],
    ['C wie Caesar', 'C'],
    ['Ch wie Charlotte', 'Ch'],
    ['K wie Kaufmann', 'K'],
    ['M wie Martha', 'M'],
    ['Ö wie Ökonom', 'Ö'],
    ['S wie Samuel', 'S'],
    ['Sch wie Schule', 'Sch'],
    ['ß wie Eszett', 'ß'],
    ['Ü wie Übermut', 'Ü'],
    ['ü wie uebermut', 'Ü'],
    ['X wie Xanthippe', 'X'],
    ['Z wie Zacharias', 'Z'],
    ['Z wie Zeppelin', 'Z'],
    // DIN 5009:2022 cities
    ['A wie Aachen', 'A'],
    ['Ä wie Umlaut Aachen', 'Ä'],
    ['D wie Düsseldorf', 'D'],
    ['K wie Köln', 'K'],
    ['k wie koeln', 'K'],
    ['Ö wie Umlaut Offenbach', 'Ö'],
    ['Q wie Quickborn', 'Q'],
    ['Ü wie Umlaut Unna', 'Ü'],
    ['Z wie Zwickau', 'Z'],
    // Austrian ÖNORM A 1081
    ['K wie Konrad', 'K'],
    ['S wie Siegfried', 'S'],
    ['s wie siegfried', 'S'],
    ['Ö wie Österreich', 'Ö'],
    ['ß wie scharfes S', 'ß'],
    ['Z wie Zürich', 'Z'],
    // NATO
    ['A wie Alfa', 'A'],
    ['a wie alpha', 'A'],
    ['J wie Juliett', 'J'],
    ['W wie Whiskey', 'W'],
    ['X wie X-ray', 'X'],
    ['x wie xray', 'X'],
    ['Z wie Zulu', 'Z'],
    // improvised code words: any capitalised word, or anything in lowercase STT text
    ['M wie Maria', 'M'],
    ['m wie maria', 'M'],
    ['S wie Schule', 'S'],
    ['C wie Charlotte', 'C'],
    // "A Umlaut"
    ['A Umlaut', 'Ä'],
    ['o-umlaut', 'Ö'],
  ])('%j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it.each([
    [S.spelledName, 'Meier, M, E, I, E, R'],
    [S.spelledCity, 'Köhler: K, Ö, H'],
    [S.spelledNato, 'callsign A B C, K'],
    ['mit M wie Martha und doppel-n', 'mit M und doppel-n'],
  ])('in context: %j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it.each([
    ['B wie Anton', 'code word of another letter'],
    ['Vitamin E wie empfohlen', 'capital letter, lowercase ordinary word'],
    ['so wie Anton', '"so" is not a letter'],
    ['A, wie Anton', 'comma between letter and "wie"'],
    ['A wie', 'no code word'],
    ['Umlaut A', 'marker before the letter'],
  ])('%j stays unchanged (%s)', (input) => {
    expect(digits(input)).toBe(input);
  });
});

describe('bare runs of code words', () => {
  it.each([
    [S.spelledBare, 'ich buchstabiere B E R G'],
    ['Berta, Emil, Richard', 'B, E, R'],
    ['Dora Otto R A', 'D O R A'],
    ['alfa bravo charlie', 'A B C'],
    ['M wie Martha, Emil, Ida', 'M, E, I'],
    ['Konrad Ulrich Siegfried', 'K U S'],
  ])('%j -> %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it.each([
    ['Otto und Paula', 'two names joined by "und"'],
    ['Otto Paula', 'only two items'],
    ['Otto a b', 'only one code word'],
    ['Berlin, Hamburg, München, Köln', 'city names count only after "wie"'],
    ['Anton Alfa Berta', 'code words of different alphabets'],
    ['Emil. Ida. Otto', 'periods end a run'],
  ])('%j stays unchanged (%s)', (input) => {
    expect(digits(input)).toBe(input);
  });
});
