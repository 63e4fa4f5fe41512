import { createReadStream } from 'node:fs';
import { readJsonl } from '../io/jsonl.js';
import { KeyRing } from '../pseudonym/index.js';
import type { Detector, RedactedTranscript } from '../types.js';
import { buildRedactor } from './build-redactor.js';

/**
 * Runs the redactor over a gold file for `eval`. Pseudonyms are thrown away
 * there, so a random key is fine. Bad records stop the evaluation: a score
 * over a silently shortened file would mislead.
 */
export async function* redactGoldFile(gold: string, config: string | undefined, detectors: readonly Detector[]): AsyncGenerator<RedactedTranscript> {
  const redactor = buildRedactor({ config }, detectors, KeyRing.ephemeral());
  for await (const item of readJsonl(createReadStream(gold), gold)) {
    if (item.kind === 'error') throw item.error;
    yield await redactor.redactTranscript(item.transcript);
  }
}
