/**
 * The common shape of every system the accuracy benchmark compares: redact-de
 * itself and the peer libraries, each wrapped in an adapter that returns
 * SPEC §4-style spans in ORIGINAL offsets.
 */
import type { EvalSpan } from '../../src/eval/index.js';

/** A call as the benchmark hands it to a system (gold entities stripped). */
export interface BenchInput {
  id: string;
  turns: readonly { speaker: string; text: string }[];
}

/** What a system reports about itself for the results table. */
export interface SystemInfo {
  /** Display name, e.g. `openredaction (default)`. */
  name: string;
  /** Package version or `local`. */
  version: string;
  /** Licence of the package (SPDX). */
  licence: string;
}

/** One system under test. */
export interface BenchSystem extends SystemInfo {
  /**
   * Predicts spans for one call, in original offsets and SPEC labels.
   *
   * @throws any error; the benchmark reports the system as failed on the
   *   corpus with the error's message
   */
  predict(call: BenchInput): Promise<EvalSpan[]>;
  /** Notes gathered while predicting (e.g. turns that could not be aligned), reset per corpus. */
  takeNotes?(): string[];
}
