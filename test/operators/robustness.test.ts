/**
 * Operators must not throw for any string (the redactor cannot skip an
 * entity without leaking it), and output must not carry the value through.
 */
import { describe, expect, it } from 'vitest';
import { compileOperatorTable, createCallState } from '../../src/operators/index.js';
import { seededRandom } from '../../src/operators/seeded-random.js';
import { LABELS } from '../../src/types.js';

const ALPHABET = ['a', 'Z', 'ä', 'ß', '0', '7', ' ', '.', '-', '@', '+', '(', ')', ',', '/', '\u00a0', '😀', 'null', 'eins', 'dreiundzwanzig', 'wie', 'März', 'straße', 'punkt', 'at', 'Dr.', '\n'];

function randomValues(count: number): string[] {
  const rnd = seededRandom('robustness');
  const out: string[] = ['', ' ', '...', 'x', '0', '00', '+', 'wie', 'M wie', '12345678901234567890123456789012345'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const len = 1 + rnd.int(12);
    for (let j = 0; j < len; j++) s += rnd.pick(ALPHABET);
    out.push(s);
  }
  return out;
}

describe('operators never throw', () => {
  const values = randomValues(300);
  it.each(['placeholder', 'mask', 'surrogate', 'remove', { name: 'hash', params: { key: 'robustness-key-0123456789' } }] as const)('%j', (spec) => {
    const table = compileOperatorTable({ DEFAULT: spec });
    for (const label of LABELS) {
      const call = createCallState({ callId: 'r' });
      for (const value of values) {
        const out = table.apply(value, { label, call, before: 'a', after: 'b' });
        expect(typeof out).toBe('string');
      }
    }
  });
});

describe('surrogates do not pass values through', () => {
  it.each([
    ['PERSON', 'Anna Weber'],
    ['PERSON', 'weber'],
    ['PHONE', '030 23125 417'],
    ['EMAIL', 'anna.weber@gmx.de'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['CARD', '4111 1111 1111 1111'],
    ['ID', 'A123456780'],
    ['ADDRESS', 'Hauptstraße 12, 10115 Berlin'],
    ['DATE_OF_BIRTH', '03.03.1980'],
  ] as const)('%s %j across 50 calls', (label, value) => {
    const table = compileOperatorTable({ DEFAULT: 'surrogate' });
    for (let i = 0; i < 50; i++) {
      const out = table.apply(value, { label, call: createCallState({ callId: `call-${i}` }) });
      expect(out.toLowerCase()).not.toBe(value.toLowerCase());
    }
  });
});
