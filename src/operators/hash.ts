/**
 * `hash`: a keyed HMAC-SHA-256 of the normalised value (value-key.ts), so the
 * same entity gets the same token across calls ("[PERSON:3fa2c1d9]") without
 * being reversible by anyone who lacks the key. The key is the configured
 * `params.key`, or one derived from the KeyRing per tenant; there is no
 * default key, because an unkeyed hash of a phone number is trivially brute-forced.
 */
import { createHmac } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { KeyRing } from '../pseudonym/key-ring.js';
import { intParam, paramObject, stringParam } from './params.js';
import type { Operator } from './types.js';
import { valueKey } from './value-key.js';

/** Parameters of the hash operator, after parsing. */
export interface HashParams {
  /** Explicit key bytes (from `params.key`), else undefined. */
  readonly key?: Buffer;
  /** Key ring to derive a per-tenant key from when no explicit key is set. */
  readonly keys?: KeyRing;
  /** Hex characters of the HMAC to keep. Default 8. */
  readonly length: number;
}

const MIN_KEY_CHARS = 16;

/**
 * Replaces a value by a truncated keyed hash of its normalised form.
 * @example hash.apply('0171 2345678', { label: 'PHONE', call }, params) // '[PHONE:5c0e19a2]'
 */
export const hash: Operator<HashParams> = {
  name: 'hash',
  parseParams(raw, where, context) {
    const obj = paramObject(raw, where, ['key', 'length']);
    const length = intParam(obj, 'length', where, 4, 64, 8);
    const key = stringParam(obj, 'key', where);
    if (key !== undefined) {
      if (key.length < MIN_KEY_CHARS) throw new ConfigError(`${where}.key: must be at least ${MIN_KEY_CHARS} characters`);
      return Object.freeze({ key: Buffer.from(key, 'utf8'), length });
    }
    if (!context?.keys) {
      throw new ConfigError(
        `${where}: the hash operator needs a key: set params.key, or provide keys (--key-file or REDACT_DE_KEY)`,
      );
    }
    return Object.freeze({ keys: context.keys, length });
  },
  apply(value, input, params) {
    const key = params.key ?? params.keys!.deriveKey(`hash:${input.call.tenant ?? ''}`);
    const mac = createHmac('sha256', key).update(`${input.label}\u0000${valueKey(input.label, value)}`).digest('hex');
    return `[${input.label}:${mac.slice(0, params.length)}]`;
  },
};
