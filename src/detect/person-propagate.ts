/**
 * Call-level propagation: a name found once with evidence ("Frau Anna
 * Weber", "K O C H") is redacted at every other mention in the same call, in
 * any turn and any case: "Weber", "weber", possessive "Webers". Names that
 * are also words ("Koch", "Sommer") propagate only where they read as a name:
 * capitalised in written text and not after an article or preposition
 * ("der Koch", "im Sommer").
 */
import type { Span } from '../types.js';
import { hashRange } from './person-keytable.js';
import { AMB_FIRST, DETERMINER, FIRST, FREQUENT, FUNC, NAME_AMBIGUOUS, NAME_ARTICLE, NOUN_MARKER, SALUT, TITLE, WORD } from './person-gazetteer.js';
import { CAP, CODE_WORD, COVERED, DIGIT, JOINED, LOWER_TURN, SENT } from './person-tokens.js';
import type { SlotEnv } from './person-slots.js';

/** Registry value bit: the name is also a word, so it propagates only in name position. */
export const REG_AMBIGUOUS = 1;
/** Registry value bit: the name was spelled out letter by letter; it propagates anywhere. */
export const REG_SPELLED = 2;

/** Shortest name that propagates: two letters ("Li") is too likely to be something else. */
const kMinLength = 3;

/** Names seen in one call: lowercase token -> REG_* bits. */
export class NameRegistry {
  private readonly names = new Map<string, number>();
  /** Hashes of the names (person-keytable.ts): most tokens are rejected without a substring. */
  private readonly hashes = new Set<number>();

  clear(): void {
    this.names.clear();
    this.hashes.clear();
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

  /** Registers a lowercase name string (spelled letters), with its bits. */
  add(key: string, bits: number): void {
    if (key.length < kMinLength) return;
    const prev = this.names.get(key);
    // Evidence that a token is a name without ambiguity wins over an ambiguous sighting.
    this.names.set(key, prev === undefined ? bits : ((prev & bits) & REG_AMBIGUOUS) | ((prev | bits) & REG_SPELLED));
    this.hashes.add(hashRange(key, 0, key.length));
  }

  /** Bits of token k, trying the possessive stem ("webers" -> "weber"); -1 when unknown. */
  lookup(env: SlotEnv, k: number): number {
    const toks = env.toks;
    const whole = this.hashes.has(toks.hash[k]);
    const stem = !whole && this.hashes.has(toks.stemHash[k]);
    if (!whole && !stem) return -1;
    const lower = env.call.turns[toks.turn[k]].lower;
    const s = toks.start[k];
    const e = toks.end[k];
    if (whole) return this.names.get(lower.slice(s, e)) ?? -1;
    if (e - s <= kMinLength || lower.charCodeAt(e - 1) !== 115 /* s */) return -1;
    return this.names.get(lower.slice(s, e - 1)) ?? -1;
  }
}

/** True when a registered name at token k reads as a name in its position. */
function inNamePosition(env: SlotEnv, k: number, bits: number): boolean {
  const toks = env.toks;
  const shape = toks.shape[k];
  const lex = toks.lexOf(k, env.call, env.gazetteer);
  if (lex & FUNC) return false;
  const ambiguous = bits & REG_AMBIGUOUS || lex & (WORD | NAME_AMBIGUOUS);
  if (!ambiguous || bits & REG_SPELLED) return true;
  const prev = k - 1;
  const hasPrev = prev >= toks.turnStart[toks.turn[k]];
  if (shape & LOWER_TURN) {
    // Lowercase text has no capital to tell "frau koch" from "ich koch": only a
    // salutation, title or first name right before the word makes it the name,
    // or the start of a turn (read-back: "koch gut hab ich").
    if (!hasPrev) return (lex & FREQUENT) === 0;
    if ((shape & JOINED) === 0) return false;
    return (toks.lex[prev] & (SALUT | TITLE | FIRST | AMB_FIRST)) !== 0 || afterNameArticle(env, k, lex);
  }
  if ((shape & CAP) === 0) return false;
  // "Gut, dann ...": a capital at a sentence start says nothing about an adjective or verb.
  if (shape & SENT && lex & FREQUENT) return false;
  if (!hasPrev) return true;
  if (toks.shape[prev] & DIGIT) return false;
  return (toks.lex[prev] & (NOUN_MARKER | DETERMINER)) === 0 || ((shape & JOINED) !== 0 && afterNameArticle(env, k, lex));
}

/**
 * "der koch kann nicht", "bei Hahn": after an article or preposition a name
 * introduced in this call reads as the person; not a frequent word ("die lang").
 */
function afterNameArticle(env: SlotEnv, k: number, lex: number): boolean {
  const toks = env.toks;
  const prevLex = toks.lex[k - 1];
  if ((prevLex & NAME_ARTICLE) === 0 || lex & FREQUENT) return false;
  // "Der Koch im Restaurant": an article and a place after the word make it the noun.
  const next = k + 1;
  return !(prevLex & DETERMINER && next < toks.turnStart[toks.turn[k] + 1] && toks.lex[next] & NOUN_MARKER);
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
    // "Ernst Traeg" when only "Traeg" was seen before: the first name in front joins.
    let first = k;
    const prev = k - 1;
    if (prev >= toks.turnStart[toks.turn[k]] && toks.shape[k] & JOINED && (toks.shape[prev] & (COVERED | DIGIT)) === 0) {
      if (toks.lex[prev] & (FIRST | AMB_FIRST) && toks.shape[prev] & (CAP | LOWER_TURN)) first = prev;
    }
    out.push({ turn: toks.turn[k], start: toks.start[first], end: toks.end[end - 1], label: 'PERSON', score, source, validated: false });
    for (let j = first; j < end; j++) toks.shape[j] |= COVERED;
    k = end;
  }
}

function isMention(env: SlotEnv, registry: NameRegistry, k: number): boolean {
  const toks = env.toks;
  if (toks.shape[k] & (COVERED | DIGIT | CODE_WORD)) return false;
  const length = toks.end[k] - toks.start[k];
  if (length < kMinLength || length > 41) return false;
  const bits = registry.lookup(env, k);
  return bits >= 0 && inNamePosition(env, k, bits);
}
