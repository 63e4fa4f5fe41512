import { describe, expect, it } from 'vitest';
import { createCardDetectors } from '../../src/detect/card.js';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import { detectIn, triples, type TestTurn } from '../helpers.js';

const card = createCardDetectors()[0];

describe('CARD: positives (written and spoken)', () => {
  it.each([
    ['Visa test number in groups', 'Kartennummer 4111 1111 1111 1111', [[13, 32, 'CARD']]],
    ['Mastercard compact', '5555555555554444', [[0, 16, 'CARD']]],
    ['Amex 4-6-5', '3782 822463 10005', [[0, 17, 'CARD']]],
    ['Mastercard 2-series', '2223 0031 2200 3222', [[0, 19, 'CARD']]],
    ['Discover', '6011 1111 1111 1117', [[0, 19, 'CARD']]],
    ['JCB', '3530 1113 3330 0000', [[0, 19, 'CARD']]],
    ['dashes, expiry date left out', '4111-1111-1111-1111 12/26', [[0, 19, 'CARD']]],
    ['spoken digit by digit', 'vier eins eins eins, eins eins eins eins, eins eins eins eins, eins eins eins eins', [[0, 82, 'CARD']]],
    ['spoken pairs', 'einundvierzig elf, elf elf, elf elf, elf elf', [[0, 44, 'CARD']]],
    ['wrong Luhn after a card cue (fail closed)', 'Kartennummer 4111 1111 1111 1112', [[13, 32, 'CARD']]],
    ['filler inside', '4111 1111 äh 1111 1111', [[0, 22, 'CARD']]],
  ] as const)('%s', async (_name, text, expected) => {
    expect(triples(await detectIn(card, text))).toEqual(expected);
  });

  it('scores Luhn-valid numbers 1 (validated) and fail-closed ones lower', async () => {
    const [valid] = await detectIn(card, '4111 1111 1111 1111');
    const [failed] = await detectIn(card, 'Kartennummer 4111 1111 1111 1112');
    expect(valid).toMatchObject({ score: 1, validated: true, source: 'rules:card' });
    expect(failed).toMatchObject({ score: 0.6, validated: false });
  });
});

describe('CARD: across turns', () => {
  const agent = (text: string): TestTurn => ({ speaker: 'agent', text });
  it.each([
    [
      'dictated in two halves with "ja, weiter" between',
      [agent('Wie ist die Kartennummer?'), '4111 1111', agent('Ja, weiter.'), 'Dann 1111 1111.'],
      [[1, 0, 9], [3, 5, 14]],
    ],
    [
      'agent reads back with one digit wrong (fail closed, recent card)',
      ['4111 1111 1111 1111', agent('4111 1111 1111 1112, richtig?')],
      [[0, 0, 19], [1, 0, 19]],
    ],
    [
      'agent reads back with the IIN misheard (one digit off a card found before)',
      ['3782 822463 10005', agent('Ich wiederhole 3182 822463 10005')],
      [[0, 0, 17], [1, 15, 32]],
    ],
  ] as const)('%s', async (_name, turns, expected) => {
    expect((await detectIn(card, ...turns)).map((s) => [s.turn, s.start, s.end])).toEqual(expected);
  });
});

describe('CARD: hard negatives', () => {
  it.each([
    ['Luhn fails without context', '4111 1111 1111 1112'],
    ['no network starts with 1', '1234 5678 9012 3452'],
    ['IBAN digits after the country code', 'DE89 3704 0044 0532 0130 00'],
    ['phone number with international prefix', '0049 171 2345678'],
    ['phone number', '+49 171 23456789'],
    ['Luhn-valid but wrong length for Visa', '4111 1111 1111 11'],
    ['order number after its cue, Luhn fails', 'Bestellnummer 5500 0000 0000 0005'],
    ['price', 'Das kostet 4.111,11 Euro'],
  ] as const)('%s: %s', async (_reason, text) => {
    expect(await detectIn(card, text)).toEqual([]);
  });
});

describe('luhn validator: published test vectors', () => {
  it.each([
    ['4111111111111111', true],
    ['5555555555554444', true],
    ['378282246310005', true],
    ['6011111111111117', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['378282246310006', false],
  ] as const)('%s -> %s', (value, valid) => {
    expect(VALIDATORS.luhn(value)).toBe(valid);
  });
});

describe('CARD: linear time on adversarial input', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB of digits', '4'.repeat(MB)],
    ['1 MB of "1 "', '1 '.repeat(MB / 2)],
    ['1 MB of "4111 "', '4111 '.repeat(MB / 5)],
    ['1 MB without spaces', 'karte'.repeat(MB / 5)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await detectIn(card, text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
