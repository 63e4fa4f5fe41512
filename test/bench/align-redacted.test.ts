import { describe, expect, it } from 'vitest';
import { AlignmentError, alignRedacted, type ReplacementToken } from '../../benchmarks/peers/align-redacted.js';

const kTokens: readonly ReplacementToken[] = [
  { token: 'PHONE_NUMBER', label: 'PHONE' },
  { token: 'EMAIL_ADDRESS', label: 'EMAIL' },
  { token: 'CREDIT_CARD_NUMBER', label: 'CARD' },
  { token: 'NUMBER', label: 'ID' },
];

const ranges = (original: string, redacted: string, verify?: (v: string, t: string) => boolean) =>
  alignRedacted(original, redacted, kTokens, verify).map((r) => [original.slice(r.start, r.end), r.label]);

describe('alignRedacted', () => {
  it.each([
    ['no change', 'Hallo Welt', 'Hallo Welt', []],
    ['one value in the middle', 'Ruf 555-123-4567 an', 'Ruf PHONE_NUMBER an', [['555-123-4567', 'PHONE']]],
    ['value at the start', 'a@b.de schreiben', 'EMAIL_ADDRESS schreiben', [['a@b.de', 'EMAIL']]],
    ['value at the end', 'Mail: a@b.de', 'Mail: EMAIL_ADDRESS', [['a@b.de', 'EMAIL']]],
    ['whole text', '4111111111111111', 'CREDIT_CARD_NUMBER', [['4111111111111111', 'CARD']]],
    ['two values, distinct literals', 'Tel 555-1234, Mail x@y.de.', 'Tel PHONE_NUMBER, Mail EMAIL_ADDRESS.', [['555-1234', 'PHONE'], ['x@y.de', 'EMAIL']]],
    ['longest token wins over its suffix', 'Karte 4111 1111 1111 1111 ok', 'Karte CREDIT_CARD_NUMBER ok', [['4111 1111 1111 1111', 'CARD']]],
    ['literal recurring after the value', 'x 555-1234 x y', 'x PHONE_NUMBER x y', [['555-1234', 'PHONE']]],
  ])('%s', (_name, original, redacted, expected) => {
    expect(ranges(original, redacted)).toEqual(expected);
  });

  it('keeps later literals placeable (earliest feasible placement, not earliest occurrence)', () => {
    // The literal " und " occurs twice; only its second occurrence leaves room for the suffix.
    const original = 'A 1 und 2 und 3';
    const redacted = 'A PHONE_NUMBER und PHONE_NUMBER';
    expect(ranges(original, redacted)).toEqual([['1', 'PHONE'], ['2 und 3', 'PHONE']]);
  });

  it('uses the verify oracle when a literal also occurs inside the value', () => {
    const original = '555 1234 555 9876';
    const redacted = 'PHONE_NUMBER PHONE_NUMBER';
    // Without an oracle the first space splits the values.
    expect(ranges(original, redacted)).toEqual([['555', 'PHONE'], ['1234 555 9876', 'PHONE']]);
    const verify = (value: string) => /^\d{3} \d{4}$/.test(value);
    expect(ranges(original, redacted, verify)).toEqual([['555 1234', 'PHONE'], ['555 9876', 'PHONE']]);
  });

  it.each([
    ['text changed outside any token', 'Hallo Welt', 'Hallo Erde'],
    ['prefix differs', 'Tel 555-1234', 'Fax PHONE_NUMBER'],
    ['suffix differs', 'Tel 555-1234 an', 'Tel PHONE_NUMBER ab'],
    ['token with no room for a value', 'ab', 'aPHONE_NUMBERb'],
    ['literal missing from the original', 'Tel 555 und 1', 'Tel PHONE_NUMBER oder PHONE_NUMBER'],
  ])('throws AlignmentError: %s', (_name, original, redacted) => {
    expect(() => alignRedacted(original, redacted, kTokens)).toThrow(AlignmentError);
  });
});
