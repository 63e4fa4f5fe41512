/**
 * NER: a token-classification ONNX model (BERT, ELECTRA, XLM-R; transformers.js
 * folder layout) run with onnxruntime-node, tokenised by transformers.js with
 * our own offset alignment, strided windows and BIO decoding.
 */
export { createNerDetector, kNerDefaults } from './ner-detector.js';
export type { NerDetector, NerDetectorOptions } from './ner-detector.js';
export { findDefaultModelDir, parseLabelMap, readModelDir } from './model-dir.js';
