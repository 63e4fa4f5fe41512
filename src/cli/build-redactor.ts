import { loadConfig, parseLabels, parseOperatorArgs } from '../pipeline/config.js';
import { compileDataSubject, dataSubjectSchema, type DataSubjectValues } from '../pipeline/data-subject.js';
import { createRedactor, type Redactor } from '../pipeline/redactor.js';
import type { KeyRing } from '../pseudonym/index.js';
import type { OperatorTableSpec } from '../operators/types.js';
import { loadYamlFile } from '../rules/load.js';
import type { Detector, Label } from '../types.js';

/** The redactor options every command shares. */
export interface RedactorCliOptions {
  config?: string;
  labels?: string;
  operator?: string[];
  tenant?: string;
  keepSubject?: string;
}

/** Redactor settings from flags and config file as plain data, so worker threads can receive them. */
export interface RedactorSettings {
  labels?: Label[];
  operators: OperatorTableSpec;
  defaultTenant?: string;
  disableDetectors: string[];
  keepOwnData?: DataSubjectValues;
}

/** Reads the config file and flags into {@link RedactorSettings}; flags win over the file. */
export function redactorSettings(options: RedactorCliOptions): RedactorSettings {
  const config = options.config ? loadConfig(options.config) : {};
  return {
    labels: options.labels ? parseLabels(options.labels) : config.labels,
    operators: { ...config.operators, ...parseOperatorArgs(options.operator ?? []) },
    defaultTenant: options.tenant ?? config.tenant,
    disableDetectors: config.disableDetectors ?? [],
    ...(options.keepSubject ? { keepOwnData: loadYamlFile(options.keepSubject, dataSubjectSchema) } : {}),
  };
}

/** Builds a redactor from CLI flags and an optional config file; flags win over the file. */
export function buildRedactor(options: RedactorCliOptions, detectors: readonly Detector[], keys: KeyRing): Redactor {
  const settings = redactorSettings(options);
  const disabled = new Set(settings.disableDetectors);
  return createRedactor({
    detectors: detectors.filter((d) => !disabled.has(d.id)),
    labels: settings.labels,
    operators: settings.operators,
    keys,
    defaultTenant: settings.defaultTenant,
    ...(settings.keepOwnData ? { keepOwnData: compileDataSubject(settings.keepOwnData) } : {}),
  });
}
