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
    ["Meine Versicherungsnummer ist 12 345 678 901.", [[30, 44, 'ID']]],
    ["Steuernummer 12/345/67890", [[13, 25, 'ID']]],
    ["Die Fahrgestellnummer lautet WVWZZZ1JZXW000001.", [[29, 46, 'ID']]],
    ["FIN WVWZZZ1JZXW000001 bitte", [[4, 21, 'ID']]],
    ["Personalnummer: 004711", [[16, 22, 'ID']]],
    ["Bestellnummer 2024-778812", [[14, 25, 'ID']]],
    ["Geschäftszeichen II-4/2024-117", [[17, 30, 'ID']]],
    ["das kennzeichen ist rv mm 64h", [[20, 29, 'ID']]],
    ["die vorgangsnummer ist fünf zwo neun vier drei zwo null e", [[23, 57, 'ID']]],
    ["meine kundennummer ist drei acht äh acht acht neun", [[23, 50, 'ID']]],
    ["versichertennummer a eins zwei drei vier fünf sechs sieben acht null", [[19, 68, 'ID']]],
    ["die ip ist hundertsechsundsiebzig punkt zweihundertachtzehn punkt zwei zwei sieben punkt hundertsechzehn", [[11, 104, 'ID']]],
    ["Referenznummer R 1 M M 1, V N 1 Z 1", [[15, 35, 'ID']]],
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

describe('ID detectors: answers, continuations and read-backs in speech-to-text calls', () => {
  it.each<[string, TestTurn[], [number, number, number][]]>([
    [
      'an answer of letters only, continued after a backchannel',
      [{ speaker: 'agent', text: 'nennen sie mir bitte ihre kundennummer' }, 'k d strich', { speaker: 'agent', text: 'mhm ja' }, 'dann zwei neun fünf sieben fünf acht'],
      [[1, 0, 10], [3, 5, 36]],
    ],
    [
      'a number that goes on after "Okay, und weiter?"',
      ['Meine Kundennummer ist vier sieben eins eins', { speaker: 'agent', text: 'Okay, und weiter?' }, 'drei, das ist alles.'],
      [[0, 23, 44], [2, 0, 4]],
    ],
    [
      'a bare "die Nummer bitte" after the topic was named',
      [{ speaker: 'agent', text: 'um welchen vertrag geht es die nummer bitte' }, 'vier null drei sechzehn acht fünfzig'],
      [[1, 0, 36]],
    ],
    [
      'a misheard read-back and its correction',
      ['Die Vertragsnummer ist 1ITF0083738481.', { speaker: 'agent', text: 'Ich wiederhole: 1ITF0083738181.' }, 'Nee, 1ITF0083738481.'],
      [[0, 23, 37], [1, 16, 30], [2, 5, 19]],
    ],
    [
      'a spelled read-back of a value with a long letter group',
      ['Ja, also die Ausweisnummer ist ähm, KLVJFN8J42.', { speaker: 'agent', text: 'Ich habe K L V J F, N acht J zweiundvierzig notiert.' }],
      [[0, 36, 46], [1, 9, 43]],
    ],
    [
      'a read-back with a spoken dot after a comma',
      ['Versicherungsscheinnummer: 52.631,149.9', { speaker: 'agent', text: 'Okay, fünf zwo Punkt sechs drei eins, Punkt eins vier neun Punkt neun.' }],
      [[0, 27, 39], [1, 6, 69]],
    ],
    [
      'the read-back of a tax ID that only the checksum found',
      ['86 095 742 719', { speaker: 'agent', text: 'Ich wiederhole: 86 095 742 718.' }],
      [[0, 0, 14], [1, 16, 30]],
    ],
  ])('%s', async (_name, turns, expected) => {
    const spans = await detectAll(...turns);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual(expect.arrayContaining(expected));
    for (const s of spans) expect(expected.some(([t, a, b]) => s.turn === t && s.start >= a && s.end <= b)).toBe(true);
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
    ['der zählerstand ist 12345', 'a meter reading is no identifier'],
    ['Kundennummer? Ich hätte am 26.07 um 10 Uhr Zeit.', 'a day and month without year is a date'],
    ['Ihre Vertragsnummer? Die Selbstbeteiligung liegt bei 1697 Euro.', 'a number followed by a currency is an amount'],
    ['Ihre Kundennummer? Ich habe 112,00 € überwiesen.', 'a number followed by a currency sign is an amount'],
    ['Die Nummer ABCDEFGHJKLMNPRST ist keine', 'seventeen letters without a digit are no VIN'],
  ])('%s (%s)', async (text) => {
    expect(await detectAll(text)).toEqual([]);
  });

  it('does not take an answer to a context word the previous turn already answered itself', async () => {
    const spans = await detectAll('das kennzeichen war w a f r o hundertvierundneunzig', { speaker: 'agent', text: 'wie schlimm ist es von eins bis zehn' });
    expect(spans.map((s) => s.turn)).toEqual([0]);
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
