/**
 * Pure checksum validators keyed by the names rule files use (`validator:`),
 * plus the generators surrogates use to make fake values that pass them.
 */
import { isValidAusweis } from './ausweis.js';
import { isValidIban } from './iban.js';
import { isValidKvnr } from './kvnr.js';
import { isValidLuhn } from './luhn.js';
import { isValidRvnr } from './rvnr.js';
import { isValidSteuerId } from './steuer-id.js';
import type { Validator } from './types.js';

export type { RandomInt, Validator } from './types.js';
export { compact } from './types.js';
export { generateAusweis, icaoCheckDigit, isValidAusweis } from './ausweis.js';
export { generateIban, ibanLength, isValidIban } from './iban.js';
export { generateKvnr, isValidKvnr, kvnrCheckDigit } from './kvnr.js';
export { generateLuhn, isValidLuhn, luhnCheckDigit } from './luhn.js';
export { generateRvnr, isValidRvnr, rvnrCheckDigit } from './rvnr.js';
export { generateSteuerId, isValidSteuerId, steuerIdCheckDigit } from './steuer-id.js';

/** Names a rule file may give as `validator:`. */
export type ValidatorName = 'iban-mod97' | 'luhn' | 'kvnr' | 'steuer-id' | 'rvnr' | 'ausweis';

/**
 * Validators by name. Each takes the matched value (separators and case are
 * tolerated) and returns whether its check digits are right.
 * @example VALIDATORS['kvnr']('A123456780') // true
 */
export const VALIDATORS: Readonly<Record<ValidatorName, Validator>> = Object.freeze({
  'iban-mod97': isValidIban,
  luhn: isValidLuhn,
  kvnr: isValidKvnr,
  'steuer-id': isValidSteuerId,
  rvnr: isValidRvnr,
  ausweis: isValidAusweis,
});
