import { InputError, type InputLocation } from '../errors.js';
import type { Transcript } from '../types.js';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Checks that a parsed value is a SPEC §2 transcript and returns it typed.
 * Errors name the field (`turns[3].text: expected string, got number`) and never quote values.
 */
export function validateTranscript(value: unknown, where: Omit<InputLocation, 'field'>): Transcript {
  const fail = (field: string, problem: string): never => {
    throw new InputError({ ...where, field }, problem);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('(record)', `expected a JSON object, got ${typeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (!('id' in record)) fail('id', 'missing required field');
  if (typeof record.id !== 'string') fail('id', `expected string, got ${typeName(record.id)}`);
  if (!('turns' in record)) fail('turns', 'missing required field');
  if (!Array.isArray(record.turns)) fail('turns', `expected array, got ${typeName(record.turns)}`);
  const turns = record.turns as unknown[];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i];
    if (typeof turn !== 'object' || turn === null || Array.isArray(turn)) fail(`turns[${i}]`, `expected object, got ${typeName(turn)}`);
    const t = turn as Record<string, unknown>;
    if (typeof t.text !== 'string') fail(`turns[${i}].text`, t.text === undefined ? 'missing required field' : `expected string, got ${typeName(t.text)}`);
    if (typeof t.speaker !== 'string') fail(`turns[${i}].speaker`, t.speaker === undefined ? 'missing required field' : `expected string, got ${typeName(t.speaker)}`);
  }
  for (const field of ['tenant', 'caller_id'] as const) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') fail(field, `expected string, got ${typeName(v)}`);
  }
  return record as unknown as Transcript;
}

/** Parses one JSON Lines record; JSON syntax errors are reported without echoing the input. */
export function parseTranscriptLine(text: string, where: Omit<InputLocation, 'field'>): Transcript {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new InputError({ ...where, field: '(record)' }, `malformed JSON${position ? ` at column ${Number(position) + 1}` : ''}`);
  }
  return validateTranscript(value, where);
}
