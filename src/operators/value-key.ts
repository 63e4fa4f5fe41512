/**
 * Value identity per label: two mentions with the same key are the same
 * entity, so they get the same placeholder number, surrogate and hash.
 * Numbers compare by their digits ("0171 234" = "01712 34" = "null eins
 * sieben eins zwei drei vier"), names and words case-, umlaut- and
 * punctuation-insensitively.
 */
import { readCardinal } from '../normalize/number-words.js';
import type { Label } from '../types.js';
import { templateChars } from './char-template.js';
import { dateKey } from './date-form.js';
import { emailKey } from './email-form.js';
import { personKey } from './person-name.js';
import { foldGerman } from './text-shape.js';

const NON_ALNUM_RUN = /[^\p{L}\p{N}]+/gu;
const INTERNATIONAL = /^\s*(?:\+|plus\b)/i;
const WHITESPACE = /\s+/g;

/**
 * Digits of a phone number in national form: "+49 (0)171 …", "0049 171 …"
 * and "0171 …" give the same key; other country codes keep a "+".
 * @param value - the phone value as written or spoken
 */
export function phoneKey(value: string): string {
  let digits = templateChars(value, false);
  let international = false;
  if (digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  } else if (INTERNATIONAL.test(value)) {
    international = true;
  }
  if (!international) return digits;
  if (!digits.startsWith('49')) return `+${digits}`;
  digits = digits.slice(2);
  return digits.startsWith('0') ? digits : `0${digits}`;
}

const STREET_ABBREVIATION = /str(?:\.|\b)/g;

function addressKey(value: string): string {
  const folded = foldGerman(value).replace(STREET_ABBREVIATION, 'strasse');
  let out = '';
  for (const word of folded.split(NON_ALNUM_RUN)) {
    if (word === '') continue;
    const n = readCardinal(word, 0, word.length);
    out += n >= 0 ? String(n) : word;
  }
  return out;
}

function wordsKey(value: string): string {
  return foldGerman(value).replace(NON_ALNUM_RUN, ' ').trim();
}

/**
 * The identity key of `value` as an entity of `label`.
 * @param label - SPEC label
 * @param value - the original text of the span
 * @returns a key; empty only when the value holds no letters or digits
 * @example valueKey('PHONE', '+49 171 234') === valueKey('PHONE', '0171 234') // true
 */
export function valueKey(label: Label, value: string): string {
  // Keys are pure in (label, value) and each value is keyed several times per
  // redaction (numbering, surrogates, data subjects), so memoise them.
  let byValue = KEY_CACHE.get(label);
  if (byValue === undefined) {
    byValue = new Map();
    KEY_CACHE.set(label, byValue);
  }
  let key = byValue.get(value);
  if (key === undefined) {
    if (byValue.size >= KEY_CACHE_LIMIT) byValue.clear();
    key = computeKey(label, value);
    byValue.set(value, key);
  }
  return key;
}

const KEY_CACHE_LIMIT = 4096;
const KEY_CACHE = new Map<Label, Map<string, string>>();

function computeKey(label: Label, value: string): string {
  switch (label) {
    case 'PHONE':
      return phoneKey(value);
    case 'CARD':
      return templateChars(value, false);
    case 'IBAN':
    case 'ID':
      return templateChars(value);
    case 'PERSON':
      return personKey(value);
    case 'EMAIL':
      return emailKey(value).replace(WHITESPACE, '');
    case 'DATE_OF_BIRTH':
      return dateKey(value);
    case 'ADDRESS':
      return addressKey(value);
    default:
      return wordsKey(value);
  }
}
