/**
 * The individual errors behind the leak and over-redaction rates: gold spans
 * that leak the most characters, and predictions that cover the most
 * characters outside gold. Used by the HTML report.
 */
import type { Label } from '../types.js';
import type { AlignedDoc } from './align.js';
import { CoverageBuffer, countRange, kGoldBit, kPredBit } from './coverage.js';

/** One gold or predicted span singled out by the report. */
export interface Finding {
  docId: string;
  turn: number;
  start: number;
  end: number;
  label: Label;
  /**
   * For a miss: non-whitespace code units of the gold span no prediction
   * covers. For a false alarm: non-whitespace code units of the prediction
   * outside every gold span.
   */
  chars: number;
  /** Non-whitespace code units of the whole span. */
  spanChars: number;
  /** The turn text; only rendered when values are shown. */
  text: string;
}

/** Worst misses and false alarms, worst first. */
export interface Findings {
  misses: Finding[];
  falseAlarms: Finding[];
}

/**
 * Collects the `limit` gold spans with the most leaked characters and the
 * `limit` predictions with the most characters outside gold. Ties keep file
 * order (record, turn, then span order), so the result is deterministic.
 *
 * @param docs - aligned records from alignDocs
 * @param limit - how many of each to keep
 * @returns spans with at least one leaked / over-redacted character
 */
export function collectFindings(docs: readonly AlignedDoc[], limit: number): Findings {
  const misses: Finding[] = [];
  const falseAlarms: Finding[] = [];
  const coverage = new CoverageBuffer();
  for (const doc of docs) {
    for (let t = 0; t < doc.turns.length; t++) {
      const turn = doc.turns[t];
      if (turn.gold.length === 0 && turn.pred.length === 0) continue;
      const flags = coverage.mark(turn.text.length, turn.gold, turn.pred);
      collect(misses, doc.id, t, turn.text, flags, turn.gold, kPredBit);
      collect(falseAlarms, doc.id, t, turn.text, flags, turn.pred, kGoldBit);
    }
  }
  // Array.prototype.sort is stable, so ties stay in file order.
  misses.sort((a, b) => b.chars - a.chars);
  falseAlarms.sort((a, b) => b.chars - a.chars);
  return { misses: misses.slice(0, limit), falseAlarms: falseAlarms.slice(0, limit) };
}

function collect(
  out: Finding[],
  docId: string,
  turn: number,
  text: string,
  flags: Uint8Array,
  spans: readonly { start: number; end: number; label: Label }[],
  bits: number,
): void {
  for (const s of spans) {
    const [spanChars, chars] = countRange(text, flags, s.start, s.end, bits);
    if (chars > 0) out.push({ docId, turn, start: s.start, end: s.end, label: s.label, chars, spanChars, text });
  }
}
