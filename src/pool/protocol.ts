import type { NerDetectorOptions } from '../ner/ner-detector.js';
import type { OperatorTableSpec } from '../operators/types.js';
import type { DataSubjectValues } from '../pipeline/data-subject.js';
import type { Label, RedactedTranscript, Transcript } from '../types.js';

/**
 * Everything a worker needs to build its redactor, sent once as piscina
 * `workerData` (structured clone: plain data only, no detector objects).
 */
export interface WorkerConfig {
  labels?: readonly Label[];
  operators?: OperatorTableSpec;
  defaultTenant?: string;
  /** Key material of the ring (version -> 32 bytes) and its active version. */
  keys?: { active: number; keys: ReadonlyMap<number, Uint8Array> };
  /** Detector ids to leave out, e.g. `rules:ip`. */
  disableDetectors?: readonly string[];
  /** Data-subject request: the requester's own values, kept readable. */
  keepOwnData?: DataSubjectValues;
  /** False: no rule detectors (NER and detector modules only). Default true. */
  rules?: boolean;
  /** The NER model folder, or null for rules only. */
  model: string | null;
  ner?: Omit<NerDetectorOptions, 'onWarning' | 'labelMap' | 'plainWord'> & { labelMap?: string; wordPrior?: boolean };
  /** ES modules (absolute paths or file URLs) whose `createDetectors()` adds detectors in each worker. */
  detectorModules?: readonly string[];
}

/** One task: several calls, redacted one after another by the same worker. */
export interface WorkerTask {
  calls: Transcript[];
  /** Only a readiness probe: build the redactor, redact nothing. */
  probe?: boolean;
}

/** The outcome for one call: the redacted call, or an error that is safe to print (no values). */
export type CallOutcome = { ok: true; value: RedactedTranscript } | { ok: false; code: string; message: string };

/** Counts per label and detector, as RedactionStats.toJSON. */
export interface StatsDelta {
  calls: number;
  kept: number;
  byLabel: Record<string, number>;
  byDetector: Record<string, number>;
}

/** What a worker returns for a task: one outcome per call, in order, and the counts it added. */
export interface WorkerResult {
  outcomes: CallOutcome[];
  stats: StatsDelta;
}
