/**
 * All template data of the generator: pattern pools and scenarios.
 */
import type { ScenarioDef } from '../scenario-types.js';
import { HEALTH_POOLS } from './health-patterns.js';
import { IDENTITY_POOLS } from './identity.js';
import { NEGATIVE_POOLS } from './negatives.js';
import { COMPANY_POOLS, OPENING_POOLS } from './openings.js';
import { BUSINESS_SCENARIOS } from './scenarios-business.js';
import { CIVIC_SCENARIOS } from './scenarios-civic.js';
import { HEALTH_SCENARIOS } from './scenarios-health.js';
import { SPECIAL_POOLS } from './special.js';
import { STEP_POOLS } from './steps.js';
import { VALUE_POOLS } from './value-patterns.js';

/** Pools split between train and test by pattern hash. */
export const SHARED_POOLS: readonly Readonly<Record<string, readonly string[]>>[] = [
  OPENING_POOLS, IDENTITY_POOLS, VALUE_POOLS, HEALTH_POOLS, SPECIAL_POOLS, NEGATIVE_POOLS, STEP_POOLS,
];

/** Company-name pools: short, not split (a company name is not a phrasing). */
export { COMPANY_POOLS };

/** Every scenario template. */
export const SCENARIOS: readonly ScenarioDef[] = [...HEALTH_SCENARIOS, ...BUSINESS_SCENARIOS, ...CIVIC_SCENARIOS];
