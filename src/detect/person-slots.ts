/**
 * Name slots: which tokens after (or before) a context can form a person's
 * name, decided per token from its gazetteer bits, its shape and the strength
 * of the context. The rules, from weakest to strongest evidence:
 *
 * - no context: an unambiguous first name ("Anna"), extended by surnames and
 *   capitalised non-words ("Anna Zdrojewska"), and by ambiguous surnames
 *   ("Anna Koch"; lowercase only when the clash is with a noun: "anna koch");
 * - MEDIUM ("für", "hier ist"): unambiguous gazetteer names, surnames alone too;
 * - NAMEISH (salutation after a determiner, "Patient", "Praxis"): names that are
 *   also words ("Koch") and capitalised non-words;
 * - STRONG ("hier spricht", "wie kann ich helfen"): lowercase non-words too ("zdrojewski");
 * - EXPLICIT ("Herr", "Dr.", "mein Name ist"): nouns too ("Herr Sturm"), but
 *   no role nouns ("Herr Ober").
 *
 * A name ends at a surname, at a third token that is no known name, and in
 * lowercase text after the surname ("herr westphal zog"), since there is no
 * capital to tell where it ends.
 * A capitalised name that clashes only with a lowercase word ("Klein",
 * "Frank") is a name anywhere but at a sentence start.
 */
import { parseGermanNumber } from '../normalize/index.js';
import type { CallView } from '../types.js';
import {
  AMB_FIRST,
  CLASH_CAP,
  CLASH_LOW,
  DETERMINER,
  DOUBLE_NAME,
  FIRST,
  FREQUENT,
  FUNC,
  LAST,
  AMB_LAST,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_UNAMBIGUOUS,
  NEVER_NAME,
  NOUN,
  PARTICLE,
  POSSESSIVE,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  WORD,
  type PersonGazetteer,
} from './person-gazetteer.js';
import { EXPLICIT, MEDIUM, NAMEISH, NONE, STRONG, type Strength } from './person-context.js';
import { CAP, CODE_WORD, COMMA, COVERED, DIGIT, JOINED, LOWER_TURN, SENT, type CallTokens } from './person-tokens.js';

/** Longest name token; longer tokens are never names (and never looked up). */
const kMaxNameLength = 40;

/** Most name tokens in one slot ("Maria von der Leyen" is 4). */
const kMaxNameTokens = 4;

/** What slot parsing works on; one per detector, refilled per call. */
export interface SlotEnv {
  readonly toks: CallTokens;
  readonly gazetteer: PersonGazetteer;
  call: CallView;
  /**
   * Set while parsing the answer to "Wie ist Ihr Name?": the answer opens a
   * sentence, so its capital says nothing ("Stark. Björn Stark.").
   */
  answer: boolean;
  /** Set while parsing the name after "Herr"/"Frau": "herr fröhlich" is a name even in lowercase. */
  salutation: boolean;
}

/** One past the last token of token k's turn. */
export function turnEndOf(env: SlotEnv, k: number): number {
  return env.toks.turnStart[env.toks.turn[k] + 1];
}

/** True when token k opens a sentence; "Dr. Weber" and "A. Weber" do not. */
export function isSentenceStart(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  if ((toks.shape[k] & SENT) === 0 || env.answer) return false;
  const prev = k - 1;
  if (prev < toks.turnStart[toks.turn[k]]) return true;
  if (toks.lex[prev] & (TITLE | TITLE_SUFFIX | SALUT)) return false;
  return toks.end[prev] - toks.start[prev] > 1;
}

/** True when token k has no lowercase letter and at most four characters ("EMI", "AOK"). */
export function isAcronym(env: SlotEnv, k: number): boolean {
  const text = env.call.turns[env.toks.turn[k]].text;
  const s = env.toks.start[k];
  const e = env.toks.end[k];
  if (e - s > 4) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Prefixes and endings of German participles: "verblieben", "gebucht", "umgezogen". */
const PARTICIPLE = /^(?:(?:(?:ab|an|auf|aus|bei|ein|mit|nach|um|vor|weg|zu|zurück|her|hin|los|fest|durch|wieder)?ge|ver|be|er|ent|zer|über|unter)\p{L}{3,}(?:t|en)|(?:ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zurück|her|hin)zu\p{L}{3,}n)$/u;

/** An unknown lowercase token that looks like a verb form is no name. */
function looksInflected(env: SlotEnv, k: number): boolean {
  const s = env.toks.start[k];
  const e = env.toks.end[k];
  if (e - s < 7) return false;
  return PARTICIPLE.test(env.call.turns[env.toks.turn[k]].lower.slice(s, e));
}

/** True when the token left of k (joined to it) is a first name: "Arvid Sturm", "omar omeirat". */
function afterFirstName(env: SlotEnv, k: number, unambiguous = false, overParticles = false): boolean {
  const toks = env.toks;
  const turnFirst = toks.turnStart[toks.turn[k]];
  let prev = k - 1;
  if (prev < turnFirst || (toks.shape[k] & JOINED) === 0) return false;
  // "ursula von der leyen": the first name stands before the particles (not for nouns: "Manfred zu Besuch").
  for (let n = 0; overParticles && n < 2 && prev > turnFirst && toks.lex[prev] & PARTICLE && (toks.lex[prev] & NAME_ANY) === 0 && toks.shape[prev] & JOINED; n++) prev--;
  return (toks.lex[prev] & (unambiguous ? FIRST : FIRST | AMB_FIRST)) !== 0;
}

/** A letter no German word has: "zielińska", "şimşek", "nguyễn". */
const FOREIGN_LETTER = /[^a-zäöüß'\-]/u;

/** "siebenundsechzig": a spoken number is no name. */
function isNumberWord(env: SlotEnv, k: number): boolean {
  const lower = env.call.turns[env.toks.turn[k]].lower;
  return parseGermanNumber(lower.slice(env.toks.start[k], env.toks.end[k])) !== undefined;
}

/**
 * True when token k can be a name token of a slot of `strength`, with `pos`
 * name tokens already accepted before it.
 */
export function acceptsToken(env: SlotEnv, k: number, strength: Strength, pos: number): boolean {
  const toks = env.toks;
  const shape = toks.shape[k];
  if (shape & (DIGIT | COVERED | CODE_WORD)) return false;
  const len = toks.end[k] - toks.start[k];
  if (len < 2 || len > kMaxNameLength) return false;
  const lex = toks.lexOf(k, env.call, env.gazetteer);
  const cap = (shape & CAP) !== 0;
  const lowerTurn = (shape & LOWER_TURN) !== 0;
  // In written text a lowercase token is a word ("der ra'zac"), unless context insists.
  const caseOk = cap || lowerTurn;
  if (lex & NAME_UNAMBIGUOUS) return (lex & (SALUT | TITLE)) === 0 && (caseOk || strength >= NAMEISH);
  if (lex & NAME_AMBIGUOUS) {
    if (!caseOk) return false;
    // "dass Frank kommt": a capital where the clashing word would have none ("frank").
    if (cap && (lex & (CLASH_LOW | CLASH_CAP)) === CLASH_LOW && !isSentenceStart(env, k) && len > 2) return true;
    // Lowercase: "patient koch" is a name, "vermieter klein (beigeben)" is not; only STRONG
    // context reads an adjective or verb as a name.
    if (strength >= STRONG || (strength === NAMEISH && (cap || (lex & CLASH_CAP) !== 0))) return true;
    // "Anna Koch", "anna koch": a surname after a first name; "anna klein" needs context.
    return pos > 0 && (strength >= MEDIUM || cap || (lex & CLASH_CAP) !== 0);
  }
  if (lex & (FUNC | PARTICLE | SALUT | TITLE | TITLE_SUFFIX | NEVER_NAME)) return false;
  // Where a name may stand: capitalised mid-sentence, or anywhere in lowercase text.
  const nameSpot = cap ? !isSentenceStart(env, k) : lowerTurn;
  if (lex & DOUBLE_NAME) return nameSpot && (pos > 0 || strength >= NAMEISH);
  if (lex & NOUN) {
    // "Herr Sturm", "mein Name ist Regen"; with weaker context, or further into the
    // name, only after a first name ("Arvid Sturm", not "Frau Wiebe Einkäufe").
    return nameSpot && (strength >= NAMEISH && afterFirstName(env, k) || (strength === EXPLICIT && pos === 0));
  }
  if (lex & WORD) {
    // An adjective or verb with a capital mid-sentence is a surname: "Joey Klug", "Frau Fröhlich";
    // in lowercase text only right after a salutation ("herr fröhlich") or, with
    // strong context, after a first name ("ich bin rudi klug").
    if (cap) return nameSpot && (pos > 0 || strength >= NAMEISH);
    // Only after a first name that is no word: "rudi klug", not "herr wolf schönen tag".
    return lowerTurn && ((strength === EXPLICIT && pos === 0 && env.salutation) || (strength >= STRONG && afterFirstName(env, k, true)));
  }
  // "Praxis Sprachraum", "Pflegedienst Lebenswert": a compound of words is a brand, not a surname.
  if (cap) return (strength >= NAMEISH || pos > 0) && !isAcronym(env, k) && (pos > 0 || strength > NAMEISH || !env.gazetteer.isWordCompound(env.call.turns[toks.turn[k]].lower.slice(toks.start[k], toks.end[k])));
  if (!lowerTurn || looksInflected(env, k) || isNumberWord(env, k)) return false;
  // Lowercase text has no capital to end a name: "herr westphal zog" stops after the
  // surname; only a first name continues ("herr eduard westphal").
  // "das ist maja zielińska": an unknown token after a first name is its surname with
  // context, and with any context when its letters are not German ("ń", "ş").
  if (pos > 0) return afterFirstName(env, k, false, true) && (lex & FREQUENT) === 0 && (strength >= NAMEISH || FOREIGN_LETTER.test(env.call.turns[env.toks.turn[k]].lower.slice(env.toks.start[k], env.toks.end[k])));
  return strength >= STRONG;
}

/** Result of a slot parse: tokens [first, end). */
export interface SlotRange {
  first: number;
  end: number;
}

/**
 * Parses a name that starts at token `k` (after up to three fillers when
 * `skipFillers`), continuing over joined name tokens and particles
 * ("von der"). Writes the range into `out` and returns true when found.
 */
export function parseForward(env: SlotEnv, k: number, strength: Strength, skipFillers: boolean, out: SlotRange, fillerBits: number): boolean {
  const toks = env.toks;
  const last = turnEndOf(env, k);
  let i = k;
  if (skipFillers) {
    for (let f = 0; f < 3 && i < last && toks.lex[i] & fillerBits && (toks.lex[i] & NAME_ANY) === 0; f++) i++;
  }
  out.first = i;
  let count = 0;
  let comma = -1;
  while (i < last && count < kMaxNameTokens && (count === 0 || toks.shape[i] & JOINED || (env.answer && count === 1 && toks.shape[i] & COMMA))) {
    if (count > 0 && toks.shape[i] & COMMA) comma = i;
    if (toks.lex[i] & PARTICLE && (toks.lex[i] & NAME_ANY) === 0) {
      // "von der Leyen": at most two particles, then a name token; at the start of
      // a slot only after a salutation or an explicit introduction ("Herr von Bülow").
      // An article never opens the particles ("Herr der Ringe", "Jessy den Keil").
      if ((count === 0 && strength < STRONG) || toks.lex[i] & DETERMINER) break;
      const j = particlesEnd(env, i, last);
      if (j < last && acceptsToken(env, j, strength === NONE ? MEDIUM : strength, count)) {
        i = j + 1;
        count++;
        continue;
      }
      break;
    }
    if (!acceptsToken(env, i, strength, count)) break;
    // A third token must be a known name: "Anna Maria Weber", not "Michael Jackson Songs".
    if (count >= 2 && ((toks.lex[i] & NAME_ANY) === 0 || (toks.lex[i] & POSSESSIVE) !== 0)) break;
    i++;
    count++;
    // A surname ends the name ("Michael Jackson Songs"); a first name or an unknown
    // first token may go on ("Anna Maria Weber", "Zygmunt Kwiatkowski").
    const lex = toks.lex[i - 1];
    const surname = count > 1 ? (lex & (FIRST | AMB_FIRST)) === 0 : (lex & (LAST | AMB_LAST | WORD)) !== 0 && (lex & (FIRST | AMB_FIRST)) === 0;
    // ... except "Schmied, Emilian" in an answer (surname, comma, first name), and a
    // second gazetteer name after a surname-only one ("Karsten Baumann", "fleischmann sami").
    if (surname && !(env.answer && count === 1 && i < last && toks.shape[i] & COMMA) && !(count === 1 && secondName(env, i - 1, i, last, strength))) break;
  }
  // "Schmied, Emilian" is one name; "Koch, Anna Koch" is two mentions.
  if (comma > 0 && i - comma > 1) i = comma;
  out.end = i;
  return count > 0;
}

/**
 * True when token i, joined to the surname-only token p, continues the name:
 * many first names are surnames too ("Karsten", "Hartwig"), and a read-back
 * puts the surname first ("fleischmann sami"). Both must be unambiguous
 * gazetteer names; in lowercase only with context.
 */
function secondName(env: SlotEnv, p: number, i: number, last: number, strength: Strength): boolean {
  const toks = env.toks;
  if (i >= last || (toks.shape[i] & JOINED) === 0 || toks.shape[i] & (DIGIT | COVERED | CODE_WORD)) return false;
  if ((toks.lex[p] & (NAME_ANY | WORD | FREQUENT | POSSESSIVE)) !== LAST) return false;
  const lex = toks.lexOf(i, env.call, env.gazetteer);
  if ((lex & NAME_ANY) === 0 || lex & (NAME_AMBIGUOUS | WORD | FREQUENT | POSSESSIVE | FUNC | SALUT | TITLE)) return false;
  // "wagner ingrid wagner": the surname, then the full name: two mentions.
  if (i + 1 < last && toks.shape[i + 1] & JOINED && toks.hash[i + 1] === toks.hash[p]) return false;
  if (toks.shape[p] & toks.shape[i] & CAP) return true;
  return (toks.shape[i] & LOWER_TURN) !== 0 && strength >= MEDIUM;
}

/** Index of the token after one or two joined particles starting at i ("von der"). */
function particlesEnd(env: SlotEnv, i: number, last: number): number {
  const toks = env.toks;
  let j = i + 1;
  if (j < last && toks.lex[j] & PARTICLE && toks.shape[j] & JOINED) j++;
  return j < last && toks.shape[j] & JOINED ? j : last;
}

/**
 * Parses a name that ends right before token `j` (a trigger such as "am
 * Apparat"), walking back over joined name tokens.
 */
export function parseBackward(env: SlotEnv, j: number, strength: Strength, out: SlotRange): boolean {
  const toks = env.toks;
  const first = toks.turnStart[toks.turn[j]];
  // "Anna Weber am Apparat", also "Hennes Deja-Sturm, wie kann ich helfen?".
  if (j - 1 < first || (toks.shape[j] & (JOINED | COMMA)) === 0) return false;
  let k = j - 1;
  let count = 0;
  while (k >= first && count < kMaxNameTokens - 1 && (count === 0 || toks.shape[k + 1] & JOINED)) {
    if (count > 0 && toks.lex[k] & PARTICLE && (toks.lex[k] & NAME_ANY) === 0) {
      // "Tore von der Bloch hier": particles join the name when a name or nothing precedes them.
      let p = k;
      if (p - 1 >= first && toks.lex[p - 1] & PARTICLE && toks.shape[p] & JOINED) p--;
      const before = p - 1;
      if (before < first || (toks.shape[p] & JOINED) === 0) break;
      if (toks.lex[before] & (SALUT | TITLE)) {
        k = p - 1;
        break;
      }
      if (!acceptsToken(env, before, strength, 0)) break;
      k = before;
    } else if (!acceptsToken(env, k, strength, 0)) break;
    count++;
    // A first name opens the name: "Hausarztzentrum Moers Klara Regen" stops at "Klara".
    if (toks.lex[k] & FIRST && (k - 1 < first || (toks.lex[k - 1] & FIRST) === 0)) {
      k--;
      break;
    }
    k--;
  }
  if (count === 0) return false;
  out.first = k + 1;
  out.end = j;
  return true;
}
