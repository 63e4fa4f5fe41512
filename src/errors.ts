/**
 * Every error redact-de raises on purpose. Each carries a stable `code` and a
 * message that says where, what and how to fix it. Messages never quote
 * transcript text or other original values.
 */

/** Stable error codes; the CLI maps them to exit codes. */
export type ErrorCode =
  | 'E_INPUT' // malformed input record (exit 2)
  | 'E_CONFIG' // bad rules, config or option (exit 2)
  | 'E_KEY' // missing or malformed key material (exit 2)
  | 'E_INTERNAL'; // a bug or an environment failure (exit 1)

/** Base class: a redact-de error with a stable code. */
export class RedactError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Where a bad record sits: file, 1-based line and the field path inside the record. */
export interface InputLocation {
  file: string;
  line?: number;
  field?: string;
}

/** Formats `file:line: field: ` in the style of compilers, omitting what is unknown. */
export function formatLocation(where: InputLocation): string {
  let out = where.file;
  if (where.line !== undefined) out += `:${where.line}`;
  if (where.field) out += `: ${where.field}`;
  return out;
}

/** A malformed input record. `calls.jsonl:1042: turns[3].text: expected string`. */
export class InputError extends RedactError {
  readonly where: InputLocation;
  constructor(where: InputLocation, problem: string) {
    super('E_INPUT', `${formatLocation(where)}: ${problem}`);
    this.where = where;
  }
}

/** Invalid rules, configuration or options. `rules/id/kvnr.yaml: patterns[2].score: must be 0..1, got 1.5`. */
export class ConfigError extends RedactError {
  constructor(message: string) {
    super('E_CONFIG', message);
  }
}

/** Missing or malformed key material for pseudonymisation or keyed hashing. */
export class KeyError extends RedactError {
  constructor(message: string) {
    super('E_KEY', message);
  }
}

/** Exit code of the CLI for an error: 2 for bad input or config, 1 otherwise. */
export function exitCodeFor(error: unknown): 1 | 2 {
  if (error instanceof RedactError && error.code !== 'E_INTERNAL') return 2;
  return 1;
}

/**
 * A message safe to print for any thrown value. Errors we did not raise may
 * embed input text (JSON.parse quotes the offending token), so only our own
 * messages are shown verbatim.
 */
export function safeMessage(error: unknown): string {
  if (error instanceof RedactError) return error.message;
  if (error instanceof Error) return `${error.name} (details withheld: may contain input text)`;
  return 'unknown error';
}
