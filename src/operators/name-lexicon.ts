/**
 * German first names, surnames, streets and cities for surrogates, taken from
 * the German locale of @faker-js/faker (shipped data, no network). Loaded on
 * first use; only the de locale module is imported, not all of faker's locales.
 */
import { faker as fakerDe } from '@faker-js/faker/locale/de';
import { foldGerman } from './text-shape.js';

/** Word lists a surrogate picks from, plus folded sets for telling first names from surnames. */
export interface NameLexicon {
  /** Plain one-word first names, none of which is also a surname. */
  readonly firstNames: readonly string[];
  /** Plain one-word surnames, none of which is also a first name. */
  readonly lastNames: readonly string[];
  /** One-word street names ("Ahornweg", "Adalbertstr."). */
  readonly streets: readonly string[];
  /** City names. */
  readonly cities: readonly string[];
  /** Folded first names of the full list, for role guesses. */
  readonly firstNameSet: ReadonlySet<string>;
  /** Folded surnames of the full list. */
  readonly lastNameSet: ReadonlySet<string>;
}

// A plain name: capital, then lowercase German letters. Drops "René", "Kúhn",
// multi-word names: they would break the one-token shape of the original.
const PLAIN = /^[A-ZÄÖÜ][a-zäöüß]+$/;
const PLAIN_STREET = /^[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß](str\.|straße|weg|platz|allee|ring|gasse|damm)$/i;

let cached: NameLexicon | undefined;

/** The lexicon, built on first call. */
export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const defs = fakerDe.rawDefinitions;
  const person = defs.person ?? {};
  const firstRaw = [
    ...(person.first_name?.generic ?? []),
    ...(person.first_name?.female ?? []),
    ...(person.first_name?.male ?? []),
  ];
  const lastRaw = person.last_name?.generic ?? [];
  const firstNameSet = new Set(firstRaw.map(foldGerman));
  const lastNameSet = new Set(lastRaw.map(foldGerman));
  const firstNames = [...new Set(firstRaw)].filter((n) => PLAIN.test(n) && !lastNameSet.has(foldGerman(n)));
  const lastNames = [...new Set(lastRaw)].filter((n) => PLAIN.test(n) && !firstNameSet.has(foldGerman(n)));
  const streets = (defs.location?.street_name ?? []).filter((s) => PLAIN_STREET.test(s));
  const cities = (defs.location?.city_name ?? []).filter((c) => !c.includes(' '));
  cached = Object.freeze({ firstNames, lastNames, streets, cities, firstNameSet, lastNameSet });
  return cached;
}
