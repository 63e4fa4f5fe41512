/**
 * Checksum-valid identifiers for synthetic calls, made with the shared
 * generators of src/rules/validators (the same code the detectors validate
 * with), driven by the call's deterministic random stream. All values are
 * fictitious.
 */
import {
  generateAusweis, generateIban, generateKvnr, generateLuhn, generateSteuerId, rvnrCheckDigit, type RandomInt,
} from '../rules/validators/index.js';
import type { Rng } from './rng.js';

/** Adapts the call's stream to the validators' randomness source. */
function randomInt(rng: Rng): RandomInt {
  return (max) => Math.floor(rng.next() * max);
}

/** A valid health-insurance number (KVNR), e.g. "A123456780". */
export function makeKvnr(rng: Rng): string {
  return generateKvnr(randomInt(rng));
}

// Area numbers of the pension insurers (Bereichsnummern) in use.
const RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
  '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52',
  '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72',
  '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'] as const;

/**
 * A valid pension insurance number (VKVV § 2) consistent with the person:
 * birth date DDMMYY, initial of the birth name, serial 00-49 men / 50-99 women.
 * (The shared generator draws these at random; a call should agree with itself.)
 */
export function makeRvnr(rng: Rng, dob: { d: number; m: number; y: number }, initial: string, female: boolean): string {
  const letter = /^[A-Z]$/.test(initial) ? initial : 'A';
  const ddmmyy = String(dob.d).padStart(2, '0') + String(dob.m).padStart(2, '0') + String(dob.y % 100).padStart(2, '0');
  const serial = String(female ? rng.int(50, 99) : rng.int(0, 49)).padStart(2, '0');
  const first = rng.pick(RV_AREAS) + ddmmyy + letter + serial;
  return first + rvnrCheckDigit(first);
}

/** A valid tax identification number (Steuer-IdNr, § 139b AO). */
export function makeTaxId(rng: Rng): string {
  return generateSteuerId(randomInt(rng));
}

/** An ID-card document number with ICAO check digit. */
export function makePersoNr(rng: Rng): string {
  return generateAusweis(randomInt(rng));
}

/** A Luhn-valid card number of a common brand (Visa, Mastercard, Amex). */
export function makeCard(rng: Rng): string {
  const brand = rng.weighted([['visa', 5], ['mc', 4], ['amex', 1]] as const);
  if (brand === 'visa') return generateLuhn('4', 16, randomInt(rng));
  if (brand === 'mc') return generateLuhn(String(rng.int(51, 55)), 16, randomInt(rng));
  return generateLuhn(rng.pick(['34', '37']), 15, randomInt(rng));
}

// BBAN shapes: DE bank code + account, AT bank code + account, CH clearing + account.
const BBAN_SHAPES = { DE: '000000000000000000', AT: '0000000000000000', CH: '00000000000000000' } as const;

/** A valid IBAN (mod 97), German by default. */
export function makeIban(rng: Rng, country: 'DE' | 'AT' | 'CH' = 'DE'): string {
  for (;;) {
    const iban = generateIban(country, BBAN_SHAPES[country], randomInt(rng));
    // A German bank code never starts with 0 or 9.
    if (iban && (country !== 'DE' || (iban[4] !== '0' && iban[4] !== '9'))) return iban;
  }
}
