import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { compileOperatorTable, createCallState } from '../../src/operators/index.js';
import { KeyRing } from '../../src/pseudonym/index.js';
import { runner } from './helpers.js';

const KEY = 'test-key-0123456789abcdef';

describe('hash', () => {
  it('refuses to compile without a key', () => {
    expect(() => compileOperatorTable({ PHONE: 'hash' })).toThrow(ConfigError);
    expect(() => compileOperatorTable({ PHONE: 'hash' })).toThrow(
      'operators.PHONE: the hash operator needs a key: set params.key, or provide keys (--key-file or REDACT_DE_KEY)',
    );
  });

  it('rejects a short key without echoing it', () => {
    const attempt = () => compileOperatorTable({ PHONE: { name: 'hash', params: { key: 'geheim' } } });
    expect(attempt).toThrow('operators.PHONE.params.key: must be at least 16 characters');
    expect(attempt).not.toThrow(/geheim/);
  });

  it('is the HMAC-SHA-256 of label and normalised value, truncated', () => {
    const apply = runner({ DEFAULT: { name: 'hash', params: { key: KEY } } });
    const expected = createHmac('sha256', KEY).update('PHONE\u000001712345678').digest('hex').slice(0, 8);
    expect(apply('PHONE', '0171 2345678')).toBe(`[PHONE:${expected}]`);
  });

  it('gives the same token to the same value in any form, across calls', () => {
    const a = runner({ DEFAULT: { name: 'hash', params: { key: KEY } } });
    const b = runner({ DEFAULT: { name: 'hash', params: { key: KEY } } }, { callId: 'other' });
    expect(a('PHONE', '0171 2345678')).toBe(b('PHONE', '+49 171 234 56 78'));
    expect(a('PERSON', 'Jana Krüger')).toBe(b('PERSON', 'jana krueger'));
    expect(a('PERSON', 'Jana Krüger')).not.toBe(a('PERSON', 'Jana Kruger'));
  });

  it('differs by label, key and length', () => {
    const a = runner({ DEFAULT: { name: 'hash', params: { key: KEY } } });
    const other = runner({ DEFAULT: { name: 'hash', params: { key: `${KEY}!` } } });
    const long = runner({ DEFAULT: { name: 'hash', params: { key: KEY, length: 16 } } });
    expect(a('ID', '4711')).not.toBe(a('PHONE', '4711'));
    expect(a('ID', '4711')).not.toBe(other('ID', '4711'));
    expect(long('ID', '4711')).toMatch(/^\[ID:[0-9a-f]{16}\]$/);
    expect(long('ID', '4711').slice(4, 12)).toBe(a('ID', '4711').slice(4, 12));
  });

  it('derives a per-tenant key from the key ring', () => {
    const keys = KeyRing.generate();
    const table = compileOperatorTable({ DEFAULT: 'hash' }, keys);
    const at = (tenant: string) => table.apply('Jana Krüger', { label: 'PERSON', call: createCallState({ tenant }) });
    expect(at('praxis-weber')).toMatch(/^\[PERSON:[0-9a-f]{8}\]$/);
    expect(at('praxis-weber')).toBe(at('praxis-weber'));
    expect(at('praxis-weber')).not.toBe(at('kanzlei-schulz'));
    const other = compileOperatorTable({ DEFAULT: 'hash' }, KeyRing.generate());
    expect(other.apply('Jana Krüger', { label: 'PERSON', call: createCallState({ tenant: 'praxis-weber' }) })).not.toBe(at('praxis-weber'));
  });
});
