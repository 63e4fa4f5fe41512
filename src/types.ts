/**
 * Core types shared by every part of redact-de. Labels and formats follow
 * ../shared/SPEC.md exactly (§1 labels, §2 transcript, §4 redacted output).
 */

/** The closed set of labels of SPEC §1, in resolution priority order (first wins a tie). */
export const LABELS = [
  'IBAN',
  'CARD',
  'EMAIL',
  'PHONE',
  'ID',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'PERSON',
  'HEALTH',
  'SPECIAL',
] as const;

/** One of the SPEC §1 labels. */
export type Label = (typeof LABELS)[number];

/** Optional refinement of the SPECIAL label (SPEC §1). */
export const SPECIAL_SUBTYPES = [
  'religion',
  'ethnicity',
  'politics',
  'union',
  'sexuality',
  'genetic',
  'biometric',
  'criminal',
] as const;

/** One of the SPEC §1 SPECIAL subtypes. */
export type SpecialSubtype = (typeof SPECIAL_SUBTYPES)[number];

/** Returns true when `value` is a SPEC §1 label. */
export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

/**
 * A candidate or resolved entity. Offsets are UTF-16 code units into the
 * ORIGINAL `turns[turn].text`, `end` exclusive. A span never carries the
 * matched text: whoever needs the value slices it from the turn.
 */
export interface Span {
  turn: number;
  start: number;
  end: number;
  label: Label;
  subtype?: SpecialSubtype;
  /** Confidence in 0..1. Validated checksums score 1. */
  score: number;
  /** Id of the detector that produced the span, e.g. `rules:phone` or `ner`. */
  source: string;
  /** True when a checksum or structural validator accepted the value. */
  validated: boolean;
}

/** One turn of a call (SPEC §2). Unknown fields are passed through untouched. */
export interface Turn {
  speaker: string;
  text: string;
  [field: string]: unknown;
}

/** One call (SPEC §2). Unknown fields are passed through untouched. */
export interface Transcript {
  id: string;
  turns: Turn[];
  tenant?: string;
  caller_id?: string;
  [field: string]: unknown;
}

/** A redaction record of SPEC §4, offsets into the ORIGINAL text. */
export interface Redaction {
  turn: number;
  start: number;
  end: number;
  label: Label;
  subtype?: SpecialSubtype;
  operator: string;
  score: number;
  source: string;
}

/** A redacted call (SPEC §4). */
export interface RedactedTranscript extends Transcript {
  redactions: Redaction[];
}

/**
 * Text with spoken forms rewritten ("null eins" -> "0 1") and a map from every
 * code unit of `text` back to the original. See src/normalize.
 */
export interface NormalizedText {
  /** The rewritten text. */
  readonly text: string;
  /**
   * Maps a half-open range of `text` to the half-open range of the original
   * text it came from. `start < end` is required.
   */
  toOriginal(start: number, end: number): [number, number];
}

/** Which rewrites a normalised view applies. */
export type NormalizeView = 'digits' | 'email';

/** A read-only view of one turn, shared by all detectors of a call. */
export interface TurnView {
  readonly index: number;
  readonly speaker: string;
  readonly text: string;
  /** `text` lowercased; same length and offsets as `text`. */
  readonly lower: string;
  /** The spoken-form normalisation of `text`, computed once per view and cached. */
  normalized(view: NormalizeView): NormalizedText;
}

/** A read-only view of a whole call: detectors that need context across turns use it. */
export interface CallView {
  readonly id: string;
  readonly turns: readonly TurnView[];
}

/**
 * Every detector, rules and NER alike, implements this. `detect` pushes
 * candidate spans in ORIGINAL offsets into the caller-owned `out` array.
 */
export interface Detector {
  readonly id: string;
  readonly labels: readonly Label[];
  detect(call: CallView, out: Span[]): void | Promise<void>;
}
