import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { rulesPath } from '../rules-dir.js';

/** Formats a zod issue path as `patterns[2].score`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** A short name for a rule file in messages: relative to the package's rules/ parent. */
function displayName(file: string): string {
  const root = rulesPath('..');
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * Parses `value` with `schema`, throwing a ConfigError that names the source and the
 * first offending field: `rules/id/kvnr.yaml: patterns[2].score: must be 0..1`.
 */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown, source: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ConfigError(`${source}: ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`);
}

/** Reads and validates one YAML (or JSON, a YAML subset) file. */
export function loadYamlFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const name = displayName(file);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${name}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let doc: unknown;
  try {
    doc = parse(raw);
  } catch (error) {
    const pos = (error as { linePos?: [{ line: number }] }).linePos?.[0];
    throw new ConfigError(`${name}${pos ? `:${pos.line}` : ''}: not valid YAML`);
  }
  return validateWith(schema, doc, name);
}

/** Loads a rules file by its path inside `rules/`. */
export function loadRuleFile<S extends z.ZodType>(relativePath: string, schema: S): z.output<S> {
  return loadYamlFile(rulesPath(relativePath), schema);
}

/**
 * Compiles a regex source from a rule file, failing with a message naming the field.
 * The `g` flag is always added; `y`, `d` and `v` are refused to keep matching simple.
 */
export function compileRegex(source: string, flags: string, where: string): RegExp {
  if (/[^imsu]/.test(flags)) throw new ConfigError(`${where}: flags may only use i, m, s, u; got "${flags}"`);
  try {
    return new RegExp(source, `g${flags}`);
  } catch {
    throw new ConfigError(`${where}: invalid regular expression`);
  }
}
