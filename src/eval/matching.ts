/**
 * One-to-one matching of gold and predicted spans within one (record, turn,
 * label) group, for the strict and lenient counts of SPEC §5.
 */
import type { EvalSpan } from './types.js';

function byStartEnd(a: EvalSpan, b: EvalSpan): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Number of strict matches: gold and predicted spans with identical offsets,
 * paired one-to-one (a multiset intersection, so two identical predictions
 * against one gold span count once).
 *
 * @param gold - gold spans of one turn and label
 * @param pred - predicted spans of the same turn and label
 * @returns the number of matched pairs
 */
export function countStrictMatches(gold: readonly EvalSpan[], pred: readonly EvalSpan[]): number {
  if (gold.length === 0 || pred.length === 0) return 0;
  const g = gold.slice().sort(byStartEnd);
  const p = pred.slice().sort(byStartEnd);
  let i = 0;
  let j = 0;
  let matched = 0;
  while (i < g.length && j < p.length) {
    const c = byStartEnd(g[i], p[j]);
    if (c === 0) {
      matched++;
      i++;
      j++;
    } else if (c < 0) i++;
    else j++;
  }
  return matched;
}

/**
 * Size of a MAXIMUM one-to-one matching between gold and predicted spans,
 * where a pair may match when the spans overlap (`p.start < g.end && g.start
 * < p.end`, i.e. they share at least one code unit).
 *
 * Greedy, yet optimal: take gold spans by increasing `end`; give each the
 * unmatched overlapping prediction with the smallest `end`. Exchange argument:
 * let g1 end first and p* be its candidate with the smallest end. If an
 * optimal matching pairs g1 with p and p* with g', then p overlaps g' too
 * (p.start < g1.end <= g'.end and p.end >= p*.end > g'.start), so swapping to
 * g1-p*, g'-p keeps the size; the rest is the same problem, one pair smaller.
 * The test suite checks it against augmenting-path matching.
 *
 * Groups are per turn and label, so the O(gold x pred) scan is small.
 *
 * @param gold - gold spans of one turn and label
 * @param pred - predicted spans of the same turn and label
 * @returns the number of matched pairs (= lenient true positives for both
 *   precision and recall)
 */
export function countLenientMatches(gold: readonly EvalSpan[], pred: readonly EvalSpan[]): number {
  if (gold.length === 0 || pred.length === 0) return 0;
  const g = gold.slice().sort((a, b) => a.end - b.end || a.start - b.start);
  const used = new Uint8Array(pred.length);
  let matched = 0;
  for (const gs of g) {
    let best = -1;
    for (let j = 0; j < pred.length; j++) {
      if (used[j]) continue;
      const ps = pred[j];
      if (ps.start < gs.end && gs.start < ps.end && (best < 0 || ps.end < pred[best].end)) best = j;
    }
    if (best >= 0) {
      used[best] = 1;
      matched++;
    }
  }
  return matched;
}
