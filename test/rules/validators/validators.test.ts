/**
 * Checksum validators against published or hand-verified vectors. Every
 * "valid" vector below was recomputed independently (Python, outside this
 * code base) with the algorithm cited in the validator's header; the working
 * is summarised next to each vector.
 */
import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import {
  generateAusweis,
  generateIban,
  generateKvnr,
  generateLuhn,
  generateRvnr,
  generateSteuerId,
  icaoCheckDigit,
  kvnrCheckDigit,
  luhnCheckDigit,
  rvnrCheckDigit,
  steuerIdCheckDigit,
  VALIDATORS,
} from '../../../src/rules/validators/index.js';
import { seededRandom } from '../../../src/operators/seeded-random.js';

describe('luhn', () => {
  it.each([
    // Visa test card; Luhn sum 30.
    ['4111111111111111', true],
    // Wikipedia "Luhn algorithm" example: payload 7992739871, check digit 3.
    ['79927398713', true],
    ['7992 7398 713', true],
    ['79927398710', false],
    ['4111111111111112', false],
    ['4', false],
    ['41111111x1111111', false],
  ])('%s -> %s', (value, valid) => {
    expect(VALIDATORS.luhn(value)).toBe(valid);
  });

  it('computes the check digit of the Wikipedia payload', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });
});

describe('iban-mod97', () => {
  it.each([
    // The German example IBAN used by banks and the ECB: 3704 0044 = Commerzbank Köln.
    ['DE89 3704 0044 0532 0130 00', true],
    ['de89370400440532013000', true],
    // UK example from ISO 13616 / SWIFT IBAN registry.
    ['GB82 WEST 1234 5698 7654 32', true],
    ['DE89 3704 0044 0532 0130 01', false],
    ['DE88 3704 0044 0532 0130 00', false],
    // Right check digits need the right length for the country.
    ['DE89 3704 0044 0532 0130', false],
  ])('%s -> %s', (value, valid) => {
    expect(VALIDATORS['iban-mod97'](value)).toBe(valid);
  });
});

describe('kvnr', () => {
  it.each([
    // A -> 01; digits 0,1,1,2,3,4,5,6,7,8 weighted 1,2,...: 0+2+1+4+3+8+5+3+7+7 = 40 -> 0.
    ['A123456780', true],
    ['a123456780', true],
    ['A123456781', false],
    ['A12345678', false],
    ['1123456780', false],
  ])('%s -> %s', (value, valid) => {
    expect(VALIDATORS.kvnr(value)).toBe(valid);
  });

  it('computes the check digit of the gematik example', () => {
    expect(kvnrCheckDigit('A12345678')).toBe(0);
  });
});

describe('steuer-id (§ 139b AO, ISO 7064 MOD 11,10)', () => {
  it.each([
    // Check digit 9 by MOD 11,10; digit 7 occurs twice, all others at most once.
    ['86095742719', true, 'valid'],
    ['86 095 742 719', true, 'spaced'],
    // Check digit 6; digit 8 twice.
    ['47036892816', true, 'valid'],
    // Check digit 9; digit 9 three times (allowed since 2016).
    ['65929970489', true, 'one digit three times'],
    ['86095742718', false, 'wrong check digit'],
    // MOD 11,10 gives 8 = last digit, but a Steuer-IdNr never starts with 0.
    ['02476291358', false, 'leading zero'],
    // MOD 11,10 gives 3 = last digit, but no digit repeats in the first ten.
    ['12345678903', false, 'no repeated digit'],
    // Two digits (4 and 2) repeat, and the check digit is wrong as well.
    ['44967225836', false, 'two repeated digits'],
    ['8609574271', false, 'ten digits'],
  ])('%s -> %s (%s)', (value, valid) => {
    expect(VALIDATORS['steuer-id'](value)).toBe(valid);
  });

  it('computes the check digit', () => {
    expect(steuerIdCheckDigit('8609574271')).toBe(9);
  });
});

describe('rvnr (VKVV § 4)', () => {
  it.each([
    // 15 070649 C 10 -> 1,5,0,7,0,6,4,9,0,3,1,0 x 2,1,2,5,7,1,2,1,2,1,2,1, digit sums 43 -> 3.
    ['15070649C103', true, 'DRV example'],
    ['15 070649 C 103', true, 'spaced'],
    // The same computation for 12 030486 M 00 gives 32 -> 2, so 3 is wrong and 2 right.
    ['12030486M003', false, 'wrong check digit'],
    ['12030486M002', true, 'corrected check digit'],
    ['12031386M002', false, 'month 13'],
    ['120304861002', false, 'no letter'],
  ])('%s -> %s (%s)', (value, valid) => {
    expect(VALIDATORS.rvnr(value)).toBe(valid);
  });

  it('computes the check digit', () => {
    expect(rvnrCheckDigit('15070649C10')).toBe(3);
  });
});

describe('ausweis (ICAO 9303 7-3-1)', () => {
  it.each([
    // Specimen ID card (Erika Mustermann): T=29; 29*7+2*3+2*1+0+0+0+1*7+2*3+9*1 = 233 -> 3.
    ['T220001293', true],
    ['t220001293', true],
    ['T220001294', false],
    ['T22000129', false],
  ])('%s -> %s', (value, valid) => {
    expect(VALIDATORS.ausweis(value)).toBe(valid);
  });

  it.each([
    // ICAO Doc 9303 part 3 specimen passport MRZ: document number, birth date, expiry date.
    ['L898902C<', 3],
    ['690806', 1],
    ['940623', 6],
    ['T22000129', 3],
  ])('check digit of %s is %d', (field, digit) => {
    expect(icaoCheckDigit(field)).toBe(digit);
  });
});

describe('generators make values their validators accept', () => {
  const rnd = seededRandom('validators-test');
  it.each(Array.from({ length: 50 }, (_, i) => i))('round %d', () => {
    expect(VALIDATORS.luhn(generateLuhn('4', 16, rnd.int))).toBe(true);
    expect(VALIDATORS.kvnr(generateKvnr(rnd.int))).toBe(true);
    expect(VALIDATORS['steuer-id'](generateSteuerId(rnd.int))).toBe(true);
    expect(VALIDATORS.rvnr(generateRvnr(rnd.int))).toBe(true);
    expect(VALIDATORS.ausweis(generateAusweis(rnd.int))).toBe(true);
    const iban = generateIban('DE', '0'.repeat(18), rnd.int);
    expect(iban && isValidIBAN(iban)).toBe(true);
  });

  it('keeps the prefix and length of a Luhn number', () => {
    const card = generateLuhn('5', 16, seededRandom('x').int);
    expect(card).toMatch(/^5\d{15}$/);
  });
});
