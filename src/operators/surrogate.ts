/**
 * `surrogate`: realistic German fake values in the shape of the original,
 * consistent within a call and reproducible across runs. Health and other
 * Art. 9 data get a neutral word instead of a fake: inventing a diagnosis
 * would put false health data into the record.
 */
import type { SpecialSubtype } from '../types.js';
import { intParam, paramObject, stringParam } from './params.js';
import type { SurrogateParams } from './surrogate-common.js';
import { dateSurrogate } from './surrogate-date.js';
import { cardSurrogate, ibanSurrogate, idSurrogate, phoneSurrogate } from './surrogate-numbers.js';
import { emailSurrogate, personSurrogate } from './surrogate-person.js';
import { addressSurrogate } from './surrogate-place.js';
import type { Operator } from './types.js';

export type { SurrogateParams } from './surrogate-common.js';

/** Neutral stand-ins for SPECIAL data, by subtype. */
const SPECIAL_WORDS: Readonly<Record<SpecialSubtype, string>> = {
  religion: '[Religionsangabe]',
  ethnicity: '[Herkunftsangabe]',
  politics: '[politische Angabe]',
  union: '[Gewerkschaftsangabe]',
  sexuality: '[Angabe zur sexuellen Orientierung]',
  genetic: '[genetische Angabe]',
  biometric: '[biometrische Angabe]',
  criminal: '[Angabe zu Straftaten]',
};

/**
 * Replaces a value by a realistic fake of the same shape.
 * @example
 * surrogate.apply('0171 2345678', { label: 'PHONE', call }, params) // e.g. '0302 3125417'
 * surrogate.apply('Rückenschmerzen', { label: 'HEALTH', call }, params) // '[Gesundheitsangabe]'
 */
export const surrogate: Operator<SurrogateParams> = {
  name: 'surrogate',
  parseParams(raw, where) {
    const obj = paramObject(raw, where, ['seed', 'dateShiftDays']);
    return Object.freeze({
      seed: stringParam(obj, 'seed', where, ''),
      dateShiftDays: intParam(obj, 'dateShiftDays', where, 1, 3650, 365),
    });
  },
  apply(value, input, params) {
    switch (input.label) {
      case 'PERSON':
        return personSurrogate(value, input, params);
      case 'EMAIL':
        return emailSurrogate(value, input, params);
      case 'PHONE':
        return phoneSurrogate(value, input, params);
      case 'IBAN':
        return ibanSurrogate(value, input, params);
      case 'CARD':
        return cardSurrogate(value, input, params);
      case 'ID':
        return idSurrogate(value, input, params);
      case 'ADDRESS':
        return addressSurrogate(value, input, params);
      case 'DATE_OF_BIRTH':
        return dateSurrogate(value, input, params);
      case 'HEALTH':
        return '[Gesundheitsangabe]';
      case 'SPECIAL':
        return input.subtype ? SPECIAL_WORDS[input.subtype] : '[besondere Angabe]';
    }
  },
};
