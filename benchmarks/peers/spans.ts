/**
 * Small span helpers shared by the peer adapters.
 */
import type { EvalSpan } from '../../src/eval/index.js';

/**
 * Sorts spans and merges those of the same turn and label that overlap, so a
 * value that a tool redacts twice (say, once as a detection and once as a
 * repeated occurrence) counts as one prediction.
 *
 * @param spans - spans in any order; not modified
 * @returns new, sorted spans without same-label overlaps
 * @example
 * mergeSameLabel([{ turn: 0, start: 4, end: 9, label: 'PERSON' }, { turn: 0, start: 0, end: 6, label: 'PERSON' }]);
 * // [{ turn: 0, start: 0, end: 9, label: 'PERSON' }]
 */
export function mergeSameLabel(spans: readonly EvalSpan[]): EvalSpan[] {
  const sorted = spans
    .map((s) => ({ turn: s.turn, start: s.start, end: s.end, label: s.label }))
    .sort((a, b) => a.turn - b.turn || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || a.start - b.start);
  const out: EvalSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.turn === s.turn && last.label === s.label && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}
