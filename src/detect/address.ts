/**
 * ADDRESS: street + house number with an optional following postcode and
 * city, and standalone postcodes that an address word, a known city or the
 * previous turn's question locates. Works on the digits view, so spoken
 * house numbers and postcodes ("zwölf", "achtzig drei drei eins") count.
 * Data: rules/address/address.yaml, cities.yaml (generated), big-cities.yaml.
 */
import { z } from 'zod';
import { Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { COMMA, DIGITS, HARD_BREAK, tokenizeWords, type WordTokens } from './address-tokens.js';
import { BY_PREFIX, BY_SUFFIX, streetEndingAt, tokenLower, unitFollows, type StreetLexicons } from './address-street.js';
import { hasDigit, lowerSameLength } from './id-scan.js';
import { digitGroup, houseNumber, isDigitAt, isHouseLetter, isQuantitySign, nextAfterGroup, splitHouseAndPostcode } from './address-number.js';
import { numberCloses, rangeEnd, StreetMemory, unknownStreetStart } from './address-fallback.js';
import { PlaceReader } from './address-place.js';

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
  streetContext: words.default([]),
  closers: words.default([]),
  cityQualifiers: words.default([]),
  postcodeVetoes: words.default([]),
});

/** Schema of the city lexicons. */
export const cityListSchema = z.strictObject({ id: z.string().min(1), cities: words.min(1) });

/** A parsed address rule file. */
export type AddressRule = z.output<typeof addressRuleSchema>;

/** Characters before an unknown street name searched for a strong address word. */
const UNKNOWN_STREET_BEFORE = 40;
/** Characters before a standalone postcode searched for a veto word ("Gebiet"). */
const POSTCODE_VETO_BEFORE = 25;

/** See the module comment. */
export class AddressDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['ADDRESS'];
  private readonly lex: StreetLexicons;
  private readonly context: Lexicon;
  private readonly postcodeWords: Lexicon;
  private readonly strongContext: Lexicon;
  private readonly postcodeVetoes: Lexicon;
  private readonly closers: ReadonlySet<string>;
  /** Street names found so far in the current call (detection is synchronous). */
  private readonly memory = new StreetMemory();
  /** Cache of hasContext for the previous turn: the turn it was computed for (-1: none) and the answer. */
  private prevContextTurn = -1;
  private prevContext = false;

  private readonly places: PlaceReader;

  /**
   * @param cities - every city accepted after a postcode or street
   * @param germanCities - German cities, which take five-digit postcodes only
   */
  constructor(private readonly rule: AddressRule, cities: readonly string[], germanCities: readonly string[] = []) {
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
    this.strongContext = new Lexicon(rule.streetContext);
    this.postcodeVetoes = new Lexicon(rule.postcodeVetoes, { prefix: true });
    this.closers = set(rule.closers);
    this.places = new PlaceReader(this.lex.cities, new Lexicon(germanCities), set(rule.cityQualifiers), this.lex.nonNames, this.lex.units);
  }

  detect(call: CallView, out: Span[]): void {
    this.memory.reset();
    this.prevContextTurn = -1;
    for (let t = 0; t < call.turns.length; t++) {
      const dv = call.turns[t].normalized('digits');
      const text = dv.text;
      if (!hasDigit(text)) continue;
      // The digits view is often the text itself: then its lowercase form is already there.
      const lower = text === call.turns[t].text ? call.turns[t].lower : lowerSameLength(text);
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
    // The previous turn's end is looked at once per turn, however many numbers this turn has.
    if (this.prevContextTurn !== t) {
      const prev = call.turns[t - 1].lower;
      this.prevContext = this.context.occursIn(prev, prev.length - this.rule.previousTurnWindow, prev.length);
      this.prevContextTurn = t;
    }
    return this.prevContext;
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
    if (unitFollows(lower, tokens, k, this.lex)) return -1;
    const next = text.charCodeAt(tokens.end[k]);
    // "12:30", "3.5" are times and decimals, not house numbers.
    if ((next === 58 || next === 46 || next === 44) && isDigitAt(text, tokens.end[k] + 1)) return -1;
    if (isQuantitySign(text, tokens.end[k])) return -1;
    // German house numbers stay below 1000; four digits after a name are years ("Kriegsausbruch 1914").
    if (num > 999) return -1;
    // The street: a known shape, a name read earlier in this call, or (checked below) an unknown name.
    let street = streetEndingAt(lower, tokens, j, cased, this.lex);
    // A name read earlier in the call needs no further evidence ("ich habe zur mühle 26a notiert").
    const remembered = !street || street.kind === BY_PREFIX ? this.memory.match(lower, tokens, j) : -1;
    if (remembered >= 0) street = { first: remembered, kind: BY_SUFFIX, capitalPrefix: false };
    const unknownFirst = street ? -1 : unknownStreetStart(lower, tokens, j, cased, this.lex);
    if (!street && unknownFirst < 0) return -1;
    // "24 bis 26": the range's second number is where the rest is read from.
    const n = rangeEnd(text, lower, tokens, k);
    if (n > k && unitFollows(lower, tokens, n, this.lex)) return -1;
    let end = tokens.end[n];
    let last = n;
    // Spoken digit by digit: "eins null drei" is house number 103; "dreizehn drei acht vier vier null"
    // is house number 13 and postcode 38440.
    const group = digitGroup(text, tokens, n);
    let postcodeAt = -1;
    if (group.last > n && group.digits > 0) {
      let split = splitHouseAndPostcode(text, tokens, n, group.last);
      // Austrian/Swiss: "77 90 20 Klagenfurt" is house number 77 and postcode 9020 before a known city.
      if (split < 0 && (tokens.flags[group.last] & (HARD_BREAK | COMMA)) === 0 && this.places.foreignCityAt(lower, tokens, group.last + 1, cased) >= 0) {
        split = splitHouseAndPostcode(text, tokens, n, group.last, 4);
      }
      if (split >= 0) {
        last = split - 1;
        postcodeAt = split;
      } else if (group.digits <= 3) last = group.last;
      end = tokens.end[last];
    }
    // House-number letter or range: "5 a", "12/1".
    if (postcodeAt < 0) {
      if (last + 1 < tokens.count && (tokens.flags[last] & (HARD_BREAK | COMMA)) === 0 && isHouseLetter(lower, tokens, last + 1)) {
        last++;
        end = tokens.end[last];
      } else if (text.charCodeAt(end) === 47 && last + 1 < tokens.count && tokens.start[last + 1] === end + 1 && (tokens.flags[last + 1] & DIGITS) !== 0) {
        last++;
        end = tokens.end[last];
      }
    }
    if (postcodeAt >= 0) {
      const cityEnd = this.places.cityAt(lower, tokens, nextAfterGroup(text, tokens, postcodeAt), cased);
      end = cityEnd >= 0 ? cityEnd : tokens.end[digitGroup(text, tokens, postcodeAt).last];
    } else end = this.places.placeAfter(text, lower, tokens, last, cased, end);
    const withPostcode = postcodeAt >= 0 || this.places.postcodeFollowed;
    const first = street ? street.first : unknownFirst;
    if (street?.kind === BY_PREFIX && !(cased && street.capitalPrefix) && !withPostcode) {
      if (!this.hasContext(call, t, lower, tokens.start[first])) return -1;
    }
    // A name without a street word needs a postcode after it, or an address
    // context and a number that closes the phrase ("Hirsdorf 28.", not "Typ 2 Diabetes").
    if (!street && !withPostcode) {
      if (!numberCloses(lower, tokens, last, this.closers) || !this.streetContext(call, t, lower, tokens.start[first])) return -1;
    }
    this.memory.remember(lower, tokens, first, j);
    this.push(dv, t, tokens.start[first], end, street && street.kind !== BY_PREFIX ? 0.85 : 0.7, out);
    return end;
  }

  /** A strong address word before `pos` in this turn, or at the end of the previous turn when `pos` opens this one. */
  private streetContext(call: CallView, t: number, lower: string, pos: number): boolean {
    if (this.strongContext.occursIn(lower, pos - UNKNOWN_STREET_BEFORE, pos)) return true;
    if (t === 0 || pos > UNKNOWN_STREET_BEFORE) return false;
    const prev = call.turns[t - 1].lower;
    return this.strongContext.occursIn(prev, prev.length - this.rule.previousTurnWindow, prev.length);
  }

  /**
   * An Austrian/Swiss 4-digit postcode: only before a known city ("8001 Zürich")
   * or right after a postcode word ("Postleitzahl 8400", "Welche Postleitzahl?" / "8400").
   */
  private shortPostcode(call: CallView, t: number, lower: string, tokens: WordTokens, k: number, last: number, cased: boolean): number {
    const after = last + 1;
    if (after < tokens.count && (tokens.flags[after] & DIGITS) !== 0) return -1;
    const joinedCity = (tokens.flags[last] & (HARD_BREAK | COMMA)) === 0;
    const known = joinedCity ? this.places.foreignCityAt(lower, tokens, after, cased) : -1;
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
    const known = joinedCity ? this.places.cityAt(lower, tokens, after, cased, true) : -1;
    if (known >= 0) return known;
    const start = tokens.start[k];
    // "im Postleitzahlgebiet 87872", "ins Gebiet 92524": an area, nobody's location.
    if (this.postcodeVetoes.occursIn(lower, start - POSTCODE_VETO_BEFORE, start)) return -1;
    if (!this.postcodeWords.occursIn(lower, start - 30, start) && !this.hasContext(call, t, lower, start)) return -1;
    const city = joinedCity ? this.places.cityAt(lower, tokens, after, cased) : -1;
    return city >= 0 ? city : groupEnd;
  }
}

/**
 * Creates the address detectors.
 * @returns one detector labelled `ADDRESS`
 * @example
 * const [address] = createAddressDetectors(); // address.id === 'rules:address'
 */
export function createAddressDetectors(): Detector[] {
  const rule = loadRuleFile('address/address.yaml', addressRuleSchema);
  const german = loadRuleFile('address/big-cities.yaml', cityListSchema).cities;
  const cities = [...loadRuleFile('address/cities.yaml', cityListSchema).cities, ...german];
  return [new AddressDetector(rule, cities, german)];
}
