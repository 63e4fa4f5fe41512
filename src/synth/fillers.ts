/**
 * Non-entity fillers that look like entities: appointment dates, times,
 * prices, opening hours, years, ages, meter readings, card expiry. They make
 * the hard negatives of the generated calls.
 */
import { MONTHS, WEEKDAYS, numberWords, yearWords } from './numbers.js';
import { DURATIONS, OTHER_COMPANIES, QUANTITIES } from './templates/negatives.js';
import { renderDate, type RenderOpts } from './render.js';
import type { Rng } from './rng.js';
import { speakDigits } from './spoken.js';

/** An appointment (what is fixed while agent and caller agree on it; the wording may vary). */
export interface Appt {
  form: number;
  wd: string;
  d: number;
  m: number;
  h: number;
  min: number;
}

/** Draws an appointment slot. */
export function drawAppt(rng: Rng): Appt {
  return {
    form: rng.weighted([[0, 3], [1, 2], [2, 2], [3, 3], [4, 1], [5, 1]] as const),
    wd: rng.pick(WEEKDAYS.slice(0, 5)),
    d: rng.int(1, 28),
    m: rng.int(1, 12),
    h: rng.int(7, 18),
    min: rng.pick([0, 0, 15, 30, 45]),
  };
}

/** An appointment phrase with its preposition: "am Dienstag, den 14. März", "nächsten Mittwoch". */
export function apptPhrase(o: RenderOpts, a: Appt = drawAppt(o.rng)): string {
  const date = renderDate({ d: a.d, m: a.m, y: 2026 }, 'am', o, false);
  switch (a.form) {
    case 0: return `am ${a.wd}`;
    case 1: return `nächsten ${a.wd}`;
    case 2: return `am ${a.wd}, den ${date}`;
    case 3: return `am ${date}`;
    case 4: return 'morgen';
    default: return 'übermorgen';
  }
}

/** A clock time: "14:30 Uhr", "halb drei", "zehn Uhr dreißig". */
export function timePhrase(o: RenderOpts, a: Appt = drawAppt(o.rng)): string {
  const { rng } = o;
  const h = a.h;
  const m = a.min;
  if (!o.spoken) return m === 0 ? rng.pick([`${h} Uhr`, `${h}:00 Uhr`, `${h}.00 Uhr`]) : `${h}:${String(m).padStart(2, '0')} Uhr`;
  const h12 = ((h + 11) % 12) + 1;
  const next = (h12 % 12) + 1;
  if (m === 30 && rng.chance(0.6)) return `halb ${next === 1 ? 'eins' : numberWords(next)}`;
  if (m === 15 && rng.chance(0.6)) return `viertel nach ${numberWords(h12)}`;
  if (m === 45 && rng.chance(0.6)) return `viertel vor ${numberWords(next)}`;
  return m === 0 ? `${numberWords(h)} Uhr` : `${numberWords(h)} Uhr ${numberWords(m)}`;
}

/** A price: "49,90 Euro", "neunundvierzig Euro neunzig". */
export function pricePhrase(o: RenderOpts, size = ''): string {
  const { rng } = o;
  const small = rng.int(2, 60);
  const mid = rng.int(60, 500);
  const big = rng.int(500, 4000);
  const euros = size === 'small' ? small : size === 'big' ? big : size === 'mid' ? rng.int(40, 250) : rng.weighted([[small, 5], [mid, 3], [big, 1]] as const);
  const cents = rng.pick([0, 0, 50, 90, 99, 95, 20]);
  if (o.spoken) return cents ? `${numberWords(euros)} Euro ${numberWords(cents)}` : `${numberWords(euros)} Euro`;
  const e = euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')}` : String(euros);
  const amount = cents ? `${e},${String(cents).padStart(2, '0')}` : rng.chance(0.5) ? e : `${e},00`;
  return `${amount} ${rng.chance(o.style.punct ? 0.3 : 0) ? '€' : 'Euro'}`;
}

/** Opening hours. */
export function hoursPhrase(o: RenderOpts): string {
  const { rng } = o;
  const a = rng.int(7, 9);
  const b = rng.int(12, 19);
  const w = (n: number): string => (o.spoken ? numberWords(n) : String(n));
  return rng.pick([
    `montags bis freitags von ${w(a)} bis ${w(b)} Uhr`,
    `von ${w(a)} bis ${w(12)} und nachmittags bis ${w(b)} Uhr`,
    `Montag bis Donnerstag von ${o.spoken ? `halb ${numberWords(a + 1)}` : `${a}:30`} bis ${w(b)} Uhr`,
    `dienstags und donnerstags bis ${w(b)} Uhr`,
  ]);
}

/** A year: "2015", "neunzehnhundertneunundneunzig". */
export function yearPhrase(o: RenderOpts): string {
  const y = o.rng.int(1995, 2024);
  return o.spoken ? yearWords(y) : String(y);
}

/** An age in years: the caller's own (from the birth year) or, with 'old', a parent's. */
export function agePhrase(o: RenderOpts, kind: string, birthYear: number): string {
  const a = kind === 'old' ? Math.max(2026 - birthYear + o.rng.int(20, 32), o.rng.int(68, 80)) : 2025 - birthYear;
  return o.spoken ? numberWords(a) : String(a);
}

/** A meter reading (not an identifier): "45.231", "vier fünf zwei drei eins Kilowattstunden". */
export function meterReading(o: RenderOpts): string {
  const { rng } = o;
  const n = rng.int(1000, 99999);
  const unit = rng.pick(['', ' Kilowattstunden', ' Kubikmeter', '']);
  if (o.spoken) return (rng.chance(0.5) ? numberWords(n) : speakDigits(String(n), rng, { mode: 'single', zwo: false, doppel: 0 })) + unit;
  const s = n >= 1000 && rng.chance(0.5) ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
  return s + (rng.chance(0.3) ? `,${rng.int(0, 9)}` : '') + unit;
}

/** A past date that is not a birth date ("Rechnung vom 12.02.2025"): looks exactly like one. */
export function pastDate(o: RenderOpts, dcase: string): string {
  const { rng } = o;
  const dt = { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(2012, 2025) };
  return renderDate(dt, dcase === 'am' || dcase === 'der' ? dcase : 'bare', o);
}

/** A postcode that locates nobody (a tariff or delivery area). */
export function areaPostcode(o: RenderOpts): string {
  const plz = String(o.rng.int(1, 99)).padStart(2, '0') + o.rng.digits(3);
  return o.spoken ? speakDigits(plz, o.rng, { mode: 'single', zwo: o.style.zwo, doppel: 0.2 }) : plz;
}

/**
 * Renders a non-entity slot, or returns undefined when `name` is not one.
 * @param appt the appointment being agreed on, if any
 * @param birthYear the caller's birth year (ages must agree with it)
 */
export function renderFiller(name: string, arg: string, o: RenderOpts, appt: Appt | undefined, birthYear: () => number): string | undefined {
  const { rng } = o;
  switch (name) {
    case 'appt': return apptPhrase(o, appt);
    case 'time': return timePhrase(o, arg === 'alt' ? undefined : appt);
    case 'price': return pricePhrase(o, arg);
    case 'hours': return hoursPhrase(o);
    case 'year': return yearPhrase(o);
    case 'age': return agePhrase(o, arg, birthYear());
    case 'meterread': return meterReading(o);
    case 'expiry': return expiryPhrase(o);
    case 'pastdate': return pastDate(o, arg);
    case 'plzneg': return areaPostcode(o);
    case 'dur': return rng.pick(DURATIONS);
    case 'qty': return rng.pick(QUANTITIES[arg] ?? QUANTITIES.time);
    case 'company_other': return rng.pick(OTHER_COMPANIES);
    default: return undefined;
  }
}

/** A card expiry date (not an entity). */
export function expiryPhrase(o: RenderOpts): string {
  const { rng } = o;
  const m = rng.int(1, 12);
  const y = rng.int(26, 31);
  if (o.spoken) return rng.chance(0.5) ? `${MONTHS[m]} ${numberWords(y)}` : `${numberWords(m)} ${numberWords(y)}`;
  return `${String(m).padStart(2, '0')}/${y}`;
}
