import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { compileOperatorTable } from '../../src/operators/index.js';
import { runner } from './helpers.js';

describe('mask', () => {
  it.each([
    ['PHONE', '0171 2345678', {}, '**** *******'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00', { keepLast: 4 }, '**** **** **** **** **30 00'],
    ['CARD', '4111 1111 1111 1111', { keepLast: 4, char: '#' }, '#### #### #### 1111'],
    ['PERSON', 'Anna-Lena Weber', {}, '****-**** *****'],
    ['EMAIL', 'anna.weber@gmx.de', {}, '****.*****@***.**'],
    ['PHONE', 'null eins sieben', {}, '**** **** ******'],
    // keepLast never reveals more than half of the letters and digits.
    ['ADDRESS', '1234', { keepLast: 4 }, '**34'],
    ['ID', 'ÄÖÜ-1', { keepLast: 1 }, '***-1'],
  ] as const)('%s "%s" with %j -> "%s"', (label, value, params, expected) => {
    const apply = runner({ [label]: { name: 'mask', params } });
    expect(apply(label, value)).toBe(expected);
  });

  it.each([
    [{ char: 'ab' }, 'operators.IBAN.params.char: must be exactly one character'],
    [{ char: 'x' }, 'operators.IBAN.params.char: must not be a letter or digit'],
    [{ keepLast: -1 }, 'operators.IBAN.params.keepLast: must be an integer 0..64, got -1'],
    [{ keepLast: 1.5 }, 'operators.IBAN.params.keepLast: must be an integer 0..64, got 1.5'],
    [{ keep: 4 }, 'operators.IBAN.params.keep: unknown parameter; expected char, keepLast'],
  ])('rejects params %j', (params, message) => {
    expect(() => compileOperatorTable({ IBAN: { name: 'mask', params } })).toThrow(new ConfigError(message));
  });
});
