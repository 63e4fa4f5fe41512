/**
 * Recovers redacted spans from a tool that returns only redacted text: given
 * the original text, the redacted text and the tool's replacement tokens,
 * finds which original range each token replaced.
 *
 * Model: the redacted text is the original with some non-empty, disjoint
 * ranges each replaced by one token from a known list, everything else kept
 * byte for byte. So the redacted text splits into literals L0 T1 L1 ... Tk Lk
 * (T = tokens), L0 must be a prefix and Lk a suffix of the original, and the
 * literals must occur in order with at least one original character between
 * consecutive literals (the replaced value).
 *
 * Placement: literals are placed left to right at their earliest occurrence
 * that still leaves room for all later literals (precomputed right to left as
 * each literal's latest feasible start). That choice can only be wrong when a
 * literal also occurs inside the value before it, e.g. a single space between
 * two tokens whose first value contains a space. Then, if a `verify` callback
 * is given, the candidates are tried in order and the first one whose value
 * the tool itself turns into the token is taken. Either way, only where the
 * boundary falls between the two tokens can be off; the characters covered by
 * the two spans together are the same, so leak and over-redaction rates do
 * not depend on the choice except for the literal's own characters.
 */
import type { Label } from '../../src/types.js';

/** One replacement string of the tool and the SPEC label it stands for. */
export interface ReplacementToken {
  token: string;
  label: Label;
}

/** An original range that a token replaced. */
export interface AlignedRange {
  start: number;
  end: number;
  label: Label;
  /** The token that replaced it. */
  token: string;
}

/** Why an alignment failed; never contains text. */
export class AlignmentError extends Error {
  override readonly name = 'AlignmentError';
}

/** Checks whether the tool turns `value` on its own into `token`. */
export type VerifyReplacement = (value: string, token: string) => boolean;

interface Parsed {
  literals: string[];
  tokens: ReplacementToken[];
}

/** Splits the redacted text at token occurrences (longest token wins at a position). */
function parseRedacted(redacted: string, tokens: readonly ReplacementToken[]): Parsed {
  const byLength = [...tokens].sort((a, b) => b.token.length - a.token.length);
  const literals: string[] = [];
  const found: ReplacementToken[] = [];
  let literalStart = 0;
  let i = 0;
  while (i < redacted.length) {
    let hit: ReplacementToken | undefined;
    for (const t of byLength) {
      if (t.token.length > 0 && redacted.startsWith(t.token, i)) {
        hit = t;
        break;
      }
    }
    if (!hit) {
      i++;
      continue;
    }
    literals.push(redacted.slice(literalStart, i));
    found.push(hit);
    i += hit.token.length;
    literalStart = i;
  }
  literals.push(redacted.slice(literalStart));
  return { literals, tokens: found };
}

/**
 * Aligns `redacted` to `original` and returns the replaced ranges in order.
 *
 * @param original - the text given to the tool
 * @param redacted - the tool's output for it
 * @param tokens - every replacement string the tool can emit, with its label
 * @param verify - optional oracle for ambiguous boundaries (see module doc)
 * @returns one range per token occurrence in `redacted`
 * @throws AlignmentError when `redacted` is not `original` with ranges
 *   replaced by tokens (for instance when the tool also rewrote other text)
 * @example
 * alignRedacted('Call 555-123-4567 now', 'Call PHONE now', [{ token: 'PHONE', label: 'PHONE' }]);
 * // [{ start: 5, end: 17, label: 'PHONE', token: 'PHONE' }]
 */
export function alignRedacted(
  original: string,
  redacted: string,
  tokens: readonly ReplacementToken[],
  verify?: VerifyReplacement,
): AlignedRange[] {
  if (original === redacted) return [];
  const { literals, tokens: found } = parseRedacted(redacted, tokens);
  const k = found.length;
  if (k === 0) throw new AlignmentError('redacted text differs from the original but holds no known token');
  const head = literals[0];
  const tail = literals[k];
  if (!original.startsWith(head)) throw new AlignmentError('redacted text does not start like the original');
  if (original.length - tail.length < head.length + k) {
    throw new AlignmentError('original is too short for the tokens found');
  }
  if (!original.endsWith(tail)) throw new AlignmentError('redacted text does not end like the original');

  // latest[i]: the latest start of literal i (1..k) that leaves room for the
  // literals after it; literal k is pinned to the end of the original.
  const latest = new Array<number>(k + 1);
  latest[k] = original.length - tail.length;
  for (let i = k - 1; i >= 1; i--) {
    const limit = latest[i + 1] - 1 - literals[i].length;
    const at = limit < 0 ? -1 : original.lastIndexOf(literals[i], limit);
    if (at < 0) throw new AlignmentError(`literal ${i} of ${k} cannot be placed`);
    latest[i] = at;
  }

  const out: AlignedRange[] = [];
  let valueStart = head.length;
  for (let i = 1; i <= k; i++) {
    const lit = literals[i];
    const token = found[i - 1];
    let at = i === k ? latest[k] : original.indexOf(lit, valueStart + 1);
    if (at < 0 || at > latest[i] || at <= valueStart) {
      throw new AlignmentError(`literal ${i} of ${k} cannot be placed`);
    }
    if (verify && i < k && !verify(original.slice(valueStart, at), token.token)) {
      at = firstVerified(original, lit, valueStart, at, latest[i], token.token, verify) ?? at;
    }
    out.push({ start: valueStart, end: at, label: token.label, token: token.token });
    valueStart = at + lit.length;
  }
  return out;
}

/** Tries later occurrences of a literal up to its latest feasible start; the first the tool confirms wins. */
function firstVerified(
  original: string,
  literal: string,
  valueStart: number,
  from: number,
  last: number,
  token: string,
  verify: VerifyReplacement,
): number | undefined {
  for (let at = original.indexOf(literal, from + 1); at >= 0 && at <= last; at = original.indexOf(literal, at + 1)) {
    if (verify(original.slice(valueStart, at), token)) return at;
  }
  return undefined;
}
