/**
 * redact-de: removes personal and special-category data from German call transcripts.
 *
 * @example
 * import { createRedactor, createRuleDetectors } from 'redact-de';
 * const redactor = createRedactor({ detectors: createRuleDetectors() });
 * const out = await redactor.redactText('Mein Name ist Anna Weber, Tel. 0171 2345678.');
 * // out.text === 'Mein Name ist [PERSON_1], Tel. [PHONE_1].'
 */
export { createRedactor } from './pipeline/redactor.js';
export type { Redactor, RedactorOptions, RedactedText } from './pipeline/redactor.js';
export { createRuleDetectors } from './detect/index.js';
export { createNerDetector, findDefaultModelDir } from './ner/index.js';
export type { NerDetector, NerDetectorOptions } from './ner/index.js';
export { createPooledRedactor } from './pool/index.js';
export type { PooledRedactor, PooledRedactorOptions, PoolOutcome } from './pool/index.js';
export { KeyRing, loadKeyRing, pseudonymizeCallerId } from './pseudonym/index.js';
export { resolveSpans } from './resolve/index.js';
export { LABELS, SPECIAL_SUBTYPES } from './types.js';
export type {
  CallView,
  Detector,
  Label,
  NormalizedText,
  Redaction,
  RedactedTranscript,
  Span,
  SpecialSubtype,
  Transcript,
  Turn,
  TurnView,
} from './types.js';
export type { OperatorSpec, OperatorTableSpec } from './operators/types.js';
export { RedactError, InputError, ConfigError, KeyError } from './errors.js';
