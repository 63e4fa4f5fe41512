/**
 * Throughput benchmark of the rules-only pipeline on one core (SPEC §5:
 * input characters per second and transcripts per second for a stated corpus).
 *
 *   npm run bench                       # corpus: fixtures/gold-test.jsonl, repeated to ~20 MB
 *   npm run bench -- --corpus FILE --mb 50
 *
 * Prints a Markdown table row for benchmarks/RESULTS.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRuleDetectors } from '../src/detect/index.js';
import { createRedactor } from '../src/pipeline/redactor.js';
import type { Transcript } from '../src/types.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const corpusFile = arg('corpus', 'fixtures/gold-test.jsonl');
const targetMb = Number(arg('mb', '20'));
const calls: Transcript[] = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const { entities: _gold, caller_id: _caller, ...call } = JSON.parse(line) as Transcript & { entities?: unknown };
    return call as Transcript;
  });
const charsPerPass = calls.reduce((n, c) => n + c.turns.reduce((m, t) => m + t.text.length, 0), 0);
const passes = Math.max(1, Math.ceil((targetMb * 1e6) / charsPerPass));

const startedBuild = performance.now();
const redactor = createRedactor({ detectors: createRuleDetectors() });
const buildMs = performance.now() - startedBuild;

// Warm-up pass so the JIT has compiled the hot paths before timing.
for (const call of calls) await redactor.redactTranscript(call);

const started = performance.now();
for (let p = 0; p < passes; p++) for (const call of calls) await redactor.redactTranscript(call);
const seconds = (performance.now() - started) / 1000;

const chars = charsPerPass * passes;
const mbPerSecond = chars / seconds / 1e6;
const memory = process.memoryUsage();
console.log(`corpus: ${corpusFile} (${calls.length} calls, ${(charsPerPass / 1e3).toFixed(0)} k chars) x ${passes} passes`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, 1 thread`);
console.log(`detector build: ${buildMs.toFixed(0)} ms; rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);
console.log('');
console.log('| pipeline | threads | MB/s (chars) | calls/s | chars | seconds |');
console.log('|---|---|---|---|---|---|');
console.log(
  `| rules only | 1 | ${mbPerSecond.toFixed(2)} | ${((calls.length * passes) / seconds).toFixed(0)} | ${chars} | ${seconds.toFixed(2)} |`,
);
