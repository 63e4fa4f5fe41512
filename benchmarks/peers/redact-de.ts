/**
 * redact-de itself as a benchmark system: the rules-only pipeline, and the
 * rules plus the NER model when a model and the NER code are present.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Either a loaded NER detector or why there is none. */
export type NerLoad = { detector: Detector; modelDir: string } | { reason: string };

// The NER module is loaded by path at run time: it may not exist yet in a
// given checkout, and a static import would then break the build.
type NerModule = { createNerDetector?: (opts: { modelDir: string }) => Detector | Promise<Detector> };

/**
 * Looks for a model folder under `models/` (one holding an `.onnx` file) and
 * the compiled NER code (`dist/src/ner/index.js`, built from `src/ner`), and
 * loads the detector with `createNerDetector({ modelDir })`.
 *
 * @param repoRoot - the repository root
 * @param distRoot - the compiled output root (`dist`)
 * @returns the detector, or the reason it is not available
 */
export async function loadNerDetector(repoRoot: string, distRoot: string): Promise<NerLoad> {
  if (!existsSync(join(repoRoot, 'src', 'ner'))) return { reason: 'src/ner does not exist' };
  const modelDir = findModelDir(join(repoRoot, 'models'));
  if (!modelDir) return { reason: 'no model folder with an .onnx file under models/' };
  const entry = join(distRoot, 'src', 'ner', 'index.js');
  if (!existsSync(entry)) return { reason: 'dist/src/ner/index.js not built' };
  try {
    const mod = (await import(pathToFileURL(entry).href)) as NerModule;
    if (typeof mod.createNerDetector !== 'function') return { reason: 'src/ner exports no createNerDetector' };
    return { detector: await mod.createNerDetector({ modelDir }), modelDir };
  } catch (error) {
    return { reason: `loading the NER model failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The first (by name) folder under `models` that contains an `.onnx` file, searched two levels deep. */
function findModelDir(models: string): string | undefined {
  if (!existsSync(models)) return undefined;
  for (const name of readdirSync(models).sort()) {
    const dir = join(models, name);
    if (!statSync(dir).isDirectory()) continue;
    if (hasOnnx(dir)) return dir;
  }
  return undefined;
}

function hasOnnx(dir: string): boolean {
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.onnx')) return true;
    const sub = join(dir, name);
    if (statSync(sub).isDirectory() && readdirSync(sub).some((n) => n.endsWith('.onnx'))) return true;
  }
  return false;
}
