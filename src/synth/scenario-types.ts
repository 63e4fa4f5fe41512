/**
 * The shape of a scenario template: a business, the caller's request
 * phrasings and the dialogue steps. Steps are space-separated tokens:
 * `name`, `dob?0.7` (optional with probability), `phone|email` (one of),
 * `health:symptom` (step with argument). See dialogue.ts for the steps.
 */
import type { Business } from './templates/openings.js';

/** One scenario template. `id` decides its split. */
export interface ScenarioDef {
  id: string;
  biz: Business;
  /** What the caller says after the greeting. */
  req: readonly string[];
  steps: string;
  /** Company names when the business's general list does not fit (a dermatologist is not a cardiologist). */
  company?: readonly string[];
  /** The third person of the call (relative, tenant, other driver), if any. */
  other?: 'relative' | 'child' | 'parent' | 'partner' | 'neighbour' | 'colleague';
}
