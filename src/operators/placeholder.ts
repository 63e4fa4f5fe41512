/**
 * `placeholder` (the default operator): "[PERSON_1]", "[PHONE_2]". The same
 * value (by value-key.ts identity) gets the same number within a call.
 */
import { ConfigError } from '../errors.js';
import { paramObject } from './params.js';
import type { Operator } from './types.js';

/** Parameters of the placeholder operator. */
export interface PlaceholderParams {
  /** Append the per-call number ("[PERSON_1]"); false gives "[PERSON]". Default true. */
  readonly numbered: boolean;
}

/**
 * Replaces a value by its label and per-call number.
 * @example placeholder.apply('Anna Weber', { label: 'PERSON', call }, { numbered: true }) // '[PERSON_1]'
 */
export const placeholder: Operator<PlaceholderParams> = {
  name: 'placeholder',
  parseParams(raw, where) {
    const obj = paramObject(raw, where, ['numbered']);
    const numbered = obj.numbered ?? true;
    if (typeof numbered !== 'boolean') throw new ConfigError(`${where}.numbered: must be true or false`);
    return Object.freeze({ numbered });
  },
  apply(value, input, params) {
    if (!params.numbered) return `[${input.label}]`;
    return `[${input.label}_${input.call.numberFor(input.label, value)}]`;
  },
};
