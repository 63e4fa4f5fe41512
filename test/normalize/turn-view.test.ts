import { describe, expect, it } from 'vitest';
import { createTurnView, normalize } from '../../src/normalize/index.js';

describe('createTurnView', () => {
  it('exposes index, speaker and text unchanged', () => {
    const turn = createTurnView(3, 'agent', 'Praxis Dr. Weber, guten Tag.');
    expect([turn.index, turn.speaker, turn.text]).toEqual([3, 'agent', 'Praxis Dr. Weber, guten Tag.']);
  });

  it.each([
    ['Null Eins SIEBEN', 'null eins sieben'],
    ['Straße ÄÖÜ', 'straße äöü'],
    // "İ".toLowerCase() has two code units; lower must keep offsets, so it stays as is.
    ['İstanbul ANKARA', 'İstanbul ankara'],
    ['', ''],
  ])('lower of %j is %j, with the same length', (text, lower) => {
    const turn = createTurnView(0, 'caller', text);
    expect(turn.lower).toBe(lower);
    expect(turn.lower.length).toBe(text.length);
  });

  it('computes each view once and caches it', () => {
    const turn = createTurnView(0, 'caller', 'anna punkt weber at gmx punkt de, null eins');
    const digits = turn.normalized('digits');
    expect(turn.normalized('digits')).toBe(digits);
    const email = turn.normalized('email');
    expect(turn.normalized('email')).toBe(email);
    expect(digits.text).toBe('anna punkt weber at gmx punkt de, 0 1');
    expect(email.text).toBe('anna.weber@gmx.de, 0 1');
  });

  it('gives the same result as normalize()', () => {
    const text = 'Geboren am dritten März neunzehnhundertachtzig, M wie Martha';
    const turn = createTurnView(0, 'caller', text);
    for (const view of ['digits', 'email'] as const) {
      expect(turn.normalized(view).text).toBe(normalize(text, view).text);
      expect(turn.normalized(view).toOriginal(11, 13)).toEqual(normalize(text, view).toOriginal(11, 13));
    }
  });

  it('rejects an unknown view', () => {
    const turn = createTurnView(0, 'caller', 'eins');
    expect(() => turn.normalized('upper' as never)).toThrow(RangeError);
    expect(() => normalize('eins', 'upper' as never)).toThrow(RangeError);
  });
});
