import { describe, expect, it } from 'vitest';
import { createIdDetectors } from '../../src/detect/id.js';
import { KeywordMatcher } from '../../src/detect/id-keywords.js';
import { scanIdRun } from '../../src/detect/id-scan.js';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import type { Detector } from '../../src/types.js';
import { detectIn, triples, type TestTurn } from '../helpers.js';

const detectors = createIdDetectors();

/** Runs every ID detector over one call; spans sorted by turn and offset. */
async function detectAll(...turns: TestTurn[]): Promise<{ turn: number; start: number; end: number; label: string }[]> {
  const all: { turn: number; start: number; end: number; label: string }[] = [];
  for (const d of detectors) for (const s of await detectIn(d as Detector, ...turns)) all.push(s);
  return all.sort((a, b) => a.turn - b.turn || a.start - b.start);
}

/** Every expected span is found exactly, and nothing is found outside them. */
function expectExactly(spans: { start: number; end: number; label: string }[], expected: [number, number, string][]): void {
  for (const e of expected) expect(triples(spans as never)).toContainEqual(e);
  for (const s of spans) expect(expected.some(([a, b]) => s.start >= a && s.end <= b)).toBe(true);
}

describe('ID detectors: single-turn positives (written and spoken)', () => {
  it.each<[string, [number, number, string][]]>([
    ["Meine Versichertennummer ist A123456780.", [[29, 39, 'ID']]],
    ["Krankenversichertennummer A 123 456 780", [[26, 39, 'ID']]],
    ["Die Sozialversicherungsnummer lautet 15 070649 C 103.", [[37, 52, 'ID']]],
    ["Steuer-ID: 86 095 742 719", [[11, 25, 'ID']]],
    ["Ausweisnummer T220001293", [[14, 24, 'ID']]],
    ["Das Auto hat das Kennzeichen M-AB 1234.", [[29, 38, 'ID']]],
    ["Kennzeichen HH-XY 99", [[12, 20, 'ID']]],
    ["unser Wagen, Kennzeichen B AB 123E", [[25, 34, 'ID']]],
    ["das kennzeichen ist M wie Martha A B eins zwei drei vier", [[20, 56, 'ID']]],
    ["meine kundennummer ist vier sieben eins eins zwei drei", [[23, 54, 'ID']]],
    ["Kundennummer 4711 0815", [[13, 22, 'ID']]],
    ["Kunden-Nr.: K-123456-B, bitte.", [[12, 22, 'ID']]],
    ["Aktenzeichen 3 O 123/24", [[13, 23, 'ID']]],
    ["Die Schadennummer ist SN-2024-00871.", [[22, 35, 'ID']]],
    ["ich habe die Versicherungsscheinnummer hier, also 55 123 987", [[50, 60, 'ID']]],
    ["Zählernummer: 1ESY1160612345", [[14, 28, 'ID']]],
    ["meine mitgliedsnummer lautet null null vier fünf sechs sieben acht", [[29, 66, 'ID']]],
    ["Die Anliegennummer ist 556677.", [[23, 29, 'ID']]],
    ["Ohne Kontext: A123456780 und 86 095 742 719", [[14, 24, 'ID'], [29, 43, 'ID']]],
    ["Pass C01X00T478 liegt vor", [[5, 15, 'ID']]],
  ])('%s', async (text, expected) => {
    expectExactly(await detectAll(text), expected);
  });
});

describe('ID detectors: context across turns', () => {
  it('takes the context word from the agent question in the previous turn', async () => {
    const spans = await detectAll({ speaker: 'agent', text: 'Wie lautet Ihre Vertragsnummer?' }, 'VN-2023-445871');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 14]]);
  });

  it('joins a number split over two caller turns and finds its read-back', async () => {
    const spans = await detectAll(
      'Meine Kundennummer ist vier sieben eins eins',
      { speaker: 'agent', text: 'Ja?' },
      'null acht eins fünf',
      { speaker: 'agent', text: 'Also 4711 0815, richtig?' },
    );
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [0, 23, 44],
      [2, 0, 19],
      [3, 5, 14],
    ]);
  });

  it('does not take a date as the answer when the question moved on to the birth date', async () => {
    const spans = await detectAll({ speaker: 'agent', text: 'Die Kundennummer habe ich. Und Ihr Geburtsdatum?' }, '03.03.1980');
    expect(spans).toEqual([]);
  });
});

describe('ID detectors: hard negatives', () => {
  it.each([
    ['Telefonnummer 0171 2345678', 'phone numbers belong to PHONE, "Telefonnummer" is excluded'],
    ['Meine Hausnummer ist 12', 'house numbers are addresses'],
    ['Artikelnummer 4711-0815', 'article numbers identify products, not people'],
    ['Ich habe 2 Kinder und wohne seit 1980 hier.', 'bare small numbers and years'],
    ['Das kostet 1234 Euro.', 'a price'],
    ['Rufen Sie +49 171 2345678 1 an.', 'an 11-digit window inside a phone number is no Steuer-ID'],
    ['A123456789 ist falsch', 'KVNR with a wrong check digit'],
    ['Kundennummer? Habe ich gerade nicht.', 'a context word without any number'],
    ['Die ICE-Linie 3 fährt heute nicht', 'lowercase words after a hyphen are no licence plate'],
    ['Der Termin ist um 14 Uhr.', 'a time'],
  ])('%s (%s)', async (text) => {
    expect(await detectAll(text)).toEqual([]);
  });

  it('does not continue a number into a following quantity ("2 Stück")', async () => {
    const spans = await detectAll('Kundennummer 4711', { speaker: 'agent', text: 'Ja?' }, '2 Stück hätte ich gern');
    expect(spans.map((s) => s.turn)).toEqual([0]);
  });
});

describe('ID detectors use the shared validators', () => {
  it.each([
    ['kvnr', 'A123456780', true],
    ['kvnr', 'A123456781', false],
    ['steuer-id', '86 095 742 719', true],
    ['steuer-id', '86 095 742 718', false],
    ['rvnr', '15 070649 C 103', true],
    ['ausweis', 'T220001293', true],
    ['ausweis', 'T220001294', false],
  ] as const)('%s(%s) is %s and the detector agrees', async (name, value, valid) => {
    expect(VALIDATORS[name](value)).toBe(valid);
    const spans = await detectAll(`Nummer: ${value}`);
    const validated = spans.filter((s) => (s as { validated?: boolean }).validated);
    expect(validated.length > 0).toBe(valid);
  });
});

describe('ID scanners', () => {
  it('reads letter and digit groups as one run', () => {
    const words = { separators: new Set(['strich']), stopWords: new Set(['und', 'bin', 'am']) };
    const text = 'AZ 3 O 123/24 und';
    expect(scanIdRun(text, text.toLowerCase(), 0, 48, words)).toEqual({ start: 0, end: 13, digits: 6, letters: 3 });
    const spoken = 'v g strich 9 0 1 0 79 richtig';
    expect(scanIdRun(spoken, spoken, 0, 48, words)).toEqual({ start: 0, end: 21, digits: 6, letters: 2 });
    expect(scanIdRun('bin am 14.10.1954', 'bin am 14.10.1954', 0, 48, words)).toBeUndefined();
  });

  it('finds listed, spaced and generic context words but not excluded ones', () => {
    const m = new KeywordMatcher({
      groups: [{ minDigits: 4, stems: ['kunden'], heads: ['nummer', 'nr'], phrases: ['aktenzeichen'] }],
      genericHeads: ['nummer'],
      exclude: ['telefonnummer'],
    });
    const hits: [number, number][] = [];
    const text = 'kunden nr 1, aktenzeichen 2, telefonnummer 3, anliegennummer 4';
    m.scan(text, 0, text.length, (h) => hits.push([h.start, h.end]));
    expect(hits).toEqual([
      [0, 9],
      [13, 25],
      [46, 60],
    ]);
  });

  it('stays linear on a megabyte of digits and of letters', async () => {
    const digits = '1'.repeat(1_000_000);
    const letters = `Kundennummer ${'a'.repeat(1_000_000)}`;
    const t0 = performance.now();
    await detectAll(digits);
    await detectAll(letters);
    await detectAll(`Kundennummer ${'1 '.repeat(300_000)}`);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
