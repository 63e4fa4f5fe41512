/**
 * What every surrogate maker shares: parameters, and drawing a value that is
 * deterministic per (call seed, configured seed, label, value) and consistent
 * within the call through CallState.surrogateFor.
 */
import type { Label } from '../types.js';
import { seededRandom, type Random } from './seeded-random.js';
import type { OperatorInput } from './types.js';
import { valueKey } from './value-key.js';

/** Parameters of the surrogate operator, after parsing. */
export interface SurrogateParams {
  /** Extra seed mixed into every draw; '' by default. */
  readonly seed: string;
  /** Dates of birth move by 1..dateShiftDays days, either direction. Default 365. */
  readonly dateShiftDays: number;
}

/**
 * A random source for one value, independent of call order.
 * @param scope - what is drawn ("PHONE", "ADDRESS:house", ...)
 */
export function randomFor(input: OperatorInput, params: SurrogateParams, scope: string, value: string, attempt = 0): Random {
  return seededRandom(input.call.seed ?? '', params.seed, scope, value, String(attempt));
}

/**
 * The call's surrogate for `value` under `label`: made once by `make` (with a
 * fresh seeded random source per attempt) and reused for every later mention
 * with the same identity.
 * @param make - builds a candidate; `attempt` > 0 when an earlier one collided
 */
export function consistentSurrogate(
  input: OperatorInput,
  params: SurrogateParams,
  label: Label,
  value: string,
  make: (rnd: Random, attempt: number) => string,
): string {
  const key = valueKey(label, value);
  let attempt = 0;
  return input.call.surrogateFor(label, value, () => {
    const a = attempt++;
    return make(randomFor(input, params, label, key, a), a);
  });
}

/** `count` random digits; the first is not 0 when `nonZeroFirst`. */
export function randomDigitString(rnd: Random, count: number, nonZeroFirst = false): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(i === 0 && nonZeroFirst ? 1 + rnd.int(9) : rnd.int(10));
  return out;
}
