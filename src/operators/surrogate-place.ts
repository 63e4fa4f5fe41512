/**
 * ADDRESS surrogates: street, house number, postcode and city are replaced
 * one by one inside the original's layout ("Hauptstraße 12, 10115 Berlin",
 * "hauptstraße zwölf eins null eins eins fünf berlin"). Street, postcode and
 * city each keep their surrogate for the call, so a later "in der
 * Hauptstraße" or a bare "10115" matches the earlier full address.
 */
import { readCardinal } from '../normalize/number-words.js';
import { parseCharTemplate, renderCharTemplate } from './char-template.js';
import { cardinalWord } from './german-words.js';
import { nameLexicon } from './name-lexicon.js';
import { consistentSurrogate, randomDigitString, randomFor, type SurrogateParams } from './surrogate-common.js';
import { applyCasing, casingOf, foldGerman } from './text-shape.js';
import type { OperatorInput } from './types.js';

interface Token {
  start: number;
  end: number;
  text: string;
  /** Digits count for a digit run, -1 for words that are no number. */
  digits: number;
  /** Value of a number word or digit run; -1 otherwise. */
  value: number;
  /** A letter attached to a house number ("12a"). */
  suffix: string;
}

const TOKEN = /[0-9]+|\p{L}[\p{L}-]*\.?/gu;
const STR_DOT = /str\.$/i;
const NON_DIGIT = /[^0-9]/g;
const KEEP_WORDS = new Set(['in', 'im', 'an', 'am', 'der', 'die', 'dem', 'den', 'bei', 'nr', 'nummer', 'hausnummer', 'und']);

function tokenize(value: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(value); m !== null; m = TOKEN.exec(value)) {
    const text = m[0];
    const start = m.index;
    const prev = out[out.length - 1];
    if (text[0] >= '0' && text[0] <= '9') {
      out.push({ start, end: start + text.length, text, digits: text.length, value: Number(text), suffix: '' });
    } else if (prev && prev.digits > 0 && prev.end === start && text.length === 1) {
      // "12a": a single letter glued to a house number is its suffix.
      prev.suffix = text;
      prev.end += 1;
      prev.text += text;
    } else {
      const lower = text.toLowerCase();
      out.push({ start, end: start + text.length, text, digits: -1, value: readCardinal(lower, 0, lower.length), suffix: '' });
    }
  }
  return out;
}

function isNumber(t: Token | undefined): boolean {
  return !!t && (t.digits > 0 || t.value >= 0);
}

/** Writes the faker street in the style of the original street ("…straße", "…str.", lowercase). */
function styleStreet(fake: string, original: string): string {
  const folded = foldGerman(original);
  let street = fake;
  if (STR_DOT.test(fake)) {
    if (folded.endsWith('strasse')) street = fake.replace(STR_DOT, original.toLowerCase().endsWith('strasse') ? 'strasse' : 'straße');
    else if (folded.endsWith('str')) street = fake.slice(0, -1);
  }
  return applyCasing(street, casingOf(original));
}

function replaceWords(value: string, tokens: Token[], from: number, to: number, text: (original: string) => string, edits: Edit[]): void {
  let first = from;
  while (first < to && KEEP_WORDS.has(tokens[first].text.toLowerCase())) first++;
  if (first >= to) return;
  const start = tokens[first].start;
  const end = tokens[to - 1].end;
  edits.push({ start, end, text: text(value.slice(start, end)) });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An ADDRESS surrogate in the layout of `value`. */
export function addressSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const lex = nameLexicon();
  const tokens = tokenize(value);
  const edits: Edit[] = [];
  let h = tokens.findIndex(isNumber);
  if (h < 0) h = tokens.length;
  const street = (original: string) =>
    styleStreet(consistentSurrogate(input, params, 'ADDRESS', original, (rnd) => rnd.pick(lex.streets)), original);
  const city = (original: string) =>
    applyCasing(consistentSurrogate(input, params, 'ADDRESS', original, (rnd) => rnd.pick(lex.cities)), casingOf(original));
  if (h === tokens.length) {
    // No number at all: a street ("in der Hauptstraße") or a place; replace the words.
    replaceWords(value, tokens, 0, tokens.length, street, edits);
    return applyEdits(value, edits);
  }
  if (h > 0) replaceWords(value, tokens, 0, h, street, edits);
  let i = h;
  const house = tokens[h];
  // A house number has up to 4 digits (or is a number word below 1000); 5 digits are a postcode.
  if (h > 0 && ((house.digits > 0 && house.digits <= 4) || (house.digits < 0 && house.value < 1000))) {
    const rnd = randomFor(input, params, 'ADDRESS:house', foldGerman(value));
    const width = house.digits > 0 ? house.digits : String(house.value).length;
    const n = width === 1 ? 1 + rnd.int(9) : Number(randomDigitString(rnd, Math.min(width, 3), true));
    let text = house.digits > 0 ? String(n) : applyCasing(cardinalWord(n), casingOf(house.text));
    if (house.suffix) text += house.suffix === house.suffix.toLowerCase() ? 'abc'[rnd.int(3)] : 'ABC'[rnd.int(3)];
    edits.push({ start: house.start, end: house.end, text });
    i = h + 1;
    // "12 a": a lone letter after the number belongs to it.
    const next = tokens[i];
    if (next && next.text.length === 1 && !isNumber(next)) {
      edits.push({ start: next.start, end: next.end, text: next.text === next.text.toLowerCase() ? 'b' : 'B' });
      i++;
    }
  }
  // Postcode: the number tokens that follow (written "10115" or spoken digit by digit).
  let j = i;
  while (j < tokens.length && isNumber(tokens[j])) j++;
  if (j > i) {
    const start = tokens[i].start;
    const end = tokens[j - 1].end;
    const original = value.slice(start, end);
    const template = parseCharTemplate(original);
    const digits = template.chars.replace(NON_DIGIT, '');
    const fake = consistentSurrogate(input, params, 'ADDRESS', digits, (rnd) => randomDigitString(rnd, digits.length, true));
    edits.push({ start, end, text: renderCharTemplate(template, fake) });
  }
  if (j < tokens.length) replaceWords(value, tokens, j, tokens.length, city, edits);
  return applyEdits(value, edits);
}

function applyEdits(value: string, edits: Edit[]): string {
  if (edits.length === 0) return value.length === 0 ? value : '[Adresse]';
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += value.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + value.slice(pos);
}
