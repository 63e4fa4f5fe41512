/**
 * Types of the accuracy evaluation (SPEC §3 gold, SPEC §4 predictions,
 * SPEC §5 report shape).
 */
import type { Label } from '../types.js';

/**
 * One annotated or predicted entity. Offsets are UTF-16 code units into the
 * ORIGINAL `turns[turn].text` of the gold record, `end` exclusive.
 */
export interface EvalSpan {
  turn: number;
  start: number;
  end: number;
  label: Label;
}

/** A gold record (SPEC §3): the transcript text plus its `entities`. */
export interface GoldDoc {
  id: string;
  turns: ReadonlyArray<{ text: string }>;
  entities: readonly EvalSpan[];
  /** 1-based line in the source file; only used to locate errors. */
  line?: number;
}

/**
 * A prediction record: either a redacted output (SPEC §4 `redactions`) or a
 * gold-shaped file (SPEC §3 `entities`). When both arrays are present,
 * `redactions` wins: the redactor passes unknown fields through, so running it
 * on a gold file yields records that still carry the gold `entities`.
 */
export interface PredDoc {
  id: string;
  redactions?: readonly EvalSpan[];
  entities?: readonly EvalSpan[];
  /** 1-based line in the source file; only used to locate errors. */
  line?: number;
}

/** Precision, recall and F1 as fractions in 0..1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** The SPEC §5 figures of one label, or of all labels together (micro). */
export interface LabelMetrics {
  /** Number of gold spans. */
  gold: number;
  /** Number of predicted spans. */
  pred: number;
  strict: Prf;
  lenient: Prf;
  /** F-beta with beta = 2 of the lenient precision and recall. */
  f2: number;
  /** Share of non-whitespace gold characters not covered by any prediction. */
  leakRate: number;
}

/** The SPEC §5 report shape, exactly; numbers are unrounded fractions. */
export interface MetricsReport {
  perLabel: Partial<Record<Label, LabelMetrics>>;
  micro: LabelMetrics;
  overRedactionRate: number;
}

/** Options shared by the metric functions. */
export interface MetricsOptions {
  /**
   * Evaluate only these labels. Spans of other labels are dropped from BOTH
   * sides before anything is counted, as if the files held only these labels
   * (so their characters count as outside gold, and predictions of dropped
   * labels cover nothing).
   */
  labels?: readonly Label[];
  /** Name of the gold source in error messages (default `gold`). */
  goldFile?: string;
  /** Name of the prediction source in error messages (default `pred`). */
  predFile?: string;
}
