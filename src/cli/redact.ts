import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { ConfigError, InputError, RedactError, safeMessage } from '../errors.js';
import { csvSink, readCsv, type CsvOptions } from '../io/csv.js';
import { jsonlSink, readJsonl } from '../io/jsonl.js';
import { readText, textSink } from '../io/text.js';
import type { InputItem, RecordSink } from '../io/types.js';
import type { Detector } from '../types.js';
import { buildRedactor } from './build-redactor.js';
import { resolveKeys } from './keys.js';

/** Options of `redact-de redact`, as commander parses them. */
export interface RedactCommandOptions {
  output?: string;
  format: 'jsonl' | 'text' | 'csv';
  labels?: string;
  operator: string[];
  config?: string;
  report?: string;
  keyFile?: string;
  tenant?: string;
  keepSubject?: string;
  failFast?: boolean;
  progress?: boolean;
  textColumn: string;
  idColumn?: string;
  speakerColumn?: string;
  callerColumn?: string;
  tenantColumn?: string;
  csvRows: 'turn' | 'call';
}

interface Failure {
  line: number;
  code: string;
  message: string;
}

function openInput(input: string | undefined): { stream: Readable; name: string } {
  if (!input || input === '-') return { stream: process.stdin, name: '<stdin>' };
  if (!existsSync(input)) throw new InputError({ file: input }, 'no such file');
  return { stream: createReadStream(input), name: input };
}

function readItems(format: RedactCommandOptions['format'], stream: Readable, name: string, csv: CsvOptions): AsyncGenerator<InputItem> {
  if (format === 'text') return readText(stream, name);
  if (format === 'csv') return readCsv(stream, name, csv);
  return readJsonl(stream, name);
}

function openSink(format: RedactCommandOptions['format'], output: Writable, csv: CsvOptions): RecordSink {
  if (format === 'text') return textSink(output);
  if (format === 'csv') return csvSink(output, csv);
  return jsonlSink(output);
}

/**
 * Runs `redact-de redact`: streams calls from the input through the redactor
 * into the output, in input order. A record that cannot be read or redacted is
 * reported on stderr (file, line, field; never its content) and not written;
 * with --fail-fast the run stops there. Returns the exit code.
 */
export async function runRedact(input: string | undefined, options: RedactCommandOptions, detectors: readonly Detector[]): Promise<number> {
  if (!['jsonl', 'text', 'csv'].includes(options.format)) throw new ConfigError(`--format: expected jsonl, text or csv, got "${options.format}"`);
  const redactor = buildRedactor(options, detectors, resolveKeys(options.keyFile));
  const csv: CsvOptions = {
    textColumn: options.textColumn,
    idColumn: options.idColumn,
    speakerColumn: options.speakerColumn,
    callerColumn: options.callerColumn,
    tenantColumn: options.tenantColumn,
    rows: options.csvRows,
  };
  const { stream, name } = openInput(input);
  const output = options.output && options.output !== '-' ? createWriteStream(options.output) : process.stdout;
  const sink = openSink(options.format, output, csv);
  const failures: Failure[] = [];
  const started = Date.now();
  let lastProgress = started;
  let worst: 0 | 1 | 2 = 0;
  try {
    for await (const item of readItems(options.format, stream, name, csv)) {
      let error: unknown = item.kind === 'error' ? item.error : undefined;
      if (item.kind === 'call') {
        try {
          await sink.write(item, await redactor.redactTranscript(item.transcript));
        } catch (caught) {
          error = caught;
        }
      }
      if (error !== undefined) {
        const code = error instanceof RedactError ? error.code : 'E_INTERNAL';
        const message = error instanceof InputError ? error.message : `${name}:${item.line}: ${safeMessage(error)}`;
        failures.push({ line: item.line, code, message });
        process.stderr.write(`redact-de: ${message}\n`);
        worst = Math.max(worst, code === 'E_INTERNAL' ? 1 : 2) as 1 | 2;
        if (options.failFast) break;
      }
      if (options.progress && Date.now() - lastProgress > 1000) {
        lastProgress = Date.now();
        const seconds = (lastProgress - started) / 1000;
        process.stderr.write(`redact-de: ${redactor.stats.calls} calls, ${(redactor.stats.calls / seconds).toFixed(0)} calls/s\n`);
      }
    }
  } finally {
    await sink.close();
  }
  if (options.report) {
    const report = { input: name, ...redactor.stats.toJSON(), failed: failures, durationMs: Date.now() - started };
    await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (redactor.stats.calls === 0 && failures.length === 0) process.stderr.write(`redact-de: ${name}: no calls in input\n`);
  return worst === 1 ? 1 : worst;
}
