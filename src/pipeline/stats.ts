import type { Span } from '../types.js';

/** Counts of redactions per label and per detector. Holds no values, so it is safe to log and store. */
export class RedactionStats {
  calls = 0;
  /** Spans left readable because they are the data subject's own (DSR exports). */
  kept = 0;
  readonly byLabel: Record<string, number> = {};
  readonly byDetector: Record<string, number> = {};

  /** Counts one resolved span. A merged span counts for each detector that contributed. */
  count(span: Span): void {
    this.byLabel[span.label] = (this.byLabel[span.label] ?? 0) + 1;
    // Most spans have one source: no split (and no array) for them.
    if (!span.source.includes('+')) this.byDetector[span.source] = (this.byDetector[span.source] ?? 0) + 1;
    else for (const source of span.source.split('+')) this.byDetector[source] = (this.byDetector[source] ?? 0) + 1;
  }

  /** Adds another instance's counts (e.g. from a worker thread). */
  merge(other: { calls: number; kept?: number; byLabel: Record<string, number>; byDetector: Record<string, number> }): void {
    this.calls += other.calls;
    this.kept += other.kept ?? 0;
    for (const [k, v] of Object.entries(other.byLabel)) this.byLabel[k] = (this.byLabel[k] ?? 0) + v;
    for (const [k, v] of Object.entries(other.byDetector)) this.byDetector[k] = (this.byDetector[k] ?? 0) + v;
  }

  toJSON(): { calls: number; kept: number; byLabel: Record<string, number>; byDetector: Record<string, number> } {
    return { calls: this.calls, kept: this.kept, byLabel: { ...this.byLabel }, byDetector: { ...this.byDetector } };
  }
}
