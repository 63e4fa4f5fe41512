import { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { OperatorTableSpec } from '../operators/types.js';
import { loadYamlFile } from '../rules/load.js';
import { LABELS, type Label } from '../types.js';

const operatorSpec = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() }),
]);

/** The `--config FILE` format (YAML or JSON). */
export const configSchema = z.strictObject({
  labels: z.array(z.enum(LABELS)).min(1).optional(),
  operators: z.partialRecord(z.enum([...LABELS, 'DEFAULT']), operatorSpec).optional(),
  tenant: z.string().min(1).optional(),
  /** Detector ids to switch off, e.g. `rules:ip`. */
  disableDetectors: z.array(z.string()).optional(),
});

/** A parsed configuration file. */
export type RedactConfig = z.output<typeof configSchema>;

/** Loads and validates a configuration file; errors name the file and field. */
export function loadConfig(file: string): RedactConfig {
  return loadYamlFile(file, configSchema);
}

/** Parses `--labels PERSON,PHONE`. */
export function parseLabels(raw: string): Label[] {
  const labels: Label[] = [];
  for (const part of raw.split(',')) {
    const label = part.trim().toUpperCase();
    if (!label) continue;
    if (!(LABELS as readonly string[]).includes(label)) {
      throw new ConfigError(`--labels: unknown label "${part.trim()}"; expected some of ${LABELS.join(', ')}`);
    }
    labels.push(label as Label);
  }
  if (labels.length === 0) throw new ConfigError('--labels: no label given');
  return labels;
}

/** Parses `--operator mask` (all labels) or `--operator PHONE=mask,IBAN=surrogate` (repeatable). */
export function parseOperatorArgs(values: readonly string[]): OperatorTableSpec {
  const table: OperatorTableSpec = {};
  for (const value of values) {
    for (const part of value.split(',')) {
      const item = part.trim();
      if (!item) continue;
      const eq = item.indexOf('=');
      if (eq < 0) {
        table.DEFAULT = item;
        continue;
      }
      const label = item.slice(0, eq).trim().toUpperCase();
      if (label !== 'DEFAULT' && !(LABELS as readonly string[]).includes(label)) {
        throw new ConfigError(`--operator: unknown label "${item.slice(0, eq).trim()}"; expected one of ${LABELS.join(', ')} or DEFAULT`);
      }
      table[label as Label | 'DEFAULT'] = item.slice(eq + 1).trim();
    }
  }
  return table;
}
