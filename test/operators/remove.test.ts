import { describe, expect, it } from 'vitest';
import { compileOperatorTable, createCallState } from '../../src/operators/index.js';

describe('remove', () => {
  const table = compileOperatorTable({ DEFAULT: 'remove' });
  const call = createCallState();

  it.each([
    ['spaces around', ' ', ' ', ''],
    ['start and end of turn', '', '', ''],
    ['punctuation after', ' ', ',', ''],
    ['unknown neighbours', undefined, undefined, ''],
    // "NameAnnaWeber" without the name would become "NameWeber"-like glue: keep a space.
    ['letters on both sides', 'e', 'h', ' '],
    ['digits on both sides', '1', '2', ' '],
    ['umlauts on both sides', 'ä', 'ß', ' '],
  ])('%s -> %j', (_why, before, after, expected) => {
    expect(table.apply('Anna', { label: 'PERSON', call, before, after })).toBe(expected);
  });

  it('takes no params', () => {
    expect(() => compileOperatorTable({ DEFAULT: { name: 'remove', params: { x: 1 } } })).toThrow(
      'operators.DEFAULT.params.x: unknown parameter; this operator takes no params',
    );
  });
});
