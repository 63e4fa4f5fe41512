/**
 * Firm names that carry a person's surname, in a call's opening or after a
 * business word: "Steuerkanzlei Cammisa", "dachdecker hahn guten tag",
 * "Steuerkanzlei Wagner und Özdemir", "Demir & Vogt". Marks the slot strength
 * on the name token; person-names.ts parses the slot. Brands made of words
 * ("Reisebüro Sonnenklar") and places ("Hausverwaltung Hagen" mid-sentence) are refused.
 */
import {
  AMB_LAST,
  BUSINESS,
  CLASH_CAP,
  DERIVED,
  DETERMINER,
  FILLER,
  FIRST,
  FREQUENT,
  FUNC,
  LAST,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_ARTICLE,
  NAME_UNAMBIGUOUS,
  NEVER_NAME,
  NOUN_MARKER,
  NOUN,
  PLACE_MARKER,
  WORD,
} from './person-gazetteer.js';
import { NAMEISH, NONE, STRONG, type Strength } from './person-context.js';
import type { SlotEnv } from './person-slots.js';
import { CAP, CODE_WORD, COMMA, COVERED, DIGIT, JOINED, LOWER_TURN, SENT } from './person-tokens.js';

/** How a token ends a company name. */
const CLOSE_NONE = 0;
const CLOSE_END = 1;
const CLOSE_GREETING = 2;
/** Most tokens of an opening turn whose last token may close the company name ("sparkasse baufinanzierung schulz"). */
const kShortOpening = 4;
/** Most tokens before the company's noun in the opening ("guten tag pflegekasse der dak sommerfeld"). */
const kOpeningNounLead = 4;

/** True when only spaces and one "&" lie in text[from, to): "Demir & Vogt". */
function isAmpersandGap(text: string, from: number, to: number): boolean {
  let amp = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 38) amp++;
    else if (c !== 32) return false;
  }
  return amp === 1;
}

/**
 * "Steuerkanzlei Cammisa", "Kfz-Meisterbetrieb Demir": a business word
 * makes the name-like token after it a NAMEISH slot. The business test
 * derives the word's bits, so it runs only before a name-like token.
 * Where the name closes the company's name (a greeting, comma or the turn
 * end follows: "dachdecker hahn guten tag", "Immobilienverwaltung Kranz,
 * Hakan Çelik") a surname that is also a word counts too (STRONG), and a
 * partner's surname after "und"/"&" ("Steuerkanzlei Wagner und Özdemir").
 */
export function markBusinessName(env: SlotEnv, k: number): void {
  const toks = env.toks;
  const next = k + 1;
  const turnEnd = toks.turnStart[toks.turn[k] + 1];
  if (next >= turnEnd || (toks.shape[next] & JOINED) === 0 || (toks.before[next] & 7) >= NAMEISH) return;
  const lex = toks.lex[k];
  if (lex & (NAME_ANY | FUNC | FILLER | DETERMINER | PLACE_MARKER) || toks.shape[k] & DIGIT) return;
  // Cheap exit on the hot path: the next token must be a gazetteer name or an unknown word.
  const nextLex = toks.lex[next];
  if ((nextLex & NAME_ANY) === 0 && (nextLex & (WORD | FUNC | DERIVED) || toks.shape[next] & (DIGIT | COVERED | CODE_WORD))) return;
  const closing = partnerAt(env, next + 1, turnEnd) >= 0 ? CLOSE_GREETING : closesCompanyName(env, next + 1, turnEnd);
  const strength = businessNameStrength(env, next, closing);
  if (strength === NONE) return;
  const bits = toks.lexOf(k, env.call, env.gazetteer);
  if ((bits & BUSINESS) === 0 && !openingNoun(env, k, bits, closing)) return;
  // "die Marktgemeinde Ulrichsberg", "Kohlekraftwerk Fenne": a place noun names a place, not its owner.
  if (toks.end[k] - toks.start[k] <= 40 && env.gazetteer.isPlaceNoun(lowerOf(env, k), bits)) return;
  toks.before[next] = strength;
  markPartner(env, next + 1, turnEnd);
}

/**
 * Any noun or unknown word before a company's closing surname in the call's
 * opening turn ("dachdecker hahn guten tag", "pflegekasse der dak sommerfeld
 * guten tag"); at the turn end only in a short turn and before a gazetteer
 * surname ("sparkasse baufinanzierung schulz"), since any sentence ends somewhere.
 */
function openingNoun(env: SlotEnv, k: number, bits: number, closing: number): boolean {
  const toks = env.toks;
  if (toks.turn[k] !== 0 || bits & FREQUENT || (bits & WORD && (bits & (NOUN | NEVER_NAME)) === 0)) return false;
  // The firm's name opens the greeting: only greetings, articles, prepositions and other
  // nouns before it ("guten tag pflegekasse der dak sommerfeld", "kanzlei für arbeitsrecht
  // demir", "sanitär und heizung bremer"); no verb or pronoun ("sagte Bremens Stürmer Nelson Valdez").
  if (k - toks.turnStart[0] > kOpeningNounLead) return false;
  const lower = env.call.turns[0].lower;
  for (let j = toks.turnStart[0]; j < k; j++) {
    const lex = toks.lex[j];
    if ((lex & (FUNC | FREQUENT)) === 0 || lex & (FILLER | DETERMINER | NOUN_MARKER | NAME_ARTICLE)) continue;
    if (toks.end[j] - toks.start[j] !== 3 || !lower.startsWith('und', toks.start[j])) return false;
  }
  const next = toks.lex[k + 1];
  // A capitalised non-word after a brand is the brand's second word ("Signal Iduna"); a lowercase one may be a name.
  if ((next & NAME_ANY) === 0 && toks.shape[k + 1] & CAP) return false;
  if (closing === CLOSE_GREETING) return true;
  return closing === CLOSE_END && toks.turnStart[1] <= kShortOpening && (next & (LAST | AMB_LAST)) !== 0 && (next & FREQUENT) === 0;
}

/** Strength of a business name slot at token n: NONE when it is not name-like. */
function businessNameStrength(env: SlotEnv, n: number, closing: number): Strength {
  const toks = env.toks;
  const lex = toks.lex[n];
  if (lex & NEVER_NAME) return NONE;
  if (lex & NAME_UNAMBIGUOUS) return NAMEISH;
  if (lex & NAME_AMBIGUOUS) {
    // "Sanitätshaus Vital", "Friseur Sonnenschein": an ambiguous first name after a business word is its brand.
    if ((lex & (LAST | AMB_LAST)) === 0) return NONE;
    // A name that is also a noun or a city ("Hausverwaltung Hagen") is the place, unless it closes the name.
    if (closing === CLOSE_GREETING || (closing === CLOSE_END && (lex & FREQUENT) === 0)) return STRONG;
    return lex & CLASH_CAP ? NONE : NAMEISH;
  }
  if (lex & (WORD | FUNC | DERIVED) || env.gazetteer.isWordCompound(lowerOf(env, n))) return NONE;
  // A capitalised non-word, unless it is a compound of words ("Reisebüro Sonnenklar", "Pflegedienst Lebenswert");
  // in lowercase only before a greeting in the opening ("pflegekasse der dak sommerfeld guten tag").
  if (toks.shape[n] & CAP) return NAMEISH;
  return closing === CLOSE_GREETING && toks.turn[n] === 0 && toks.shape[n] & LOWER_TURN && toks.end[n] - toks.start[n] >= 4 ? STRONG : NONE;
}

/** How token j ends a company name: CLOSE_GREETING (a comma or greeting follows), CLOSE_END (turn or sentence end), CLOSE_NONE. */
function closesCompanyName(env: SlotEnv, j: number, turnEnd: number): number {
  const toks = env.toks;
  if (j >= turnEnd || toks.shape[j] & SENT) return CLOSE_END;
  // A comma or the agent's first name ("immobilienverwaltung kranz hakan çelik") follows.
  if (toks.shape[j] & COMMA || toks.lex[j] & FIRST) return CLOSE_GREETING;
  return (toks.lex[j] & FILLER) !== 0 && (toks.lex[j] & NAME_ANY) === 0 ? CLOSE_GREETING : CLOSE_NONE;
}

/** "Wagner und Özdemir", "Demir & Vogt": the second surname of a firm of two. */
function markPartner(env: SlotEnv, j: number, turnEnd: number): void {
  const toks = env.toks;
  const n = partnerAt(env, j, turnEnd);
  if (n < 0 || (toks.before[n] & 7) >= NAMEISH) return;
  const strength = businessNameStrength(env, n, closesCompanyName(env, n + 1, turnEnd));
  if (strength !== NONE) toks.before[n] = strength;
}

/**
 * The token after "und"/"&" at token j (the second name of a firm), -1 when
 * none. Only a surname or a capitalised non-word counts: "flüssig und gasförmig" is no firm.
 */
function partnerAt(env: SlotEnv, j: number, turnEnd: number): number {
  const toks = env.toks;
  if (j >= turnEnd) return -1;
  const lower = env.call.turns[toks.turn[j]].lower;
  let n = -1;
  if (toks.shape[j] & JOINED && j + 1 < turnEnd && toks.shape[j + 1] & JOINED && toks.end[j] - toks.start[j] === 3 && lower.startsWith('und', toks.start[j])) n = j + 1;
  else if (isAmpersandGap(lower, toks.end[j - 1], toks.start[j])) n = j;
  if (n < 0) return -1;
  const lex = toks.lexOf(n, env.call, env.gazetteer);
  if (lex & (LAST | AMB_LAST) && (lex & (FREQUENT | NEVER_NAME)) === 0) return n;
  return toks.shape[n] & CAP && (lex & (NAME_ANY | WORD | FUNC)) === 0 && toks.end[n] - toks.start[n] >= 4 ? n : -1;
}

function lowerOf(env: SlotEnv, k: number): string {
  const toks = env.toks;
  return env.call.turns[toks.turn[k]].lower.slice(toks.start[k], toks.end[k]);
}
