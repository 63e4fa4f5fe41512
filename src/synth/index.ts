/**
 * `redact-de synth`: realistic German call transcripts with exact gold spans
 * (SPEC §3) for fixtures, NER training data and leak-rate measurements.
 *
 * Train and test draw from disjoint scenario templates, utterance patterns
 * and names (stable hashes), so the test split measures generalisation.
 */
import { ConfigError } from '../errors.js';
import { buildCall, type GoldEntity, type GoldTranscript } from './call.js';
import { loadNamesDir } from './names-dir.js';
import { PoolRegistry } from './pattern.js';
import { hash32, type Split } from './rng.js';
import type { ScenarioDef } from './scenario-types.js';
import { COMPANY_POOLS, SCENARIOS, SHARED_POOLS } from './templates/index.js';

/** Public types of the generator. */
export type { GoldEntity, GoldTranscript, ScenarioDef, Split };

/** Options of {@link generateCalls}. */
export interface SynthOptions {
  /** Number of calls. */
  n: number;
  /** Seed: the same seed gives the same calls. */
  seed: number;
  split: Split;
  /** Folder of extra name lists (training data only). */
  namesDir?: string;
}

/**
 * Assigns scenario templates to splits: within each business, templates
 * sorted by hash go to test at every third position starting at 1, so every
 * business with two or more templates appears in both splits.
 */
export function scenariosFor(split: Split): ScenarioDef[] {
  const byBiz = new Map<string, ScenarioDef[]>();
  for (const s of SCENARIOS) {
    const list = byBiz.get(s.biz) ?? [];
    list.push(s);
    byBiz.set(s.biz, list);
  }
  const out: ScenarioDef[] = [];
  for (const list of byBiz.values()) {
    const sorted = [...list].sort((a, b) => hash32(a.id) - hash32(b.id) || (a.id < b.id ? -1 : 1));
    sorted.forEach((s, i) => {
      if ((i % 3 === 1) === (split === 'test')) out.push(s);
    });
  }
  return out;
}

let registry: PoolRegistry | undefined;

/** The pattern registry with every pool (built once). */
export function patternRegistry(): PoolRegistry {
  if (registry) return registry;
  const r = new PoolRegistry();
  for (const pools of SHARED_POOLS) r.add(pools);
  r.add(COMPANY_POOLS, true);
  const req: Record<string, readonly string[]> = {};
  for (const s of SCENARIOS) {
    req[`req:${s.id}`] = s.req;
    if (s.company) req[`company:${s.id}`] = s.company;
  }
  // A scenario's own phrasings follow the scenario's split, so they are not split again.
  r.add(req, true);
  registry = r;
  return r;
}

function checkOptions(o: SynthOptions): void {
  if (!Number.isInteger(o.n) || o.n < 0) throw new ConfigError(`synth: n must be a non-negative integer, got ${o.n}`);
  if (!Number.isInteger(o.seed)) throw new ConfigError(`synth: seed must be an integer, got ${o.seed}`);
  if (o.split !== 'train' && o.split !== 'test') throw new ConfigError(`synth: split must be "train" or "test", got ${String(o.split)}`);
}

/**
 * Generates `n` calls, deterministically per (seed, split). Each call is
 * checked before it is yielded: every gold span slices to its value and no
 * two spans of a turn overlap.
 * @param opts count, seed, split and optional names directory
 * @returns an iterable of gold transcripts
 * @throws ConfigError for bad options or an unreadable names directory
 * @example
 * for (const call of generateCalls({ n: 1, seed: 7, split: 'test' })) console.log(call.entities[0]);
 * // { turn: 3, start: 5, end: 13, label: 'PERSON' }
 */
export function* generateCalls(opts: SynthOptions): Iterable<GoldTranscript> {
  checkOptions(opts);
  const extra = opts.namesDir ? loadNamesDir(opts.namesDir, opts.split) : undefined;
  const scenarios = scenariosFor(opts.split);
  const reg = patternRegistry();
  for (let index = 0; index < opts.n; index++) {
    yield buildCall({ index, seed: opts.seed, split: opts.split, scenarios, registry: reg, extra });
  }
}
