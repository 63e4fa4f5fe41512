import type { Readable, Writable } from 'node:stream';
import type { Transcript, Turn } from '../types.js';
import { readLines } from './lines.js';
import type { InputItem, RecordSink } from './types.js';
import { finish, writeChunk } from './write.js';

const PREFIX = /^\s*(agent|anrufer|anruferin|caller|kunde|kundin)\s*:\s?/i;
const SPEAKERS: Readonly<Record<string, string>> = { agent: 'agent', anrufer: 'caller', anruferin: 'caller', caller: 'caller', kunde: 'caller', kundin: 'caller' };

/** A plain-text turn keeps its original prefix so output lines look like input lines. */
export interface TextCarry {
  prefixes: string[];
}

/** Splits one line into a turn and the prefix it was written with (SPEC §2 plain text). */
export function parseTextTurn(line: string): { turn: Turn; prefix: string } {
  const match = PREFIX.exec(line);
  if (!match) return { turn: { speaker: 'caller', text: line }, prefix: '' };
  return { turn: { speaker: SPEAKERS[match[1].toLowerCase()], text: line.slice(match[0].length) }, prefix: match[0] };
}

/** Parses a whole call written as text, one turn per line. */
export function parseTextCall(id: string, text: string): { transcript: Transcript; carry: TextCarry } {
  const turns: Turn[] = [];
  const prefixes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().length === 0) continue;
    const parsed = parseTextTurn(line);
    turns.push(parsed.turn);
    prefixes.push(parsed.prefix);
  }
  return { transcript: { id, turns }, carry: { prefixes } };
}

/** Joins redacted turns back into text lines with their original prefixes. */
export function formatTextCall(turns: readonly Turn[], carry: TextCarry): string {
  return turns.map((turn, i) => `${carry.prefixes[i] ?? ''}${turn.text}`).join('\n');
}

/**
 * Reads plain text: one turn per line, a blank line ends a call (so a long
 * file of many calls streams in constant memory). Call ids are `<file>#<n>`.
 */
export async function* readText(input: Readable, file: string): AsyncGenerator<InputItem> {
  let turns: Turn[] = [];
  let prefixes: string[] = [];
  let firstLine = 0;
  let calls = 0;
  const flush = (): InputItem => {
    calls++;
    const item: InputItem = { kind: 'call', transcript: { id: `${file}#${calls}`, turns }, line: firstLine, carry: { prefixes } };
    turns = [];
    prefixes = [];
    return item;
  };
  for await (const { line, text } of readLines(input, file)) {
    if (text.trim().length === 0) {
      if (turns.length > 0) yield flush();
      continue;
    }
    if (turns.length === 0) firstLine = line;
    const parsed = parseTextTurn(text);
    turns.push(parsed.turn);
    prefixes.push(parsed.prefix);
  }
  if (turns.length > 0) yield flush();
}

/** Writes calls as text, blank line between calls. */
export function textSink(output: Writable): RecordSink {
  let first = true;
  return {
    async write(item, redacted) {
      const body = formatTextCall(redacted.turns, item.carry as TextCarry);
      await writeChunk(output, `${first ? '' : '\n'}${body}\n`);
      first = false;
    },
    close: () => finish(output),
  };
}
