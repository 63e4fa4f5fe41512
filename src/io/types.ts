import type { RedactedTranscript, Transcript } from '../types.js';
import type { RedactError } from '../errors.js';

/** One unit of work read from an input: a call, or the error that made it unreadable. */
export type InputItem =
  | { kind: 'call'; transcript: Transcript; line: number; carry?: unknown }
  | { kind: 'error'; error: RedactError; line: number };

/** Writes redacted calls in the input's format, in input order. */
export interface RecordSink {
  write(item: Extract<InputItem, { kind: 'call' }>, redacted: RedactedTranscript): Promise<void>;
  close(): Promise<void>;
}
