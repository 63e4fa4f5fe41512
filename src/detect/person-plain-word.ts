/**
 * The word prior for the NER model: whether a token is an ordinary German word
 * that is no name ("Servicecenter", "morgen", "Termin"). The model must be far
 * surer to call such a word a name, and a turn made only of such words (and
 * numbers, punctuation) is not worth running the model on: see
 * `NerDetectorOptions.plainWord` in src/ner/ner-detector.ts.
 */
import {
  AMB_FIRST,
  DETERMINER,
  FIRST,
  FILLER,
  FREQUENT,
  FUNC,
  NAME_ANY,
  NAME_ARTICLE,
  nameKey,
  NEVER_NAME,
  NOUN_MARKER,
  personGazetteer,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  WORD,
} from './person-gazetteer.js';
import { normalize } from '../normalize/index.js';

/** Words and closed-class words ("Herr", "äh", "Dr.") that are never a name themselves. Particles ("van") are part of names. */
const kPlain = WORD | FUNC | FREQUENT | NEVER_NAME | FILLER | SALUT | TITLE | TITLE_SUFFIX | DETERMINER | NOUN_MARKER | NAME_ARTICLE;

const kLetter = /\p{L}/u;

/**
 * Shorter unknown words are not split into compounds. Both halves must be words:
 * surnames often end in one ("Ollendorf", "Blaszkiewitz") but rarely start with one too.
 */
const kMinCompound = 8;

/**
 * True when `token` (one word, any case) is a known word, an inflected or
 * derived form of one, a compound of two known words or a spoken number, and no gazetteer
 * name (ambiguous names such as "Koch" or "Frank" are not plain; a frequent word
 * that is also a surname, such as "gut", is).
 *
 * @example
 * isPlainWord('Servicecenter') // true
 * isPlainWord('Koch')          // false: also a surname
 * isPlainWord('Pofalla')       // false: unknown
 */
export function isPlainWord(token: string): boolean {
  const gazetteer = personGazetteer();
  const key = nameKey(token);
  let bits = gazetteer.flagsOf(key);
  // Context-only entries ("name" as the first word of "name ist") still need their word bits.
  if ((bits & (kPlain | NAME_ANY)) === 0) bits |= gazetteer.derivedFlagsOf(key);
  // "gut" is also a surname, but far too frequent a word to let the model call it one
  // cheaply; a frequent word that is also a first name ("Frank") stays open.
  if (bits & NAME_ANY) return (bits & FREQUENT) !== 0 && (bits & (FIRST | AMB_FIRST)) === 0;
  if ((bits & kPlain) !== 0 || (key.length >= kMinCompound && gazetteer.isWordCompound(key))) return true;
  // A spoken number or ordinal ("fünfundvierzig", "dreiundzwanzigsten") is no name.
  return !kLetter.test(normalize(token, 'digits').text);
}
