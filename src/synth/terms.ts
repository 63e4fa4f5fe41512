/**
 * Picks HEALTH and SPECIAL terms from the lexicons: splits off the article
 * (outside the span), honours the speaker's gender for nouns like
 * "Muslimin"/"Muslim", and writes union and party names as STT does.
 */
import type { SpecialSubtype } from '../types.js';
import type { Rng } from './rng.js';
import type { Style } from './segments.js';
import { HEALTH_TERMS } from './templates/lexicon-health.js';
import { SPECIAL_TERMS } from './templates/special.js';

type Entry = readonly [article: string, term: string, gender: '' | 'f' | 'm'];

const LEADING_ARTICLE = /^(einen|einem|einer|eine|ein|die|der|das|den) /;

function parse(raw: string): Entry {
  let gender: '' | 'f' | 'm' = '';
  let s = raw;
  if (s.startsWith('f:') || s.startsWith('m:')) {
    gender = s[0] as 'f' | 'm';
    s = s.slice(2);
  }
  const bar = s.indexOf('|');
  let art = bar >= 0 ? s.slice(0, bar) : '';
  let term = bar >= 0 ? s.slice(bar + 1) : s;
  // The article is never part of the span: "eine Chemotherapie" -> "eine" + [Chemotherapie].
  const m = art === '' ? LEADING_ARTICLE.exec(term) : null;
  if (m) {
    art = m[1];
    term = term.slice(m[0].length);
  }
  return [art, term, gender];
}

function parseAll(src: Readonly<Record<string, readonly string[]>>): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const [k, list] of Object.entries(src)) out.set(k, list.map(parse));
  return out;
}

const HEALTH = parseAll(HEALTH_TERMS);
const SPECIAL = parseAll(SPECIAL_TERMS);

/** Names of the HEALTH term lists. */
export const HEALTH_KINDS: readonly string[] = [...HEALTH.keys()];
/** Names of the SPECIAL term lists. */
export const SPECIAL_KINDS: readonly string[] = [...SPECIAL.keys()];

/** A health term of list `kind`: [article, term]. @throws Error for an unknown list. */
export function phraseTerm(kind: string, rng: Rng): readonly [string, string] {
  const list = HEALTH.get(kind);
  if (!list) throw new Error(`synth: unknown health list ${kind}`);
  const [art, term] = rng.pick(list);
  return [art, term];
}

/** The SPECIAL subtype of a term list name ("religion_noun" -> "religion"). */
export function subtypeOf(key: string): SpecialSubtype {
  if (key.startsWith('party') || key.startsWith('politics')) return 'politics';
  if (key === 'church') return 'religion';
  const base = key.split('_')[0];
  if (['religion', 'ethnicity', 'union', 'sexuality', 'genetic', 'biometric', 'criminal'].includes(base)) return base as SpecialSubtype;
  throw new Error(`synth: no subtype for special list ${key}`);
}

// How streaming STT writes some organisation names.
const STT_FORMS: Readonly<Record<string, readonly string[]>> = {
  'ver.di': ['verdi', 'ver.di'], 'IG Metall': ['ig metall'], GEW: ['gew', 'g e w'], SPD: ['spd', 's p d'],
  CDU: ['cdu', 'c d u'], AfD: ['afd', 'a f d'], FDP: ['fdp', 'f d p'],
};

/** A special-category term: [article, term, subtype]. Gendered terms match `female`. */
export function specialTerm(key: string, female: boolean, rng: Rng, style: Style): readonly [string, string, SpecialSubtype] {
  const list = SPECIAL.get(key);
  if (!list) throw new Error(`synth: unknown special list ${key}`);
  const want = female ? 'f' : 'm';
  const entry = rng.pick(list.filter((e) => e[2] === '' || e[2] === want));
  let term = entry[1];
  if (!style.punct && STT_FORMS[term]) term = rng.pick(STT_FORMS[term]);
  return [entry[0], term, subtypeOf(key)];
}
