/**
 * Synthetic postal addresses: realistic street names (faker de, the most
 * common German streets, prepositional names), house numbers with suffixes
 * and real postcode/city pairs.
 */
import { de, de_AT, de_CH } from '@faker-js/faker';
import type { Rng } from './rng.js';
import {
  AT_POSTCODES, CH_POSTCODES, COMMON_STREETS, DE_POSTCODES, STREET_PREP_NOUNS, STREET_PREPOSITIONS,
} from './templates/lexicon-places.js';

/** A postal address; `street` is spelled in full ("Adalbertstraße"). */
export interface Address {
  street: string;
  /** House number with optional suffix: "12", "5a", "12-14". */
  no: string;
  plz: string;
  city: string;
  country: 'DE' | 'AT' | 'CH';
}

/** Expands "Str." abbreviations of faker data to the spoken form. */
export function expandStreet(s: string): string {
  return s.replace(/([sS])tr\.$/, '$1traße').replace(/-Str\.$/, '-Straße');
}

const FAKER_STREETS = (de.location?.street_name ?? []).map(expandStreet);
const AT_STREETS = (de_AT.location?.street_name ?? []).map((s) => s.replace(/\s*\(.*\)$/, ''));
const CH_STREETS = de_CH.location?.street_name ?? [];
const FAKER_CITIES = de.location?.city_name ?? [];

function houseNumber(rng: Rng): string {
  const n = rng.weighted([[rng.int(1, 30), 6], [rng.int(31, 99), 3], [rng.int(100, 180), 1]] as const);
  const r = rng.next();
  if (r < 0.12) return `${n}${rng.pick(['a', 'b', 'c'])}`;
  if (r < 0.14) return `${n}-${n + 2}`;
  return String(n);
}

function germanStreet(rng: Rng): string {
  const r = rng.next();
  if (r < 0.35) return rng.pick(COMMON_STREETS);
  if (r < 0.55) {
    const prep = rng.pick(STREET_PREPOSITIONS);
    return `${prep} ${rng.pick(STREET_PREP_NOUNS[prep])}`;
  }
  return rng.pick(FAKER_STREETS);
}

/** A random address; Austrian and Swiss for callers of those origins. */
export function makeAddress(rng: Rng, country: 'DE' | 'AT' | 'CH' = 'DE'): Address {
  if (country === 'AT') {
    const [plz, city] = rng.pick(AT_POSTCODES);
    return { street: rng.pick(AT_STREETS), no: houseNumber(rng), plz, city, country };
  }
  if (country === 'CH') {
    const [plz, city] = rng.pick(CH_POSTCODES);
    return { street: rng.pick(CH_STREETS), no: houseNumber(rng), plz, city, country };
  }
  let plz: string;
  let city: string;
  if (rng.chance(0.8)) [plz, city] = rng.pick(DE_POSTCODES);
  else {
    plz = String(rng.int(1, 99)).padStart(2, '0') + rng.digits(3);
    city = rng.pick(FAKER_CITIES);
  }
  return { street: germanStreet(rng), no: houseNumber(rng), plz, city, country };
}

/** A city name for company names and small talk ("Stadtwerke Bamberg"); never an entity alone. */
export function makeTown(rng: Rng): string {
  return rng.chance(0.7) ? rng.pick(DE_POSTCODES)[1] : rng.pick(FAKER_CITIES);
}
