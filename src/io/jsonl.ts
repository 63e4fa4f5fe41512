import type { Readable, Writable } from 'node:stream';
import { RedactError } from '../errors.js';
import { readLines } from './lines.js';
import { parseTranscriptLine } from './transcript.js';
import type { InputItem, RecordSink } from './types.js';
import { finish, writeChunk } from './write.js';

/** Reads SPEC §2 JSON Lines; blank lines are skipped, bad lines become error items with their line. */
export async function* readJsonl(input: Readable, file: string): AsyncGenerator<InputItem> {
  for await (const { line, text } of readLines(input, file)) {
    if (text.trim().length === 0) continue;
    try {
      yield { kind: 'call', transcript: parseTranscriptLine(text, { file, line }), line };
    } catch (error) {
      if (!(error instanceof RedactError)) throw error;
      yield { kind: 'error', error, line };
    }
  }
}

/** Writes SPEC §4 JSON Lines. */
export function jsonlSink(output: Writable): RecordSink {
  return {
    write: (_item, redacted) => writeChunk(output, `${JSON.stringify(redacted)}\n`),
    close: () => finish(output),
  };
}
