/**
 * redact-de itself as a benchmark system: the rules-only pipeline, and the
 * rules plus the NER model when a model and the NER code are present.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRuleDetectors } from '../../src/detect/index.js';
import type { EvalSpan } from '../../src/eval/index.js';
import { createRedactor } from '../../src/pipeline/redactor.js';
import type { Detector } from '../../src/types.js';
import type { BenchInput, BenchSystem } from './types.js';

/**
 * Builds a redact-de system from detectors. The calls carry no `caller_id`,
 * so no keys are needed.
 *
 * @param name - display name
 * @param detectors - the detectors to run
 * @returns the system; its spans are the redactor's SPEC §4 `redactions`
 */
export function createRedactDeSystem(name: string, detectors: readonly Detector[]): BenchSystem {
  const redactor = createRedactor({ detectors });
  return {
    name,
    version: 'local',
    licence: 'MIT',
    async predict(call: BenchInput): Promise<EvalSpan[]> {
      const turns = call.turns.map((t) => ({ speaker: t.speaker, text: t.text }));
      const result = await redactor.redactTranscript({ id: call.id, turns });
      return result.redactions.map((r) => ({ turn: r.turn, start: r.start, end: r.end, label: r.label }));
    },
  };
}

/** The rules-only pipeline. */
export function createRulesSystem(): BenchSystem {
  return createRedactDeSystem('redact-de (rules)', createRuleDetectors());
}

/** A NER detector as src/ner builds it (see src/ner/ner-detector.ts). */
export type LoadedNer = Detector & { close?(): Promise<void> };

// The NER module is loaded by path at run time: it is optional in a given
// checkout, and a static import would tie the benchmark's build to it.
interface NerModule {
  createNerDetector?: (modelDir: string) => Promise<LoadedNer>;
  findDefaultModelDir?: (modelsRoot: string) => string | undefined;
}

async function importNer(distRoot: string): Promise<NerModule | string> {
  const entry = join(distRoot, 'src', 'ner', 'index.js');
  if (!existsSync(entry)) return 'dist/src/ner/index.js not built';
  const mod = (await import(pathToFileURL(entry).href)) as NerModule;
  if (typeof mod.createNerDetector !== 'function') return 'src/ner exports no createNerDetector';
  return mod;
}

/**
 * Finds the NER model without loading it: the NER code must exist (`src/ner`,
 * compiled to `dist/src/ner/index.js`) and a model folder: `modelDir` when
 * given, else the one `findDefaultModelDir` picks under `models/` (the same
 * choice the CLI makes without `--model`).
 *
 * @param repoRoot - the repository root
 * @param distRoot - the compiled output root (`dist`)
 * @param modelDir - an explicit model folder, or undefined for the default
 * @returns the model folder, or the reason there is none
 */
export async function findNerModel(repoRoot: string, distRoot: string, modelDir?: string): Promise<{ modelDir: string } | { reason: string }> {
  if (!existsSync(join(repoRoot, 'src', 'ner'))) return { reason: 'src/ner does not exist' };
  try {
    const mod = await importNer(distRoot);
    if (typeof mod === 'string') return { reason: mod };
    const dir = modelDir ?? mod.findDefaultModelDir?.(join(repoRoot, 'models'));
    return dir ? { modelDir: dir } : { reason: 'no model folder under models/' };
  } catch (error) {
    return { reason: `src/ner failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Loads the NER detector from a model folder found by {@link findNerModel}.
 *
 * @throws Error when the NER code or the model cannot be loaded
 */
export async function loadNerDetector(distRoot: string, modelDir: string): Promise<LoadedNer> {
  const mod = await importNer(distRoot);
  if (typeof mod === 'string') throw new Error(mod);
  return mod.createNerDetector!(modelDir);
}
