import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { parseCharTemplate } from '../../src/operators/char-template.js';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import { runner, shapeOf } from './helpers.js';

const surrogates = () => runner({ DEFAULT: 'surrogate' });
const DRAMA = /^(03023125|06990009|04066969|02214710|08999998)\d{3}$/;
const digitsOf = (s: string) => parseCharTemplate(s).chars.replace(/[^0-9]/g, '');

describe('surrogate: PHONE', () => {
  it.each([
    ['0171 2345678'],
    ['030 23125 417'],
    ['0171/234 56 78'],
    ['01712345678'],
  ])('%s -> a drama number in the same grouping', (value) => {
    const out = surrogates()('PHONE', value);
    expect(shapeOf(out)).toBe(shapeOf(value));
    expect(digitsOf(out)).toMatch(DRAMA);
    expect(digitsOf(out)).not.toBe(digitsOf(value));
  });

  it.each([
    ['+49 171 2345678', /^\+49 \d{3} \d{7}$/],
    ['+49 (0) 171 2345678', /^\+49 \(0\) \d{3} \d{7}$/],
    ['0049 171 2345678', /^0049 \d{3} \d{7}$/],
    ['+43 1 2345678', /^\+49 \d \d{7}$/],
  ])('%s keeps its international prefix form', (value, shape) => {
    expect(surrogates()('PHONE', value)).toMatch(shape);
  });

  it('keeps all written forms of one number consistent', () => {
    const apply = surrogates();
    const a = apply('PHONE', '0171 2345678');
    const b = apply('PHONE', '+49 171 2345678');
    expect(`0${digitsOf(b).slice(2)}`).toBe(digitsOf(a));
  });

  it.each([
    ['null eins sieben eins, zwei drei vier fünf sechs sieben acht'],
    ['null eins sieben eins dreiundzwanzig fünfundvierzig sechs sieben acht'],
    ['Null Eins Sieben Eins zwo drei vier fünf sechs sieben acht'],
  ])('spoken "%s" stays spoken, digit for digit', (value) => {
    const out = surrogates()('PHONE', value);
    expect(out).not.toMatch(/[0-9]/);
    expect(digitsOf(out)).toHaveLength(digitsOf(value).length);
    expect(digitsOf(out)).toMatch(DRAMA);
    expect(out.includes(',')).toBe(value.includes(','));
  });

  it('leaves words around a number alone', () => {
    expect(surrogates()('PHONE', '030 1234567 Durchwahl 12')).toMatch(/^\d{3} \d{7} Durchwahl \d\d$/);
  });

  it('keeps short numbers short', () => {
    const out = surrogates()('PHONE', '-23');
    expect(out).toMatch(/^-\d\d$/);
  });
});

describe('surrogate: IBAN', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00'],
    ['DE89370400440532013000'],
    ['GB82 WEST 1234 5698 7654 32'],
  ])('%s -> a valid IBAN of the same country and shape', (value) => {
    const out = surrogates()('IBAN', value);
    expect(shapeOf(out)).toBe(shapeOf(value));
    expect(out.slice(0, 2)).toBe(value.slice(0, 2));
    expect(isValidIBAN(out.replace(/ /g, ''))).toBe(true);
    expect(out).not.toBe(value);
  });

  it('keeps lowercase input lowercase', () => {
    const out = surrogates()('IBAN', 'de89 3704 0044 0532 0130 00');
    expect(out).toMatch(/^de\d\d( \d{4}){4} \d\d$/);
    expect(isValidIBAN(out.replace(/ /g, '').toUpperCase())).toBe(true);
  });

  it('keeps a spoken IBAN spoken and valid', () => {
    const value = 'D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null';
    const out = surrogates()('IBAN', value);
    expect(out).toMatch(/^D E [a-zäöü ]+$/);
    expect(isValidIBAN(parseCharTemplate(out).chars)).toBe(true);
  });

  it('fakes a bare account number with digits of the same length', () => {
    const out = surrogates()('IBAN', '0532013000');
    expect(out).toMatch(/^[1-9]\d{9}$/);
    expect(out).not.toBe('0532013000');
  });
});

describe('surrogate: CARD', () => {
  it.each([['4111 1111 1111 1111'], ['5555-5555-5555-4444'], ['378282246310005']])('%s -> Luhn-valid, same shape and network digit', (value) => {
    const out = surrogates()('CARD', value);
    expect(shapeOf(out)).toBe(shapeOf(value));
    expect(out[0]).toBe(value[0]);
    expect(VALIDATORS.luhn(out)).toBe(true);
    expect(out).not.toBe(value);
  });
});

describe('surrogate: ID', () => {
  it.each([
    ['A123456780', 'kvnr'],
    ['a123456780', 'kvnr'],
    ['15 070649 C 103', 'rvnr'],
    ['86095742719', 'steuer-id'],
    ['86 095 742 719', 'steuer-id'],
    ['T220001293', 'ausweis'],
  ] as const)('%s -> a valid %s in the same shape', (value, validator) => {
    const out = surrogates()('ID', value);
    expect(shapeOf(out)).toBe(shapeOf(value));
    expect(VALIDATORS[validator](out)).toBe(true);
    expect(out.toUpperCase()).not.toBe(value.toUpperCase());
  });

  it('keeps the case of a KVNR', () => {
    expect(surrogates()('ID', 'a123456780')).toMatch(/^[a-z]\d{9}$/);
  });

  it('moves IPv4 addresses into documentation ranges (RFC 5737)', () => {
    expect(surrogates()('ID', '192.168.1.20')).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
  });

  it.each([['B-AB 1234'], ['VS-2024-000123'], ['K 12345/2025']])('other IDs keep their shape: %s', (value) => {
    const out = surrogates()('ID', value);
    expect(shapeOf(out)).toBe(shapeOf(value));
    expect(out).not.toBe(value);
  });

  it('keeps spoken IDs spoken', () => {
    const out = surrogates()('ID', 'vier sieben eins eins');
    expect(out).toMatch(/^[a-zäöü]+( [a-zäöü]+){3}$/);
  });
});
