import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for 'drain' when the stream buffers too much, so memory stays bounded. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Ends a stream and waits until everything is flushed (stdout is never ended, only drained). */
export async function finish(stream: Writable): Promise<void> {
  if (stream === process.stdout || stream === process.stderr) {
    if (stream.writableNeedDrain) await once(stream, 'drain');
    return;
  }
  stream.end();
  await once(stream, 'finish');
}
