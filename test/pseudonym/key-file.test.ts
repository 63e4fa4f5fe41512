import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKeygen } from '../../src/cli/keygen.js';
import { KeyError } from '../../src/errors.js';
import { KeyRing, loadKeyRing, parseEnvKey, parseKeyFile, writeKeyFile } from '../../src/pseudonym/index.js';

const B64 = Buffer.alloc(32, 7).toString('base64');
const B64_2 = Buffer.alloc(32, 9).toString('base64');
const tmp = () => mkdtempSync(join(tmpdir(), 'redact-de-keys-'));
const file = (doc: unknown) => JSON.stringify(doc);

describe('parseKeyFile', () => {
  it('reads versions and the active one', () => {
    const ring = parseKeyFile(file({ format: 'redact-de-keys/1', active: 2, keys: { '1': B64, '2': B64_2 } }), 'keys.json');
    expect(ring.active).toBe(2);
    expect(ring.versions).toEqual([1, 2]);
  });

  it.each([
    ['{', 'keys.json: not valid JSON (expected a redact-de key file; create one with "redact-de keygen -o keys.json")'],
    [file([]), 'keys.json: must be a JSON object'],
    [file({ format: 'x', active: 1, keys: { '1': B64 } }), 'keys.json: format: expected "redact-de-keys/1"'],
    [file({ format: 'redact-de-keys/1', active: 1, keys: {} }), 'keys.json: keys: must hold at least one key'],
    [file({ format: 'redact-de-keys/1', active: 1, keys: { a: B64 } }), 'keys.json: keys: version "a" must be a positive integer'],
    [file({ format: 'redact-de-keys/1', active: 1, keys: { '1': 'not base64!' } }), 'keys.json: keys.1: not valid base64'],
    [file({ format: 'redact-de-keys/1', active: 1, keys: { '1': Buffer.alloc(16).toString('base64') } }), 'keys.json: keys.1: must decode to 32 bytes, got 16'],
    [file({ format: 'redact-de-keys/1', active: 3, keys: { '1': B64 } }), 'keys.json: active: version 3 is not among keys (1)'],
    [file({ format: 'redact-de-keys/1', active: '1', keys: { '1': B64 } }), 'keys.json: active: must be a positive integer'],
  ])('rejects %s', (text, message) => {
    expect(() => parseKeyFile(text, 'keys.json')).toThrow(new KeyError(message));
  });

  it('never quotes key material in errors', () => {
    const short = Buffer.alloc(31, 5).toString('base64');
    try {
      parseKeyFile(file({ format: 'redact-de-keys/1', active: 1, keys: { '1': short } }), 'keys.json');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });
});

describe('REDACT_DE_KEY', () => {
  it('reads a bare key as version 1 and v<N>: as version N', () => {
    expect(parseEnvKey(B64).active).toBe(1);
    expect(parseEnvKey(`v3:${B64}`).active).toBe(3);
    expect(parseEnvKey(`v3:${B64}`).pseudonymize('0171 2345678', 't')).toMatch(/^p3_/);
    expect(parseEnvKey(Buffer.alloc(32, 7).toString('base64url')).pseudonymize('1', 't')).toBe(parseEnvKey(B64).pseudonymize('1', 't'));
  });

  it.each([
    ['abc', 'REDACT_DE_KEY: must decode to 32 bytes, got 2'],
    ['v0:abc', 'REDACT_DE_KEY: not valid base64'],
    ['***', 'REDACT_DE_KEY: not valid base64'],
  ])('rejects %j', (value, message) => {
    expect(() => loadKeyRing({ env: { REDACT_DE_KEY: value } })).toThrow(new KeyError(message));
  });

  it('never invents a key', () => {
    expect(() => loadKeyRing({})).toThrow(KeyError);
    expect(() => loadKeyRing({ env: {} })).toThrow('no key: pass --key-file <file> or set REDACT_DE_KEY');
  });

  it('prefers the key file over the environment', () => {
    const dir = tmp();
    const path = join(dir, 'k.json');
    writeFileSync(path, file({ format: 'redact-de-keys/1', active: 4, keys: { '4': B64 } }));
    expect(loadKeyRing({ keyFile: path, env: { REDACT_DE_KEY: B64_2 } }).active).toBe(4);
  });

  it('names a missing key file', () => {
    expect(() => loadKeyRing({ keyFile: '/nonexistent/keys.json' })).toThrow('/nonexistent/keys.json: cannot read key file (ENOENT)');
  });
});

describe('writeKeyFile and keygen', () => {
  it('writes mode 0600 and reads back the same keys', async () => {
    const path = join(tmp(), 'keys.json');
    const ring = KeyRing.generate();
    await writeKeyFile(path, ring);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const back = loadKeyRing({ keyFile: path });
    expect(back.pseudonymize('0171 2345678', 't')).toBe(ring.pseudonymize('0171 2345678', 't'));
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('redact-de-keys/1');
  });

  it('refuses to overwrite without force', async () => {
    const path = join(tmp(), 'keys.json');
    await writeKeyFile(path, KeyRing.generate());
    await expect(writeKeyFile(path, KeyRing.generate())).rejects.toThrow(
      `${path}: already exists; pass --force to overwrite it or --rotate to add a key version`,
    );
    const replacement = KeyRing.generate();
    await writeKeyFile(path, replacement, { force: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadKeyRing({ keyFile: path }).pseudonymize('1', 't')).toBe(replacement.pseudonymize('1', 't'));
  });

  it('keygen creates a file, refuses to clobber it, and rotates keeping old keys', async () => {
    const path = join(tmp(), 'keys.json');
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await runKeygen({ out: path, log });
    const v1 = loadKeyRing({ keyFile: path });
    const old = v1.pseudonymize('0171 2345678', 'praxis');
    await expect(runKeygen({ out: path, log })).rejects.toThrow(KeyError);
    await runKeygen({ out: path, rotate: true, log });
    const v2 = loadKeyRing({ keyFile: path });
    expect(v2.active).toBe(2);
    expect(v2.versions).toEqual([1, 2]);
    expect(v2.verify('+49 171 2345678', 'praxis', old)).toBe(true);
    expect(v2.pseudonymize('0171 2345678', 'praxis')).toMatch(/^p2_/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    for (const line of lines) {
      for (const key of Object.values(JSON.parse(text).keys) as string[]) expect(line).not.toContain(key);
    }
    expect(lines).toHaveLength(2);
  });

  it('keygen --rotate needs an existing file', async () => {
    const path = join(tmp(), 'missing.json');
    await expect(runKeygen({ out: path, rotate: true, log: () => {} })).rejects.toThrow(
      `${path}: cannot read key file (ENOENT) (--rotate needs an existing key file)`,
    );
  });
});
