/**
 * Places after a street address or postcode for the ADDRESS detector: a
 * postcode and city (", 80331 München", "8050 Zürich"), a known city name
 * with its qualifier ("Frankfurt (Oder)", "halle saale", "Landsberg am Lech").
 */
import type { Lexicon } from '../rules/lexicon.js';
import { qualifierEnd } from './address-fallback.js';
import { digitGroup } from './address-number.js';
import { tokenLower } from './address-street.js';
import { CAPITAL, COMMA, DIGITS, HARD_BREAK, type WordTokens } from './address-tokens.js';

/** Reads places on the word tokens of one turn; compiled once per detector. */
export class PlaceReader {
  /** Set by {@link placeAfter}: the place it read began with a postcode. */
  postcodeFollowed = false;

  /**
   * @param cities - every city accepted after a postcode or street
   * @param germanCities - German cities, which take five-digit postcodes only
   * @param qualifiers - words that follow some city names ("oder", "saale")
   * @param nonNames - words never part of a place name
   * @param units - words that make a number a quantity
   */
  constructor(
    private readonly cities: Lexicon,
    private readonly germanCities: Lexicon,
    private readonly qualifiers: ReadonlySet<string>,
    private readonly nonNames: ReadonlySet<string>,
    private readonly units: ReadonlySet<string>,
  ) {}

  /**
   * Extends `end` over ", 80331 München" / "in 80331 münchen" / "in München"
   * after token `last`; sets {@link postcodeFollowed}.
   * @returns the new end (char offset), or `end` when no place follows
   */
  placeAfter(text: string, lower: string, tokens: WordTokens, last: number, cased: boolean, end: number): number {
    this.postcodeFollowed = false;
    if ((tokens.flags[last] & HARD_BREAK) !== 0) return end;
    let k = last + 1;
    if (k < tokens.count && tokenLower(lower, tokens, k) === 'in' && (tokens.flags[k] & (HARD_BREAK | COMMA)) === 0) k++;
    if (k >= tokens.count) return end;
    const group = digitGroup(text, tokens, k);
    // Swiss/Austrian 4-digit postcodes only before a known city ("8050 Zürich").
    if (group.digits === 4 && (tokens.flags[group.last] & (HARD_BREAK | COMMA)) === 0) {
      const cityEnd = this.foreignCityAt(lower, tokens, group.last + 1, cased);
      if (cityEnd >= 0) {
        this.postcodeFollowed = true;
        return cityEnd;
      }
    }
    if (group.digits === 5) {
      this.postcodeFollowed = true;
      const cityEnd = this.cityAt(lower, tokens, group.last + 1, cased);
      return cityEnd >= 0 && (tokens.flags[group.last] & HARD_BREAK) === 0 ? cityEnd : tokens.end[group.last];
    }
    if (group.digits > 0 || k === last + 1) return end;
    const cityEnd = this.cityAt(lower, tokens, k, cased, true);
    return cityEnd >= 0 ? cityEnd : end;
  }

  /**
   * End of a known Austrian or Swiss city at token k, or -1: a four-digit number
   * before a German city is a year ("1860 München", "1794 Aachen"), not a postcode.
   */
  foreignCityAt(lower: string, tokens: WordTokens, k: number, cased: boolean): number {
    if (k >= tokens.count || this.germanCities.matchAt(lower, tokens.start[k])) return -1;
    return this.cityAt(lower, tokens, k, cased, true);
  }

  /**
   * End of a city name starting at token k, or -1.
   * @param known - require a lexicon city; otherwise any capitalised name that is no function word
   */
  cityAt(lower: string, tokens: WordTokens, k: number, cased: boolean, known = false): number {
    if (k >= tokens.count) return -1;
    const m = this.cities.matchAt(lower, tokens.start[k]);
    let last = -1;
    if (m) {
      // Tokens before k end before the match starts: walk on from k, not from the turn start.
      last = k - 1;
      while (last + 1 < tokens.count && tokens.end[last + 1] <= m.end) last++;
      if (last < k) return m.end;
      // A listed name may end after its last token ("Frankfurt (Oder)"), or a qualifier follows ("halle saale").
      if (m.end > tokens.end[last]) return m.end;
      const q = qualifierEnd(lower, lower, tokens, last, tokens.end[last], this.qualifiers);
      if (q > tokens.end[last]) return q;
    } else {
      if (known) return -1;
      const w = tokenLower(lower, tokens, k);
      if ((tokens.flags[k] & DIGITS) !== 0 || this.nonNames.has(w) || this.units.has(w) || w.length < 3) return -1;
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
        if (!this.nonNames.has(w) && !this.units.has(w) && w.length >= 3) return tokens.end[q];
      }
    }
    return tokens.end[last];
  }
}
