/**
 * Name pools of many origins for synthetic callers, agents and third
 * parties. Pools come from @faker-js/faker locale data (transliterated when
 * the locale is not Latin) plus the curated lists; each name belongs to
 * exactly one split by a stable hash, so the test split measures
 * generalisation to unseen names.
 */
import { de, de_AT, de_CH, el, hr, it, pl, ro, ru, tr, uk, vi } from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import { splitOf, type Rng, type Split } from './rng.js';
import { isLatin, toLatin } from './translit.js';
import {
  ARABIC_FIRST_FEMALE, ARABIC_FIRST_MALE, ARABIC_SURNAMES, COMMON_WORD_FIRST_FEMALE, COMMON_WORD_FIRST_MALE,
  COMMON_WORD_SURNAMES, NAME_PARTICLES, SURNAME_ENDINGS, SURNAME_STEMS, TURKISH_FIRST_FEMALE, TURKISH_FIRST_MALE,
  TURKISH_SURNAMES,
} from './templates/lexicon-names.js';
import type { ExtraNames } from './names-dir.js';

/** Where a name comes from; drives spelling (folding) and name order. */
export type Origin = 'de' | 'de_AT' | 'de_CH' | 'tr' | 'pl' | 'ru' | 'uk' | 'it' | 'el' | 'hr' | 'ro' | 'vi' | 'ar';

/** A synthetic person. `title` is never part of a PERSON span. */
export interface Person {
  first: string;
  last: string;
  female: boolean;
  origin: Origin;
  title?: 'Dr.' | 'Prof. Dr.';
}

interface OriginPools {
  female: string[];
  male: string[];
  last: string[];
  lastFemale: string[];
}

/** Roughly the origins of people calling German businesses (own estimate). */
const ORIGIN_WEIGHTS: readonly (readonly [Origin, number])[] = [
  ['de', 52], ['de_AT', 4], ['de_CH', 3], ['tr', 11], ['pl', 6], ['ru', 5], ['uk', 2], ['it', 4], ['el', 2],
  ['hr', 2], ['ro', 3], ['vi', 2], ['ar', 5],
];

const LOCALES: Partial<Record<Origin, LocaleDefinition>> = { de, de_AT, de_CH, tr, pl, ru, uk, it, el, hr, ro, vi };

function clean(list: readonly string[] | undefined, allowSpace: boolean): string[] {
  const out = new Set<string>();
  for (const raw of list ?? []) {
    const n = toLatin(raw.trim());
    if (n.length < 2 || !isLatin(n) || (!allowSpace && n.includes(' '))) continue;
    out.add(n);
  }
  return [...out];
}

function inSplit(list: readonly string[], split: Split): string[] {
  return list.filter((n) => splitOf(n, 'name') === split);
}

function localePools(origin: Origin): OriginPools {
  // faker's ar locale is in Arabic script without vowels: the curated list replaces it.
  const p = LOCALES[origin]?.person;
  const vi = origin === 'vi';
  const female = clean(p?.first_name?.female, vi);
  const male = clean(p?.first_name?.male, vi);
  const last = clean(p?.last_name?.male ?? p?.last_name?.generic, false);
  const lastFemale = clean(p?.last_name?.female ?? p?.last_name?.generic, false);
  if (origin === 'tr') {
    female.push(...TURKISH_FIRST_FEMALE, ...TURKISH_FIRST_FEMALE);
    male.push(...TURKISH_FIRST_MALE, ...TURKISH_FIRST_MALE);
    last.push(...TURKISH_SURNAMES, ...TURKISH_SURNAMES);
    lastFemale.push(...TURKISH_SURNAMES, ...TURKISH_SURNAMES);
  }
  if (origin === 'ar') {
    female.push(...ARABIC_FIRST_FEMALE);
    male.push(...ARABIC_FIRST_MALE);
    last.push(...ARABIC_SURNAMES);
    lastFemale.push(...ARABIC_SURNAMES);
  }
  return { female, male, last, lastFemale };
}

interface SplitPools {
  origins: Record<Origin, OriginPools>;
  composed: string[];
  commonLast: string[];
  commonFemale: string[];
  commonMale: string[];
}

const cache = new Map<Split, SplitPools>();

/** The name pools of one split (built once per process). */
export function namePools(split: Split): SplitPools {
  const hit = cache.get(split);
  if (hit) return hit;
  const origins = {} as Record<Origin, OriginPools>;
  for (const [origin] of ORIGIN_WEIGHTS) {
    const all = localePools(origin);
    origins[origin] = {
      female: inSplit(all.female, split),
      male: inSplit(all.male, split),
      last: inSplit(all.last, split),
      lastFemale: inSplit(all.lastFemale, split),
    };
  }
  const composed: string[] = [];
  for (const stem of SURNAME_STEMS) {
    for (const end of SURNAME_ENDINGS) {
      const name = stem + (stem.endsWith(end[0]) && end.length > 3 ? end.slice(1) : end);
      if (splitOf(name, 'name') === split) composed.push(name);
    }
  }
  const pools: SplitPools = {
    origins,
    composed,
    commonLast: inSplit(COMMON_WORD_SURNAMES, split),
    commonFemale: inSplit(COMMON_WORD_FIRST_FEMALE, split),
    commonMale: inSplit(COMMON_WORD_FIRST_MALE, split),
  };
  cache.set(split, pools);
  return pools;
}

/** Options of {@link makePerson}. */
export interface PersonOptions {
  origin?: Origin;
  female?: boolean;
  /** Share this surname (family members). */
  last?: string;
  extra?: ExtraNames;
  /** Share of German surnames drawn from the common-word list. */
  commonWordRate?: number;
}

const GERMANIC = new Set<Origin>(['de', 'de_AT', 'de_CH']);

/** Draws a person of the split's pools. */
export function makePerson(rng: Rng, split: Split, opts: PersonOptions = {}): Person {
  const pools = namePools(split);
  const origin = opts.origin ?? rng.weighted(ORIGIN_WEIGHTS);
  const female = opts.female ?? rng.chance(0.5);
  const op = pools.origins[origin];
  let first = rng.pick(female ? op.female : op.male);
  let last = rng.pick(female ? op.lastFemale : op.last);
  if (GERMANIC.has(origin)) {
    const extra = opts.extra;
    if (extra && rng.chance(0.4)) {
      const list = female ? extra.female : extra.male;
      if (list.length) first = rng.pick(list);
      if (extra.last.length) last = rng.pick(extra.last);
    }
    if (rng.chance(0.2)) last = rng.pick(pools.composed);
    if (rng.chance(opts.commonWordRate ?? 0.3)) last = rng.pick(pools.commonLast);
    if (rng.chance(0.1)) first = rng.pick(female ? pools.commonFemale : pools.commonMale);
    else if (rng.chance(0.07)) first = `${first}-${rng.pick(female ? op.female : op.male)}`;
    if (rng.chance(0.05)) last = `${last}-${rng.pick(rng.chance(0.5) ? pools.commonLast : op.last)}`;
    else if (rng.chance(0.025)) last = `${rng.pick(NAME_PARTICLES)} ${last}`;
  }
  if (opts.last) last = opts.last;
  return { first, last, female, origin };
}

/** A German-weighted person for agents and practice owners. */
export function makeStaff(rng: Rng, split: Split, extra?: ExtraNames): Person {
  const origin = rng.weighted<Origin>([['de', 80], ['tr', 6], ['pl', 4], ['it', 3], ['ru', 3], ['el', 2], ['ar', 2]]);
  return makePerson(rng, split, { origin, extra, commonWordRate: 0.35 });
}
