/**
 * `redact-de synth`: writes synthetic German call transcripts with gold
 * spans (SPEC §3) as JSON Lines. Deterministic per (seed, split).
 *
 *   redact-de synth --n 1000 --seed 7 [--split train|test] [--names-dir DIR] -o gold.jsonl
 *
 * The committed fixtures are made with (test split, no names dir):
 *   redact-de synth --n 20 --seed 1 --split test -o fixtures/sample.jsonl
 *   redact-de synth --n 300 --seed 2 --split test -o fixtures/gold-test.jsonl
 * `--names-dir /work/shared/data/names` is for training data only.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ConfigError, exitCodeFor, safeMessage } from '../errors.js';
import { generateCalls, type SynthOptions } from '../synth/index.js';
import type { Label } from '../types.js';

/** Options of {@link runSynth}, one per CLI flag; commander hands numbers as strings. */
export interface SynthCommandOptions {
  /** Number of calls (`--n`), default 1000. */
  n?: number | string;
  /** Seed (`--seed`), default 1. */
  seed?: number | string;
  /** `--split train|test`, default train. */
  split?: string;
  /** `--names-dir DIR`: larger name lists read at run time (training data only). */
  namesDir?: string;
  /** `-o, --output FILE`; stdout when absent or "-". */
  output?: string;
}

/** Output streams of {@link runSynth}; defaults are the process's. */
export interface SynthDeps {
  stdout?: Writable;
  stderr?: (text: string) => void;
}

function intOption(raw: number | string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new ConfigError(`--${name}: expected an integer >= ${min}, got ${String(raw)}`);
  return n;
}

/**
 * Validates CLI options into generator options.
 * @throws ConfigError naming the option and the fix
 */
export function parseSynthOptions(o: SynthCommandOptions): SynthOptions {
  const split = o.split ?? 'train';
  if (split !== 'train' && split !== 'test') throw new ConfigError(`--split: expected "train" or "test", got ${split}`);
  return { n: intOption(o.n, 'n', 1000, 0), seed: intOption(o.seed, 'seed', 1, -(2 ** 31)), split, namesDir: o.namesDir };
}

/**
 * Generates calls and writes them as JSON Lines, then prints a one-line
 * summary (counts per label, never values) to stderr.
 *
 * Steps: 1. validate options; 2. open the output; 3. generate and write
 * each call (each is self-checked: spans slice to their values); 4. summary.
 *
 * @param options - the command-line options
 * @param deps - output streams (tests pass their own)
 * @returns the exit code: 0 ok, 2 bad options, 1 internal error
 * @example
 * await runSynth({ n: 20, seed: 1, split: 'test', output: 'fixtures/sample.jsonl' });
 * // stderr: redact-de synth: 20 calls (split test, seed 1) -> fixtures/sample.jsonl: 171 entities (PERSON 82, ...)
 */
export async function runSynth(options: SynthCommandOptions, deps: SynthDeps = {}): Promise<number> {
  const log = deps.stderr ?? ((t: string) => process.stderr.write(t));
  let out: Writable | undefined;
  let ownStream = false;
  try {
    const opts = parseSynthOptions(options);
    const target = options.output && options.output !== '-' ? options.output : undefined;
    if (target) {
      out = createWriteStream(target, { encoding: 'utf8' });
      ownStream = true;
      try {
        await once(out, 'open');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new ConfigError(`--output: cannot write ${target} (${code}); check that the folder exists and is writable`);
      }
    } else out = deps.stdout ?? process.stdout;
    const counts = new Map<Label, number>();
    let calls = 0;
    let entities = 0;
    for (const call of generateCalls(opts)) {
      calls++;
      entities += call.entities.length;
      for (const e of call.entities) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
      if (!out.write(`${JSON.stringify(call)}\n`)) await once(out, 'drain');
    }
    if (ownStream) {
      out.end();
      await once(out, 'finish');
    }
    const perLabel = [...counts].sort((a, b) => b[1] - a[1]).map(([l, c]) => `${l} ${c}`).join(', ');
    log(`redact-de synth: ${calls} calls (split ${opts.split}, seed ${opts.seed}) -> ${target ?? 'stdout'}: ${entities} entities (${perLabel})\n`);
    return 0;
  } catch (error) {
    if (ownStream && out) out.destroy();
    log(`redact-de synth: ${safeMessage(error)}\n`);
    return exitCodeFor(error);
  }
}
