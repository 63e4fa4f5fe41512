import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { compileOperatorTable, createCallState, OPERATORS } from '../../src/operators/index.js';
import type { OperatorTableSpec } from '../../src/operators/index.js';
import { KeyRing } from '../../src/pseudonym/index.js';
import { LABELS } from '../../src/types.js';

describe('compileOperatorTable', () => {
  it('uses placeholder by default, DEFAULT for unnamed labels', () => {
    expect(LABELS.map((l) => compileOperatorTable({}).operatorFor(l))).toEqual(LABELS.map(() => 'placeholder'));
    const table = compileOperatorTable({ DEFAULT: 'mask', PERSON: 'surrogate' });
    expect(table.operatorFor('PERSON')).toBe('surrogate');
    expect(table.operatorFor('IBAN')).toBe('mask');
  });

  it('applies the operator of the entity label', () => {
    const table = compileOperatorTable({ IBAN: { name: 'mask', params: { keepLast: 4 } }, DEFAULT: 'placeholder' });
    const call = createCallState();
    expect(table.apply('DE89 3704 0044 0532 0130 00', { label: 'IBAN', call })).toBe('**** **** **** **** **30 00');
    expect(table.apply('Anna', { label: 'PERSON', call })).toBe('[PERSON_1]');
  });

  it('lists the operators', () => {
    expect(Object.keys(OPERATORS)).toEqual(['placeholder', 'mask', 'surrogate', 'remove', 'hash']);
  });

  it.each([
    [{ PHONE: 'blur' }, 'operators.PHONE: unknown operator "blur"; expected one of placeholder, mask, surrogate, remove, hash'],
    [{ PHONE: { name: 'blur' } }, 'operators.PHONE: unknown operator "blur"; expected one of placeholder, mask, surrogate, remove, hash'],
    [{ PHONE: { name: 'toString' } }, 'operators.PHONE: unknown operator "toString"; expected one of placeholder, mask, surrogate, remove, hash'],
    [{ NAME: 'mask' }, 'operators.NAME: unknown label; expected DEFAULT or one of IBAN, CARD, EMAIL, PHONE, ID, DATE_OF_BIRTH, ADDRESS, PERSON, HEALTH, SPECIAL'],
    [{ PHONE: 42 }, 'operators.PHONE: expected an operator name or {name, params}'],
    [{ PHONE: { name: 7 } }, 'operators.PHONE.name: expected a string'],
    [{ PHONE: { name: 'mask', param: {} } }, 'operators.PHONE.param: unknown field; expected name, params'],
    [{ PHONE: { name: 'mask', params: [] } }, 'operators.PHONE.params: params must be an object'],
    [{ DEFAULT: { name: 'placeholder', params: { numbered: 'yes' } } }, 'operators.DEFAULT.params.numbered: must be true or false'],
    [{ DATE_OF_BIRTH: { name: 'surrogate', params: { dateShiftDays: 0 } } }, 'operators.DATE_OF_BIRTH.params.dateShiftDays: must be an integer 1..3650, got 0'],
    [{ PERSON: { name: 'surrogate', params: { seed: 1 } } }, 'operators.PERSON.params.seed: must be a string, got number'],
    [{ ID: 'hash' }, 'operators.ID: the hash operator needs a key: set params.key, or provide keys (--key-file or REDACT_DE_KEY)'],
  ])('rejects %j', (spec, message) => {
    expect(() => compileOperatorTable(spec as unknown as OperatorTableSpec)).toThrow(new ConfigError(message));
  });

  it('rejects a spec that is not an object', () => {
    expect(() => compileOperatorTable([] as unknown as OperatorTableSpec)).toThrow('operators: expected an object of label -> operator');
  });

  it('accepts hash with a key ring', () => {
    const table = compileOperatorTable({ ID: 'hash' }, KeyRing.generate());
    expect(table.apply('A123456780', { label: 'ID', call: createCallState() })).toMatch(/^\[ID:[0-9a-f]{8}\]$/);
  });
});
