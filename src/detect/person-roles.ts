/**
 * Names in apposition after a role or kin noun: "Präsident Kibaki",
 * "CSU-Politiker Straubinger", "Hausmeister Krause", "mein Bruder Manfred".
 * Marks a NAMEISH slot on the token after the role noun; person-names.ts
 * parses the slot. The nouns are rules/person/context.yaml roleHeads.
 */
import { DETERMINER, FILLER, FUNC, NAME_ANY, NAME_UNAMBIGUOUS, SALUT, TITLE, WORD } from './person-gazetteer.js';
import { NAMEISH } from './person-context.js';
import type { SlotEnv } from './person-slots.js';
import { CAP, CODE_WORD, COVERED, DIGIT, JOINED, LOWER_TURN } from './person-tokens.js';

/** Shortest token checked as a role noun ("Papst", "Coach" are five letters; "Chef" four). */
const kMinRoleLength = 4;
/** Longest token checked (a compound such as "Landtagsfraktionsvorsitzender" is 29 letters). */
const kMaxRoleLength = 40;

/**
 * Marks a NAMEISH slot on token k + 1 when token k is a role noun and k + 1
 * looks like a name (a gazetteer name, or a capitalised word that is no known
 * word). Cheap tests first: the role-noun test takes a substring.
 */
export function markRoleName(env: SlotEnv, k: number): void {
  const toks = env.toks;
  const next = k + 1;
  if (next >= toks.turnStart[toks.turn[k] + 1] || (toks.shape[next] & JOINED) === 0 || (toks.before[next] & 7) >= NAMEISH) return;
  const shape = toks.shape[k];
  const len = toks.end[k] - toks.start[k];
  if ((shape & (CAP | LOWER_TURN)) === 0 || shape & DIGIT || len < kMinRoleLength || len > kMaxRoleLength) return;
  const lex = toks.lex[k];
  if (lex & (NAME_UNAMBIGUOUS | FUNC | FILLER | DETERMINER | SALUT | TITLE)) return;
  const nextLex = toks.lex[next];
  if (toks.shape[next] & (DIGIT | COVERED | CODE_WORD)) return;
  // A name, or a capitalised word that is not known as an ordinary word.
  if ((nextLex & NAME_ANY) === 0 && ((toks.shape[next] & CAP) === 0 || nextLex & (WORD | FUNC))) return;
  const lower = env.call.turns[toks.turn[k]].lower;
  if (!env.gazetteer.isRoleNoun(lower.slice(toks.start[k], toks.end[k]), lex)) return;
  toks.before[next] = NAMEISH;
}
