import type { Readable, Writable } from 'node:stream';
import { format, parse } from 'fast-csv';
import { InputError } from '../errors.js';
import type { Transcript, Turn } from '../types.js';
import type { InputItem, RecordSink } from './types.js';
import { finish } from './write.js';
import { formatTextCall, parseTextCall, type TextCarry } from './text.js';

/** Which CSV columns hold what, and whether a row is a turn or a whole call. */
export interface CsvOptions {
  textColumn: string;
  idColumn?: string;
  speakerColumn?: string;
  callerColumn?: string;
  tenantColumn?: string;
  /** `turn`: one row per turn, consecutive rows with the same id form a call. `call`: one row per call. */
  rows: 'turn' | 'call';
}

type Row = Record<string, string>;

interface CsvCarry {
  rows: Row[];
  text?: TextCarry;
}

/**
 * Reads a CSV export. Row numbers count the header as line 1 (a quoted field
 * with line breaks makes them differ from physical lines). A missing column
 * is an error for the whole file, as every row would fail the same way.
 */
export async function* readCsv(input: Readable, file: string, options: CsvOptions): AsyncGenerator<InputItem> {
  const rows = input.pipe(parse<Row, Row>({ headers: true, ignoreEmpty: true }));
  let group: Row[] = [];
  let groupLine = 0;
  let rowLine = 1;
  let checked = false;
  let calls = 0;
  const build = (): InputItem => {
    calls++;
    const first = group[0];
    const id = (options.idColumn && first[options.idColumn]) || `${file}#${calls}`;
    let transcript: Transcript;
    let carry: CsvCarry;
    if (options.rows === 'call') {
      const parsed = parseTextCall(id, first[options.textColumn]);
      transcript = parsed.transcript;
      carry = { rows: group, text: parsed.carry };
    } else {
      const turns: Turn[] = group.map((row) => ({
        speaker: (options.speakerColumn && row[options.speakerColumn]) || 'caller',
        text: row[options.textColumn],
      }));
      transcript = { id, turns };
      carry = { rows: group };
    }
    const caller = options.callerColumn ? first[options.callerColumn] : undefined;
    if (caller) transcript.caller_id = caller;
    const tenant = options.tenantColumn ? first[options.tenantColumn] : undefined;
    if (tenant) transcript.tenant = tenant;
    const item: InputItem = { kind: 'call', transcript, line: groupLine, carry };
    group = [];
    return item;
  };
  const sameCall = (a: Row, b: Row): boolean =>
    options.rows === 'turn' &&
    options.idColumn !== undefined &&
    a[options.idColumn] === b[options.idColumn] &&
    (!options.callerColumn || a[options.callerColumn] === b[options.callerColumn]);
  try {
    for await (const row of rows as AsyncIterable<Row>) {
      rowLine++;
      if (!checked) {
        for (const column of [options.textColumn, options.idColumn, options.speakerColumn, options.callerColumn, options.tenantColumn]) {
          if (column !== undefined && !(column in row)) throw new InputError({ file, line: 1, field: column }, 'no such column in the CSV header');
        }
        checked = true;
      }
      if (group.length > 0 && !sameCall(group[group.length - 1], row)) yield build();
      if (group.length === 0) groupLine = rowLine;
      group.push(row);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file, line: rowLine + 1 }, 'malformed CSV');
  }
  if (group.length > 0) yield build();
}

/** Writes the input rows back with redacted text and pseudonymised caller IDs, in input order. */
export function csvSink(output: Writable, options: CsvOptions): RecordSink {
  const formatter = format<Row, Row>({ headers: true });
  formatter.pipe(output);
  return {
    async write(item, redacted) {
      const carry = item.carry as CsvCarry;
      for (let i = 0; i < carry.rows.length; i++) {
        const row = { ...carry.rows[i] };
        row[options.textColumn] = carry.text ? formatTextCall(redacted.turns, carry.text) : redacted.turns[i].text;
        if (options.callerColumn && row[options.callerColumn]) row[options.callerColumn] = redacted.caller_id ?? '';
        if (!formatter.write(row)) await new Promise((resolve) => formatter.once('drain', resolve));
      }
    },
    async close() {
      formatter.end();
      await new Promise<void>((resolve, reject) => {
        formatter.once('end', resolve);
        formatter.once('error', reject);
      });
      await finish(output);
    },
  };
}
