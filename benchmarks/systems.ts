/**
 * The systems the accuracy benchmark compares, by id, so a worker thread can
 * build one from its id alone.
 */
import { createRuleDetectors } from '../src/detect/index.js';
import { createOpenRedactionSystem } from './peers/openredaction.js';
import { packageVersion } from './peers/package-version.js';
import { createRedactDeSystem, createRulesSystem, loadNerDetector } from './peers/redact-de.js';
import { createRedactPiiSystem } from './peers/redactpii.js';
import type { BenchSystem, SystemInfo } from './peers/types.js';

/** Ids of every system, in table order. */
export const kSystemIds = ['rules', 'rules-ner', 'openredaction', 'openredaction-gdpr', 'redactpii'] as const;

/** One of {@link kSystemIds}. */
export type SystemId = (typeof kSystemIds)[number];

/** Where a worker finds the compiled code and the model. */
export interface SystemContext {
  distRoot: string;
  /** The NER model folder; required for `rules-ner`. */
  modelDir?: string;
}

/**
 * Name, version and licence of a system without building it, for result rows
 * of systems that fail before they report themselves.
 */
export function systemInfo(id: SystemId): SystemInfo {
  switch (id) {
    case 'rules':
      return { name: 'redact-de (rules)', version: 'local', licence: 'MIT' };
    case 'rules-ner':
      return { name: 'redact-de (rules + NER)', version: 'local', licence: 'MIT' };
    case 'openredaction':
      return { name: 'openredaction (default)', version: packageVersion('openredaction'), licence: 'MIT' };
    case 'openredaction-gdpr':
      return { name: 'openredaction (preset gdpr)', version: packageVersion('openredaction'), licence: 'MIT' };
    case 'redactpii':
      return { name: '@redactpii/node', version: packageVersion('@redactpii/node'), licence: 'MIT' };
  }
}

/**
 * Builds a system by id.
 *
 * @throws Error when the system cannot be built (broken rule file, missing model)
 */
export async function createSystem(id: SystemId, ctx: SystemContext): Promise<BenchSystem> {
  switch (id) {
    case 'rules':
      return createRulesSystem();
    case 'rules-ner': {
      if (!ctx.modelDir) throw new Error('no NER model folder');
      const ner = await loadNerDetector(ctx.distRoot, ctx.modelDir);
      return createRedactDeSystem(systemInfo(id).name, [...createRuleDetectors(), ner]);
    }
    case 'openredaction':
      return createOpenRedactionSystem();
    case 'openredaction-gdpr':
      return createOpenRedactionSystem({ preset: 'gdpr' });
    case 'redactpii':
      return createRedactPiiSystem();
  }
}
