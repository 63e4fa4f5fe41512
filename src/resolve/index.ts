import { LABELS, type Label, type Span } from '../types.js';

const PRIORITY: Readonly<Record<Label, number>> = Object.fromEntries(LABELS.map((label, i) => [label, i])) as Record<
  Label,
  number
>;

/**
 * Orders two overlapping candidates; negative when `a` wins. Each rule is one
 * early return, in the documented order: a validated checksum beats none, then
 * the longer span, then label priority (LABELS order), then score, then the
 * earlier start, then the detector id, so the result never depends on input order.
 */
export function compareCandidates(a: Span, b: Span): number {
  if (a.validated !== b.validated) return a.validated ? -1 : 1;
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthB - lengthA;
  if (a.label !== b.label) return PRIORITY[a.label] - PRIORITY[b.label];
  if (a.score !== b.score) return b.score - a.score;
  if (a.start !== b.start) return a.start - b.start;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/**
 * Labels whose entities are lists of separate terms ("Diabetes Bluthochdruck"):
 * their fragments merge only when they touch or are joined by a hyphen.
 */
const LIST_LABELS: ReadonlySet<Label> = new Set(['HEALTH', 'SPECIAL']);

/**
 * True when the text between two spans joins them into one entity. Across a
 * space only fragments of different detectors join: one detector that emits two
 * adjacent spans ("sommer" | "dieter sommer") has decided they are two entities.
 */
function isJoinGap(text: string, from: number, to: number, a: Span, b: Span): boolean {
  const spaceJoins = !LIST_LABELS.has(b.label) && a.source !== b.source;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) continue;
    if (spaceJoins && (c === 32 || c === 9)) continue;
    return false;
  }
  return true;
}

/** Per-character "already covered" flags of the turn being resolved, reused across turns. */
let takenScratch = new Uint8Array(1024);

/**
 * Resolves the candidates of ONE turn into non-overlapping spans, sorted by start.
 *
 * 1. Candidates are ranked by {@link compareCandidates} and accepted greedily.
 * 2. A candidate that loses only part of its range keeps the uncovered rest
 *    (fail closed: a character some detector flagged stays redacted).
 * 3. Adjacent fragments of one entity merge: same label, touching or joined by a
 *    hyphen, or by spaces when two different detectors found the parts ("Anna"
 *    from NER + "Weber" from rules). HEALTH and SPECIAL never merge across a
 *    space, as they are lists. The merged span keeps the higher score.
 *
 * Pure: the input array and its spans are not modified.
 *
 * @param candidates spans of one turn, any order, may overlap
 * @param text the turn's original text (for the merge gap check)
 * @returns resolved spans, sorted, non-overlapping
 */
export function resolveTurnSpans(candidates: readonly Span[], text: string): Span[] {
  // Most turns have no candidate: skip the per-turn buffer.
  if (candidates.length === 0) return [];
  const ranked = candidates.slice().sort(compareCandidates);
  // One zeroed scratch buffer instead of a typed array per turn (this function is synchronous).
  if (takenScratch.length < text.length) takenScratch = new Uint8Array(Math.max(text.length, takenScratch.length * 2));
  const taken = takenScratch;
  const n = text.length;
  taken.fill(0, 0, n);
  const accepted: Span[] = [];
  for (const span of ranked) {
    let pieceStart = -1;
    for (let i = span.start; i <= span.end; i++) {
      // Offsets outside the text are never free (the scratch buffer may be longer than the text).
      const free = i < span.end && i >= 0 && i < n && taken[i] === 0;
      if (free && pieceStart < 0) pieceStart = i;
      if (!free && pieceStart >= 0) {
        accepted.push(pieceStart === span.start && i === span.end ? { ...span } : { ...span, start: pieceStart, end: i });
        taken.fill(1, pieceStart, i);
        pieceStart = -1;
      }
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  return mergeAdjacent(accepted, text);
}

function mergeAdjacent(sorted: Span[], text: string): Span[] {
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.label === span.label && last.subtype === span.subtype && isJoinGap(text, last.end, span.start, last, span)) {
      last.end = span.end;
      last.score = Math.max(last.score, span.score);
      last.validated = last.validated || span.validated;
      if (last.source !== span.source && !last.source.includes(span.source)) last.source = `${last.source}+${span.source}`;
      continue;
    }
    merged.push(span);
  }
  return merged;
}

/** Resolves candidates of a whole call, turn by turn. Returns one sorted array per turn. */
export function resolveSpans(candidates: readonly Span[], texts: readonly string[]): Span[][] {
  const byTurn: Span[][] = texts.map(() => []);
  for (const span of candidates) {
    if (span.turn < 0 || span.turn >= texts.length) continue;
    const text = texts[span.turn];
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (end > start) byTurn[span.turn].push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return byTurn.map((spans, turn) => resolveTurnSpans(spans, texts[turn]));
}
