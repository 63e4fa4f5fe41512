import { describe, expect, it } from 'vitest';
import { parseCharTemplate, renderCharTemplate } from '../../src/operators/char-template.js';
import { valueKey } from '../../src/operators/index.js';

describe('valueKey', () => {
  it.each([
    ['PHONE', '0171 2345678', '01712345678'],
    ['PHONE', '+49 (0)171 2345678', '01712345678'],
    ['PHONE', '0049 171 2345678', '01712345678'],
    ['PHONE', 'plus vier neun eins sieben eins zwei drei', '0171 23'.replace(' ', '')],
    ['PHONE', 'null eins sieben eins dreiundzwanzig', '017123'],
    ['PHONE', '+43 1 234567', '+431234567'],
    ['IBAN', 'de89 3704', 'DE893704'],
    ['ID', 'A wie Anton eins zwei drei', 'A123'],
    ['PERSON', 'Dr. Anna-Lena Müller', 'anna-lena mueller'],
    ['PERSON', 'M wie Martha, E, I, E, R', 'meier'],
    ['EMAIL', 'Anna Punkt Weber at GMX punkt de', 'anna.weber@gmx.de'],
    ['ADDRESS', 'Hauptstr. 5', 'hauptstrasse5'],
    ['ADDRESS', 'Hauptstraße fünf', 'hauptstrasse5'],
    ['DATE_OF_BIRTH', 'dritter März neunzehnhundertachtzig', '1980-3-3'],
    ['DATE_OF_BIRTH', '03.03.80', '1980-3-3'],
    ['HEALTH', 'Starke  Rückenschmerzen!', 'starke rueckenschmerzen'],
  ] as const)('%s %j -> %j', (label, value, key) => {
    expect(valueKey(label, value)).toBe(key);
  });
});

describe('char templates', () => {
  it.each([
    ['0171 2345678', '03023125417', '0302 3125417'],
    ['null eins sieben', '030', 'null drei null'],
    ['dreiundzwanzig', '45', 'fünfundvierzig'],
    ['dreiundzwanzig', '07', 'null sieben'],
    ['Null Eins', '12', 'Eins Zwei'],
    ['DE89 3704', 'GB12WEST', 'GB12 WEST'],
    ['de89', 'GB12', 'gb12'],
    ['A wie Anton, B', 'MX', 'M wie Martha, X'],
    // More characters than places: continue in the last unit's style; fewer: drop trailing units.
    ['0171 234', '030231254', '0302 31254'],
    ['eins, zwei', '123', 'eins, zwei, drei'],
    ['0171 234 56', '0302312', '0302 312'],
  ])('%j filled with %j -> %j', (value, supply, expected) => {
    expect(renderCharTemplate(parseCharTemplate(value), supply)).toBe(expected);
  });

  it('never returns the original when there is nothing to fill', () => {
    expect(renderCharTemplate(parseCharTemplate('---'), '12')).toBe('12');
  });
});
