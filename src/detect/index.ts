import type { Detector } from '../types.js';
import { createAddressDetectors } from './address.js';
import { createCardDetectors } from './card.js';
import { createDobDetectors } from './dob.js';
import { createEmailDetectors } from './email.js';
import { createHealthDetectors } from './health.js';
import { createIbanDetectors } from './iban.js';
import { createIdDetectors } from './id.js';
import { createIpDetectors } from './ip.js';
import { createPersonDetectors } from './person.js';
import { createPhoneDetectors } from './phone.js';
import { createSpecialDetectors } from './special.js';

/** Factories of every rule-based detector family, by family name. */
const FAMILIES: readonly (() => Detector[])[] = [
  createPhoneDetectors,
  createIbanDetectors,
  createEmailDetectors,
  createCardDetectors,
  createIpDetectors,
  createIdDetectors,
  createDobDetectors,
  createAddressDetectors,
  createHealthDetectors,
  createSpecialDetectors,
  createPersonDetectors,
];

let cached: readonly Detector[] | undefined;

/**
 * Every rule-based detector of redact-de. Rules are loaded, validated and
 * compiled once per process (or worker) and shared; detectors keep no per-call state.
 * The NER detector is added separately.
 */
export function createRuleDetectors(): Detector[] {
  cached ??= FAMILIES.flatMap((create) => create());
  return cached.slice();
}
