/**
 * Redaction operators: placeholder (default), mask, surrogate, remove, hash;
 * the per-call state that keeps them consistent; and the compiled table the
 * redactor applies per entity.
 */
export { createCallState, type CallStateOptions } from './call-state.js';
export { compileOperatorTable, DEFAULT_OPERATOR, OPERATORS } from './table.js';
export { valueKey } from './value-key.js';
export type { HashParams } from './hash.js';
export type { MaskParams } from './mask.js';
export type { PlaceholderParams } from './placeholder.js';
export type { SurrogateParams } from './surrogate.js';
export type {
  CallState,
  Operator,
  OperatorInput,
  OperatorSpec,
  OperatorTable,
  OperatorTableSpec,
  ParseContext,
} from './types.js';
