import { availableParallelism, endianness } from 'node:os';
import ort from 'onnxruntime-node';
import { ConfigError, RedactError } from '../errors.js';

// The input views below write int64 values as two int32 words, low word first.
if (endianness() !== 'LE') throw new Error('redact-de: NER needs a little-endian CPU');

/** Options of {@link NerSession.open}. */
export interface NerSessionOptions {
  /** Intra-op threads of onnxruntime; default: all cores (one process) — a pool passes cores / workers. */
  threads?: number;
}

/** Logits of one batch: `[batch, seq, classes]` row-major. Valid until the next run. */
export interface Logits {
  readonly data: Float32Array;
  readonly classes: number;
}

/**
 * One onnxruntime-node inference session over a token-classification model,
 * with int64 input buffers allocated once and reused for every batch.
 *
 * Not re-entrant: the input buffers are shared, so the owner (the NER
 * detector) runs one fill-run-read cycle at a time.
 */
export class NerSession {
  readonly #session: ort.InferenceSession;
  readonly #output: string;
  readonly #hasTypes: boolean;
  #ids = new BigInt64Array(0);
  #mask = new BigInt64Array(0);
  #types = new BigInt64Array(0);
  #ids32 = new Int32Array(0);
  #mask32 = new Int32Array(0);

  private constructor(session: ort.InferenceSession) {
    this.#session = session;
    const inputs = session.inputNames;
    for (const name of ['input_ids', 'attention_mask']) {
      if (!inputs.includes(name)) throw new ConfigError(`ONNX model: input ${name} missing (has ${inputs.join(', ')})`);
    }
    this.#hasTypes = inputs.includes('token_type_ids');
    this.#output = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];
  }

  /**
   * Loads an ONNX model.
   * @param path - .onnx file
   * @throws ConfigError when the file does not load or lacks input_ids / attention_mask
   */
  static async open(path: string, options: NerSessionOptions = {}): Promise<NerSession> {
    const threads = options.threads ?? availableParallelism();
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(path, {
        intraOpNumThreads: Math.max(1, threads),
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        // No busy-waiting between runs: JS work (tokenising, rules) runs between them and
        // spinning threads only steal its core (measured: 2 threads spinning cost 2x the CPU).
        extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
      });
    } catch (error) {
      throw new ConfigError(`${path}: cannot load the ONNX model (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`);
    }
    return new NerSession(session);
  }

  /**
   * The int64 input buffers, with room for `batch x seq` tokens, as Int32Array
   * views: position `k` is written as `ids[2k] = value; ids[2k + 1] = 0`
   * (little-endian low and high word). Writing through the views avoids one
   * heap BigInt per token. Positions past a row's length must hold the pad id and mask 0.
   */
  inputs(batch: number, seq: number): { ids: Int32Array; mask: Int32Array } {
    const n = batch * seq;
    if (this.#ids.length < n) {
      let size = Math.max(1024, this.#ids.length);
      while (size < n) size *= 2;
      this.#ids = new BigInt64Array(size);
      this.#mask = new BigInt64Array(size);
      this.#types = new BigInt64Array(size); // stays all zero: single-sequence input
      this.#ids32 = new Int32Array(this.#ids.buffer);
      this.#mask32 = new Int32Array(this.#mask.buffer);
    }
    return { ids: this.#ids32, mask: this.#mask32 };
  }

  /**
   * Runs the model on the first `batch x seq` positions of the input buffers.
   * Callers must not touch the buffers until the returned promise settles.
   */
  async run(batch: number, seq: number): Promise<Logits> {
    const n = batch * seq;
    const dims = [batch, seq];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', this.#ids.subarray(0, n), dims),
      attention_mask: new ort.Tensor('int64', this.#mask.subarray(0, n), dims),
    };
    if (this.#hasTypes) feeds.token_type_ids = new ort.Tensor('int64', this.#types.subarray(0, n), dims);
    let result: ort.InferenceSession.ReturnType;
    try {
      result = await this.#session.run(feeds, [this.#output]);
    } catch (error) {
      throw new RedactError('E_INTERNAL', `ONNX model: inference failed (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`);
    }
    const out = result[this.#output];
    if (out.type !== 'float32' || out.dims.length !== 3 || out.dims[0] !== batch || out.dims[1] !== seq) {
      throw new RedactError('E_INTERNAL', `ONNX model: output ${this.#output} must be float32 [batch, seq, labels], got ${out.type} [${out.dims.join(', ')}]`);
    }
    return { data: out.data as Float32Array, classes: out.dims[2] };
  }

  /** Frees the native session. */
  async release(): Promise<void> {
    await this.#session.release();
  }
}
