import type { KeyRing } from '../pseudonym/key-ring.js';
import type { Label, SpecialSubtype } from '../types.js';

/** What an operator knows about the entity it rewrites, besides its value. */
export interface OperatorInput {
  label: Label;
  subtype?: SpecialSubtype;
  /** Per-call state: placeholder numbering, surrogate choices. */
  call: CallState;
  /**
   * The character just before the span in the original text ('' at the start
   * of the turn). Lets `remove` avoid gluing two words together.
   */
  before?: string;
  /** The character just after the span ('' at the end of the turn). */
  after?: string;
}

/**
 * Per-call state shared by all operators of one call, so that the same value
 * gets the same placeholder number or surrogate everywhere in the call.
 */
export interface CallState {
  /** 1-based number of `value` among distinct values of `label` in this call. */
  numberFor(label: Label, value: string): number;
  /**
   * The surrogate chosen before for this value, or the one `make` returns now.
   * `make` may be called more than once (a candidate that collides with another
   * value's surrogate or equals the original is drawn again), so each call
   * should return a fresh candidate.
   */
  surrogateFor(label: Label, value: string, make: () => string): string;
  /** Seed material for deterministic surrogates (call id and configured seed). */
  readonly seed?: string;
  /** The call's tenant, for per-tenant keys of the `hash` operator. */
  readonly tenant?: string;
}

/** What `parseParams` may use besides the raw parameters. */
export interface ParseContext {
  /** Key material, for operators that need a key (`hash`). */
  keys?: KeyRing;
}

/**
 * A redaction operator (placeholder, mask, surrogate, remove, hash). `parseParams`
 * runs once at configuration time and throws ConfigError naming `where`;
 * `apply` runs per entity and must not throw for any string.
 */
export interface Operator<P = unknown> {
  readonly name: string;
  parseParams(raw: unknown, where: string, context?: ParseContext): P;
  apply(value: string, input: OperatorInput, params: P): string;
}

/** Operator choice in configuration: a name or a name with parameters. */
export type OperatorSpec = string | { name: string; params?: Record<string, unknown> };

/** Operator per label, with `DEFAULT` for the rest. */
export type OperatorTableSpec = Partial<Record<Label | 'DEFAULT', OperatorSpec>>;

/** A compiled operator table: parameters parsed once, looked up per entity. */
export interface OperatorTable {
  /** Name of the operator applied to `label` ("placeholder", "mask", ...). */
  operatorFor(label: Label): string;
  /** Rewrites one entity's value with its label's operator. Never throws. */
  apply(value: string, input: OperatorInput): string;
}
