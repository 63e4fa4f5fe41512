/**
 * `mask`: letters and digits become a mask character, separators stay, so the
 * shape of the value survives ("0171 2345678" -> "**** *******"); `keepLast`
 * keeps the last letters/digits, e.g. the last 4 of an IBAN for reconciliation.
 */
import { ConfigError } from '../errors.js';
import { intParam, paramObject, stringParam } from './params.js';
import type { Operator } from './types.js';

/** Parameters of the mask operator. */
export interface MaskParams {
  /** The mask character (one character). Default '*'. */
  readonly char: string;
  /** How many trailing letters/digits to keep (at most half of them). Default 0. */
  readonly keepLast: number;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Masks letters and digits, keeping separators and the last `keepLast` letters/digits.
 * @example mask.apply('DE89 3704 0044 0532 0130 00', input, { char: '*', keepLast: 4 }) // '**** **** **** **** **30 00'
 */
export const mask: Operator<MaskParams> = {
  name: 'mask',
  parseParams(raw, where) {
    const obj = paramObject(raw, where, ['char', 'keepLast']);
    const char = stringParam(obj, 'char', where, '*');
    if ([...char].length !== 1) throw new ConfigError(`${where}.char: must be exactly one character`);
    if (ALNUM.test(char)) throw new ConfigError(`${where}.char: must not be a letter or digit`);
    return Object.freeze({ char, keepLast: intParam(obj, 'keepLast', where, 0, 64, 0) });
  },
  apply(value, _input, params) {
    const chars = [...value];
    let total = 0;
    for (const c of chars) if (ALNUM.test(c)) total++;
    // Never keep more than half: keepLast 4 must not reveal a whole 4-digit code.
    const keepFrom = total - Math.min(params.keepLast, Math.floor(total / 2));
    let seen = 0;
    let out = '';
    for (const c of chars) {
      if (!ALNUM.test(c)) {
        out += c;
        continue;
      }
      out += seen >= keepFrom ? c : params.char;
      seen++;
    }
    return out;
  },
};
