/**
 * The PERSON word knowledge: one map from a lowercase token to a bit set of
 * what the token can be (unambiguous first name, surname that is also a noun,
 * salutation, function word...). Built once per process from the committed
 * lexicons in rules/person/ (see scripts/build-person-lexicons.ts) and the
 * curated YAML; a token is classified with a single Map lookup, which keeps
 * the scan linear and allocation-light (one substring per token).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { loadRuleFile } from '../rules/load.js';
import { rulesPath } from '../rules-dir.js';
import { loadContextRule } from './person-context.js';
import { KeyTable } from './person-keytable.js';
import { isVerbForm } from './person-verb-forms.js';

/** First name that is no German word ("Anna", "Jürgen"). */
export const FIRST = 1 << 0;
/** Surname that is no German word ("Schmidt", "Kowalski"). */
export const LAST = 1 << 1;
/** First name that is also a word ("Frank", "Rose"). */
export const AMB_FIRST = 1 << 2;
/** Surname that is also a word ("Koch", "Klein"). */
export const AMB_LAST = 1 << 3;
/** The ambiguous name clashes with a capitalised word (noun, month, city): "Koch", "Mai". */
export const CLASH_CAP = 1 << 4;
/** The ambiguous name clashes only with lowercase words (adjective, verb): "Klein", "Frank". */
export const CLASH_LOW = 1 << 5;
/** An ordinary German word that is no name. */
export const WORD = 1 << 6;
/** A closed-class word (article, pronoun, preposition, auxiliary, filler). */
export const FUNC = 1 << 7;
/** A salutation: Herr, Frau, Herrn. */
export const SALUT = 1 << 8;
/** An academic or professional title: Dr., Prof., Doktor. */
export const TITLE = 1 << 9;
/** A title that only follows another title: "med." in "Dr. med.". */
export const TITLE_SUFFIX = 1 << 10;
/** A name particle: von, van, de, al. */
export const PARTICLE = 1 << 11;
/** A determiner or possessive that makes a following "Frau" a noun. */
export const DETERMINER = 1 << 12;
/** A filler or greeting that may stand before a name ("äh", "ja", "hallo"). */
export const FILLER = 1 << 13;
/** A word after which a name that is also a noun reads as the noun ("der", "im"). */
export const NOUN_MARKER = 1 << 14;

/** A word after which a gazetteer name names a place or saint: "St.", "San", "FC". */
export const PLACE_MARKER = 1 << 15;

/** A noun ("Sturm", "Regen"): a surname after "Herr"/"Frau" may be one. Always with WORD. */
export const NOUN = 1 << 17;
/** Never a name even after "Herr": role nouns ("Herr Ober", "Frau Nachbarin"), "-ung" words. */
export const NEVER_NAME = 1 << 18;
/** A hyphenated token shaped like a double name ("Manz-Gut"): a part is a name or unknown. */
export const DOUBLE_NAME = 1 << 19;

/** An ordinary word that is not a noun (adjective, adverb, verb form): "gut", "klar". */
export const LOW_WORD = 1 << 20;

/** A frequent word of words.yaml ("gut", "klar"): a capital at a sentence start tells nothing. */
export const FREQUENT = 1 << 21;

/** A place or business ("Steuerkanzlei", "Kfz-Meisterbetrieb"): a name may follow ("Steuerkanzlei Cammisa"). */
export const BUSINESS = 1 << 22;

/** Derived from a name plus "s" ("Webers"): a possessive, which ends a name. */
export const POSSESSIVE = 1 << 23;

/**
 * An article or preposition before a person in speech ("der Koch kann nicht",
 * "bei Hahn"): a name that is also a word, once established in the call, stays a name after it.
 */
export const NAME_ARTICLE = 1 << 24;

/** A particle that opens a surname without context: "van der Vaart". Always with PARTICLE. */
export const LEAD_PARTICLE = 1 << 25;

/** A role or kin noun after which a name follows: "Präsident", "Hausmeister" (context.yaml roleHeads). */
export const ROLE = 1 << 26;

/** A name kept unambiguous that is also a frequent noun (words.yaml nounNames: "Richter"). */
export const NOUN_NAME = 1 << 27;

/** The first word of a context phrase ("mein" of "mein Name ist"): try the phrase lexicon here. */
export const TRIGGER = 1 << 16;

/** Bookkeeping: derived bits of the token were computed (person-tokens.ts). */
export const DERIVED = 1 << 30;

/** Any name bit. */
export const NAME_ANY = FIRST | LAST | AMB_FIRST | AMB_LAST;
/** Names that are no word. */
export const NAME_UNAMBIGUOUS = FIRST | LAST;
/** Names that are also words. */
export const NAME_AMBIGUOUS = AMB_FIRST | AMB_LAST;

const wordsSchema = z.object({
  function: z.array(z.string().min(1)).min(1),
  common: z.array(z.string().min(1)),
  adjectives: z.array(z.string().min(1)),
  capitalised: z.array(z.string().min(1)),
  preferName: z.array(z.string().min(1)),
  nounNames: z.array(z.string().min(1)),
  neverName: z.array(z.string().min(1)),
  extraFirstNames: z.array(z.string().min(1)),
  extraLastNames: z.array(z.string().min(1)),
});

/** The lookup key of a token: lowercase, Turkish dotted capital I folded ("İsmail" -> "ismail"). */
export function nameKey(value: string): string {
  return value.replace(/İ/g, 'I').toLowerCase();
}

/** Inflection endings stripped when a token is looked up as an ordinary word ("Nachbarinnen"). */
const WORD_ENDINGS = ['nen', 'ern', 'en', 'er', 'es', 'e', 'n', 's'];

/** Inflections of the curated adjectives ("gut" -> "gute", "guten"...). */
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** Suffixes of German derived words: an unknown token with one is no name ("Terminvereinbarung"). */
const WORD_SUFFIXES = ['ung', 'heit', 'keit', 'schaft', 'tion', 'ität', 'ismus', 'lich', 'isch', 'ieren', 'iert', 'bar', 'sam', 'haft', 'chen'];

function firstWord(phrase: string): string {
  return nameKey(phrase.trim().split(/[^\p{L}\p{N}]/u)[0]);
}

function readList(relativePath: string): string[] {
  const file = rulesPath(relativePath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`rules/${relativePath}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'}); run scripts/build-person-lexicons.ts`);
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length > 0 && line.charCodeAt(0) !== 35 /* # */) out.push(line);
  }
  return out;
}

/**
 * Token classification for PERSON detection.
 *
 * @example
 * const g = personGazetteer();
 * (g.flagsOf('anna') & FIRST) !== 0;    // true
 * (g.flagsOf('koch') & AMB_LAST) !== 0; // true: also a noun
 */
export class PersonGazetteer {
  private readonly table = new KeyTable();
  /** An infinitive of the lexicon: a word, but no noun ("spielen"). */
  private readonly isInfinitive = (key: string): boolean => (this.table.get(key) & (WORD | NOUN)) === WORD;
  private readonly compoundHeads: readonly string[];
  private readonly suffixHeads: readonly string[];
  private readonly placeHeads: readonly string[];
  private readonly roleHeads: readonly string[];

  constructor() {
    const add = (key: string, bits: number) => this.table.add(key, bits);
    for (const name of readList('person/first-names.txt')) add(nameKey(name), FIRST);
    for (const name of readList('person/last-names.txt')) add(nameKey(name), LAST);
    readList('person/ambiguous-names.txt').forEach((line, i) => {
      const [name, role, clash] = line.split('\t');
      if (!name || !['first', 'last', 'both'].includes(role) || !['cap', 'low', 'cap+low'].includes(clash)) {
        throw new ConfigError(`rules/person/ambiguous-names.txt: entry ${i + 1}: expected name<TAB>first|last|both<TAB>cap|low|cap+low`);
      }
      const roleBits = role === 'first' ? AMB_FIRST : role === 'last' ? AMB_LAST : AMB_FIRST | AMB_LAST;
      add(nameKey(name), roleBits | (clash === 'low' ? 0 : CLASH_CAP) | (clash === 'cap' ? 0 : CLASH_LOW));
    });
    for (const word of readList('person/common-nouns.txt')) add(word, WORD | NOUN);
    for (const word of readList('person/common-words.txt')) add(word, WORD | LOW_WORD);
    const words = loadRuleFile('person/words.yaml', wordsSchema);
    for (const w of words.function) add(nameKey(w), FUNC);
    for (const w of words.common) add(nameKey(w), FREQUENT);
    for (const w of words.nounNames) add(nameKey(w), NOUN_NAME);
    for (const a of words.adjectives) for (const ending of ADJECTIVE_ENDINGS) add(nameKey(a) + ending, FREQUENT);
    const context = loadContextRule();
    for (const w of context.salutations) add(nameKey(w), SALUT);
    for (const w of context.titles) add(nameKey(w), TITLE);
    for (const w of context.titleSuffixes) add(nameKey(w), TITLE_SUFFIX);
    for (const w of context.determiners) add(nameKey(w), DETERMINER);
    for (const w of context.particles) add(nameKey(w), PARTICLE);
    for (const w of context.leadingParticles) add(nameKey(w), PARTICLE | LEAD_PARTICLE);
    for (const w of context.nounMarkers) add(nameKey(w), NOUN_MARKER);
    for (const w of context.nameArticles) add(nameKey(w), NAME_ARTICLE);
    for (const w of context.placeMarkers) add(nameKey(w), PLACE_MARKER);
    for (const w of context.roleNouns) add(nameKey(w), NEVER_NAME);
    this.compoundHeads = context.compoundHeads.map(nameKey);
    this.placeHeads = context.placeHeads.map(nameKey);
    this.roleHeads = context.roleHeads.map(nameKey);
    for (const w of this.roleHeads) add(w, ROLE);
    const surnameEndings = new Set(context.surnameEndings.map(nameKey));
    this.suffixHeads = this.compoundHeads.filter((h) => !surnameEndings.has(h));
    for (const head of this.compoundHeads) add(head, NEVER_NAME | BUSINESS);
    for (const phrase of context.fillers) for (const w of phrase.split(' ')) add(nameKey(w), FILLER);
    for (const group of [...context.before, ...context.after]) for (const phrase of group.phrases) add(firstWord(phrase), TRIGGER);
    for (const phrase of [...context.questions, ...context.opening, ...context.reporting]) add(firstWord(phrase), TRIGGER);
    this.table.freeze();
  }

  /** The bits of a lowercase token, 0 when unknown. */
  flagsOf(key: string): number {
    return this.table.get(key);
  }

  /** The bits of a token of `length` code units with the two hashes of person-keytable.ts, 0 when unknown. */
  flagsOfHashed(length: number, h1: number, h2: number): number {
    return this.table.getHashed(length, h1, h2);
  }

  /**
   * Bits of a token that is not in the table as it stands: a hyphenated name
   * ("Schmidt-Weber" takes its parts' name bits), a possessive ("Webers" ->
   * bits of "weber"), an inflected noun ("Nachbarinnen"), a verb form derived
   * from a nominalised infinitive ("spielt", "gespielt" from "spielen"), or a
   * derived word ("Terminvereinbarung"). Only for tokens {@link flagsOf} lacks.
   */
  derivedFlagsOf(key: string): number {
    if (key.includes('-')) return this.hyphenated(key);
    if (key.length > 3 && key.endsWith('s')) {
      const stem = this.table.get(key.slice(0, -1));
      if (stem & NAME_ANY) return (stem & (NAME_ANY | CLASH_CAP | CLASH_LOW)) | POSSESSIVE;
    }
    for (const ending of WORD_ENDINGS) {
      if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
      const stem = this.table.get(key.slice(0, -ending.length));
      if (stem & WORD) return stem & (WORD | NOUN | NEVER_NAME);
    }
    if (isVerbForm(key, this.isInfinitive)) return WORD;
    for (const suffix of WORD_SUFFIXES) {
      if (key.length - suffix.length >= 3 && key.endsWith(suffix)) return WORD | NEVER_NAME;
    }
    return this.isCompound(key) ? WORD | NOUN | NEVER_NAME | BUSINESS : 0;
  }

  /**
   * "Servicecenter", "Bahnhofstraße": ends in the head of a place or
   * institution. Heads that also end surnames ("Rittweg", "Hering") count only
   * as a whole hyphenated part (context.yaml surnameEndings).
   */
  private isCompound(key: string): boolean {
    for (const head of this.suffixHeads) if (key.length - head.length >= 3 && key.endsWith(head)) return true;
    return false;
  }

  /**
   * "Gemeinde", "Marktgemeinde", "Kohlekraftwerk": a noun after which a
   * capitalised word names a place, a work or a label, not a person (context.yaml
   * placeMarkers and placeHeads). `bits` are the token's bits, `key` its lowercase form.
   */
  isPlaceNoun(key: string, bits: number): boolean {
    if (bits & PLACE_MARKER) return true;
    if (bits & (NAME_ANY | FUNC)) return false;
    for (const head of this.placeHeads) if (key.length - head.length >= 3 && key.endsWith(head)) return true;
    return false;
  }

  /**
   * "Präsident", "Ministerpräsident", "CSU-Politiker": a role noun after which
   * a name follows (context.yaml roleHeads). `bits` are the token's bits.
   */
  isRoleNoun(key: string, bits: number): boolean {
    if (bits & ROLE) return true;
    if (bits & (NAME_ANY | FUNC)) return false;
    for (const head of this.roleHeads) {
      const rest = key.length - head.length;
      if ((rest >= 3 || (rest >= 2 && key.charCodeAt(rest - 1) === 45)) && key.endsWith(head)) return true;
    }
    return false;
  }

  /**
   * "sonnenklar", "lebenswert", "sprachraum": a word of two known words (with
   * a linking "s"/"n"/"en" or a dropped "e"), so a brand, not a surname.
   * Only asked of unknown tokens after a business word, and by the NER word prior; names are never split.
   */
  isWordCompound(key: string): boolean {
    for (let i = 3; i + 3 <= key.length; i++) {
      const tail = this.table.get(key.slice(i));
      if ((tail & WORD) === 0 || tail & NAME_ANY) continue;
      const head = key.slice(0, i);
      if (this.isWordStem(head) || this.isWordStem(`${head}e`)) return true;
      if ((head.endsWith('s') || head.endsWith('n')) && this.isWordStem(head.slice(0, -1))) return true;
      if (head.endsWith('en') && this.isWordStem(head.slice(0, -2))) return true;
    }
    return false;
  }

  private isWordStem(key: string): boolean {
    if (key.length < 3) return false;
    const bits = this.table.get(key);
    return (bits & WORD) !== 0 && (bits & NAME_ANY) === 0;
  }

  /** "festspiele" ends in the noun "spiele": a compound (only asked of the last part of a hyphenated token). */
  private endsInNoun(part: string): boolean {
    for (let i = 1; i + 4 <= part.length; i++) {
      const tail = part.slice(i);
      if ((this.table.get(tail) | this.derivedFlagsOf(tail)) & NOUN && (this.table.get(tail) & NAME_ANY) === 0) return true;
    }
    return false;
  }

  private hyphenated(key: string): number {
    let names = 0;
    let words = 0;
    let parts = 0;
    let plain = 0;
    let named = 0;
    let lastPart = '';
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
      if (i < key.length && key.charCodeAt(i) !== 45 /* - */) continue;
      const part = key.slice(start, i);
      start = i + 1;
      if (part.length === 0) continue;
      parts++;
      lastPart = part;
      const bits = this.table.get(part);
      if (bits & NAME_ANY) {
        names |= bits & (NAME_ANY | CLASH_CAP | CLASH_LOW);
        named++;
      }
      if (bits & NAME_AMBIGUOUS || (bits & NAME_ANY) === 0) {
        if (bits & (WORD | FUNC | NAME_AMBIGUOUS) || (part.length > 1 && this.derivedFlagsOf(part) & WORD)) words++;
        else plain++;
      } else plain++;
    }
    if (named === parts) {
      if ((names & NAME_UNAMBIGUOUS) === 0) return names;
      // One part that is no word makes the double name a name: "Schmidt-Koch".
      return (names & NAME_UNAMBIGUOUS) | (names & AMB_FIRST ? FIRST : 0) | (names & AMB_LAST ? LAST : 0);
    }
    // "Stern-Apotheke", "Elisabeth-von-Thadden-Straße": named places, not people.
    if (this.isCompound(lastPart) || this.compoundHeads.includes(lastPart)) return WORD | NOUN | NEVER_NAME | BUSINESS;
    // "Karl-May-Festspiele", "SIM-Karte": a compound noun whose head is a noun.
    const lastBits = this.table.get(lastPart);
    if ((lastBits & NAME_ANY) === 0 && (lastBits & NOUN || this.derivedFlagsOf(lastPart) & NOUN || this.endsInNoun(lastPart))) return WORD | NOUN;
    // "Manz-Gut", "Wakan-Fröhlich": a part that is no word next to words is shaped
    // like a double surname; "Hals-Nasen-Ohren" (all words) is a word.
    if (plain > 0 || named > 0) return (names & NAME_UNAMBIGUOUS) | DOUBLE_NAME;
    return WORD;
  }
}

let shared: PersonGazetteer | undefined;

/** The process-wide gazetteer, built on first use (about 0.1 s). */
export function personGazetteer(): PersonGazetteer {
  shared ??= new PersonGazetteer();
  return shared;
}
