/**
 * `remove`: deletes the value. When the characters on both sides of the span
 * are letters or digits, deleting would glue two words, so one space is left.
 */
import { paramObject } from './params.js';
import type { Operator } from './types.js';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Removes a value; returns " " instead of "" when removal would join two words.
 * @example remove.apply('Weber', { label: 'PERSON', call, before: 'a', after: 'b' }, {}) // ' '
 */
export const remove: Operator<Record<string, never>> = {
  name: 'remove',
  parseParams(raw, where) {
    paramObject(raw, where, []);
    return Object.freeze({});
  },
  apply(_value, input) {
    const { before, after } = input;
    return before && after && WORD_CHAR.test(before) && WORD_CHAR.test(after) ? ' ' : '';
  },
};
