/**
 * Throughput benchmark (SPEC §5: input characters per second and transcripts
 * per second for a stated corpus): the rules-only pipeline on one core, or
 * the full pipeline (rules + NER model) in the worker pool.
 *
 *   npm run bench                       # rules only, 1 thread; 5,000 synthetic test-split calls (seed 11), one pass
 *   npm run bench -- --calls 10000      # more calls
 *   npm run bench -- --corpus FILE      # your own SPEC JSONL, one pass
 *   npm run bench -- --warmup 0         # include JIT warm-up (default: 5,000 other calls first)
 *   npm run bench -- --model default --workers 2   # rules + the shipped model in a 2-worker pool
 *   npm run bench -- --model DIR --workers 2       # rules + another model folder
 *
 * Every call is distinct, so per-value caches cannot flatter the figure the way
 * repeating a small corpus would.
 *
 * Prints a Markdown table row for benchmarks/RESULTS.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRuleDetectors } from '../src/detect/index.js';
import { findDefaultModelDir } from '../src/ner/model-dir.js';
import { createRedactor } from '../src/pipeline/redactor.js';
import { createPooledRedactor } from '../src/pool/index.js';
import { generateCalls } from '../src/synth/index.js';
import type { Transcript } from '../src/types.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const corpusFile = arg('corpus', '');
const callCount = Number(arg('calls', '5000'));

function withoutGold(raw: Transcript & { entities?: unknown }): Transcript {
  const { entities: _gold, caller_id: _caller, ...call } = raw;
  return call as Transcript;
}

const calls: Transcript[] = corpusFile
  ? readFileSync(corpusFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => withoutGold(JSON.parse(line) as Transcript))
  : [...generateCalls({ n: callCount, seed: 11, split: 'test' })].map(withoutGold);
const corpusName = corpusFile || `synthetic test split, ${callCount} calls, seed 11`;
const warmup = [...generateCalls({ n: Number(arg('warmup', '5000')), seed: 99, split: 'train' })].map(withoutGold);
const chars = calls.reduce((n, c) => n + c.turns.reduce((m, t) => m + t.text.length, 0), 0);

const modelArg = arg('model', 'none');
const model = modelArg === 'none' ? null : modelArg === 'default' ? (findDefaultModelDir() ?? null) : modelArg;
if (modelArg !== 'none' && !model) throw new Error('--model default: no model folder in models/');
const workers = Number(arg('workers', '1'));
const pooled = model !== null || workers > 1;

/** Redacts every call once, in order. */
type Run = (batch: readonly Transcript[]) => Promise<void>;

const rssBefore = process.memoryUsage().rss;
const startedBuild = performance.now();
let run: Run;
let close = async (): Promise<void> => undefined;
if (pooled) {
  const pool = await createPooledRedactor({ workers, model });
  run = async (batch) => {
    for await (const outcome of pool.redactMany(batch, (call) => call)) {
      if (outcome.error) throw new Error(`call ${outcome.item.id}: ${outcome.error.message}`);
    }
  };
  close = () => pool.close();
} else {
  const redactor = createRedactor({ detectors: createRuleDetectors() });
  run = async (batch) => {
    for (const call of batch) await redactor.redactTranscript(call);
  };
}
const buildMs = performance.now() - startedBuild;

// Warm-up on other calls so the JIT has compiled the hot paths before timing.
await run(warmup);

const started = performance.now();
const cpuStarted = process.cpuUsage();
await run(calls);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Worker threads live in this process: RSS growth since before the pool started, per worker.
const rss = process.memoryUsage().rss;
await close();

const pipeline = model ? `rules + NER (${model.split(/[\\/]/).pop()})` : 'rules only';
console.log(`corpus: ${corpusName} (${calls.length} calls, ${(chars / 1e6).toFixed(2)} M chars), one pass`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), node ${process.version}, ${pooled ? `${workers} worker thread(s)` : '1 thread'}`);
console.log(
  `start-up: ${buildMs.toFixed(0)} ms; rss ${(rss / 2 ** 20).toFixed(0)} MiB` +
    (pooled ? `, ${((rss - rssBefore) / workers / 2 ** 20).toFixed(0)} MiB per worker (RSS growth / workers)` : ''),
);
console.log('');
console.log('| pipeline | threads | MB/s (chars, wall) | MB/s (chars, CPU time) | calls/s | chars | seconds |');
console.log('|---|---|---|---|---|---|---|');
console.log(
  `| ${pipeline} | ${workers} | ${(chars / seconds / 1e6).toFixed(2)} | ${(chars / cpuSeconds / 1e6).toFixed(2)} | ${(calls.length / seconds).toFixed(0)} | ${chars} | ${seconds.toFixed(2)} |`,
);
