import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/operators/date-form.js';
import { runner, shapeOf } from './helpers.js';

const surrogates = () => runner({ DEFAULT: 'surrogate' });

function daysBetween(a: string, b: string): number {
  const x = readDate(a);
  const y = readDate(b);
  return Math.round((Date.UTC(y.year!, y.month! - 1, y.day!) - Date.UTC(x.year!, x.month! - 1, x.day!)) / 86_400_000);
}

describe('surrogate: DATE_OF_BIRTH', () => {
  it.each([
    ['03.03.1980', /^\d\d\.\d\d\.\d{4}$/],
    ['3.3.1980', /^\d{1,2}\.\d{1,2}\.\d{4}$/],
    ['1980-03-03', /^\d{4}-\d\d-\d\d$/],
    ['3. März 1980', /^\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}$/],
    ['dritter märz neunzehnhundertachtzig', /^[a-zäöüß]+ter [a-zä]+ neunzehnhundert[a-zäöüß]*$|^[a-zäöüß]+ter [a-zä]+ [a-zäöüß]+$/],
    ['am dritten März 1980', /^am [a-zäöüß]+ten [A-ZÄ][a-zä]+ \d{4}$/],
  ])('%s moves 1..365 days and keeps its form', (value, shape) => {
    const out = surrogates()('DATE_OF_BIRTH', value);
    expect(out).toMatch(shape);
    const shift = Math.abs(daysBetween(value, out));
    expect(shift).toBeGreaterThanOrEqual(1);
    expect(shift).toBeLessThanOrEqual(365);
  });

  it.each([
    ['am 3.3.', /^am \d{1,2}\.\d{1,2}\.$/],
    ['dritter dritter', /^[a-zäöüß]+ter [a-zäöüß]+ter$/],
  ])('shifts a day and month without year: %s', (value, shape) => {
    const out = surrogates()('DATE_OF_BIRTH', value);
    expect(out).toMatch(shape);
    const a = readDate(value);
    const b = readDate(out);
    expect([b.day, b.month]).not.toEqual([a.day, a.month]);
  });

  it('keeps a two-digit year two-digit', () => {
    expect(surrogates()('DATE_OF_BIRTH', '03.03.80')).toMatch(/^\d\d\.\d\d\.\d\d$/);
  });

  it('moves a month-and-year date by at least one month', () => {
    const out = surrogates()('DATE_OF_BIRTH', 'März 1980');
    expect(out).toMatch(/^[A-ZÄ][a-zä]+ \d{4}$/);
    expect(out).not.toBe('März 1980');
  });

  it('moves all mentions of one date alike', () => {
    const apply = surrogates();
    const a = apply('DATE_OF_BIRTH', '03.03.1980');
    const b = apply('DATE_OF_BIRTH', '3. März 1980');
    const d = readDate(b);
    expect(a).toBe(`${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`);
  });

  it('honours dateShiftDays', () => {
    const apply = runner({ DEFAULT: { name: 'surrogate', params: { dateShiftDays: 3 } } });
    for (const v of ['01.01.1990', '15.06.1975', '29.02.1984']) {
      const shift = Math.abs(daysBetween(v, apply('DATE_OF_BIRTH', v)));
      expect(shift).toBeGreaterThanOrEqual(1);
      expect(shift).toBeLessThanOrEqual(3);
    }
  });
});

describe('surrogate: ADDRESS', () => {
  it('replaces street, number, postcode and city in place', () => {
    const out = surrogates()('ADDRESS', 'Hauptstraße 12, 10115 Berlin');
    expect(out).toMatch(/^\S+ \d{2}, \d{5} \S+$/);
    for (const part of ['Hauptstraße', '12', '10115', 'Berlin']) expect(out.split(/[ ,]+/)).not.toContain(part);
  });

  it('keeps a spoken, lowercase address spoken and lowercase', () => {
    const out = surrogates()('ADDRESS', 'hauptstraße zwölf eins null eins eins fünf berlin');
    expect(out).toBe(out.toLowerCase());
    expect(out).not.toMatch(/[0-9]/);
    expect(out).not.toContain('hauptstraße');
    expect(out).not.toContain('berlin');
  });

  it.each([
    ['Bahnhofstr. 3a', /^\S+ \d[abc]$/],
    ['10115', /^\d{5}$/],
    ['in der Lindenallee', /^in der \S+$/],
  ])('%s keeps its shape', (value, shape) => {
    const out = surrogates()('ADDRESS', value);
    expect(out).toMatch(shape);
    expect(out).not.toBe(value);
  });

  it('keeps street, postcode and city consistent across mentions', () => {
    const apply = surrogates();
    const full = apply('ADDRESS', 'Hauptstraße 12, 10115 Berlin');
    expect(full.startsWith(apply('ADDRESS', 'Hauptstraße'))).toBe(true);
    expect(full).toContain(apply('ADDRESS', '10115'));
  });

  it.each([
    ['Goethestraße 5', /^[A-ZÄÖÜ]\S+ \d$/],
    ['goethestrasse 5', /^[a-zäöüß]\S+ \d$/],
    ['Goethestr. 5', /^[A-ZÄÖÜ]\S+ \d$/],
  ])('writes %s in the style of the original', (value, shape) => {
    const out = surrogates()('ADDRESS', value);
    expect(out).toMatch(shape);
    expect(shapeOf(out.split(' ')[1])).toBe('9');
  });
});

describe('surrogate: HEALTH and SPECIAL', () => {
  it('never fakes health data', () => {
    expect(surrogates()('HEALTH', 'starke Rückenschmerzen')).toBe('[Gesundheitsangabe]');
  });

  it.each([
    ['religion', '[Religionsangabe]'],
    ['union', '[Gewerkschaftsangabe]'],
    [undefined, '[besondere Angabe]'],
  ] as const)('SPECIAL/%s -> %s', (subtype, expected) => {
    expect(surrogates()('SPECIAL', 'katholisch', subtype)).toBe(expected);
  });
});
