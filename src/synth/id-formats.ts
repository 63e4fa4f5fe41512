/**
 * Formats of business identifiers (customer, contract, claim, meter numbers,
 * licence plates, IP addresses). '#' is a digit, '@' an upper-case letter,
 * everything else literal. Shapes follow what insurers, utilities and
 * registries print on letters; values are random.
 */
import type { Rng } from './rng.js';

/** The kinds of ID the dialogues ask for. */
export type IdKind =
  | 'kvnr' | 'rvnr' | 'taxid' | 'steuernr' | 'perso' | 'custno' | 'contract' | 'policy' | 'claim'
  | 'meter' | 'plate' | 'member' | 'invoice' | 'caseno' | 'patient' | 'ip';

const FORMATS: Partial<Record<IdKind, readonly string[]>> = {
  steuernr: ['###/###/#####', '##/###/#####', '###/####/####', '### ### #####'],
  custno: ['#########', 'KD-######', 'K#######', '####-####-##', '10#######', '5## ### ###', '########', '#######'],
  contract: ['V-####-######', '##########', 'VN ### ### ###', '8##########', '40########', 'VT-#######'],
  policy: ['###-#######-#', 'KV-#######', '@@#########', 'AS-####-#####', '#########', '##.###.###.#'],
  claim: ['SN-####-######', '##-###-#####', 'S########', '####/#####', 'KS-#######'],
  meter: ['1EMH00########', '1ESY11#######', '########', '1ITF00########', '7#######', '1APA01########'],
  member: ['#######', 'M-########', '########', '## ### ###'],
  invoice: ['RE-####-######', '##########', 'R#######', '####-#####'],
  caseno: ['VG-######', '####/##', 'AZ ### @ ##/##', '#######-@', 'T-######'],
  patient: ['P-######', '######', '#####'],
};

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Fills a '#'/'@' format with random digits and letters. */
export function fillFormat(rng: Rng, format: string): string {
  let out = '';
  for (const ch of format) {
    if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === '@') out += LETTERS[rng.int(0, LETTERS.length - 1)];
    else out += ch;
  }
  return out;
}

/** A random identifier of a format-based kind, or undefined for checksum kinds. */
export function makeFormattedId(rng: Rng, kind: IdKind): string | undefined {
  const formats = FORMATS[kind];
  if (!formats) return undefined;
  let s = fillFormat(rng, rng.pick(formats));
  // A leading zero in a long number is rare on letters and reads oddly when spoken.
  if (s[0] === '0') s = String(rng.int(1, 9)) + s.slice(1);
  return s;
}

/** Registration district codes of German plates (Unterscheidungszeichen). */
const PLATE_DISTRICTS = [
  'M', 'B', 'HH', 'K', 'F', 'S', 'D', 'DO', 'E', 'L', 'DD', 'H', 'N', 'DU', 'BO', 'W', 'BI', 'BN', 'MS', 'KA', 'MA',
  'A', 'WI', 'MG', 'GE', 'BS', 'KI', 'C', 'HAL', 'MD', 'FR', 'KR', 'HL', 'OB', 'EF', 'MZ', 'HRO', 'KS', 'HA', 'HAM',
  'SB', 'MH', 'P', 'LU', 'OL', 'LEV', 'OS', 'SG', 'HD', 'HER', 'NE', 'DA', 'PB', 'R', 'IN', 'WÜ', 'FÜ', 'UL', 'HN',
  'PF', 'WOB', 'GÖ', 'BOT', 'RT', 'KO', 'GL', 'RE', 'J', 'TR', 'HB', 'CB', 'SN', 'GI', 'RO', 'KE', 'PA', 'KN', 'TÜ',
  'RV', 'LG', 'HU', 'NF', 'ME', 'SU', 'RS', 'UN', 'COE', 'BOR', 'ST', 'WAF', 'GT', 'LIP', 'HF', 'EN', 'MK', 'SI',
  'LB', 'ES', 'BB', 'GP', 'WN', 'TS', 'FS', 'ED', 'LA', 'DAH', 'FFB', 'STA', 'EBE', 'PAF', 'AÖ', 'BGL', 'TÖL', 'GAP',
];
const PLATE_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXYZ';
const BANNED_PAIRS = new Set(['SS', 'SA', 'KZ', 'HJ', 'NS', 'SD']);

/** A licence plate in canonical form "M-AB 1234" (district, letters, number, optional E/H). */
export function makePlate(rng: Rng): string {
  const district = rng.pick(PLATE_DISTRICTS);
  let letters = '';
  do {
    const n = rng.int(1, 2);
    letters = '';
    for (let i = 0; i < n; i++) letters += PLATE_LETTERS[rng.int(0, PLATE_LETTERS.length - 1)];
  } while (BANNED_PAIRS.has(letters));
  const maxDigits = Math.min(4, 8 - district.length - letters.length);
  const digits = rng.int(1, maxDigits);
  let num = String(rng.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1));
  if (digits <= 3 && rng.chance(0.04)) num += rng.pick(['E', 'H']);
  return `${district}-${letters} ${num}`;
}

/** A public IPv4 address such as a router shows (no private ranges). */
export function makeIp(rng: Rng): string {
  const first = rng.pick([31, 37, 46, 62, 77, 78, 79, 80, 84, 85, 87, 88, 91, 93, 95, 109, 176, 178, 188, 212, 217]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
