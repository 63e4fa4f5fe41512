/**
 * Worker thread of the accuracy benchmark: builds one system, predicts every
 * call of one corpus and posts the predictions back. Running each system in
 * its own worker lets the main thread stop a system that hangs or runs past
 * its time budget and report it as failed, instead of waiting forever on
 * synchronous detector code.
 *
 * Messages to the parent: `{ kind: 'progress', done }` every 25 calls, then
 * one `{ kind: 'done', pred, notes, seconds }` or `{ kind: 'error', error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { PredDoc } from '../src/eval/index.js';
import type { BenchInput } from './peers/types.js';
import { createSystem, type SystemContext, type SystemId } from './systems.js';

/** What the parent passes in `workerData`. */
export interface WorkerInput {
  system: SystemId;
  ctx: SystemContext;
  calls: BenchInput[];
}

/** What the worker posts. */
export type WorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; pred: PredDoc[]; notes: string[]; seconds: number }
  | { kind: 'error'; error: string };

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}

async function run(input: WorkerInput): Promise<WorkerMessage> {
  let system;
  try {
    system = await createSystem(input.system, input.ctx);
  } catch (error) {
    return { kind: 'error', error: `construction failed: ${describe(error)}` };
  }
  const pred: PredDoc[] = [];
  const started = performance.now();
  try {
    for (let i = 0; i < input.calls.length; i++) {
      const call = input.calls[i];
      pred.push({ id: call.id, entities: await system.predict(call) });
      if ((i + 1) % 25 === 0) parentPort!.postMessage({ kind: 'progress', done: i + 1 } satisfies WorkerMessage);
    }
  } catch (error) {
    return { kind: 'error', error: `failed at call ${pred.length + 1} of ${input.calls.length}: ${describe(error)}` };
  }
  return { kind: 'done', pred, notes: system.takeNotes?.() ?? [], seconds: (performance.now() - started) / 1000 };
}

if (parentPort) parentPort.postMessage(await run(workerData as WorkerInput));
