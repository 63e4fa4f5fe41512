/**
 * DATE_OF_BIRTH surrogates: the date moves by a random 1..N days (N =
 * `dateShiftDays`, default 365) in either direction, deterministic per call
 * and value, and is written back in the original's style: "03.03.1980" ->
 * "17.08.1979", "dritter märz neunzehnhundertachtzig" -> "siebzehnter august
 * neunzehnhundertneunundsiebzig". Ages stay roughly right, the date does not.
 */
import { parseCharTemplate, renderCharTemplate } from './char-template.js';
import { readDate, writeDateLike } from './date-form.js';
import { consistentSurrogate, randomDigitString, randomFor, type SurrogateParams } from './surrogate-common.js';
import type { OperatorInput } from './types.js';

const DAY_MS = 86_400_000;

/** A DATE_OF_BIRTH surrogate in the style of `value`. */
export function dateSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const form = readDate(value);
  if (form.day === undefined && form.month === undefined && form.year === undefined) {
    const template = parseCharTemplate(value);
    if (template.units.length === 0) return '[Geburtsdatum]';
    return renderCharTemplate(template, randomDigitString(randomFor(input, params, 'DATE:raw', template.chars), template.chars.length));
  }
  // The shift is drawn once per value and cached as text, so all mentions of one date move alike.
  const shift = Number(
    consistentSurrogate(input, params, 'DATE_OF_BIRTH', value, (rnd) => {
      const days = 1 + rnd.int(params.dateShiftDays);
      return String(rnd.int(2) === 0 ? -days : days);
    }),
  );
  const sign = shift < 0 ? -1 : 1;
  const size = Math.abs(shift);
  // Year 2000 is a leap year, so "29. Februar" without a year still shifts cleanly.
  let year = form.year ?? 2000;
  let month = form.month ?? 1;
  let day = form.day ?? 15;
  if (form.day !== undefined && form.month !== undefined) {
    const shifted = new Date(Date.UTC(year, month - 1, day) + shift * DAY_MS);
    [year, month, day] = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
  } else if (form.month !== undefined) {
    // Month (and year) without a day: move by whole months, at least one.
    const total = year * 12 + (month - 1) + sign * (1 + (size % 12));
    [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  } else if (form.year !== undefined) {
    year += sign * (1 + (size % 3));
  } else {
    day = ((day - 1 + 1 + (size % 27)) % 28) + 1;
  }
  const rnd = randomFor(input, params, 'DATE:other', value);
  return writeDateLike(form, { day, month, year }, rnd);
}
