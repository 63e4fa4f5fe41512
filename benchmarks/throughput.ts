/**
 * Throughput benchmark of the rules-only pipeline on one core (SPEC §5:
 * input characters per second and transcripts per second for a stated corpus).
 *
 *   npm run bench                       # corpus: 5,000 synthetic test-split calls (seed 11), one pass
 *   npm run bench -- --calls 10000      # more calls
 *   npm run bench -- --corpus FILE      # your own SPEC JSONL, one pass
 *   npm run bench -- --warmup 0         # include JIT warm-up (default: 5,000 other calls first)
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
import { createRedactor } from '../src/pipeline/redactor.js';
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

const startedBuild = performance.now();
const redactor = createRedactor({ detectors: createRuleDetectors() });
const buildMs = performance.now() - startedBuild;

// Warm-up on other calls so the JIT has compiled the hot paths before timing.
for (const call of warmup) await redactor.redactTranscript(call);

const started = performance.now();
const cpuStarted = process.cpuUsage();
for (const call of calls) await redactor.redactTranscript(call);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const memory = process.memoryUsage();
console.log(`corpus: ${corpusName} (${calls.length} calls, ${(chars / 1e6).toFixed(2)} M chars), one pass`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), node ${process.version}, 1 thread`);
console.log(`detector build: ${buildMs.toFixed(0)} ms; rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);
console.log('');
console.log('| pipeline | threads | MB/s (chars, wall) | MB/s (chars, CPU time) | calls/s | chars | seconds |');
console.log('|---|---|---|---|---|---|---|');
console.log(
  `| rules only | 1 | ${(chars / seconds / 1e6).toFixed(2)} | ${(chars / cpuSeconds / 1e6).toFixed(2)} | ${(calls.length / seconds).toFixed(0)} | ${chars} | ${seconds.toFixed(2)} |`,
);
