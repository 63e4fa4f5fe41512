/**
 * Streams gold (SPEC §3) and prediction (SPEC §4 / §3) JSON Lines files into
 * the evaluation types, checking shapes and mapping labels on the way.
 * Offsets are checked against the gold text later, in alignDocs.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConfigError, formatLocation, InputError, type InputLocation } from '../errors.js';
import { mapLabel, quoteLabel, type LabelMap } from './label-map.js';
import type { EvalSpan, GoldDoc, PredDoc } from './types.js';

/** How labels of the input are turned into SPEC labels. */
export interface LabelOptions {
  /** Foreign label -> SPEC label, from parseLabelMap. */
  map?: LabelMap;
  /**
   * Drop spans whose label is neither mapped nor a SPEC label instead of
   * failing; each drop is counted in `stats.droppedSpans`.
   */
  dropUnknown?: boolean;
}

/** What a reader skipped or defaulted, so the CLI can warn about it. */
export interface LoadStats {
  /** Spans dropped for an unknown label (only with `dropUnknown`). */
  droppedSpans: number;
  /** Records without a span array, read as having no spans. */
  missingSpanArrays: number;
}

/** Fresh zero counters for a reader. */
export function newLoadStats(): LoadStats {
  return { droppedSpans: 0, missingSpanArrays: 0 };
}

/**
 * Yields each JSON value of a JSON Lines file with its 1-based line number.
 * Blank lines are skipped; a byte-order mark on line 1 is ignored.
 *
 * @throws InputError `file:line: invalid JSON` (the parser's message is not
 *   shown because it quotes input text)
 */
export async function* readJsonLines(file: string): AsyncGenerator<{ value: unknown; line: number }> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  let line = 0;
  // `finally` also runs when the consumer stops early (it rejected a record).
  try {
    for (;;) {
      const next = await nextLine(it, file);
      if (next.done) return;
      line++;
      let text = next.value;
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new InputError({ file, line }, 'invalid JSON; expected one JSON object per line');
      }
      yield { value, line };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

async function nextLine(it: AsyncIterator<string>, file: string): Promise<IteratorResult<string>> {
  try {
    return await it.next();
  } catch (error) {
    // fs errors carry a code (ENOENT, EISDIR, EACCES) and the path, never file content.
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new InputError({ file }, `cannot read file (${code})`);
  }
}

/**
 * Reads a gold file (SPEC §3). A record without `entities` has no gold spans
 * (counted in `stats.missingSpanArrays`).
 *
 * @param file - path of a JSON Lines gold file
 * @param labels - label map and unknown-label policy
 * @param stats - counters to add to
 * @returns the records in file order
 * @throws InputError for a malformed record; ConfigError for an unknown label
 */
export async function readGoldFile(file: string, labels: LabelOptions, stats: LoadStats): Promise<GoldDoc[]> {
  const out: GoldDoc[] = [];
  for await (const { value, line } of readJsonLines(file)) {
    const at = (field?: string): InputLocation => ({ file, line, field });
    const rec = asRecord(value, at());
    const id = readId(rec, at);
    if (!Array.isArray(rec.turns)) throw new InputError(at('turns'), 'expected array');
    const turns: { text: string }[] = [];
    for (let t = 0; t < rec.turns.length; t++) {
      const turn = asRecord(rec.turns[t], at(`turns[${t}]`));
      if (typeof turn.text !== 'string') throw new InputError(at(`turns[${t}].text`), 'expected string');
      turns.push({ text: turn.text });
    }
    const entities = readSpans(rec, ['entities'], at, labels, stats);
    out.push({ id, turns, entities, line });
  }
  return out;
}

/**
 * Reads a prediction file: redacted output (SPEC §4 `redactions`) or a
 * gold-shaped file (SPEC §3 `entities`); `redactions` wins when both exist.
 * Only ids and spans are kept.
 *
 * @param file - path of a JSON Lines prediction file
 * @param labels - label map and unknown-label policy
 * @param stats - counters to add to
 * @returns the records in file order
 * @throws InputError for a malformed record; ConfigError for an unknown label
 */
export async function readPredFile(file: string, labels: LabelOptions, stats: LoadStats): Promise<PredDoc[]> {
  const out: PredDoc[] = [];
  for await (const { value, line } of readJsonLines(file)) {
    out.push(toPredDoc(value, (field) => ({ file, line, field }), labels, stats, line));
  }
  return out;
}

/**
 * Checks and label-maps one prediction record, from a file or from the redactor.
 *
 * @param value - the parsed record
 * @param at - builds the error location of a field
 * @param line - 1-based line kept on the result for later error messages
 */
export function toPredDoc(
  value: unknown,
  at: (field?: string) => InputLocation,
  labels: LabelOptions,
  stats: LoadStats,
  line?: number,
): PredDoc {
  const rec = asRecord(value, at());
  const id = readId(rec, at);
  const redactions = readSpans(rec, ['redactions', 'entities'], at, labels, stats);
  return line === undefined ? { id, redactions } : { id, redactions, line };
}

function asRecord(value: unknown, where: InputLocation): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(where, 'expected a JSON object');
  }
  return value as Record<string, unknown>;
}

function readId(rec: Record<string, unknown>, at: (field?: string) => InputLocation): string {
  if (typeof rec.id !== 'string' || rec.id === '') throw new InputError(at('id'), 'expected a non-empty string');
  return rec.id;
}

/** Reads the first present span array among `fields`; offsets are range-checked later. */
function readSpans(
  rec: Record<string, unknown>,
  fields: readonly string[],
  at: (field?: string) => InputLocation,
  labels: LabelOptions,
  stats: LoadStats,
): EvalSpan[] {
  const field = fields.find((f) => rec[f] !== undefined);
  if (field === undefined) {
    stats.missingSpanArrays++;
    return [];
  }
  const raw = rec[field];
  if (!Array.isArray(raw)) throw new InputError(at(field), 'expected array');
  const out: EvalSpan[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = asRecord(raw[i], at(`${field}[${i}]`));
    for (const key of ['turn', 'start', 'end'] as const) {
      if (!Number.isInteger(item[key])) throw new InputError(at(`${field}[${i}].${key}`), 'expected an integer');
    }
    if (typeof item.label !== 'string') throw new InputError(at(`${field}[${i}].label`), 'expected string');
    const label = mapLabel(item.label, labels.map);
    if (label === undefined) {
      if (labels.dropUnknown) {
        stats.droppedSpans++;
        continue;
      }
      throw new ConfigError(
        `${formatLocation(at(`${field}[${i}].label`))}: unknown label ${quoteLabel(item.label)}; ` +
          `map it with --map ${quoteLabel(item.label).slice(1, -1)}=<SPEC label> or drop unknown labels with --drop-unknown-labels`,
      );
    }
    out.push({ turn: item.turn as number, start: item.start as number, end: item.end as number, label });
  }
  return out;
}
