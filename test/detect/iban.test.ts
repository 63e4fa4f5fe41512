import { describe, expect, it } from 'vitest';
import { createIbanDetectors } from '../../src/detect/iban.js';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import type { Span } from '../../src/types.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import { triples, type TestTurn } from '../helpers.js';

const detectors = createIbanDetectors();

/** Runs every IBAN detector (IBAN, account number, bank code) on one call view and sorts their spans. */
async function detectIban(...turns: TestTurn[]): Promise<Span[]> {
  const call = createCallView(
    'test',
    turns.map((t) => (typeof t === 'string' ? { speaker: 'caller', text: t } : t)),
  );
  const spans: Span[] = [];
  for (const d of detectors) await d.detect(call, spans);
  return spans.sort((a, b) => a.turn - b.turn || a.start - b.start || b.end - a.end);
}

describe('IBAN: single-turn positives (written and spoken)', () => {
  it.each([
    ['spaced groups of four', 'IBAN DE89 3704 0044 0532 0130 00 bitte', [[5, 32, 'IBAN']]],
    ['lowercase compact', 'meine iban ist de89370400440532013000', [[15, 37, 'IBAN']]],
    ['British IBAN with bank code letters', 'GB82 WEST 1234 5698 7654 32', [[0, 27, 'IBAN']]],
    ['compact with sentence dot', 'Das ist GB82WEST12345698765432.', [[8, 30, 'IBAN']]],
    ['spoken letter by letter', 'D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null', [[0, 105, 'IBAN']]],
    ['spoken with spelling alphabet', 'D wie Dora E wie Emil acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null', [[0, 123, 'IBAN']]],
    ['spoken in pairs', 'de neunundachtzig siebenunddreißig null vier null null vierundvierzig null fünf zweiunddreißig null eins dreißig null null', [[0, 122, 'IBAN']]],
    ['filler inside', 'Also DE89 3704 äh 0044 0532 0130 00', [[5, 35, 'IBAN']]],
    ['without country code after the cue', 'meine iban lautet acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null', [[18, 119, 'IBAN']]],
    ['Austrian test IBAN', 'AT61 1904 3002 3457 3201', [[0, 24, 'IBAN']]],
    ['Swiss test IBAN', 'CH93 0076 2011 6238 5295 7', [[0, 26, 'IBAN']]],
    ['wrong checksum after the cue (fail closed)', 'meine IBAN ist DE88 3704 0044 0532 0130 00', [[15, 42, 'IBAN']]],
    ['one digit missing after the cue (fail closed)', 'meine IBAN ist DE89 3704 0044 0532 0130 0', [[15, 41, 'IBAN']]],
    ['account number and bank code', 'Kontonummer 1234567, BLZ 370 400 44', [[12, 19, 'IBAN'], [25, 35, 'IBAN']]],
    ['spoken account number and bank code', 'kontonummer ist eins zwei drei vier fünf sechs sieben bankleitzahl drei sieben null vier null null vier vier', [[16, 53, 'IBAN'], [67, 108, 'IBAN']]],
    ['abbreviated account cue', 'Kto.-Nr. 0532013000', [[9, 19, 'IBAN']]],
  ] as const)('%s', async (_name, text, expected) => {
    expect(triples(await detectIban(text))).toEqual(expected);
  });
});

describe('IBAN: scores', () => {
  it('scores a valid checksum 1 and marks it validated', async () => {
    const [span] = await detectIban('DE89 3704 0044 0532 0130 00');
    expect(span).toMatchObject({ score: 1, validated: true, source: 'rules:iban' });
  });
  it.each([
    ['wrong checksum', 'meine IBAN ist DE88 3704 0044 0532 0130 00', 0.6],
    ['wrong length', 'meine IBAN ist DE89 3704 0044 0532 0130 0', 0.5],
  ] as const)('fails closed below 1 and unvalidated: %s', async (_name, text, score) => {
    const [span] = await detectIban(text);
    expect(span).toMatchObject({ score, validated: false });
  });
});

describe('IBAN: hard negatives', () => {
  it.each([
    ['wrong checksum without context', 'DE88 3704 0044 0532 0130 00'],
    ['wrong length without context', 'DE89 3704 0044 0532 0130 0'],
    ['two-letter word before a number', 'es sind 12 Kinder, am 3 Mai'],
    ['phone number', 'Telefon 0171 2345678'],
    ['twenty digits without context', 'Vorgang 12345678901234567890'],
    ['account cue with too few digits', 'Konto 2 Tage überzogen'],
    ['bank code of the wrong length', 'BLZ 1234'],
    ['appointment date', 'am 12.03.2024'],
    ['IBAN of an unknown country', 'XX89 3704 0044 0532 0130 00'],
    ['card number after a card cue', 'Kreditkarte 4111 1111 1111 1111'],
  ] as const)('%s: %s', async (_reason, text) => {
    expect(await detectIban(text)).toEqual([]);
  });
});

describe('IBAN: across turns', () => {
  const agent = (text: string): TestTurn => ({ speaker: 'agent', text });
  const located = (spans: readonly Span[]): [number, number, number][] => spans.map((s) => [s.turn, s.start, s.end]);
  it.each([
    [
      'dictated over two turns with "ja" between',
      [agent('Ihre IBAN bitte.'), 'DE89 3704 0044', agent('ja'), '0532 0130 00, das ist alles.'],
      [[1, 0, 14], [3, 0, 12]],
    ],
    [
      'spoken over two turns, continued with "dann"',
      [agent('Wie lautet Ihre IBAN?'), 'd e acht neun drei sieben null vier', agent('mhm, ja?'), 'dann null null vier vier null fünf drei zwei null eins drei null null null'],
      [[1, 0, 35], [3, 5, 74]],
    ],
    [
      'agent reads back with one digit wrong (fail closed, recent IBAN)',
      ['DE89 3704 0044 0532 0130 00', agent('DE89 3704 0044 0532 0130 01, richtig?')],
      [[0, 0, 27], [1, 0, 27]],
    ],
  ] as const)('%s', async (_name, turns, expected) => {
    expect(located(await detectIban(...turns))).toEqual(expected);
  });
});

describe('iban-mod97 validator: published test vectors', () => {
  it.each([
    ['DE89370400440532013000', true],
    ['GB82WEST12345698765432', true],
    ['AT611904300234573201', true],
    ['CH9300762011623852957', true],
    ['DE88370400440532013000', false],
    ['GB82WEST12345698765433', false],
  ] as const)('%s -> %s', (value, valid) => {
    expect(VALIDATORS['iban-mod97'](value)).toBe(valid);
  });
});

describe('IBAN: linear time on adversarial input', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB of digits', '7'.repeat(MB)],
    ['1 MB of "1 "', '1 '.repeat(MB / 2)],
    ['1 MB without spaces', 'de'.repeat(MB / 2)],
    ['1 MB of "DE8"', 'DE8'.repeat(MB / 3)],
    ['1 MB of "d e 8 "', 'd e 8 '.repeat(MB / 6)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await detectIban(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
