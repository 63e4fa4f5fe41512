/**
 * Surrogates for number-like values: PHONE, IBAN, CARD and ID. The new value
 * is written into the original's template (char-template.ts), so grouping,
 * case and spoken form survive, and it passes the same checks the original
 * would: IBAN mod-97, Luhn, KVNR, Steuer-IdNr, RVNR and ID-card check digits.
 */
import {
  generateAusweis,
  generateIban,
  generateKvnr,
  generateLuhn,
  generateRvnr,
  generateSteuerId,
  isValidAusweis,
  isValidKvnr,
  isValidSteuerId,
} from '../rules/validators/index.js';
import { parseCharTemplate, renderCharTemplate } from './char-template.js';
import type { Random } from './seeded-random.js';
import { consistentSurrogate, randomDigitString, randomFor, type SurrogateParams } from './surrogate-common.js';
import type { OperatorInput } from './types.js';

/**
 * Berlin, Frankfurt, Hamburg, Köln and München blocks the Bundesnetzagentur
 * keeps for films and books ("Drama Numbers", Amtsblatt 7/2021, Mitteilung
 * 148/2021): 1000 numbers each, never assigned to anyone.
 */
const DRAMA_BLOCKS = ['03023125', '06990009', '04066969', '02214710', '08999998'];
const IBAN_HEAD = /^[A-Z]{2}[0-9]{2}/;
const INTERNATIONAL = /^\s*(?:\+|plus\b)/i;

/** Pads with random digits or truncates `digits` to `length`. */
function fit(digits: string, length: number, rnd: Random): string {
  return digits.length >= length ? digits.slice(0, length) : digits + randomDigitString(rnd, length - digits.length);
}

/** A phone surrogate: a drama number laid into the original's digit template and prefix. */
export function phoneSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const template = parseCharTemplate(value, false);
  const digits = template.chars;
  if (digits.length < 6) {
    return renderCharTemplate(template, randomDigitString(randomFor(input, params, 'PHONE:short', digits), digits.length));
  }
  const national = consistentSurrogate(input, params, 'PHONE', value, (rnd) => rnd.pick(DRAMA_BLOCKS) + randomDigitString(rnd, 3));
  // Keep the form of the prefix: "+49 …", "0049 …", "+49 (0)…". Any country code becomes 49,
  // because a German drama number under a foreign code could be someone's real number.
  let prefix = '';
  let rest = digits;
  if (digits.startsWith('00')) {
    prefix = '0049';
    rest = digits.slice(4);
  } else if (INTERNATIONAL.test(value)) {
    prefix = '49';
    rest = digits.slice(2);
  }
  const body = prefix && !rest.startsWith('0') ? national.slice(1) : national;
  const supply = fit(prefix + body, digits.length, randomFor(input, params, 'PHONE:pad', digits));
  return renderCharTemplate(template, supply);
}

/** An IBAN surrogate: same country and BBAN shape, valid mod-97 check digits. */
export function ibanSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const template = parseCharTemplate(value);
  const chars = template.chars;
  const canonical = consistentSurrogate(input, params, 'IBAN', value, (rnd) => {
    if (IBAN_HEAD.test(chars)) {
      let shape = '';
      for (const c of chars.slice(4)) shape += c >= 'A' && c <= 'Z' ? 'A' : '0';
      const iban = generateIban(chars.slice(0, 2), shape, rnd.int);
      if (iban) return iban;
    }
    // A bare account number (or an unknown country format): random characters of the same kinds.
    return randomLike(chars, rnd);
  });
  return renderCharTemplate(template, canonical);
}

/** A card surrogate: same length and first digit, valid Luhn check digit. */
export function cardSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const template = parseCharTemplate(value, false);
  const digits = template.chars;
  const canonical = consistentSurrogate(input, params, 'CARD', value, (rnd) =>
    digits.length >= 12 && digits.length <= 19 ? generateLuhn(digits[0], digits.length, rnd.int) : randomDigitString(rnd, digits.length),
  );
  return renderCharTemplate(template, canonical);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Random characters of the same kinds (letter/digit) as `chars`, no leading zero if it had none. */
function randomLike(chars: string, rnd: Random): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c >= '0' && c <= '9') out += String(i === 0 && c !== '0' ? 1 + rnd.int(9) : rnd.int(10));
    else out += LETTERS[rnd.int(26)];
  }
  return out;
}

const KVNR_SHAPE = /^[A-Z][0-9]{9}$/;
const RVNR_SHAPE = /^[0-9]{8}[A-Z][0-9]{3}$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// RFC 5737 documentation ranges: never routed, safe to print.
const DOC_NETS = ['192.0.2.', '198.51.100.', '203.0.113.'];

/**
 * Picks a generator by checksum first, then by shape: a letter and nine digits
 * is both a KVNR and an ID-card serial, and only the check digit tells which.
 */
function makeId(chars: string, rnd: Random): string {
  if (isValidKvnr(chars)) return generateKvnr(rnd.int);
  if (isValidAusweis(chars)) return generateAusweis(rnd.int, chars.slice(0, 9));
  if (RVNR_SHAPE.test(chars)) return generateRvnr(rnd.int);
  if (chars.length === 11 && isValidSteuerId(chars)) return generateSteuerId(rnd.int);
  if (KVNR_SHAPE.test(chars)) return generateKvnr(rnd.int);
  return randomLike(chars, rnd);
}

/** An ID surrogate: a valid KVNR/RVNR/Steuer-IdNr/ID-card number where the original has that shape, else random characters. */
export function idSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  if (IPV4.test(value)) {
    return consistentSurrogate(input, params, 'ID', value, (rnd) => `${rnd.pick(DOC_NETS)}${1 + rnd.int(254)}`);
  }
  const template = parseCharTemplate(value);
  const canonical = consistentSurrogate(input, params, 'ID', value, (rnd) => makeId(template.chars, rnd));
  return renderCharTemplate(template, canonical);
}
