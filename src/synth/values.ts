/**
 * The values of one call (phone, e-mail, dates of birth, accounts, IDs) as
 * canonical data. They are drawn once per call and rendered anew each time
 * someone says them, so the agent's read-back may use another form than
 * the caller did.
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { makeKvnr, makePersoNr, makeRvnr, makeTaxId } from './ids.js';
import { makeFormattedId, makeIp, makePlate, type IdKind } from './id-formats.js';
import type { Person } from './names.js';
import type { Rng } from './rng.js';
import { foldForeign } from './translit.js';

/** A telephone number split into its parts. */
export interface Phone {
  cc: string;
  /** National destination code without the trunk 0: "171", "30". */
  area: string;
  sub: string;
}

/** A calendar date. */
export interface DateParts {
  d: number;
  m: number;
  y: number;
}

const MOBILE = ['151', '152', '155', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179'];
const MOBILE_8 = new Set(['151', '152', '155', '157', '159', '176']);
const LANDLINE = ['30', '40', '89', '221', '69', '711', '211', '231', '201', '341', '351', '511', '911', '203', '421',
  '234', '202', '521', '228', '251', '721', '621', '821', '611', '2161', '209', '531', '431', '371', '345', '391',
  '761', '2151', '451', '208', '361', '6131', '381', '561', '2331', '2381', '681', '331', '441', '214', '541', '212',
  '6221', '6151', '5251', '941', '841', '931', '731', '7131', '7231', '551', '261', '3641', '651', '471', '355',
  '641', '961', '8031', '831', '851', '951', '4321', '5121', '2241', '2202', '7071', '7531', '8151', '9131'];

/** A valid German phone number, mobile or landline. */
export function makePhone(rng: Rng, mobile = rng.chance(0.6)): Phone {
  for (;;) {
    let area: string;
    let len: number;
    if (mobile) {
      area = rng.pick(MOBILE);
      len = MOBILE_8.has(area) ? 8 : rng.pick([7, 7, 8]);
    } else {
      area = rng.pick(LANDLINE);
      len = area.length <= 2 ? rng.int(7, 8) : area.length === 3 ? rng.int(6, 8) : rng.int(5, 7);
    }
    const sub = String(rng.int(1, 9)) + rng.digits(len - 1);
    if (isValidPhoneNumber(`+49${area}${sub}`)) return { cc: '49', area, sub };
  }
}

/** A date of birth between 1935 and 2008 (callers, their children and parents). */
export function makeDob(rng: Rng, minYear = 1935, maxYear = 2006): DateParts {
  const y = rng.int(minYear, maxYear);
  const m = rng.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { d: rng.int(1, dim), m, y };
}

const DOMAINS = [
  ['gmx.de', 8], ['web.de', 8], ['t-online.de', 6], ['gmail.com', 10], ['outlook.de', 3], ['yahoo.de', 2],
  ['hotmail.com', 2], ['posteo.de', 1], ['icloud.com', 2], ['freenet.de', 1], ['gmx.net', 3], ['mail.de', 1],
  ['arcor.de', 1], ['hotmail.de', 1], ['outlook.com', 2], ['aol.com', 1],
] as const;

function mailPart(s: string): string {
  return foldForeign(s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'))
    .replace(/[^a-z0-9-]/g, '');
}

/** A plausible private e-mail address for a person. */
export function makeEmail(rng: Rng, p: Person, birthYear: number): string {
  const f = mailPart(p.first.split(/[- ]/)[0]);
  const l = mailPart(p.last.split(' ').pop() ?? p.last);
  const yy = String(birthYear % 100).padStart(2, '0');
  const local = rng.weighted([
    [`${f}.${l}`, 10], [`${f}${l}`, 4], [`${f[0]}.${l}`, 3], [`${f}_${l}`, 1], [`${f}.${l}${yy}`, 3],
    [`${l}.${f}`, 2], [`${f}${yy}`, 2], [`${l}${rng.int(1, 99)}`, 1], [`${f}-${l}`, 1], [`${f}.${l}${birthYear}`, 1],
  ] as const);
  return `${local}@${rng.weighted(DOMAINS)}`;
}

/** An identifier of the given kind; person data feeds the pension number. */
export function makeId(rng: Rng, kind: IdKind, p: Person, dob: DateParts): string {
  switch (kind) {
    case 'kvnr': return makeKvnr(rng);
    case 'rvnr': return makeRvnr(rng, dob, foldForeign(p.last.replace(/^(von der|von|vom|van|de|zu) /, ''))[0].toUpperCase(), p.female);
    case 'taxid': return makeTaxId(rng);
    case 'perso': return makePersoNr(rng);
    case 'plate': return makePlate(rng);
    case 'ip': return makeIp(rng);
    default: {
      const id = makeFormattedId(rng, kind);
      if (id === undefined) throw new Error(`synth: no format for ID kind ${kind}`);
      return id;
    }
  }
}

/**
 * A misheard copy of a digit string: one digit (not the first) replaced.
 * Used for read-backs the caller then corrects.
 */
export function mishearDigits(rng: Rng, s: string): string {
  const positions: number[] = [];
  for (let i = 1; i < s.length; i++) if (s[i] >= '0' && s[i] <= '9') positions.push(i);
  if (positions.length === 0) return s;
  const i = rng.pick(positions);
  const d = s.charCodeAt(i) - 48;
  // Typical confusions on the phone: zwei/drei, fünf/neun, sechs/sieben.
  const confusions: Record<number, number> = { 2: 3, 3: 2, 5: 9, 9: 5, 6: 7, 7: 6, 0: 8, 8: 0, 1: 4, 4: 1 };
  return s.slice(0, i) + String(confusions[d]) + s.slice(i + 1);
}

const NAME_MISHEARINGS: readonly (readonly [RegExp, string])[] = [
  [/ei/, 'ai'], [/ai/, 'ei'], [/ey/, 'ei'], [/dt$/, 't'], [/ck/, 'k'], [/ph/, 'f'], [/th/, 't'], [/mann$/, 'man'],
  [/ss/, 'ß'], [/ß/, 'ss'], [/tz/, 'z'], [/ie/, 'i'], [/ä/, 'e'], [/e([rn])$/, 'a$1'], [/ü/, 'i'], [/y/, 'i'],
];

/** A plausible mishearing of a surname, or undefined when no rule applies. */
export function mishearName(s: string): string | undefined {
  for (const [re, rep] of NAME_MISHEARINGS) {
    if (re.test(s)) {
      const out = s.replace(re, rep);
      if (out !== s) return out;
    }
  }
  return undefined;
}
