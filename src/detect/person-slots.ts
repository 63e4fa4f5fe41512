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
 * - STRONG ("mein Name ist", "Herr"): lowercase non-words too ("zdrojewski").
 *
 * A capitalised name that clashes only with a lowercase word ("Klein",
 * "Frank") is a name anywhere but at a sentence start.
 */
import type { CallView } from '../types.js';
import {
  CLASH_CAP,
  CLASH_LOW,
  FUNC,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_UNAMBIGUOUS,
  PARTICLE,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  WORD,
  type PersonGazetteer,
} from './person-gazetteer.js';
import { MEDIUM, NAMEISH, NONE, STRONG, type Strength } from './person-context.js';
import { CAP, CODE_WORD, COVERED, DIGIT, JOINED, LOWER_TURN, SENT, type CallTokens } from './person-tokens.js';

/** Longest name token; longer tokens are never names (and never looked up). */
const kMaxNameLength = 40;

/** Most name tokens in one slot ("Maria von der Leyen" is 4). */
const kMaxNameTokens = 4;

/** What slot parsing works on; one per detector, refilled per call. */
export interface SlotEnv {
  readonly toks: CallTokens;
  readonly gazetteer: PersonGazetteer;
  call: CallView;
}

/** One past the last token of token k's turn. */
export function turnEndOf(env: SlotEnv, k: number): number {
  return env.toks.turnStart[env.toks.turn[k] + 1];
}

/** True when token k opens a sentence; "Dr. Weber" and "A. Weber" do not. */
export function isSentenceStart(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  if ((toks.shape[k] & SENT) === 0) return false;
  const prev = k - 1;
  if (prev < toks.turnStart[toks.turn[k]]) return true;
  if (toks.lex[prev] & (TITLE | TITLE_SUFFIX | SALUT)) return false;
  return toks.end[prev] - toks.start[prev] > 1;
}

function isAcronym(env: SlotEnv, k: number): boolean {
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

/** Prefixes and endings of German participles: "verblieben", "gebucht", "erledigt". */
const PARTICIPLE = /^(?:ge|ver|be|er|ent|zer|über|unter)\p{L}{3,}(?:t|en)$/u;

/** An unknown lowercase token that looks like a verb form is no name. */
function looksInflected(env: SlotEnv, k: number): boolean {
  const s = env.toks.start[k];
  const e = env.toks.end[k];
  if (e - s < 7) return false;
  return PARTICIPLE.test(env.call.turns[env.toks.turn[k]].lower.slice(s, e));
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
    if (cap && lex & CLASH_LOW && !isSentenceStart(env, k) && len > 2) return true;
    // Lowercase: "patient koch" is a name, "vermieter klein (beigeben)" is not; only STRONG
    // context reads an adjective or verb as a name.
    if (strength === STRONG || (strength === NAMEISH && (cap || (lex & CLASH_CAP) !== 0))) return true;
    // "Anna Koch", "anna koch": a surname after a first name; "anna klein" needs context.
    return pos > 0 && (strength >= MEDIUM || cap || (lex & CLASH_CAP) !== 0);
  }
  if (lex & (WORD | FUNC | PARTICLE | SALUT | TITLE | TITLE_SUFFIX)) return false;
  if (cap) return (strength >= NAMEISH || pos > 0) && !isAcronym(env, k);
  return strength === STRONG && lowerTurn && !looksInflected(env, k);
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
  if (i >= last || !acceptsToken(env, i, strength, 0)) return false;
  out.first = i;
  i++;
  let count = 1;
  while (i < last && count < kMaxNameTokens && toks.shape[i] & JOINED) {
    if (toks.lex[i] & PARTICLE && (toks.lex[i] & NAME_ANY) === 0) {
      // "von der Leyen": at most two particles, then a name token that is capitalised (written text).
      let j = i + 1;
      if (j < last && toks.lex[j] & PARTICLE && toks.shape[j] & JOINED) j++;
      if (j < last && toks.shape[j] & JOINED && (toks.shape[j] & (CAP | LOWER_TURN)) !== 0 && acceptsToken(env, j, strength === NONE ? MEDIUM : strength, count)) {
        i = j + 1;
        count++;
        continue;
      }
      break;
    }
    if (!acceptsToken(env, i, strength, count)) break;
    i++;
    count++;
  }
  out.end = i;
  return true;
}

/**
 * Parses a name that ends right before token `j` (a trigger such as "am
 * Apparat"), walking back over joined name tokens.
 */
export function parseBackward(env: SlotEnv, j: number, strength: Strength, out: SlotRange): boolean {
  const toks = env.toks;
  const first = toks.turnStart[toks.turn[j]];
  let k = j - 1;
  let count = 0;
  while (k >= first && count < kMaxNameTokens - 1 && toks.shape[k + 1] & JOINED && acceptsToken(env, k, strength, count)) {
    k--;
    count++;
  }
  if (count === 0) return false;
  out.first = k + 1;
  out.end = j;
  return true;
}
