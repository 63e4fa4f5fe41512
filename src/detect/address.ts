/**
 * ADDRESS: street + house number with an optional following postcode and
 * city, and standalone postcodes that an address word, a known city or the
 * previous turn's question locates. Works on the digits view, so spoken
 * house numbers and postcodes ("zwölf", "achtzig drei drei eins") count.
 * Data: rules/address/address.yaml, cities.yaml (generated), big-cities.yaml.
 */
import { z } from 'zod';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { CAPITAL, COMMA, DIGITS, HARD_BREAK, tokenizeWords, type WordTokens } from './address-tokens.js';
import { BY_PREFIX, streetEndingAt, tokenLower, unitFollows, type StreetLexicons } from './address-street.js';
import { hasDigit, lowerSameLength } from './id-scan.js';

const words = z.array(z.string().min(1));

/** Schema of rules/address/address.yaml. */
export const addressRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  suffixes: words.min(1),
  commonSuffixes: words.default([]),
  words: words.min(1),
  connectors: words.default([]),
  prefixes: words.default([]),
  numberWords: words.default([]),
  blocklist: words.default([]),
  unitWords: words.default([]),
  context: words.min(1),
  postcodeWords: words.default([]),
  before: z.number().int().min(0).max(300),
  previousTurnWindow: z.number().int().min(0).max(1000),
  adjectives: words.default([]),
  nonNames: words.default([]),
});

/** Schema of the city lexicons. */
export const cityListSchema = z.strictObject({ id: z.string().min(1), cities: words.min(1) });

/** A parsed address rule file. */
export type AddressRule = z.output<typeof addressRuleSchema>;

/** See the module comment. */
export class AddressDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['ADDRESS'];
  private readonly lex: StreetLexicons;
  private readonly context: Lexicon;
  private readonly postcodeWords: Lexicon;

  constructor(private readonly rule: AddressRule, cities: readonly string[]) {
    this.id = `rules:${rule.id}`;
    const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
    this.lex = {
      suffixes: rule.suffixes,
      commonSuffixes: rule.commonSuffixes,
      words: set(rule.words),
      connectors: set(rule.connectors),
      prefixes: set(rule.prefixes),
      numberWords: set(rule.numberWords),
      blocklist: set(rule.blocklist),
      adjectives: set(rule.adjectives),
      nonNames: set(rule.nonNames),
      units: set(rule.unitWords),
      cities: new Lexicon(cities),
    };
    this.context = new Lexicon(rule.context);
    this.postcodeWords = new Lexicon(rule.postcodeWords);
  }

  detect(call: CallView, out: Span[]): void {
    for (let t = 0; t < call.turns.length; t++) {
      const dv = call.turns[t].normalized('digits');
      const text = dv.text;
      if (!hasDigit(text)) continue;
      const lower = lowerSameLength(text);
      const cased = lower !== text;
      const tokens = tokenizeWords(text);
      let coveredTo = -1;
      for (let k = 0; k < tokens.count; k++) {
        if ((tokens.flags[k] & DIGITS) === 0 || tokens.start[k] < coveredTo) continue;
        const end = this.streetAddress(call, t, text, lower, tokens, k, cased, dv, out);
        if (end >= 0) {
          coveredTo = end;
          continue;
        }
        const pc = this.postcode(call, t, text, lower, tokens, k, cased);
        if (pc >= 0) {
          this.push(dv, t, tokens.start[k], pc, 0.7, out);
          coveredTo = pc;
        }
      }
    }
  }

  private push(dv: NormalizedText, turn: number, from: number, to: number, score: number, out: Span[]): void {
    const [start, end] = dv.toOriginal(from, to);
    out.push({ turn, start, end, label: 'ADDRESS', score, source: this.id, validated: false });
  }

  /** Address context before `pos` in this turn, or at the end of the previous one. */
  private hasContext(call: CallView, t: number, lower: string, pos: number): boolean {
    if (this.context.occursIn(lower, pos - this.rule.before, pos)) return true;
    if (t === 0) return false;
    const prev = call.turns[t - 1].lower;
    return this.context.occursIn(prev, prev.length - this.rule.previousTurnWindow, prev.length);
  }

  /** Emits street + number (+ postcode/city) when token k is a house number; returns the end or -1. */
  private streetAddress(
    call: CallView, t: number, text: string, lower: string, tokens: WordTokens, k: number, cased: boolean,
    dv: NormalizedText, out: Span[],
  ): number {
    const num = houseNumber(text, tokens.start[k], tokens.end[k]);
    if (num <= 0) return -1;
    let j = k - 1;
    if (j >= 0 && this.lex.numberWords.has(tokenLower(lower, tokens, j))) j--;
    if (j < 0 || (tokens.flags[j] & HARD_BREAK) !== 0) return -1;
    if ((tokens.flags[j] & COMMA) !== 0 && j === k - 1) return -1;
    const street = streetEndingAt(lower, tokens, j, cased, this.lex);
    if (!street || unitFollows(lower, tokens, k, this.lex)) return -1;
    const next = text.charCodeAt(tokens.end[k]);
    // "12:30", "3.5" are times and decimals, not house numbers.
    if ((next === 58 || next === 46 || next === 44) && isDigitAt(text, tokens.end[k] + 1)) return -1;
    if (isQuantitySign(text, tokens.end[k])) return -1;
    // German house numbers stay below 1000; four digits after a name are years ("Kriegsausbruch 1914").
    if (num > 999) return -1;
    let end = tokens.end[k];
    let last = k;
    // Spoken digit by digit: "eins null drei" is house number 103; "dreizehn drei acht vier vier null"
    // is house number 13 and postcode 38440.
    const group = digitGroup(text, tokens, k);
    let postcodeAt = -1;
    if (group.last > k && group.digits > 0) {
      const split = splitHouseAndPostcode(text, tokens, k, group.last);
      if (split >= 0) {
        last = split - 1;
        postcodeAt = split;
      } else if (group.digits <= 3) last = group.last;
      end = tokens.end[last];
    }
    if (street.kind === BY_PREFIX && !(cased && street.capitalPrefix) && postcodeAt < 0) {
      if (!this.hasContext(call, t, lower, tokens.start[street.first])) return -1;
    }
    // House-number letter or range: "5 a", "12/1".
    if (postcodeAt >= 0) {
      const cityEnd = this.cityAt(lower, tokens, nextAfterGroup(text, tokens, postcodeAt), cased);
      end = cityEnd >= 0 ? cityEnd : tokens.end[digitGroup(text, tokens, postcodeAt).last];
      this.push(dv, t, tokens.start[street.first], end, 0.85, out);
      return end;
    }
    if (last + 1 < tokens.count && (tokens.flags[last] & (HARD_BREAK | COMMA)) === 0 && isHouseLetter(lower, tokens, last + 1)) {
      last++;
      end = tokens.end[last];
    } else if (text.charCodeAt(end) === 47 && last + 1 < tokens.count && tokens.start[last + 1] === end + 1 && (tokens.flags[last + 1] & DIGITS) !== 0) {
      last++;
      end = tokens.end[last];
    }
    end = this.placeAfter(text, lower, tokens, last, cased, end);
    this.push(dv, t, tokens.start[street.first], end, street.kind === BY_PREFIX ? 0.7 : 0.85, out);
    return end;
  }

  /** Extends `end` over ", 80331 München" / "in 80331 münchen" / "in München" after token `last`. */
  private placeAfter(text: string, lower: string, tokens: WordTokens, last: number, cased: boolean, end: number): number {
    if ((tokens.flags[last] & HARD_BREAK) !== 0) return end;
    let k = last + 1;
    if (k < tokens.count && tokenLower(lower, tokens, k) === 'in' && (tokens.flags[k] & (HARD_BREAK | COMMA)) === 0) k++;
    if (k >= tokens.count) return end;
    const group = digitGroup(text, tokens, k);
    // Swiss/Austrian 4-digit postcodes only before a known city ("8050 Zürich").
    if (group.digits === 4 && (tokens.flags[group.last] & (HARD_BREAK | COMMA)) === 0) {
      const cityEnd = this.cityAt(lower, tokens, group.last + 1, cased, true);
      if (cityEnd >= 0) return cityEnd;
    }
    if (group.digits === 5) {
      const cityEnd = this.cityAt(lower, tokens, group.last + 1, cased);
      return cityEnd >= 0 && (tokens.flags[group.last] & HARD_BREAK) === 0 ? cityEnd : tokens.end[group.last];
    }
    if (group.digits > 0 || k === last + 1) return end;
    const cityEnd = this.cityAt(lower, tokens, k, cased, true);
    return cityEnd >= 0 ? cityEnd : end;
  }

  /** End of a city name starting at token k, or -1. `known` requires a lexicon city. */
  private cityAt(lower: string, tokens: WordTokens, k: number, cased: boolean, known = false): number {
    if (k >= tokens.count) return -1;
    const m = this.lex.cities.matchAt(lower, tokens.start[k]);
    let last = -1;
    if (m) {
      while (last + 1 < tokens.count && tokens.end[last + 1] <= m.end) last++;
      if (last < k) return m.end;
    } else {
      if (known) return -1;
      const w = tokenLower(lower, tokens, k);
      if ((tokens.flags[k] & DIGITS) !== 0 || this.lex.nonNames.has(w) || this.lex.units.has(w) || w.length < 3) return -1;
      if (cased && (tokens.flags[k] & CAPITAL) === 0) return -1;
      last = k;
    }
    // "Landsberg am Lech", "Neustadt an der Aisch": a place name with a river or region.
    if ((tokens.flags[last] & (HARD_BREAK | COMMA)) === 0 && last + 2 < tokens.count) {
      const w1 = tokenLower(lower, tokens, last + 1);
      const n = w1 === 'am' || w1 === 'im' ? 1 : (w1 === 'an' || w1 === 'ob' || w1 === 'in') && tokenLower(lower, tokens, last + 2) === 'der' ? 2 : 0;
      const q = last + n + 1;
      if (n > 0 && q < tokens.count && (tokens.flags[q] & DIGITS) === 0 && (!cased || (tokens.flags[q] & CAPITAL) !== 0)) {
        const w = tokenLower(lower, tokens, q);
        if (!this.lex.nonNames.has(w) && !this.lex.units.has(w) && w.length >= 3) return tokens.end[q];
      }
    }
    return tokens.end[last];
  }

  /**
   * An Austrian/Swiss 4-digit postcode: only before a known city ("8001 Zürich")
   * or right after a postcode word ("Postleitzahl 8400", "Welche Postleitzahl?" / "8400").
   */
  private shortPostcode(call: CallView, t: number, lower: string, tokens: WordTokens, k: number, last: number, cased: boolean): number {
    const after = last + 1;
    if (after < tokens.count && (tokens.flags[after] & DIGITS) !== 0) return -1;
    const joinedCity = (tokens.flags[last] & (HARD_BREAK | COMMA)) === 0;
    const known = joinedCity ? this.cityAt(lower, tokens, after, cased, true) : -1;
    if (known >= 0) return known;
    const start = tokens.start[k];
    const asked = this.postcodeWords.occursIn(lower, start - 20, start) ||
      (start < 20 && t > 0 && this.postcodeWords.occursIn(call.turns[t - 1].lower, call.turns[t - 1].lower.length - 60, call.turns[t - 1].lower.length));
    return asked ? tokens.end[last] : -1;
  }

  /** End of a standalone postcode (+ city) starting at token k, or -1. */
  private postcode(call: CallView, t: number, text: string, lower: string, tokens: WordTokens, k: number, cased: boolean): number {
    if (k > 0 && (tokens.flags[k - 1] & DIGITS) !== 0 && (tokens.flags[k - 1] & (HARD_BREAK | COMMA)) === 0) return -1;
    const group = digitGroup(text, tokens, k);
    if (group.digits === 4 && text.charCodeAt(tokens.start[k]) !== 48) return this.shortPostcode(call, t, lower, tokens, k, group.last, cased);
    if (group.digits !== 5 || text.startsWith('00', tokens.start[k])) return -1;
    const after = group.last + 1;
    if (after < tokens.count && (tokens.flags[after] & DIGITS) !== 0 && (tokens.flags[group.last] & (HARD_BREAK | COMMA)) === 0) return -1;
    const groupEnd = tokens.end[group.last];
    const joinedCity = (tokens.flags[group.last] & (HARD_BREAK | COMMA)) === 0;
    const known = joinedCity ? this.cityAt(lower, tokens, after, cased, true) : -1;
    if (known >= 0) return known;
    const start = tokens.start[k];
    if (!this.postcodeWords.occursIn(lower, start - 30, start) && !this.hasContext(call, t, lower, start)) return -1;
    const city = joinedCity ? this.cityAt(lower, tokens, after, cased) : -1;
    return city >= 0 ? city : groupEnd;
  }
}

/** True when a percent, currency or degree sign follows `pos` (after spaces): a quantity. */
function isQuantitySign(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 37 || c === 0x20ac || c === 36 || c === 0xb0;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The value of a house number token ("12", "5a"), or 0 when it is not one. */
function houseNumber(text: string, start: number, end: number): number {
  let i = start;
  let value = 0;
  while (i < end && isDigitAt(text, i)) value = value * 10 + text.charCodeAt(i++) - 48;
  const digits = i - start;
  if (digits === 0 || digits > 4 || text.charCodeAt(start) === 48) return 0;
  // At most one letter may follow ("5a"); "12-14" is a range.
  if (i === end) return value;
  if (end - i === 1 && isWordChar(text.charCodeAt(i))) return value;
  if (text.charCodeAt(i) === 45 && isDigitAt(text, i + 1)) return value;
  return 0;
}

/** True when token k is a lone letter a-k ("5 a"). */
function isHouseLetter(lower: string, tokens: WordTokens, k: number): boolean {
  if (tokens.end[k] - tokens.start[k] !== 1) return false;
  const c = lower.charCodeAt(tokens.start[k]);
  return c >= 97 && c <= 107;
}

/** Index of the token after the digit group starting at k. */
function nextAfterGroup(text: string, tokens: WordTokens, k: number): number {
  return digitGroup(text, tokens, k).last + 1;
}

/**
 * In a space-joined digit group [k, last] read as house number + postcode,
 * the token where a 5-digit postcode starts after a 1-3 digit house number, or -1.
 */
function splitHouseAndPostcode(text: string, tokens: WordTokens, k: number, last: number): number {
  let total = 0;
  for (let i = k; i <= last; i++) total += tokens.end[i] - tokens.start[i];
  let head = 0;
  for (let s = k + 1; s <= last; s++) {
    head += tokens.end[s - 1] - tokens.start[s - 1];
    if (head > 3) return -1;
    if (total - head === 5 && !text.startsWith('00', tokens.start[s])) return s;
  }
  return -1;
}

/** Consecutive digit tokens joined by single spaces from token k: total digits and last token. */
function digitGroup(text: string, tokens: WordTokens, k: number): { digits: number; last: number } {
  let digits = 0;
  let last = k;
  for (let i = k; i < tokens.count && (tokens.flags[i] & DIGITS) !== 0; i++) {
    if (i > k && (tokens.start[i] - tokens.end[i - 1] !== 1 || text.charCodeAt(tokens.end[i - 1]) !== 32)) break;
    for (let c = tokens.start[i]; c < tokens.end[i]; c++) {
      if (!isDigitAt(text, c)) return { digits: -1, last: i };
      digits++;
    }
    last = i;
    if (digits > 5) break;
  }
  return { digits, last };
}

/**
 * Creates the address detectors.
 * @returns one detector labelled `ADDRESS`
 * @example
 * const [address] = createAddressDetectors(); // address.id === 'rules:address'
 */
export function createAddressDetectors(): Detector[] {
  const rule = loadRuleFile('address/address.yaml', addressRuleSchema);
  const cities = [
    ...loadRuleFile('address/cities.yaml', cityListSchema).cities,
    ...loadRuleFile('address/big-cities.yaml', cityListSchema).cities,
  ];
  return [new AddressDetector(rule, cities)];
}
