/**
 * Reads a date of birth written ("03.03.1980", "3. März 80", "1980-03-03") or
 * spoken ("dritter märz neunzehnhundertachtzig", "am dritten dritten neunzehn
 * achtzig") into day, month and year with the tokens each came from, and
 * writes a new date back into the same tokens in the same style.
 */
import { readCardinal, readOrdinal } from '../normalize/number-words.js';
import { cardinalWord, MONTH_NAMES, ordinalWord, parseMonthName, yearWord } from './german-words.js';
import type { Random } from './seeded-random.js';
import { applyCasing, casingOf } from './text-shape.js';

type TokenKind = 'digits' | 'month' | 'ordinal' | 'cardinal' | 'other';

interface DateToken {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  value: number;
}

/** Where a date component sits in the value: token index range, end exclusive. */
interface Slot {
  from: number;
  to: number;
}

/** A parsed date: components that were found, and the tokens that hold them. */
export interface DateForm {
  readonly value: string;
  readonly tokens: readonly DateToken[];
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  readonly daySlot?: Slot;
  readonly monthSlot?: Slot;
  readonly yearSlot?: Slot;
}

const TOKEN = /[0-9]+|\p{L}+/gu;

function classify(value: string): DateToken[] {
  const out: DateToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(value); m !== null; m = TOKEN.exec(value)) {
    const text = m[0];
    const t: DateToken = { start: m.index, end: m.index + text.length, text, kind: 'other', value: -1 };
    if (text[0] >= '0' && text[0] <= '9') {
      t.kind = 'digits';
      t.value = Number(text);
    } else {
      const lower = text.toLowerCase();
      const month = parseMonthName(lower);
      const ordinal = month === undefined ? readOrdinal(lower, 0, lower.length) : -1;
      const cardinal = month === undefined && ordinal < 0 ? readCardinal(lower, 0, lower.length) : -1;
      if (month !== undefined) [t.kind, t.value] = ['month', month];
      else if (ordinal > 0) [t.kind, t.value] = ['ordinal', ordinal];
      else if (cardinal >= 0) [t.kind, t.value] = ['cardinal', cardinal];
    }
    out.push(t);
  }
  return out;
}

/** Reads a year from tokens [from, to): "1980", "80", "neunzehnhundertachtzig", "neunzehn achtzig". */
function readYear(tokens: readonly DateToken[], from: number, to: number): number | undefined {
  const a = tokens[from];
  if (!a || (a.kind !== 'digits' && a.kind !== 'cardinal')) return undefined;
  const b = tokens[from + 1];
  if (to - from >= 2 && b && b.kind === 'cardinal' && a.kind === 'cardinal') {
    if (a.value >= 10 && a.value <= 20) return a.value * 100 + b.value;
    if (a.value >= 1000 && a.value % 100 === 0 && b.value < 100) return a.value + b.value;
  }
  if (a.kind === 'digits' && a.text.length !== 2 && a.text.length !== 4) return undefined;
  return a.value;
}

function yearSpan(tokens: readonly DateToken[], from: number): Slot | undefined {
  const a = tokens[from];
  if (!a || (a.kind !== 'digits' && a.kind !== 'cardinal')) return undefined;
  const b = tokens[from + 1];
  const two = a.kind === 'cardinal' && b?.kind === 'cardinal' && ((a.value >= 10 && a.value <= 20) || (a.value >= 1000 && a.value % 100 === 0 && b.value < 100));
  return { from, to: from + (two ? 2 : 1) };
}

function isDayLike(t: DateToken | undefined): boolean {
  return !!t && (t.kind === 'digits' || t.kind === 'ordinal' || t.kind === 'cardinal') && t.value >= 1 && t.value <= 31 && t.text.length <= 25;
}

function fullYear(y: number, digits: number): number {
  // Two-digit birth years: 00..29 read as 20xx, the rest as 19xx.
  if (digits <= 2 || y < 100) return y < 30 ? 2000 + y : 1900 + y;
  return y;
}

/**
 * Reads `value` as a date. Components that cannot be found are left out.
 * @example readDate('3. März 1980') // day 3, month 3, year 1980
 */
export function readDate(value: string): DateForm {
  const tokens = classify(value);
  const monthAt = tokens.findIndex((t) => t.kind === 'month');
  if (monthAt >= 0) {
    const dayAt = isDayLike(tokens[monthAt - 1]) ? monthAt - 1 : -1;
    const ys = yearSpan(tokens, monthAt + 1);
    const y = ys ? readYear(tokens, ys.from, ys.to) : undefined;
    return {
      value,
      tokens,
      month: tokens[monthAt].value,
      monthSlot: { from: monthAt, to: monthAt + 1 },
      ...(dayAt >= 0 ? { day: tokens[dayAt].value, daySlot: { from: dayAt, to: dayAt + 1 } } : {}),
      ...(ys && y !== undefined ? { year: fullYear(y, tokens[ys.from].text.length), yearSlot: ys } : {}),
    };
  }
  const numeric: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind !== 'other') numeric.push(i);
  if (numeric.length === 0) return { value, tokens };
  const first = tokens[numeric[0]];
  if (first.kind === 'digits' && first.text.length === 4 && numeric.length >= 3) {
    const [yi, mi, di] = numeric;
    return {
      value, tokens,
      year: first.value, yearSlot: { from: yi, to: yi + 1 },
      month: tokens[mi].value, monthSlot: { from: mi, to: mi + 1 },
      day: tokens[di].value, daySlot: { from: di, to: di + 1 },
    };
  }
  if (numeric.length >= 3 && isDayLike(first) && tokens[numeric[1]].value >= 1 && tokens[numeric[1]].value <= 12) {
    const [di, mi, yi] = numeric;
    const ys = yearSpan(tokens, yi) ?? { from: yi, to: yi + 1 };
    const y = readYear(tokens, ys.from, ys.to);
    return {
      value, tokens,
      day: first.value, daySlot: { from: di, to: di + 1 },
      month: tokens[mi].value, monthSlot: { from: mi, to: mi + 1 },
      ...(y !== undefined ? { year: fullYear(y, tokens[ys.from].text.length), yearSlot: ys } : {}),
    };
  }
  if (numeric.length === 2 && isDayLike(first) && tokens[numeric[1]].value >= 1 && tokens[numeric[1]].value <= 12) {
    // Day and month without a year: "3.3.", "dritter dritter".
    const [di, mi] = numeric;
    return { value, tokens, day: first.value, daySlot: { from: di, to: di + 1 }, month: tokens[mi].value, monthSlot: { from: mi, to: mi + 1 } };
  }
  if (numeric.length === 1 && first.kind === 'digits' && first.text.length === 4) {
    return { value, tokens, year: first.value, yearSlot: { from: numeric[0], to: numeric[0] + 1 } };
  }
  return { value, tokens };
}

const ORDINAL_ENDING = /(?:s)?(te[nrsm]?)$/;
const NON_ALNUM_RUN = /[^\p{L}\p{N}]+/gu;

/** Identity key of a date value: "1980-3-3" for what was found, else the folded text. */
export function dateKey(value: string): string {
  const d = readDate(value);
  if (d.day === undefined && d.month === undefined && d.year === undefined) return value.toLowerCase().replace(NON_ALNUM_RUN, '');
  return `${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}`;
}

function writeNumber(t: DateToken, n: number): string {
  switch (t.kind) {
    case 'digits':
      return String(n).padStart(t.text.length, '0');
    case 'ordinal': {
      const ending = ORDINAL_ENDING.exec(t.text.toLowerCase())?.[1] ?? 'te';
      return applyCasing(ordinalWord(n, ending), casingOf(t.text));
    }
    case 'cardinal':
      return applyCasing(cardinalWord(n), casingOf(t.text));
    default:
      return t.text;
  }
}

function writeMonth(t: DateToken, month: number): string {
  if (t.kind !== 'month') return writeNumber(t, month);
  const name = MONTH_NAMES[month - 1];
  // Abbreviations stay abbreviated ("Mär" -> "Aug"); "Mai" is both.
  const abbreviated = t.text.length <= 4 && t.text.toLowerCase() !== MONTH_NAMES[t.value - 1].toLowerCase();
  const text = abbreviated ? name.slice(0, 3) : name;
  return applyCasing(text, casingOf(t.text));
}

function writeYear(form: DateForm, slot: Slot, year: number): string {
  const a = form.tokens[slot.from];
  if (a.kind === 'digits') return a.text.length === 2 ? String(year % 100).padStart(2, '0') : String(year);
  const casing = casingOf(a.text);
  if (slot.to - slot.from === 2) {
    const head = year < 2000 ? cardinalWord(Math.floor(year / 100)) : cardinalWord(Math.floor(year / 1000) * 1000);
    const rest = year < 2000 ? year % 100 : year % 1000;
    return applyCasing(rest === 0 ? head : `${head} ${cardinalWord(rest)}`, casing);
  }
  // A spoken two-digit year ("achtzig") stays two-digit.
  if (a.value < 100) return applyCasing(cardinalWord(year % 100), casing);
  return applyCasing(yearWord(year), casing);
}

function inSlot(i: number, slot: Slot | undefined): boolean {
  return slot !== undefined && i >= slot.from && i < slot.to;
}

/** A random stand-in for a number-like token that is not part of a found component. */
function scramble(t: DateToken, rnd: Random): string {
  switch (t.kind) {
    case 'digits': {
      let out = '';
      for (let i = 0; i < t.text.length; i++) out += String(rnd.int(10));
      return out;
    }
    case 'month':
      return writeMonth(t, 1 + rnd.int(12));
    case 'ordinal':
    case 'cardinal':
      return writeNumber(t, 1 + rnd.int(28));
    default:
      return t.text;
  }
}

/**
 * Writes `date` into the tokens of `form`, each component in its original
 * style. Components absent from `form` stay absent; number-like tokens that
 * belong to no component are replaced at random, so nothing of the original
 * date survives.
 */
export function writeDateLike(form: DateForm, date: { day: number; month: number; year: number }, rnd: Random): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const { tokens } = form;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'other' || inSlot(i, form.daySlot) || inSlot(i, form.monthSlot) || inSlot(i, form.yearSlot)) continue;
    edits.push({ start: t.start, end: t.end, text: scramble(t, rnd) });
  }
  if (form.daySlot) edits.push({ start: tokens[form.daySlot.from].start, end: tokens[form.daySlot.from].end, text: writeNumber(tokens[form.daySlot.from], date.day) });
  if (form.monthSlot) edits.push({ start: tokens[form.monthSlot.from].start, end: tokens[form.monthSlot.from].end, text: writeMonth(tokens[form.monthSlot.from], date.month) });
  if (form.yearSlot) edits.push({ start: tokens[form.yearSlot.from].start, end: tokens[form.yearSlot.to - 1].end, text: writeYear(form, form.yearSlot, date.year) });
  edits.sort((x, y) => x.start - y.start);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += form.value.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + form.value.slice(pos);
}
