/**
 * Private generators of checksum-valid identifiers for synthetic calls.
 * src/rules/validators/ did not exist when this was written, so the check
 * algorithms live here; they are pure and exported so tests can run them on
 * published vectors. All values are fictitious.
 */
import { composeIBAN } from 'ibantools';
import type { Rng } from './rng.js';

/** Sum of the decimal digits of a product below 100 ("Quersumme"). */
function crossSum(n: number): number {
  return Math.floor(n / 10) + (n % 10);
}

/**
 * KVNR check digit (§ 290 SGB V, GKV-Spitzenverband): the letter becomes its
 * two-digit alphabet position, then 10 digits weighted 1,2,1,2,... with
 * cross sums, modulo 10.
 */
export function kvnrCheckDigit(letter: string, body8: string): number {
  const s = String(letter.charCodeAt(0) - 64).padStart(2, '0') + body8;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum((s.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2));
  return sum % 10;
}

/** A valid health-insurance number (KVNR), e.g. "A123456780". */
export function makeKvnr(rng: Rng): string {
  const letter = String.fromCharCode(65 + rng.int(0, 25));
  const body = String(rng.int(1, 9)) + rng.digits(7);
  return letter + body + kvnrCheckDigit(letter, body);
}

const RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
  '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52',
  '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72',
  '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'] as const;
const RV_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const;

/**
 * Check digit of a pension insurance number (Rentenversicherungsnummer,
 * VKVV § 2): area(2) + birth date DDMMYY + letter as 2 digits + serial(2),
 * weighted 2,1,2,5,7,1,2,1,2,1,2,1, cross sums, modulo 10.
 */
export function rvnrCheckDigit(first11: string): number {
  const digits = first11.slice(0, 8) + String(first11.charCodeAt(8) - 64).padStart(2, '0') + first11.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum((digits.charCodeAt(i) - 48) * RV_WEIGHTS[i]);
  return sum % 10;
}

/** A valid pension insurance number tied to birth date, surname initial and sex. */
export function makeRvnr(rng: Rng, dob: { d: number; m: number; y: number }, initial: string, female: boolean): string {
  const letter = /^[A-Z]$/.test(initial) ? initial : 'A';
  const ddmmyy = String(dob.d).padStart(2, '0') + String(dob.m).padStart(2, '0') + String(dob.y % 100).padStart(2, '0');
  const serial = String(female ? rng.int(50, 99) : rng.int(0, 49)).padStart(2, '0');
  const first = rng.pick(RV_AREAS) + ddmmyy + letter + serial;
  return first + rvnrCheckDigit(first);
}

/** ISO 7064 MOD 11,10 check digit, used by the Steuer-IdNr (§ 139b AO). */
export function iso7064Mod1110(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** A valid tax identification number: 10 digits, one digit twice, one missing, first not 0, check digit. */
export function makeTaxId(rng: Rng): string {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = 9; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const nine = pool.slice(0, 9);
  const dup = nine[rng.int(0, 8)];
  nine.splice(rng.int(0, 9), 0, dup);
  if (nine[0] === 0) {
    const k = nine.findIndex((d) => d !== 0);
    [nine[0], nine[k]] = [nine[k], nine[0]];
  }
  const body = nine.join('');
  return body + iso7064Mod1110(body);
}

const PERSO_FIRST = 'CFGHJKLMNPRTVWXYZ';
const PERSO_CHARS = '0123456789CFGHJKLMNPRTVWXYZ';

/** ICAO 9303 check digit (weights 7,3,1; letters A=10..Z=35), as on German ID cards. */
export function icaoCheckDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

/** An ID-card document number: 9 characters from the card alphabet plus check digit. */
export function makePersoNr(rng: Rng): string {
  let s = rng.pick(PERSO_FIRST.split(''));
  for (let i = 0; i < 8; i++) s += PERSO_CHARS[rng.int(0, PERSO_CHARS.length - 1)];
  return s + icaoCheckDigit(s);
}

/** Luhn check digit for the payload (all digits but the last). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = payload.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = payload.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid card number of a common brand (Visa, Mastercard, Amex). */
export function makeCard(rng: Rng): string {
  const brand = rng.weighted([['visa', 5], ['mc', 4], ['amex', 1]] as const);
  let head: string;
  let len: number;
  if (brand === 'visa') [head, len] = ['4', 16];
  else if (brand === 'mc') [head, len] = [String(rng.int(51, 55)), 16];
  else [head, len] = [rng.pick(['34', '37']), 15];
  const payload = head + rng.digits(len - 1 - head.length);
  return payload + luhnCheckDigit(payload);
}

/** A valid IBAN (mod 97 via ibantools), mostly German, some Austrian and Swiss. */
export function makeIban(rng: Rng, country: 'DE' | 'AT' | 'CH' = 'DE'): string {
  let bban: string;
  if (country === 'AT') bban = String(rng.int(1, 9)) + rng.digits(4) + rng.digits(11);
  else if (country === 'CH') bban = rng.digits(5) + rng.digits(12);
  else bban = String(rng.int(1, 8)) + rng.digits(7) + rng.digits(10);
  const iban = composeIBAN({ countryCode: country, bban });
  if (!iban) throw new Error(`synth: could not compose ${country} IBAN`);
  return iban;
}
