/**
 * Names with little or no context, as written news and careful transcripts
 * have them ("sagte Röttgen.", "erklärt van der Vaart", "bei Krause"), and
 * the places and works that look like such names ("die Gemeinde Gosenbach",
 * "Kraftwerk Völklingen/Fenne", "Lido di Spina"). Used by the no-context scan
 * of person-names.ts.
 */
import {
  FILLER,
  FREQUENT,
  FUNC,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_ARTICLE,
  NOUN_MARKER,
  PARTICLE,
  PLACE_MARKER,
  SALUT,
  TITLE,
  WORD,
} from './person-gazetteer.js';
import { NAMEISH, STRONG } from './person-context.js';
import { isAcronym, isSentenceStart, parseForward, turnEndOf, type SlotEnv, type SlotRange } from './person-slots.js';
import { CAP, DOT, JOINED, LOWER_TURN } from './person-tokens.js';

/** Longest token whose substring is taken for a compound test. */
const kMaxCompoundLength = 40;
/** Shortest compound place noun ("Ortsteil" has 8 letters and is listed whole). */
const kMinCompoundLength = 9;

/**
 * "sagte Röttgen", "bei Krause": may a capitalised surname-only gazetteer
 * word at token k stand alone as a name? Not at a sentence start, not when a
 * determiner makes it a noun ("der Zimmermann"), capitals make it a brand
 * ("ŠKODA"), a foreign particle makes it a place ("Lido di Spina"), or a
 * capitalised word joins it into a firm or a product ("Bilfinger Berger",
 * "Jones House").
 */
export function bareSurname(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  if (isSentenceStart(env, k) || isAcronym(env, k)) return false;
  const s = toks.start[k];
  const t = toks.turn[k];
  if (env.call.turns[t].text.charCodeAt(s + 1) !== env.call.turns[t].lower.charCodeAt(s + 1)) return false;
  const prev = k - 1;
  if (prev >= toks.turnStart[t] && toks.shape[k] & JOINED) {
    const p = toks.lex[prev];
    // "von Müller" is a name: German particles are prepositions too (nameArticles).
    if (p & NOUN_MARKER || (p & PARTICLE && (p & NAME_ARTICLE) === 0) || slashedToWord(env, k)) return false;
    if (toks.shape[prev] & CAP && (toks.lexOf(prev, env.call, env.gazetteer) & (WORD | NAME_ANY | FUNC | FILLER | FREQUENT)) === WORD) return false;
  }
  const next = k + 1;
  // "Franzis Verlag", "Viessmann Heizung"; "Merkel Anfang Juli" is lost with them, rarely.
  if (next < turnEndOf(env, k) && (toks.shape[next] & (JOINED | CAP)) === (JOINED | CAP)) {
    if ((toks.lexOf(next, env.call, env.gazetteer) & (NAME_ANY | FUNC | SALUT | TITLE)) === 0) return false;
  }
  return true;
}

/** The first token of the name that ends at token k, with an initial before it: "H. Dietz". */
export function withInitial(env: SlotEnv, k: number): number {
  const toks = env.toks;
  const prev = k - 1;
  if (prev < toks.turnStart[toks.turn[k]] || toks.end[prev] - toks.start[prev] !== 1 || (toks.shape[prev] & (CAP | DOT)) !== (CAP | DOT)) return k;
  // Only ". " between the initial and the name.
  return toks.start[k] - toks.end[prev] <= 2 ? prev : k;
}

/** True when a slash glues token k to a word that is no name: "Völklingen/Fenne". */
export function slashedToWord(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  const prev = k - 1;
  const s = toks.start[k];
  if (prev < toks.turnStart[toks.turn[k]] || toks.end[prev] !== s - 1 || env.call.turns[toks.turn[k]].text.charCodeAt(s - 1) !== 47 /* / */) return false;
  return (toks.lex[prev] & NAME_ANY) === 0;
}

/**
 * "St. Martin", "San Juan", "FC Carl Zeiss", "Planeten Eros", "Kohlekraftwerk
 * Werner": true when a gazetteer name at token k follows a place marker or a
 * compound place noun (context.yaml placeMarkers, placeHeads).
 */
export function afterPlaceMarker(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  const prev = k - 1;
  if (prev < toks.turnStart[toks.turn[k]] || ((toks.shape[k] & JOINED) === 0 && (toks.shape[prev] & DOT) === 0)) return false;
  const bits = toks.lex[prev];
  if (bits & PLACE_MARKER) return true;
  // Compound place nouns are long nouns; the substring is taken only for those.
  const len = toks.end[prev] - toks.start[prev];
  if ((bits & (NAME_ANY | FUNC)) !== 0 || len < kMinCompoundLength || len > kMaxCompoundLength || (toks.shape[prev] & (CAP | LOWER_TURN)) === 0) return false;
  return env.gazetteer.isPlaceNoun(env.call.turns[toks.turn[prev]].lower.slice(toks.start[prev], len + toks.start[prev]), bits);
}

/**
 * "erklärt van der Vaart": a leading particle at token k, lowercase (written
 * "der Van" is the vehicle), then a surname; capitalised in written text, no
 * word in lowercase text ("bei van der straeten"). Writes the name into `range`.
 */
export function leadingParticle(env: SlotEnv, k: number, range: SlotRange): boolean {
  if (env.toks.shape[k] & CAP || k + 1 >= turnEndOf(env, k)) return false;
  return parseForward(env, k, STRONG, false, range, FILLER) && range.end - range.first > 1;
}

/**
 * '", sagte Piskin."': after a reporting verb, a name at token k that ends the
 * clause; a lone name that is also a word ("sie sagte Montag.") does not count.
 * Writes the name into `range`.
 */
export function reportedName(env: SlotEnv, k: number, range: SlotRange): boolean {
  const toks = env.toks;
  if (!parseForward(env, k, NAMEISH, false, range, FILLER)) return false;
  if (range.end - range.first === 1 && toks.lex[range.first] & (NAME_AMBIGUOUS | WORD)) return false;
  return range.end >= turnEndOf(env, k) || (toks.shape[range.end] & JOINED) === 0;
}
