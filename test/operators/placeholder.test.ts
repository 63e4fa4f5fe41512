import { describe, expect, it } from 'vitest';
import { runner } from './helpers.js';

describe('placeholder', () => {
  it('numbers distinct values per label in order of appearance', () => {
    const apply = runner({});
    expect(apply('PERSON', 'Anna Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'Jana Krüger')).toBe('[PERSON_2]');
    expect(apply('PHONE', '0171 2345678')).toBe('[PHONE_1]');
    expect(apply('PERSON', 'Anna Weber')).toBe('[PERSON_1]');
  });

  it.each([
    ['PHONE', '0171 234', '01712 34', 'regrouped digits'],
    ['PHONE', '0171 2345678', '+49 (0) 171 2345678', 'country code with (0)'],
    ['PHONE', '0171 2345678', '0049 171 2345678', '00 country code'],
    ['PHONE', '0171 234', 'null eins sieben eins zwei drei vier', 'spoken digits'],
    ['PHONE', '0171 2323', 'null eins sieben eins dreiundzwanzig dreiundzwanzig', 'spoken pairs'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00', 'de89370400440532013000', 'case and spacing'],
    ['CARD', '4111 1111 1111 1111', '4111-1111-1111-1111', 'separators'],
    ['ID', 'A 123 456 780', 'a123456780', 'case and spacing'],
    ['PERSON', 'Jana Krüger', 'jana krueger', 'case and umlaut spelling'],
    ['PERSON', 'Dr. Jana Krüger', 'JANA KRÜGER', 'title and caps'],
    ['PERSON', 'Meier', 'M wie Martha, E, I, E, R', 'spelled out'],
    ['EMAIL', 'anna.weber@gmx.de', 'anna punkt weber at gmx punkt de', 'spoken e-mail'],
    ['ADDRESS', 'Hauptstr. 5', 'hauptstraße fünf', 'abbreviation and spoken number'],
    ['DATE_OF_BIRTH', '03.03.1980', '3. März 1980', 'date formats'],
    ['HEALTH', 'Rückenschmerzen', 'rueckenschmerzen', 'case and umlaut'],
  ] as const)('%s: "%s" and "%s" are one value (%s)', (label, a, b, _why) => {
    const apply = runner({});
    expect(apply(label, a)).toBe(`[${label}_1]`);
    expect(apply(label, b)).toBe(`[${label}_1]`);
  });

  it.each([
    ['PHONE', '0171 234', '0171 235'],
    ['PERSON', 'Anna Weber', 'Anna Becker'],
    ['ID', 'A123456780', 'B123456780'],
  ] as const)('%s: "%s" and "%s" are different values', (label, a, b) => {
    const apply = runner({});
    expect(apply(label, a)).toBe(`[${label}_1]`);
    expect(apply(label, b)).toBe(`[${label}_2]`);
  });

  it('gives a later bare surname or first name the number of the full name', () => {
    const apply = runner({});
    expect(apply('PERSON', 'Anna Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'Jana Krüger')).toBe('[PERSON_2]');
    expect(apply('PERSON', 'Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'krüger')).toBe('[PERSON_2]');
    expect(apply('PERSON', 'Anna')).toBe('[PERSON_1]');
  });

  it('links a bare surname to the first full name that follows it, once', () => {
    const apply = runner({});
    expect(apply('PERSON', 'Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'Anna Weber')).toBe('[PERSON_1]');
    // A second Weber is another person.
    expect(apply('PERSON', 'Peter Weber')).toBe('[PERSON_2]');
  });

  it('does not merge a second full name with the same surname', () => {
    const apply = runner({});
    expect(apply('PERSON', 'Anna Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'Weber')).toBe('[PERSON_1]');
    expect(apply('PERSON', 'Peter Weber')).toBe('[PERSON_2]');
    expect(apply('PERSON', 'Peter')).toBe('[PERSON_2]');
  });

  it('starts again for every call', () => {
    expect(runner({})('PERSON', 'Jana Krüger')).toBe('[PERSON_1]');
    const apply = runner({});
    apply('PERSON', 'Anna Weber');
    expect(apply('PERSON', 'Jana Krüger')).toBe('[PERSON_2]');
  });

  it('can leave out the number', () => {
    const apply = runner({ DEFAULT: { name: 'placeholder', params: { numbered: false } } });
    expect(apply('IBAN', 'DE89 3704 0044 0532 0130 00')).toBe('[IBAN]');
  });
});
