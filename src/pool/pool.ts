import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ConfigError, RedactError } from '../errors.js';
import type { NerDetectorOptions } from '../ner/ner-detector.js';
import type { OperatorTableSpec } from '../operators/types.js';
import type { DataSubjectValues } from '../pipeline/data-subject.js';
import { RedactionStats } from '../pipeline/stats.js';
import type { KeyRing } from '../pseudonym/index.js';
import { rulesPath } from '../rules-dir.js';
import type { Label, RedactedTranscript, Transcript } from '../types.js';
import { orderedMap } from './ordered.js';
import type { CallOutcome, WorkerConfig, WorkerResult, WorkerTask } from './protocol.js';

/** Options of {@link createPooledRedactor}. */
export interface PooledRedactorOptions {
  /** Worker threads; default `os.availableParallelism()`. */
  workers?: number;
  /** False: leave out the rule detectors (NER and `detectorModules` only). Default true. */
  rules?: boolean;
  /** NER model folder; null for rules only. Resolve the shipped default with `findDefaultModelDir()`. */
  model: string | null;
  /**
   * NER settings (threshold, label map as `B-PER=PERSON,...`, windows); `threads` defaults to cores / workers.
   * The word prior (`isPlainWord`, see NerDetectorOptions.plainWord) is on unless `wordPrior: false`.
   */
  ner?: Omit<NerDetectorOptions, 'onWarning' | 'labelMap' | 'plainWord'> & { labelMap?: string; wordPrior?: boolean };
  labels?: readonly Label[];
  operators?: OperatorTableSpec;
  keys?: KeyRing;
  defaultTenant?: string;
  /** Detector ids to leave out, e.g. `rules:ip`. */
  disableDetectors?: readonly string[];
  /** Data-subject request: the requester's own values per label, kept readable (see createRedactor `keepOwnData`). */
  keepOwnData?: DataSubjectValues;
  /** ES modules exporting `createDetectors(): Detector[]`, loaded in every worker (detector objects cannot cross threads). */
  detectorModules?: readonly string[];
  /** Calls per task in {@link PooledRedactor.redactMany}; default 8. */
  batchCalls?: number;
  /** Tasks queued or running at most; further submissions wait. Default 2 x workers. */
  maxQueue?: number;
}

/** Result for one item of {@link PooledRedactor.redactMany}: the redacted call or the error (safe to print). */
export type PoolOutcome<T> = { item: T; value?: RedactedTranscript; error?: RedactError };

/** A redactor whose work runs in worker threads; output order is the input order. */
export interface PooledRedactor {
  /** Redacts one call (one task). */
  redactTranscript(transcript: Transcript): Promise<RedactedTranscript>;
  /**
   * Redacts a stream in input order with bounded memory: `select` picks the call of
   * an item (undefined passes the item through untouched, e.g. an unreadable line).
   */
  redactMany<T>(items: AsyncIterable<T> | Iterable<T>, select: (item: T) => Transcript | undefined): AsyncGenerator<PoolOutcome<T>>;
  /** Counts merged from all workers (never values). */
  readonly stats: RedactionStats;
  readonly workers: number;
  /** Tasks queued or running now, and the most there ever were. */
  readonly inFlight: number;
  readonly peakInFlight: number;
  /** The worker threads (for diagnostics and tests). */
  readonly threads: readonly { terminate(): Promise<number> }[];
  /** Stops the workers after the running tasks. */
  close(): Promise<void>;
}

/** The compiled worker: next to this file when built, in dist/ when this file runs from src/ (vitest). */
function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = join(rulesPath(), '..', 'dist', 'src', 'pool', 'worker.js');
  if (existsSync(built)) return built;
  throw new ConfigError(`pool: worker ${here} not found; run \`npm run build\` first`);
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new ConfigError(`${name}: expected an integer >= 1, got ${String(value)}`);
  return v;
}

/**
 * Starts a pool of worker threads, each with its own rule detectors and ONNX
 * session loaded once, and checks that a worker can build its redactor.
 *
 * @param options - workers, model, redactor settings, queue limits
 * @returns the pooled redactor; `close()` it when done
 * @throws ConfigError when an option is invalid or a worker cannot load the model or rules
 * @example
 * const pool = await createPooledRedactor({ workers: 2, model: findDefaultModelDir() ?? null });
 * for await (const { value } of pool.redactMany(calls, (c) => c)) if (value) out.write(`${JSON.stringify(value)}\n`); // redacted only
 * await pool.close();
 */
export async function createPooledRedactor(options: PooledRedactorOptions): Promise<PooledRedactor> {
  const workers = positiveInt('workers', options.workers, availableParallelism());
  const batchCalls = positiveInt('batchCalls', options.batchCalls, 8);
  const maxQueue = positiveInt('maxQueue', options.maxQueue, 2 * workers);
  const material = options.keys?.exportMaterial();
  const config: WorkerConfig = {
    labels: options.labels,
    operators: options.operators,
    defaultTenant: options.defaultTenant,
    keys: material ? { active: material.active, keys: material.keys } : undefined,
    disableDetectors: options.disableDetectors,
    keepOwnData: options.keepOwnData,
    rules: options.rules,
    model: options.model,
    // Cores are shared: each worker's ONNX session gets its slice, so threads do not oversubscribe.
    ner: { ...options.ner, threads: options.ner?.threads ?? Math.max(1, Math.floor(availableParallelism() / workers)) },
    detectorModules: options.detectorModules,
  };
  const piscina = new Piscina({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    // The pool's own limit (below) admits at most maxQueue tasks, so piscina never rejects one.
    maxQueue,
    workerData: config,
  });
  const pool = new WorkerPool(piscina, workers, maxQueue, batchCalls);
  try {
    await pool.probe();
  } catch (error) {
    await piscina.destroy();
    throw error;
  }
  return pool;
}

class WorkerPool implements PooledRedactor {
  readonly stats = new RedactionStats();
  readonly workers: number;
  #inFlight = 0;
  #peak = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #piscina: Piscina;
  readonly #maxQueue: number;
  readonly #batchCalls: number;

  constructor(piscina: Piscina, workers: number, maxQueue: number, batchCalls: number) {
    this.#piscina = piscina;
    this.workers = workers;
    this.#maxQueue = maxQueue;
    this.#batchCalls = batchCalls;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get peakInFlight(): number {
    return this.#peak;
  }

  get threads(): readonly { terminate(): Promise<number> }[] {
    return this.#piscina.threads;
  }

  async probe(): Promise<void> {
    try {
      await this.#submit({ calls: [], probe: true });
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^worker could not start: /, '') : 'unknown error';
      throw new ConfigError(`pool: a worker could not start: ${detail}`);
    }
  }

  async redactTranscript(transcript: Transcript): Promise<RedactedTranscript> {
    const [outcome] = await this.#redactBatch([transcript]);
    if (!outcome.ok) throw new RedactError(outcome.code as RedactError['code'], outcome.message);
    return outcome.value;
  }

  async *redactMany<T>(items: AsyncIterable<T> | Iterable<T>, select: (item: T) => Transcript | undefined): AsyncGenerator<PoolOutcome<T>> {
    const run = async (batch: T[]): Promise<PoolOutcome<T>[]> => {
      const calls: Transcript[] = [];
      for (const item of batch) {
        const call = select(item);
        if (call) calls.push(call);
      }
      const outcomes = calls.length > 0 ? await this.#redactBatch(calls) : [];
      const results: PoolOutcome<T>[] = [];
      let k = 0;
      for (const item of batch) {
        if (!select(item)) {
          results.push({ item });
          continue;
        }
        const outcome = outcomes[k++];
        results.push(outcome.ok ? { item, value: outcome.value } : { item, error: new RedactError(outcome.code as RedactError['code'], outcome.message) });
      }
      return results;
    };
    yield* orderedMap(items, run, { batchSize: this.#batchCalls, window: this.#maxQueue });
  }

  async close(): Promise<void> {
    await this.#piscina.close();
  }

  /**
   * Runs calls as one task. When the task itself fails (a worker died), each
   * call is retried alone once, so one poisonous call cannot take its batch
   * with it; a call that fails again gets an error outcome and NO output.
   */
  async #redactBatch(calls: Transcript[]): Promise<CallOutcome[]> {
    try {
      return await this.#submit({ calls });
    } catch {
      const outcomes: CallOutcome[] = [];
      for (const call of calls) {
        try {
          outcomes.push(...(await this.#submit({ calls: [call] })));
        } catch {
          outcomes.push({ ok: false, code: 'E_INTERNAL', message: 'worker failed while redacting this call (crashed or exited); no output written' });
        }
      }
      return outcomes;
    }
  }

  async #submit(task: WorkerTask): Promise<CallOutcome[]> {
    while (this.#inFlight >= this.#maxQueue) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#inFlight++;
    if (this.#inFlight > this.#peak) this.#peak = this.#inFlight;
    try {
      const result = (await this.#piscina.run(task)) as WorkerResult;
      this.stats.merge(result.stats);
      return result.outcomes;
    } finally {
      this.#inFlight--;
      this.#waiting.shift()?.(); // wake one waiter for the freed slot
    }
  }
}
