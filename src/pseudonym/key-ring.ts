/**
 * Versioned master keys for caller-ID pseudonyms and the `hash` operator.
 * Per-tenant keys are derived with HKDF-SHA-256 (RFC 5869), so one master key
 * serves every tenant while pseudonyms of different tenants cannot be linked.
 * Old versions stay in the ring after rotation so old pseudonyms can still be
 * verified; new pseudonyms always use the active version, which they name
 * ("p2_…").
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import { KeyError } from '../errors.js';
import { base32 } from './base32.js';
import { normalizeCallerId } from './caller-id.js';

/** Length of a master key in bytes. */
export const KEY_BYTES = 32;
const HKDF_SALT = 'redact-de';
// 128 bits: far beyond any realistic number of callers, and short enough for CSV cells.
const PSEUDONYM_BYTES = 16;
const PSEUDONYM = /^p([1-9][0-9]*)_[a-z2-7]+$/;

/** Key material of a ring, for writing key files only. */
export interface KeyMaterial {
  readonly active: number;
  readonly keys: ReadonlyMap<number, Buffer>;
}

function checkVersion(version: number, where: string): void {
  if (!Number.isSafeInteger(version) || version < 1) throw new KeyError(`${where}: key version must be a positive integer, got ${version}`);
}

/**
 * Holds master keys by version. Key bytes live in private fields and are never
 * printed: `console.log(ring)` shows only versions.
 */
export class KeyRing {
  readonly #keys: Map<number, Buffer>;
  readonly #derived = new Map<string, Buffer>();
  /** The version new pseudonyms and hashes use. */
  readonly active: number;
  /** True for a random key made for one run (pseudonyms are not reproducible). */
  readonly isEphemeral: boolean;

  private constructor(keys: Map<number, Buffer>, active: number, ephemeral: boolean) {
    this.#keys = keys;
    this.active = active;
    this.isEphemeral = ephemeral;
  }

  /**
   * A ring from existing key bytes.
   * @param keys - version -> 32 key bytes
   * @param active - the version to use for new pseudonyms; must be in `keys`
   * @throws KeyError when a version or key is malformed or `active` is missing
   */
  static fromKeys(keys: ReadonlyMap<number, Uint8Array>, active: number): KeyRing {
    const copy = new Map<number, Buffer>();
    for (const [version, key] of keys) {
      checkVersion(version, 'keys');
      if (key.length !== KEY_BYTES) throw new KeyError(`keys.${version}: must be ${KEY_BYTES} bytes, got ${key.length}`);
      copy.set(version, Buffer.from(key));
    }
    checkVersion(active, 'active');
    if (!copy.has(active)) throw new KeyError(`active: version ${active} is not among the keys (${[...copy.keys()].join(', ') || 'none'})`);
    return new KeyRing(copy, active, false);
  }

  /** A new ring with one random version-1 key, for `keygen`. */
  static generate(): KeyRing {
    return new KeyRing(new Map([[1, randomBytes(KEY_BYTES)]]), 1, false);
  }

  /**
   * A random key for this process only. Only the CLI uses it, and warns on
   * stderr: its pseudonyms cannot be reproduced or verified later.
   */
  static ephemeral(): KeyRing {
    return new KeyRing(new Map([[1, randomBytes(KEY_BYTES)]]), 1, true);
  }

  /** All versions in the ring, ascending. */
  get versions(): number[] {
    return [...this.#keys.keys()].sort((a, b) => a - b);
  }

  /** True when `version` is in the ring. */
  has(version: number): boolean {
    return this.#keys.has(version);
  }

  /**
   * A copy of this ring with a new random key as version max+1, made active.
   * Old versions are kept so their pseudonyms can still be verified.
   */
  rotated(): KeyRing {
    const keys = new Map(this.#keys);
    const version = Math.max(...keys.keys()) + 1;
    keys.set(version, randomBytes(KEY_BYTES));
    return new KeyRing(keys, version, this.isEphemeral);
  }

  /**
   * A 32-byte subkey: HKDF-SHA-256(master[version], salt "redact-de", info).
   * Cached per (version, info).
   * @param info - purpose, e.g. "tenant:praxis-weber" or "hash:praxis-weber"
   * @param version - key version; default the active one
   */
  deriveKey(info: string, version: number = this.active): Buffer {
    const cacheKey = `${version}\u0000${info}`;
    let key = this.#derived.get(cacheKey);
    if (!key) {
      const master = this.#keys.get(version);
      if (!master) throw new KeyError(`key version ${version} is not in the key ring (have ${this.versions.join(', ')})`);
      key = Buffer.from(hkdfSync('sha256', master, HKDF_SALT, info, KEY_BYTES));
      this.#derived.set(cacheKey, key);
    }
    return key;
  }

  /** The tenant key: {@link deriveKey} with info `tenant:${tenant}`. */
  tenantKey(tenant: string, version: number = this.active): Buffer {
    return this.deriveKey(`tenant:${tenant}`, version);
  }

  /**
   * The pseudonym of a caller ID for a tenant: `p<version>_` + base32 of
   * HMAC-SHA-256(tenant key, E.164 number) truncated to 128 bits. A caller ID
   * that is no phone number is pseudonymised from its trimmed text, never passed through.
   * @param callerId - raw caller ID
   * @param tenant - tenant name ('' allowed)
   * @param version - key version; default the active one
   * @example ring.pseudonymize('0171 2345678', 'praxis-weber') // 'p1_…' (26 base32 chars)
   */
  pseudonymize(callerId: string, tenant: string, version: number = this.active): string {
    const input = normalizeCallerId(callerId) ?? callerId.trim();
    const mac = createHmac('sha256', this.tenantKey(tenant, version)).update(input).digest();
    return `p${version}_${base32(mac.subarray(0, PSEUDONYM_BYTES))}`;
  }

  /**
   * True when `pseudonym` is the pseudonym of `callerId` for `tenant` under the
   * key version it names (old versions included).
   */
  verify(callerId: string, tenant: string, pseudonym: string): boolean {
    const m = PSEUDONYM.exec(pseudonym);
    if (!m) return false;
    const version = Number(m[1]);
    if (!this.#keys.has(version)) return false;
    const expected = Buffer.from(this.pseudonymize(callerId, tenant, version));
    const given = Buffer.from(pseudonym);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The raw key material, for {@link writeKeyFile} only. */
  exportMaterial(): KeyMaterial {
    return { active: this.active, keys: new Map(this.#keys) };
  }

  /** What `console.log` and `util.inspect` show: versions, never key bytes. */
  [inspect.custom](): string {
    return `KeyRing { active: ${this.active}, versions: [${this.versions.join(', ')}]${this.isEphemeral ? ', ephemeral' : ''} }`;
  }
}

/**
 * The pseudonym of a caller ID: {@link KeyRing.pseudonymize} with the active key.
 * @example pseudonymizeCallerId('+49 171 2345678', 'praxis-weber', ring) // 'p1_…'
 */
export function pseudonymizeCallerId(callerId: string, tenant: string, keys: KeyRing): string {
  return keys.pseudonymize(callerId, tenant);
}
