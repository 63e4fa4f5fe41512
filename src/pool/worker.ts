/**
 * The piscina worker: builds one redactor (rule detectors + one ONNX session)
 * when the thread starts and reuses it for every task. Each task is a batch of
 * calls; a call that fails gets an error outcome (code + safe message) and no
 * output, the others of the task are unaffected.
 */
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { RedactError, safeMessage } from '../errors.js';
import { createRuleDetectors } from '../detect/index.js';
import { createNerDetector } from '../ner/ner-detector.js';
import { compileDataSubject } from '../pipeline/data-subject.js';
import { createRedactor, type Redactor } from '../pipeline/redactor.js';
import { KeyRing } from '../pseudonym/index.js';
import type { Detector } from '../types.js';
import type { CallOutcome, StatsDelta, WorkerConfig, WorkerResult, WorkerTask } from './protocol.js';

async function loadDetectorModule(specifier: string): Promise<Detector[]> {
  const url = specifier.startsWith('file:') ? specifier : pathToFileURL(specifier).href;
  const mod = (await import(url)) as { createDetectors?: () => Detector[] | Promise<Detector[]> };
  if (typeof mod.createDetectors !== 'function') throw new RedactError('E_CONFIG', `${specifier}: exports no createDetectors()`);
  return mod.createDetectors();
}

async function init(config: WorkerConfig): Promise<Redactor> {
  // Cheapest first, so a bad module or model fails the start quickly.
  const detectors: Detector[] = [];
  for (const specifier of config.detectorModules ?? []) detectors.push(...(await loadDetectorModule(specifier)));
  if (config.model) {
    // Warnings (dropped labels) were already shown by the main thread when it checked the model.
    const { wordPrior, ...ner } = config.ner ?? {};
    detectors.push(await createNerDetector(config.model, { ...ner, ...(wordPrior === false ? { plainWord: null } : {}), onWarning: () => undefined }));
  }
  if (config.rules !== false) detectors.unshift(...createRuleDetectors());
  const disabled = new Set(config.disableDetectors ?? []);
  return createRedactor({
    detectors: detectors.filter((d) => !disabled.has(d.id)),
    labels: config.labels,
    operators: config.operators,
    keys: config.keys ? KeyRing.fromKeys(config.keys.keys, config.keys.active) : undefined,
    defaultTenant: config.defaultTenant,
    ...(config.keepOwnData ? { keepOwnData: compileDataSubject(config.keepOwnData) } : {}),
  });
}

// Started once per thread; a failure is kept and reported by every task (fail closed, no output).
const ready: Promise<Redactor | Error> = init(workerData as WorkerConfig).catch((error: unknown) =>
  error instanceof Error ? error : new Error(String(error)),
);
let last: StatsDelta = { calls: 0, kept: 0, byLabel: {}, byDetector: {} };

function delta(now: StatsDelta): StatsDelta {
  const out: StatsDelta = { calls: now.calls - last.calls, kept: now.kept - last.kept, byLabel: {}, byDetector: {} };
  for (const [k, v] of Object.entries(now.byLabel)) if (v !== (last.byLabel[k] ?? 0)) out.byLabel[k] = v - (last.byLabel[k] ?? 0);
  for (const [k, v] of Object.entries(now.byDetector)) if (v !== (last.byDetector[k] ?? 0)) out.byDetector[k] = v - (last.byDetector[k] ?? 0);
  last = now;
  return out;
}

/** Redacts the calls of one task, in order. */
export default async function redactTask(task: WorkerTask): Promise<WorkerResult> {
  const redactor = await ready;
  if (redactor instanceof Error) {
    const code = redactor instanceof RedactError ? redactor.code : 'E_INTERNAL';
    throw new RedactError(code, `worker could not start: ${safeMessage(redactor)}`);
  }
  const outcomes: CallOutcome[] = [];
  if (!task.probe) {
    for (const call of task.calls) {
      try {
        outcomes.push({ ok: true, value: await redactor.redactTranscript(call) });
      } catch (error) {
        outcomes.push({ ok: false, code: error instanceof RedactError ? error.code : 'E_INTERNAL', message: safeMessage(error) });
      }
    }
  }
  return { outcomes, stats: delta(redactor.stats.toJSON()) };
}
