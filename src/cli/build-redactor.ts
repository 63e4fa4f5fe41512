import { loadConfig, parseLabels, parseOperatorArgs } from '../pipeline/config.js';
import { loadDataSubject } from '../pipeline/data-subject.js';
import { createRedactor, type Redactor } from '../pipeline/redactor.js';
import type { KeyRing } from '../pseudonym/index.js';
import type { Detector } from '../types.js';

/** The redactor options every command shares. */
export interface RedactorCliOptions {
  config?: string;
  labels?: string;
  operator?: string[];
  tenant?: string;
  keepSubject?: string;
}

/** Builds a redactor from CLI flags and an optional config file; flags win over the file. */
export function buildRedactor(options: RedactorCliOptions, detectors: readonly Detector[], keys: KeyRing): Redactor {
  const config = options.config ? loadConfig(options.config) : {};
  const disabled = new Set(config.disableDetectors ?? []);
  return createRedactor({
    detectors: detectors.filter((d) => !disabled.has(d.id)),
    labels: options.labels ? parseLabels(options.labels) : config.labels,
    operators: { ...config.operators, ...parseOperatorArgs(options.operator ?? []) },
    keys,
    defaultTenant: options.tenant ?? config.tenant,
    ...(options.keepSubject ? { keepOwnData: loadDataSubject(options.keepSubject) } : {}),
  });
}
