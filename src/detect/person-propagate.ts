/**
 * Call-level propagation: a name found once with evidence ("Frau Anna
 * Weber", "K O C H") is redacted at every other mention in the same call, in
 * any turn and any case: "Weber", "weber", possessive "Webers". Names that
 * are also words ("Koch", "Sommer") propagate only where they read as a name:
 * capitalised in written text and not after an article or preposition
 * ("der Koch", "im Sommer").
 */
import type { Span } from '../types.js';
import { DETERMINER, FUNC, NAME_AMBIGUOUS, NOUN_MARKER, WORD } from './person-gazetteer.js';
import { CAP, CODE_WORD, COVERED, DIGIT, JOINED, LOWER_TURN } from './person-tokens.js';
import type { SlotEnv } from './person-slots.js';

/** Registry value bit: the name is also a word, so it propagates only in name position. */
export const REG_AMBIGUOUS = 1;

/** Shortest name that propagates: two letters ("Li") is too likely to be something else. */
const kMinLength = 3;

/** Names seen in one call: lowercase token -> REG_* bits. */
export class NameRegistry {
  private readonly names = new Map<string, number>();

  clear(): void {
    this.names.clear();
  }

  get size(): number {
    return this.names.size;
  }

  /** Registers token k of the call (a token of a detected name). */
  addToken(env: SlotEnv, k: number): void {
    const toks = env.toks;
    const s = toks.start[k];
    const e = toks.end[k];
    if (e - s < kMinLength || toks.shape[k] & DIGIT) return;
    const lex = toks.lexOf(k, env.call, env.gazetteer);
    if (lex & FUNC) return;
    this.add(env.call.turns[toks.turn[k]].lower.slice(s, e), lex & NAME_AMBIGUOUS ? REG_AMBIGUOUS : 0);
  }

  /** Registers a name string (spelled letters), with its bits. */
  add(key: string, bits: number): void {
    if (key.length < kMinLength) return;
    const prev = this.names.get(key);
    // Evidence that a token is a name without ambiguity wins over an ambiguous sighting.
    this.names.set(key, prev === undefined ? bits : prev & bits);
  }

  /** Bits of a token's key, trying the possessive stem ("webers" -> "weber"); -1 when unknown. */
  lookup(key: string): number {
    const bits = this.names.get(key);
    if (bits !== undefined) return bits;
    if (key.length > kMinLength && key.endsWith('s')) return this.names.get(key.slice(0, -1)) ?? -1;
    return -1;
  }
}

/** True when a registered name at token k reads as a name in its position. */
function inNamePosition(env: SlotEnv, k: number, bits: number): boolean {
  const toks = env.toks;
  const shape = toks.shape[k];
  const lex = toks.lexOf(k, env.call, env.gazetteer);
  if (lex & FUNC) return false;
  const ambiguous = bits & REG_AMBIGUOUS || lex & (WORD | NAME_AMBIGUOUS);
  if (!ambiguous) return true;
  if ((shape & (CAP | LOWER_TURN)) === 0) return false;
  const prev = k - 1;
  if (prev < toks.turnStart[toks.turn[k]]) return true;
  return (toks.shape[prev] & DIGIT) === 0 && (toks.lex[prev] & (NOUN_MARKER | DETERMINER)) === 0;
}

/**
 * Emits PERSON spans for every uncovered mention of a registered name; joined
 * mentions ("Anna Weber") become one span.
 */
export function propagateNames(env: SlotEnv, registry: NameRegistry, score: number, source: string, out: Span[]): void {
  if (registry.size === 0) return;
  const toks = env.toks;
  let k = 0;
  while (k < toks.count) {
    if (!isMention(env, registry, k)) {
      k++;
      continue;
    }
    let end = k + 1;
    const last = toks.turnStart[toks.turn[k] + 1];
    while (end < last && toks.shape[end] & JOINED && isMention(env, registry, end)) end++;
    out.push({ turn: toks.turn[k], start: toks.start[k], end: toks.end[end - 1], label: 'PERSON', score, source, validated: false });
    for (let j = k; j < end; j++) toks.shape[j] |= COVERED;
    k = end;
  }
}

function isMention(env: SlotEnv, registry: NameRegistry, k: number): boolean {
  const toks = env.toks;
  if (toks.shape[k] & (COVERED | DIGIT | CODE_WORD)) return false;
  const s = toks.start[k];
  const e = toks.end[k];
  if (e - s < kMinLength || e - s > 41) return false;
  const bits = registry.lookup(env.call.turns[toks.turn[k]].lower.slice(s, e));
  return bits >= 0 && inNamePosition(env, k, bits);
}
