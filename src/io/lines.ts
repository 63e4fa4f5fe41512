import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/** One line of input with its 1-based line number. */
export interface NumberedLine {
  line: number;
  text: string;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines and decodes each as strict UTF-8, so invalid
 * bytes are reported with their line instead of silently turning into U+FFFD
 * (readline would do that). Memory stays bounded by the longest line.
 *
 * @param input a byte stream (file or stdin)
 * @param file the name used in error messages
 */
export async function* readLines(input: Readable, file: string): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let line = 0;
  const decode = (bytes: Buffer): string => {
    try {
      let text = decoder.decode(bytes);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      // A UTF-8 byte-order mark is allowed on the first line only.
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return text;
    } catch {
      throw new InputError({ file, line }, 'invalid UTF-8');
    }
  };
  for await (const chunk of input) {
    const buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(NEWLINE, from); nl >= 0; nl = buffer.indexOf(NEWLINE, from)) {
      pending.push(buffer.subarray(from, nl));
      line++;
      yield { line, text: decode(pending.length === 1 ? pending[0] : Buffer.concat(pending)) };
      pending = [];
      from = nl + 1;
    }
    if (from < buffer.length) pending.push(buffer.subarray(from));
  }
  if (pending.length > 0) {
    line++;
    const text = decode(Buffer.concat(pending));
    if (text.length > 0) yield { line, text };
  }
}
