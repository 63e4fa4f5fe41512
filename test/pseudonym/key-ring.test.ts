import { createHmac, hkdfSync } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KeyError } from '../../src/errors.js';
import { KeyRing, pseudonymizeCallerId } from '../../src/pseudonym/index.js';
import { base32 } from '../../src/pseudonym/base32.js';

const K1 = Buffer.alloc(32, 1);
const K2 = Buffer.alloc(32, 2);
const ring = KeyRing.fromKeys(new Map([[1, K1], [2, K2]]), 2);

describe('base32', () => {
  it.each([
    // RFC 4648 § 10 test vectors, lowercase and unpadded.
    ['', ''],
    ['f', 'my'],
    ['fo', 'mzxq'],
    ['foo', 'mzxw6'],
    ['foob', 'mzxw6yq'],
    ['fooba', 'mzxw6ytb'],
    ['foobar', 'mzxw6ytboi'],
  ])('%j -> %j', (text, encoded) => {
    expect(base32(Buffer.from(text))).toBe(encoded);
  });
});

describe('KeyRing pseudonyms', () => {
  it('is p<version>_ + base32 of HMAC-SHA-256(HKDF tenant key, E.164), 128 bits', () => {
    const tenantKey = Buffer.from(hkdfSync('sha256', K2, 'redact-de', 'tenant:praxis-weber', 32));
    const mac = createHmac('sha256', tenantKey).update('+491712345678').digest().subarray(0, 16);
    expect(ring.pseudonymize('0171 2345678', 'praxis-weber')).toBe(`p2_${base32(mac)}`);
    expect(ring.pseudonymize('0171 2345678', 'praxis-weber')).toMatch(/^p2_[a-z2-7]{26}$/);
  });

  it('is stable across calls and rings with the same key', () => {
    const again = KeyRing.fromKeys(new Map([[1, K1], [2, K2]]), 2);
    expect(pseudonymizeCallerId('0171 2345678', 't', ring)).toBe(pseudonymizeCallerId('0171 2345678', 't', again));
  });

  it.each([['+49 171 2345678'], ['0049 171 2345678'], ['+49 (0) 171 2345678'], ['0171/234 56 78']])(
    'gives %j the pseudonym of 0171 2345678',
    (variant) => {
      expect(ring.pseudonymize(variant, 't')).toBe(ring.pseudonymize('0171 2345678', 't'));
    },
  );

  it('differs per tenant, per key version and per key', () => {
    const p = ring.pseudonymize('0171 2345678', 'praxis-weber');
    expect(ring.pseudonymize('0171 2345678', 'kanzlei-schulz')).not.toBe(p);
    expect(ring.pseudonymize('0171 2345678', 'praxis-weber', 1)).toMatch(/^p1_/);
    expect(ring.pseudonymize('0171 2345678', 'praxis-weber', 1).slice(3)).not.toBe(p.slice(3));
    expect(KeyRing.generate().pseudonymize('0171 2345678', 'praxis-weber')).not.toBe(p);
  });

  it('pseudonymises a caller ID that is no phone number and never passes it through', () => {
    const p = ring.pseudonymize(' anonymous ', 't');
    expect(p).toMatch(/^p2_[a-z2-7]{26}$/);
    expect(p).not.toContain('anonymous');
    expect(ring.pseudonymize('anonymous', 't')).toBe(p);
    expect(ring.pseudonymize('', 't')).toMatch(/^p2_/);
  });

  it('verifies pseudonyms of old and new versions', () => {
    const old = ring.pseudonymize('0171 2345678', 't', 1);
    expect(ring.verify('+49 171 2345678', 't', old)).toBe(true);
    expect(ring.verify('+49 171 2345678', 't', ring.pseudonymize('0171 2345678', 't'))).toBe(true);
    expect(ring.verify('+49 171 2345679', 't', old)).toBe(false);
    expect(ring.verify('0171 2345678', 'other', old)).toBe(false);
    expect(ring.verify('0171 2345678', 't', `p9_${old.slice(3)}`)).toBe(false);
    expect(ring.verify('0171 2345678', 't', 'garbage')).toBe(false);
  });

  it('rotates to a new active version and keeps the old ones', () => {
    const rotated = ring.rotated();
    expect(rotated.active).toBe(3);
    expect(rotated.versions).toEqual([1, 2, 3]);
    expect(rotated.pseudonymize('0171 2345678', 't', 2)).toBe(ring.pseudonymize('0171 2345678', 't'));
    expect(rotated.pseudonymize('0171 2345678', 't')).toMatch(/^p3_/);
  });

  it('never shows key bytes when printed', () => {
    const shown = `${inspect(ring)} ${JSON.stringify(ring)} ${String(Object.values(ring))}`;
    expect(shown).toContain('active: 2');
    expect(shown).not.toContain(K2.toString('base64'));
    expect(shown).not.toContain(K2.toString('hex'));
    expect(shown).not.toMatch(/2,2,2,2/);
  });

  it.each([
    [new Map([[1, Buffer.alloc(16)]]), 1, 'keys.1: must be 32 bytes, got 16'],
    [new Map([[1, K1]]), 2, 'active: version 2 is not among the keys (1)'],
    [new Map([[0, K1]]), 0, 'keys: key version must be a positive integer, got 0'],
  ])('rejects malformed material (%#)', (keys, active, message) => {
    expect(() => KeyRing.fromKeys(keys, active)).toThrow(new KeyError(message));
  });

  it('marks ephemeral rings', () => {
    expect(KeyRing.ephemeral().isEphemeral).toBe(true);
    expect(KeyRing.generate().isEphemeral).toBe(false);
  });
});
