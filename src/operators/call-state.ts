/**
 * Per-call state shared by all operators of one call: placeholder numbers and
 * surrogate choices, keyed by value identity (value-key.ts). One instance per
 * call, never shared between calls, so nothing links two calls.
 */
import type { Label } from '../types.js';
import type { CallState } from './types.js';
import { valueKey } from './value-key.js';

/** Options of {@link createCallState}. */
export interface CallStateOptions {
  /** The call's id: surrogates are deterministic per (call id, seed, label, value). */
  callId?: string;
  /** Extra seed, e.g. from configuration, to get different but reproducible surrogates. */
  seed?: string;
  /** The call's tenant: the `hash` operator derives its per-tenant key from it. */
  tenant?: string;
}

// Retries when a surrogate collides with another value's or with the original.
const MAX_SURROGATE_ATTEMPTS = 8;

class CallStateImpl implements CallState {
  readonly seed: string;
  readonly tenant?: string;
  private readonly numbers = new Map<Label, Map<string, number>>();
  private readonly counters = new Map<Label, number>();
  /** PERSON: surname/first name of a full name -> its number (-1 when ambiguous). */
  private readonly nameParts = new Map<string, number>();
  /** PERSON: single-word entries already merged into a full name. */
  private readonly claimed = new Set<string>();
  private readonly surrogates = new Map<Label, Map<string, string>>();
  private readonly taken = new Map<Label, Set<string>>();

  constructor(options: CallStateOptions) {
    this.seed = `${options.callId ?? ''}\u0000${options.seed ?? ''}`;
    if (options.tenant !== undefined) this.tenant = options.tenant;
  }

  numberFor(label: Label, value: string): number {
    const key = valueKey(label, value) || value;
    let map = this.numbers.get(label);
    if (!map) this.numbers.set(label, (map = new Map()));
    const known = map.get(key);
    if (known !== undefined) return known;
    const n = label === 'PERSON' ? this.personNumber(map, key) : undefined;
    if (n !== undefined) {
      map.set(key, n);
      return n;
    }
    const next = (this.counters.get(label) ?? 0) + 1;
    this.counters.set(label, next);
    map.set(key, next);
    if (label === 'PERSON') this.rememberParts(key, next);
    return next;
  }

  /**
   * "Weber" after "Anna Weber" (or "Anna" after "Anna Weber") reuses its number;
   * so does "Anna Weber" after a lone "Weber", once. Ambiguous parts get a new number.
   */
  private personNumber(map: Map<string, number>, key: string): number | undefined {
    const words = key.split(' ');
    if (words.length === 1) {
      const n = this.nameParts.get(key);
      if (n === undefined || n <= 0) return undefined;
      // This lone word now stands for that full name; a later "Peter Weber" must not take it over.
      this.claimed.add(key);
      return n;
    }
    const surname = words[words.length - 1];
    const single = map.get(surname);
    if (single !== undefined && !this.claimed.has(surname)) {
      this.claimed.add(surname);
      this.rememberParts(key, single);
      return single;
    }
    return undefined;
  }

  private rememberParts(key: string, n: number): void {
    const words = key.split(' ');
    if (words.length < 2) return;
    for (const part of [words[0], words[words.length - 1]]) {
      const prev = this.nameParts.get(part);
      this.nameParts.set(part, prev === undefined || prev === n ? n : -1);
    }
  }

  surrogateFor(label: Label, value: string, make: () => string): string {
    const key = valueKey(label, value) || value;
    let map = this.surrogates.get(label);
    if (!map) this.surrogates.set(label, (map = new Map()));
    const known = map.get(key);
    if (known !== undefined) return known;
    let taken = this.taken.get(label);
    if (!taken) this.taken.set(label, (taken = new Set()));
    let chosen = make();
    for (let attempt = 1; attempt < MAX_SURROGATE_ATTEMPTS; attempt++) {
      const k = valueKey(label, chosen);
      if (k !== key && !taken.has(k)) break;
      chosen = make();
    }
    taken.add(valueKey(label, chosen));
    map.set(key, chosen);
    return chosen;
  }
}

/**
 * Fresh per-call state. Create one per call; pass the call id so surrogates
 * are reproducible per call and differ between calls.
 * @param options - call id, extra seed, tenant
 * @example
 * const state = createCallState({ callId: 'call-0001' });
 * state.numberFor('PERSON', 'Anna Weber'); // 1
 * state.numberFor('PERSON', 'Weber');      // 1 (surname of an earlier full name)
 */
export function createCallState(options: CallStateOptions = {}): CallState {
  return new CallStateImpl(options);
}
