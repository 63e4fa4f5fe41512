import { basename } from 'node:path';
import { isPlainWord } from '../detect/person-plain-word.js';
import { ConfigError, RedactError } from '../errors.js';
import type { CallView, Detector, Label, Span } from '../types.js';
import { grow, IntRecords, TokenBuffer } from './buffers.js';
import { collectWords, decideWord, decodeBio, keepSeededRuns, type ClassTable, type WordAggregate, type WordPredictions } from './decode.js';
import { buildClassTable, parseLabelMap, readModelDir } from './model-dir.js';
import type { NerSession } from './session.js';
import type { AlignedTokenizer } from './tokenize-align.js';
import { planWindows, W_END, W_OWN_END, W_OWN_START, W_START } from './windows.js';

/** Options of {@link createNerDetector}. */
export interface NerDetectorOptions {
  /** Minimum probability mass of a label for a word to be an entity, 0..1. Default 0.85 (kNerDefaults). */
  threshold?: number;
  /** Model label -> SPEC label, as `B-PER=PERSON,LOC=O` or a parsed map; default: derived from id2label. */
  labelMap?: string | ReadonlyMap<string, Label | null>;
  /** onnxruntime intra-op threads; default all cores. A pool passes cores / workers. */
  threads?: number;
  /** Tokens per window without [CLS]/[SEP]; default min(126, the model's limit minus 2). */
  maxTokens?: number;
  /** Overlap of consecutive windows of a long turn; default min(128, maxTokens / 4). */
  stride?: number;
  /**
   * How a word's score comes from its pieces: `first` sub-token (default, the usual
   * HF convention), `max` over its pieces (recall: models trained with every piece
   * labelled often score the first piece of a rare name lowest), or `mean`.
   */
  aggregate?: WordAggregate;
  /**
   * Word prior: true for an ordinary word that is no name. Such a word becomes
   * an entity only at `plainThreshold`, and a turn with no other word (only
   * plain words, numbers, punctuation) is not run through the model at all,
   * which saves much of its cost on call transcripts. Default: `isPlainWord`
   * (src/detect/person-plain-word.ts, the PERSON rules' lexicons); null: no
   * prior, every word is open and every turn runs.
   */
  plainWord?: ((word: string) => boolean) | null;
  /** Threshold for plain words, 0..1; above 1 a plain word is never an entity. Default 0.99. */
  plainThreshold?: number;
  /**
   * Lower threshold for a word next to an entity word of the same label (hysteresis:
   * "Egino Weinert" at 0.95 and 0.6 stays whole); default: `threshold` (no extension).
   */
  extendThreshold?: number;
  /** Padded tokens per session.run (rows x longest window); default 8192. */
  batchTokens?: number;
  /** Receives load-time warnings (dropped model labels). Default: stderr. */
  onWarning?: (message: string) => void;
}

/** The NER detector: a {@link Detector} plus the resources it holds. */
export interface NerDetector extends Detector {
  /** Folder name of the model, for reports. */
  readonly model: string;
  /** Frees the ONNX session. */
  close(): Promise<void>;
}

/**
 * Defaults: thresholds (chosen for the shipped model on the kept-aside GermEval
 * fifth and the call gold sets, see its MODEL_CARD.md); window content (126 +
 * [CLS]/[SEP] = 128: small models are commonly trained on <= 128 tokens, and
 * attention cost grows with the square); padded tokens per run; rows per run;
 * max padded/real token ratio of a batch.
 */
export const kNerDefaults = Object.freeze({ threshold: 0.85, extendThreshold: 0.5, plainThreshold: 0.99, maxTokens: 126, batchTokens: 8192, maxRows: 64, maxPadding: 1.25 });

const kLetter = /\p{L}/u;

function checkNumber(name: string, value: number | undefined, min: number, max: number, integer: boolean): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new ConfigError(`${name}: expected ${integer ? 'an integer' : 'a number'} in ${min}..${max}, got ${String(value)}`);
  }
}

/**
 * Loads a token-classification model folder (transformers.js layout: config.json
 * with id2label, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx)
 * and returns a detector that labels words with it. Spans are in ORIGINAL
 * offsets and cover whole words; long turns are split into overlapping
 * windows, never truncated; all windows of a call are batched into few
 * session runs.
 *
 * @param modelDir - the model folder
 * @param options - threshold, label map, threads, window sizes
 * @returns the detector (id `ner`); call `close()` when done
 * @throws ConfigError when the folder, tokenizer, label map or model is unusable
 * @example
 * const ner = await createNerDetector('models/ner-de', { threshold: 0.5 });
 * const redactor = createRedactor({ detectors: [...createRuleDetectors(), ner] });
 * (await redactor.redactText('ich bin die anna weber')).text // 'ich bin die [PERSON_1]'
 */
export async function createNerDetector(modelDir: string, options: NerDetectorOptions = {}): Promise<NerDetector> {
  checkNumber('threshold', options.threshold, 0, 1, false);
  checkNumber('plainThreshold', options.plainThreshold, 0, 2, false);
  checkNumber('extendThreshold', options.extendThreshold, 0, 1, false);
  checkNumber('threads', options.threads, 1, 1024, true);
  checkNumber('maxTokens', options.maxTokens, 8, 100_000, true);
  checkNumber('batchTokens', options.batchTokens, 64, 10_000_000, true);
  if (options.aggregate !== undefined && !['first', 'max', 'mean'].includes(options.aggregate)) {
    throw new ConfigError(`aggregate: expected first, max or mean, got ${String(options.aggregate)}`);
  }
  const files = readModelDir(modelDir);
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`redact-de: warning: ${message}\n`));
  const labelMap = typeof options.labelMap === 'string' ? parseLabelMap(options.labelMap) : options.labelMap;
  const table = buildClassTable(files.config.id2label, labelMap, warn, `${modelDir}/config.json`);
  // Loaded on first use: rules-only users never load onnxruntime or transformers.js.
  const [{ NerSession }, { AlignedTokenizer }] = await Promise.all([import('./session.js'), import('./tokenize-align.js')]);
  const tokenizer = new AlignedTokenizer(files.tokenizerJson, files.tokenizerConfig, `${modelDir}/tokenizer.json`);
  const positions = Number(files.config.max_position_embeddings);
  // RoBERTa-family models reserve 2 positions for their padding offset.
  const roberta = /roberta/i.test(String(files.config.model_type ?? '')) ? 2 : 0;
  const limits = [tokenizer.modelMaxLength, Number.isFinite(positions) && positions > 4 ? positions - roberta : undefined].filter((v): v is number => v !== undefined);
  const modelLimit = (limits.length ? Math.min(...limits) : 512) - 2;
  const maxTokens = options.maxTokens ?? Math.min(modelLimit, kNerDefaults.maxTokens);
  if (maxTokens > modelLimit) throw new ConfigError(`maxTokens: the model takes at most ${modelLimit} tokens per window, got ${maxTokens}`);
  const stride = options.stride ?? Math.min(128, maxTokens >> 2);
  checkNumber('stride', stride, 0, maxTokens >> 1, true);
  const session = await NerSession.open(files.onnxPath, { threads: options.threads });
  const detector = new OnnxNerDetector(basename(modelDir), session, tokenizer, table, {
    threshold: options.threshold ?? kNerDefaults.threshold,
    extendThreshold: Math.min(options.extendThreshold ?? kNerDefaults.extendThreshold, options.threshold ?? kNerDefaults.threshold),
    plainThreshold: options.plainThreshold ?? kNerDefaults.plainThreshold,
    plainWord: options.plainWord === undefined ? isPlainWord : (options.plainWord ?? undefined),
    aggregate: options.aggregate ?? 'first',
    maxTokens,
    stride,
    batchTokens: Math.max(options.batchTokens ?? kNerDefaults.batchTokens, maxTokens + 2),
  });
  await detector.checkOutput();
  return detector;
}

interface Settings {
  threshold: number;
  extendThreshold: number;
  plainThreshold: number;
  plainWord: ((word: string) => boolean) | undefined;
  aggregate: WordAggregate;
  maxTokens: number;
  stride: number;
  batchTokens: number;
}

class OnnxNerDetector implements NerDetector {
  readonly id = 'ner';
  readonly labels: readonly Label[];
  readonly model: string;
  readonly #session: NerSession;
  readonly #tokenizer: AlignedTokenizer;
  readonly #table: ClassTable;
  readonly #settings: Settings;
  /** What {@link collectWords} applies per word: the lower (extension) threshold; seeds are checked after. */
  readonly #wordSettings: Settings;
  // Per-call working memory, reused: see buffers.ts.
  readonly #tokens = new TokenBuffer();
  readonly #windows = new IntRecords(5, 256);
  #turnBounds = new Int32Array(64);
  /** Per token: 1 when it starts a plain word (word prior). */
  #plain = new Uint8Array(1024);
  /** Per turn: 1 when it has a word that is not plain, i.e. the model must see it. */
  #open = new Uint8Array(64);
  #order = new Int32Array(256);
  #decisions = new Int32Array(1024);
  #scores = new Float32Array(1024);
  #words: { starts: Int32Array; ends: Int32Array; decisions: Int32Array; scores: Float32Array } = {
    starts: new Int32Array(256),
    ends: new Int32Array(256),
    decisions: new Int32Array(256),
    scores: new Float32Array(256),
  };
  readonly #scratch: Float32Array;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(model: string, session: NerSession, tokenizer: AlignedTokenizer, table: ClassTable, settings: Settings) {
    this.model = model;
    this.#session = session;
    this.#tokenizer = tokenizer;
    this.#table = table;
    this.labels = Object.freeze([...table.labels]);
    this.#settings = settings;
    this.#scratch = new Float32Array(2 * table.tags.length + table.labels.length);
    this.#wordSettings = { ...settings, threshold: settings.extendThreshold };
  }

  /** One run on [CLS][SEP]: fails at load, not on the first call, when the output does not fit id2label. */
  async checkOutput(): Promise<void> {
    const { ids, mask } = this.#session.inputs(1, 2);
    ids.fill(0, 0, 4);
    mask.fill(0, 0, 4);
    ids[0] = this.#tokenizer.clsId;
    ids[2] = this.#tokenizer.sepId;
    mask[0] = mask[2] = 1;
    const logits = await this.#session.run(1, 2);
    if (logits.classes !== this.#table.tags.length) {
      throw new ConfigError(`${this.model}: the model outputs ${logits.classes} classes but config.json id2label has ${this.#table.tags.length}`);
    }
  }

  detect(call: CallView, out: Span[]): Promise<void> {
    // The working buffers are shared: calls run one after another.
    const next = this.#tail.then(() => this.#detect(call, out));
    this.#tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.#tail;
    await this.#session.release();
  }

  async #detect(call: CallView, out: Span[]): Promise<void> {
    // 1. Tokenise every turn into one buffer, with original offsets.
    const tokens = this.#tokens;
    tokens.reset();
    const turnCount = call.turns.length;
    this.#turnBounds = grow(this.#turnBounds, turnCount + 1);
    const bounds = this.#turnBounds;
    for (let t = 0; t < turnCount; t++) {
      bounds[t] = tokens.length;
      this.#tokenizer.tokenize(call.turns[t].text, tokens);
    }
    bounds[turnCount] = tokens.length;
    if (tokens.length === 0) return;
    this.#applyWordPrior(call, turnCount);
    // 2. Windows over each turn; a turn longer than the model's limit gets overlapping ones.
    const windows = this.#windows;
    windows.reset();
    const { maxTokens, stride } = this.#settings;
    for (let t = 0; t < turnCount; t++) {
      if (this.#open[t]) planWindows(t, bounds[t], bounds[t + 1], maxTokens, stride, tokens.wordStart, windows);
    }
    if (windows.count === 0) return;
    // 3. Batches of windows, longest first so rows of a batch pad little; decisions per word start.
    this.#decisions = grow(this.#decisions, tokens.length);
    this.#scores = grow(this.#scores, tokens.length);
    await this.#runWindows();
    // 4. Word predictions per turn, then BIO decoding into spans.
    for (let t = 0; t < turnCount; t++) if (this.#open[t]) this.#decodeTurn(t, bounds[t], bounds[t + 1], out);
  }

  /** Marks plain words and the turns that have another word (see `plainWord`); without a prior every turn is open. */
  #applyWordPrior(call: CallView, turnCount: number): void {
    const tokens = this.#tokens;
    const bounds = this.#turnBounds;
    this.#open = grow(this.#open, turnCount);
    this.#plain = grow(this.#plain, tokens.length);
    const isPlain = this.#settings.plainWord;
    if (!isPlain) {
      this.#open.fill(1, 0, turnCount);
      this.#plain.fill(0, 0, tokens.length);
      return;
    }
    for (let t = 0; t < turnCount; t++) {
      const text = call.turns[t].text;
      let open = 0;
      for (let i = bounds[t]; i < bounds[t + 1]; ) {
        const first = i;
        let end = tokens.ends[i];
        for (i++; i < bounds[t + 1] && !tokens.wordStart[i]; i++) if (tokens.ends[i] > end) end = tokens.ends[i];
        const word = text.slice(tokens.starts[first], end);
        // Numbers and punctuation are no names and leave a turn closed.
        const plain = !kLetter.test(word) || isPlain(word) ? 1 : 0;
        this.#plain[first] = plain;
        open |= plain ^ 1;
      }
      this.#open[t] = open;
    }
  }

  async #runWindows(): Promise<void> {
    const windows = this.#windows;
    const count = windows.count;
    this.#order = grow(this.#order, count);
    const order = this.#order.subarray(0, count);
    for (let w = 0; w < count; w++) order[w] = w;
    const data = windows.data;
    order.sort((a, b) => data[b * 5 + W_END] - data[b * 5 + W_START] - (data[a * 5 + W_END] - data[a * 5 + W_START]));
    const tokens = this.#tokens;
    const { clsId, sepId, padId } = this.#tokenizer;
    const table = this.#table;
    const classes = table.tags.length;
    for (let first = 0; first < count; ) {
      const longest = data[order[first] * 5 + W_END] - data[order[first] * 5 + W_START];
      const seq = longest + 2;
      // Rows are padded to the longest (first) one: stop adding rows once padding would
      // exceed kMaxPadding of the real tokens (turns range from 3 to 500 tokens).
      const maxRows = Math.min(count - first, kNerDefaults.maxRows, Math.max(1, Math.floor(this.#settings.batchTokens / seq)));
      let rows = 1;
      let real = seq;
      while (rows < maxRows) {
        const next = data[order[first + rows] * 5 + W_END] - data[order[first + rows] * 5 + W_START] + 2;
        if ((rows + 1) * seq > kNerDefaults.maxPadding * (real + next)) break;
        real += next;
        rows++;
      }
      const { ids, mask } = this.#session.inputs(rows, seq);
      for (let r = 0; r < rows; r++) {
        const w = order[first + r] * 5;
        const start = data[w + W_START];
        const len = data[w + W_END] - start;
        // Int32 views of int64 buffers: value in the even word, 0 in the odd one (session.ts).
        let o = 2 * r * seq;
        const rowEnd = 2 * (r + 1) * seq;
        ids.fill(0, o, rowEnd);
        mask.fill(0, o, rowEnd);
        ids[o] = clsId;
        mask[o] = 1;
        o += 2;
        for (let k = 0; k < len; k++, o += 2) {
          ids[o] = tokens.ids[start + k];
          mask[o] = 1;
        }
        ids[o] = sepId;
        mask[o] = 1;
        for (o += 2; o < rowEnd; o += 2) ids[o] = padId;
      }
      const logits = await this.#session.run(rows, seq);
      if (logits.classes !== classes) throw new RedactError('E_INTERNAL', `${this.model}: output has ${logits.classes} classes, expected ${classes}`);
      for (let r = 0; r < rows; r++) {
        const w = order[first + r] * 5;
        const start = data[w + W_START];
        const ownEnd = data[w + W_OWN_END];
        const everyPiece = this.#settings.aggregate !== 'first';
        for (let i = data[w + W_OWN_START]; i < ownEnd; i++) {
          if (!everyPiece && !tokens.wordStart[i]) continue;
          // Threshold 0: the best label and its mass; the threshold applies per word in #decodeTurn.
          this.#decisions[i] = decideWord(logits.data, (r * seq + (i - start) + 1) * classes, table, 0, this.#scratch);
          this.#scores[i] = this.#scratch[0];
        }
      }
      first += rows;
    }
  }

  #decodeTurn(turn: number, from: number, to: number, out: Span[]): void {
    const tokens = this.#tokens;
    const need = to - from;
    const words = this.#words;
    if (words.starts.length < need) {
      words.starts = grow(words.starts, need);
      words.ends = grow(words.ends, need);
      words.decisions = grow(words.decisions, need);
      words.scores = grow(words.scores, need);
    }
    const { threshold, extendThreshold } = this.#settings;
    const n = collectWords(tokens, from, to, this.#decisions, this.#scores, this.#wordSettings, words, this.#plain);
    if (extendThreshold < threshold) keepSeededRuns(words as WordPredictions, n, threshold);
    decodeBio(words as WordPredictions, 0, n, turn, this.#table, this.id, out);
  }
}
