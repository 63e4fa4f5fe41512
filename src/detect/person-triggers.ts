/**
 * Step 2 of PERSON detection: context phrases marked on the call's tokens.
 * A "before" phrase ("mein Name ist") marks the slot strength on the token
 * after it, an "after" phrase ("am Apparat") on its own first token, and a
 * name question ("Mit wem spreche ich?") marks the start of the next turn.
 */
import type { LexiconMatch } from '../rules/lexicon.js';
import { ANSWER, CLAUSE_END, FULL_NAME, NONE, STRONG, type PersonContext } from './person-context.js';
import { FILLER, NAME_ANY, TRIGGER } from './person-gazetteer.js';
import type { SlotEnv } from './person-slots.js';
import { CODE_WORD } from './person-tokens.js';

/** Bit on `CallTokens.after`: the phrase is a greeting of the agent's opening turn. */
export const OPENING = 8;

/**
 * Matches the phrase lexicon only at tokens that start a phrase (TRIGGER
 * bit), longest match first and without overlaps, as Lexicon.scan would,
 * but without visiting every word start of the turn.
 */
export function markTriggers(env: SlotEnv, context: PersonContext): void {
  const call = env.call;
  const toks = env.toks;
  const triggers = context.triggers;
  let question = false;
  for (let t = 0; t < call.turns.length; t++) {
    const first = toks.turnStart[t];
    const last = toks.turnStart[t + 1];
    if (question && first < last) toks.before[first] = ANSWER;
    question = false;
    const lower = call.turns[t].lower;
    let skipUntil = 0;
    for (let k = first; k < last; k++) {
      if ((toks.lex[k] & TRIGGER) === 0 || toks.start[k] < skipUntil) continue;
      const m = triggers.matchAt(lower, toks.start[k]);
      if (!m) continue;
      skipUntil = m.end;
      if (onTrigger(env, context, m, k, last)) question = true;
    }
  }
}

/** Records one trigger match that starts at token p; true when it is a question. */
function onTrigger(env: SlotEnv, context: PersonContext, m: LexiconMatch, p: number, last: number): boolean {
  const toks = env.toks;
  const info = context.info[m.entry];
  if (info.after > toks.after[p]) toks.after[p] = info.after;
  // "Autohaus Müller, grüß Gott": a greeting inside the agent's opening turn.
  if (info.opening && toks.turn[p] === 0 && p > 0 && toks.after[p] === NONE) toks.after[p] = STRONG | OPENING;
  let q = p;
  while (q < last && toks.start[q] < m.end) q++;
  if (info.before !== NONE && q < last) {
    let strength: number = info.before | (info.clauseEnd ? CLAUSE_END : 0);
    // In the agent's opening also after the company ("gasversorgung süd hier ist vogel"); not a bare "hier".
    if (info.strongAtStart && toks.turn[p] === 0 && q - p > 1) strength = STRONG;
    // A bare "hier" ("hallo hier lang") only before a gazetteer name: "hier gilt rechts vor links".
    else if ((info.strongAtStart || info.fullNameAtStart) && onlyFillersBefore(env, p) && (q - p > 1 || toks.lex[q] & NAME_ANY)) {
      strength = info.strongAtStart ? STRONG : strength | FULL_NAME;
    }
    if ((strength & 7) > (toks.before[q] & 7)) toks.before[q] = strength;
  }
  return info.question;
}

/** True when only fillers and greetings (or a stutter) precede token k in its turn. */
export function onlyFillersBefore(env: SlotEnv, k: number): boolean {
  const toks = env.toks;
  for (let j = toks.turnStart[toks.turn[k]]; j < k; j++) {
    // A stutter ("ich ich bin") is a filler too.
    if ((toks.lex[j] & FILLER) === 0 && (toks.hash[j] !== toks.hash[j + 1] || j + 1 >= k)) return false;
  }
  return true;
}

/** "M wie Martha": the code word after "<letter> wie" is no name. */
export function markCodeWords(env: SlotEnv): void {
  const call = env.call;
  const toks = env.toks;
  for (let k = 2; k < toks.count; k++) {
    const w = k - 1;
    if (toks.turn[k - 2] !== toks.turn[k] || toks.end[w] - toks.start[w] !== 3 || toks.end[k - 2] - toks.start[k - 2] !== 1) continue;
    if (call.turns[toks.turn[w]].lower.startsWith('wie', toks.start[w])) toks.shape[k] |= CODE_WORD;
  }
}
