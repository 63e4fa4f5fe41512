/**
 * Accuracy benchmark: redact-de (rules only, and rules + NER when a model is
 * present) against the installable JavaScript peers on the same gold files,
 * scored with the project's SPEC §5 metrics.
 *
 *   npm run bench:accuracy
 *   npm run bench:accuracy -- --synth-calls 300 --germeval ../shared/data/germeval2014/NER-de-dev.tsv
 *
 * Corpora: the synthetic test split (fixtures/gold-test.jsonl, all labels)
 * and the GermEval 2014 dev set (PERSON only, read at run time, skipped when
 * absent). Writes the accuracy section of benchmarks/RESULTS.md (between
 * markers, the rest of the file is kept) and benchmarks/accuracy.svg.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRuleDetectors } from '../src/detect/index.js';
import { computeMetrics, type EvalSpan, type PredDoc } from '../src/eval/index.js';
import { generateCalls } from '../src/synth/index.js';
import type { Label } from '../src/types.js';
import { accuracyChartSvg } from './chart.js';
import { convertGermEval, type BenchCall } from './germeval.js';
import { createOpenRedactionSystem } from './peers/openredaction.js';
import { createRedactDeSystem, createRulesSystem, loadNerDetector } from './peers/redact-de.js';
import { createRedactPiiSystem } from './peers/redactpii.js';
import type { BenchSystem } from './peers/types.js';
import { renderAccuracySection, upsertSection, type CorpusInfo, type RunResult } from './results.js';

const kRepoRoot = fileURLToPath(new URL('../../', import.meta.url));
const kDistRoot = join(kRepoRoot, 'dist');
// Seed used only when the fixture is missing and the split is generated in-process.
const kFallbackSeed = 20260301;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const options = {
  synthFile: resolve(kRepoRoot, arg('synth', 'fixtures/gold-test.jsonl')),
  synthCalls: Number(arg('synth-calls', '1000')),
  germevalFile: resolve(kRepoRoot, arg('germeval', '../shared/data/germeval2014/NER-de-dev.tsv')),
  results: resolve(kRepoRoot, arg('results', 'benchmarks/RESULTS.md')),
  svg: resolve(kRepoRoot, arg('svg', 'benchmarks/accuracy.svg')),
};
if (!Number.isInteger(options.synthCalls) || options.synthCalls < 1) {
  throw new RangeError(`--synth-calls: expected a positive integer, got ${arg('synth-calls', '')}`);
}

interface Corpus {
  info: CorpusInfo;
  calls: BenchCall[];
  labels?: readonly Label[];
}

/** Reads the synthetic gold file (first N calls), or generates the split when the file is missing. */
function loadSynth(): Corpus {
  const name = 'synthetic test split';
  const rel = relative(kRepoRoot, options.synthFile);
  if (!existsSync(options.synthFile)) {
    const calls = [...generateCalls({ n: options.synthCalls, seed: kFallbackSeed, split: 'test' })].map(toBenchCall);
    return {
      info: { name, description: `${calls.length} calls generated in-process (${rel} absent): generateCalls({ n: ${calls.length}, seed: ${kFallbackSeed}, split: 'test' }); all labels` },
      calls,
    };
  }
  const lines = readFileSync(options.synthFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const calls = lines.slice(0, options.synthCalls).map((l) => toBenchCall(JSON.parse(l)));
  const sub = calls.length < lines.length ? `first ${calls.length} of ${lines.length} calls (subsampled to keep the run short)` : `all ${calls.length} calls`;
  return { info: { name, description: `${rel}, ${sub}; all labels` }, calls };
}

function toBenchCall(raw: unknown): BenchCall {
  const rec = raw as { id: string; turns: { speaker?: string; text: string }[]; entities?: EvalSpan[] };
  return {
    id: rec.id,
    turns: rec.turns.map((t) => ({ speaker: t.speaker ?? 'caller', text: t.text })),
    entities: (rec.entities ?? []).map((e) => ({ turn: e.turn, start: e.start, end: e.end, label: e.label })),
  };
}

function loadGermEval(): Corpus {
  const name = 'GermEval 2014 dev (PERSON)';
  if (!existsSync(options.germevalFile)) {
    return { info: { name, description: '', skipped: `${options.germevalFile} not found` }, calls: [] };
  }
  const calls = convertGermEval(readFileSync(options.germevalFile, 'utf8'));
  const spans = calls.reduce((n, c) => n + c.entities.length, 0);
  return {
    info: {
      name,
      description:
        `${relative(kRepoRoot, options.germevalFile)}, ${calls.length} sentences (one call with one turn each), ` +
        `${spans} PERSON spans from B-PER/I-PER (outer and embedded column); scored on PERSON only, so other labels' predictions are ignored`,
    },
    calls,
    labels: ['PERSON'],
  };
}

async function runSystem(system: BenchSystem, corpus: Corpus): Promise<RunResult> {
  const chars = corpus.calls.reduce((n, c) => n + c.turns.reduce((m, t) => m + t.text.length, 0), 0);
  const base = { system: { name: system.name, version: system.version, licence: system.licence }, corpus: corpus.info.name, calls: corpus.calls.length, chars };
  const pred: PredDoc[] = [];
  const started = performance.now();
  try {
    for (const call of corpus.calls) pred.push({ id: call.id, entities: await system.predict({ id: call.id, turns: call.turns }) });
  } catch (error) {
    // Messages are truncated and never include input text from here; peers' own messages are passed as they are.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, seconds: (performance.now() - started) / 1000, error: reason.slice(0, 200), notes: system.takeNotes?.() ?? [] };
  }
  const seconds = (performance.now() - started) / 1000;
  const report = computeMetrics(corpus.calls, pred, { labels: corpus.labels, goldFile: corpus.info.name, predFile: system.name });
  return { ...base, seconds, report, notes: system.takeNotes?.() ?? [] };
}

/**
 * Builds a system, or, when its construction throws (a broken rule file, a
 * peer that cannot load), a stand-in whose every prediction fails with that
 * reason, so the failure shows in the results instead of stopping the run.
 */
function tryCreate(name: string, make: () => BenchSystem): BenchSystem {
  try {
    return make();
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    return {
      name,
      version: 'unknown',
      licence: 'unknown',
      predict: () => Promise.reject(new Error(`construction failed: ${reason.name}: ${reason.message}`)),
    };
  }
}

async function buildSystems(unavailable: string[]): Promise<BenchSystem[]> {
  const systems: BenchSystem[] = [tryCreate('redact-de (rules)', createRulesSystem)];
  const ner = await loadNerDetector(kRepoRoot, kDistRoot);
  if ('detector' in ner) {
    const name = 'redact-de (rules + NER)';
    systems.push(tryCreate(name, () => createRedactDeSystem(name, [...createRuleDetectors(), ner.detector])));
    unavailable.push(`${name}: model ${relative(kRepoRoot, ner.modelDir)}`);
  } else {
    unavailable.push(`redact-de (rules + NER): model: not available (${ner.reason})`);
  }
  systems.push(
    tryCreate('openredaction (default)', () => createOpenRedactionSystem()),
    tryCreate('openredaction (preset gdpr)', () => createOpenRedactionSystem({ preset: 'gdpr' })),
    tryCreate('@redactpii/node', createRedactPiiSystem),
  );
  return systems;
}

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, node ${process.version}, ${platform()} ${release()}`;
}

function summaryLine(r: RunResult): string {
  if (!r.report) return `${r.system.name.padEnd(26)} ${r.corpus.padEnd(28)} FAILED ${r.error ?? ''}`;
  const m = r.report.micro;
  return (
    `${r.system.name.padEnd(26)} ${r.corpus.padEnd(28)} leak ${m.leakRate.toFixed(4)}  over ${r.report.overRedactionRate.toFixed(4)}  ` +
    `L-F1 ${m.lenient.f1.toFixed(4)}  F2 ${m.f2.toFixed(4)}  ${r.seconds.toFixed(1)} s`
  );
}

async function main(): Promise<void> {
  const unavailable: string[] = [];
  const systems = await buildSystems(unavailable);
  const corpora = [loadSynth(), loadGermEval()];
  const results: RunResult[] = [];
  for (const corpus of corpora) {
    if (corpus.info.skipped) {
      console.error(`skipping ${corpus.info.name}: ${corpus.info.skipped}`);
      continue;
    }
    for (const system of systems) {
      const result = await runSystem(system, corpus);
      results.push(result);
      console.error(summaryLine(result));
    }
  }
  const extra = process.argv.slice(2).join(' ');
  const section = renderAccuracySection({
    command: `npm run bench:accuracy${extra ? ` -- ${extra}` : ''}`,
    machine: machine(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    corpora: corpora.map((c) => c.info),
    results,
    unavailable,
    svgFile: relative(join(options.results, '..'), options.svg),
  });
  const existing = existsSync(options.results) ? readFileSync(options.results, 'utf8') : undefined;
  writeFileSync(options.results, upsertSection(existing, section));
  writeFileSync(options.svg, accuracyChartSvg(results, 'redact-de vs. JavaScript peers: micro leak rate, over-redaction, F2'));
  console.error(`wrote ${relative(kRepoRoot, options.results)} and ${relative(kRepoRoot, options.svg)}`);
}

await main();
