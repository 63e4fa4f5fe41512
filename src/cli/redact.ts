import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { ConfigError, InputError, RedactError, safeMessage } from '../errors.js';
import { csvSink, readCsv, type CsvOptions } from '../io/csv.js';
import { jsonlSink, readJsonl } from '../io/jsonl.js';
import { readText, textSink } from '../io/text.js';
import type { InputItem, RecordSink } from '../io/types.js';
import type { RedactionStats } from '../pipeline/stats.js';
import type { Redactor } from '../pipeline/redactor.js';
import { createPooledRedactor } from '../pool/pool.js';
import type { Detector, RedactedTranscript } from '../types.js';
import { buildRedactor, redactorSettings } from './build-redactor.js';
import { resolveKeys } from './keys.js';
import { checkModel, createCliNerDetector, parsePlainThreshold, parseThreshold, parseWorkers, resolveModel, type NerCliOptions } from './ner-options.js';

/** Options of `redact-de redact`, as commander parses them. */
export interface RedactCommandOptions extends NerCliOptions {
  output?: string;
  format: 'jsonl' | 'text' | 'csv';
  labels?: string;
  operator: string[];
  config?: string;
  report?: string;
  keyFile?: string;
  tenant?: string;
  keepSubject?: string;
  failFast?: boolean;
  progress?: boolean;
  textColumn: string;
  idColumn?: string;
  speakerColumn?: string;
  callerColumn?: string;
  tenantColumn?: string;
  csvRows: 'turn' | 'call';
}

interface Failure {
  line: number;
  code: string;
  message: string;
}

function openInput(input: string | undefined): { stream: Readable; name: string } {
  if (!input || input === '-') return { stream: process.stdin, name: '<stdin>' };
  if (!existsSync(input)) throw new InputError({ file: input }, 'no such file');
  return { stream: createReadStream(input), name: input };
}

function readItems(format: RedactCommandOptions['format'], stream: Readable, name: string, csv: CsvOptions): AsyncGenerator<InputItem> {
  if (format === 'text') return readText(stream, name);
  if (format === 'csv') return readCsv(stream, name, csv);
  return readJsonl(stream, name);
}

function openSink(format: RedactCommandOptions['format'], output: Writable, csv: CsvOptions): RecordSink {
  if (format === 'text') return textSink(output);
  if (format === 'csv') return csvSink(output, csv);
  return jsonlSink(output);
}

/** One input item with what became of it: the redacted call, or the error that stopped it. */
interface Outcome {
  item: InputItem;
  value?: RedactedTranscript;
  error?: unknown;
}

/** Where the redaction runs: in this thread, or in a worker pool. */
interface Engine {
  readonly stats: RedactionStats;
  results(items: AsyncIterable<InputItem>): AsyncIterable<Outcome>;
  close(): Promise<void>;
}

async function* inProcess(items: AsyncIterable<InputItem>, redactor: Redactor): AsyncGenerator<Outcome> {
  for await (const item of items) {
    if (item.kind !== 'call') {
      yield { item };
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = { item, value: await redactor.redactTranscript(item.transcript) };
    } catch (error) {
      outcome = { item, error };
    }
    yield outcome;
  }
}

/**
 * Builds the engine for the flags: `--workers 1` (default) redacts in this
 * thread with one ONNX session using all cores; `--workers N` starts N worker
 * threads, each with its own rules and session (cores / N threads), and keeps
 * the input order. The model is checked here first so that its errors and
 * warnings appear once.
 */
async function createEngine(options: RedactCommandOptions, ruleDetectors: RuleDetectors): Promise<Engine> {
  const keys = resolveKeys(options.keyFile);
  const warn = (message: string): boolean => process.stderr.write(`redact-de: warning: ${message}\n`);
  const model = resolveModel(options, (message) => process.stderr.write(`redact-de: ${message}\n`));
  const workers = parseWorkers(options.workers);
  const threshold = parseThreshold(options.nerThreshold);
  if (workers > 1) {
    const settings = redactorSettings(options);
    buildRedactor(options, [], keys); // validates operators and keys here, before any worker starts
    if (model) checkModel(model, options.labelMap, warn);
    const pool = await createPooledRedactor({
      workers,
      model,
      ner: { threshold, plainThreshold: parsePlainThreshold(options.nerPlainThreshold), aggregate: options.nerAggregate, ...(options.labelMap ? { labelMap: options.labelMap } : {}) },
      labels: settings.labels,
      operators: settings.operators,
      keys,
      defaultTenant: settings.defaultTenant,
      disableDetectors: settings.disableDetectors,
      keepOwnData: settings.keepOwnData,
    });
    return {
      stats: pool.stats,
      results: (items) => pool.redactMany(items, (item) => (item.kind === 'call' ? item.transcript : undefined)),
      close: () => pool.close(),
    };
  }
  const ner = await createCliNerDetector(model, options, warn); // first: a bad model fails before rules load
  const detectors = [...(typeof ruleDetectors === 'function' ? ruleDetectors() : ruleDetectors)];
  if (ner) detectors.push(ner);
  const redactor = buildRedactor(options, detectors, keys);
  return { stats: redactor.stats, results: (items) => inProcess(items, redactor), close: async () => ner?.close() };
}

/** Rule detectors, or a factory for them (not called when workers build their own). */
export type RuleDetectors = readonly Detector[] | (() => readonly Detector[]);

/**
 * Runs `redact-de redact`: streams calls from the input through the redactor
 * into the output, in input order. A record that cannot be read or redacted is
 * reported on stderr (file, line, field; never its content) and not written;
 * with --fail-fast the run stops there. Returns the exit code.
 */
export async function runRedact(input: string | undefined, options: RedactCommandOptions, ruleDetectors: RuleDetectors): Promise<number> {
  if (!['jsonl', 'text', 'csv'].includes(options.format)) throw new ConfigError(`--format: expected jsonl, text or csv, got "${options.format}"`);
  const { stream, name } = openInput(input);
  const engine = await createEngine(options, ruleDetectors);
  const csv: CsvOptions = {
    textColumn: options.textColumn,
    idColumn: options.idColumn,
    speakerColumn: options.speakerColumn,
    callerColumn: options.callerColumn,
    tenantColumn: options.tenantColumn,
    rows: options.csvRows,
  };
  const failures: Failure[] = [];
  const started = Date.now();
  let lastProgress = started;
  let worst: 0 | 1 | 2 = 0;
  try {
    const output = options.output && options.output !== '-' ? createWriteStream(options.output) : process.stdout;
    const sink = openSink(options.format, output, csv);
    try {
      for await (const outcome of engine.results(readItems(options.format, stream, name, csv))) {
        const { item } = outcome;
        let error: unknown = item.kind === 'error' ? item.error : outcome.error;
        if (item.kind === 'call' && outcome.value) {
          try {
            await sink.write(item, outcome.value);
          } catch (caught) {
            error = caught;
          }
        }
        if (error !== undefined) {
          const code = error instanceof RedactError ? error.code : 'E_INTERNAL';
          const message = error instanceof InputError ? error.message : `${name}:${item.line}: ${safeMessage(error)}`;
          failures.push({ line: item.line, code, message });
          process.stderr.write(`redact-de: ${message}\n`);
          worst = Math.max(worst, code === 'E_INTERNAL' ? 1 : 2) as 1 | 2;
          if (options.failFast) break;
        }
        if (options.progress && Date.now() - lastProgress > 1000) {
          lastProgress = Date.now();
          const seconds = (lastProgress - started) / 1000;
          process.stderr.write(`redact-de: ${engine.stats.calls} calls, ${(engine.stats.calls / seconds).toFixed(0)} calls/s\n`);
        }
      }
    } finally {
      await sink.close();
    }
  } finally {
    await engine.close();
  }
  if (options.report) {
    const report = { input: name, ...engine.stats.toJSON(), failed: failures, durationMs: Date.now() - started };
    await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (engine.stats.calls === 0 && failures.length === 0) process.stderr.write(`redact-de: ${name}: no calls in input\n`);
  return worst === 1 ? 1 : worst;
}
