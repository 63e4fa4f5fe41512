/**
 * Worker-thread pool (piscina): one redactor per worker (rules + ONNX session,
 * loaded once), batched tasks, ordered results with bounded memory.
 */
export { createPooledRedactor } from './pool.js';
export type { PooledRedactor, PooledRedactorOptions, PoolOutcome } from './pool.js';
export { orderedMap } from './ordered.js';
export type { OrderedMapOptions } from './ordered.js';
