/**
 * Compiles the operator configuration (operator per label, `DEFAULT` for the
 * rest) once: names are checked and parameters parsed here, so applying an
 * operator per entity is a map lookup.
 */
import { ConfigError } from '../errors.js';
import type { KeyRing } from '../pseudonym/key-ring.js';
import { isLabel, LABELS, type Label } from '../types.js';
import { hash } from './hash.js';
import { mask } from './mask.js';
import { placeholder } from './placeholder.js';
import { remove } from './remove.js';
import { surrogate } from './surrogate.js';
import type { Operator, OperatorInput, OperatorSpec, OperatorTable, OperatorTableSpec } from './types.js';

/** Operators by name. */
export const OPERATORS: Readonly<Record<string, Operator<any>>> = Object.freeze({
  placeholder,
  mask,
  surrogate,
  remove,
  hash,
});

/** Name of the operator used where the configuration names none. */
export const DEFAULT_OPERATOR = 'placeholder';

interface Compiled {
  readonly operator: Operator<unknown>;
  readonly params: unknown;
}

function compileSpec(spec: OperatorSpec, where: string, keys: KeyRing | undefined): Compiled {
  let name: unknown;
  let params: unknown;
  if (typeof spec === 'string') {
    name = spec;
  } else if (typeof spec === 'object' && spec !== null && !Array.isArray(spec)) {
    for (const key of Object.keys(spec)) {
      if (key !== 'name' && key !== 'params') throw new ConfigError(`${where}.${key}: unknown field; expected name, params`);
    }
    name = spec.name;
    params = spec.params;
  } else {
    throw new ConfigError(`${where}: expected an operator name or {name, params}`);
  }
  if (typeof name !== 'string') throw new ConfigError(`${where}.name: expected a string`);
  const operator = Object.hasOwn(OPERATORS, name) ? OPERATORS[name] : undefined;
  if (!operator) {
    throw new ConfigError(`${where}: unknown operator "${name}"; expected one of ${Object.keys(OPERATORS).join(', ')}`);
  }
  return { operator, params: operator.parseParams(params, typeof spec === 'string' ? where : `${where}.params`, { keys }) };
}

/**
 * Checks and compiles an operator table.
 * @param spec - operator per label, `DEFAULT` for the rest (default `placeholder`)
 * @param keys - key material, needed by `hash` unless it has its own key
 * @returns the compiled, frozen table
 * @throws ConfigError naming the label and the problem, e.g.
 *   `operators.PHONE: unknown operator "blur"; expected one of placeholder, mask, surrogate, remove, hash`
 * @example
 * const table = compileOperatorTable({ IBAN: { name: 'mask', params: { keepLast: 4 } } });
 * table.apply('DE89 3704 0044 0532 0130 00', { label: 'IBAN', call: createCallState() });
 * // '**** **** **** **** **30 00'
 */
export function compileOperatorTable(spec: OperatorTableSpec, keys?: KeyRing): OperatorTable {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new ConfigError('operators: expected an object of label -> operator');
  for (const key of Object.keys(spec)) {
    if (key !== 'DEFAULT' && !isLabel(key)) {
      throw new ConfigError(`operators.${key}: unknown label; expected DEFAULT or one of ${LABELS.join(', ')}`);
    }
  }
  const fallback = compileSpec(spec.DEFAULT ?? DEFAULT_OPERATOR, 'operators.DEFAULT', keys);
  const byLabel = new Map<Label, Compiled>();
  for (const label of LABELS) {
    const s = spec[label];
    byLabel.set(label, s === undefined ? fallback : compileSpec(s, `operators.${label}`, keys));
  }
  return Object.freeze({
    operatorFor(label: Label): string {
      return (byLabel.get(label) ?? fallback).operator.name;
    },
    apply(value: string, input: OperatorInput): string {
      const c = byLabel.get(input.label) ?? fallback;
      return c.operator.apply(value, input, c.params);
    },
  });
}
