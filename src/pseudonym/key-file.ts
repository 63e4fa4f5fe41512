/**
 * Key material on disk and in the environment.
 *
 * Key file (JSON, mode 0600):
 *   {"format":"redact-de-keys/1","active":2,"keys":{"1":"<base64>","2":"<base64>"}}
 * Environment: REDACT_DE_KEY=<base64> (version 1) or REDACT_DE_KEY=v3:<base64>.
 *
 * Errors name the file or variable and the problem, never the key bytes.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KeyError } from '../errors.js';
import { KEY_BYTES, KeyRing } from './key-ring.js';

/** The `format` value of key files this version reads and writes. */
export const KEY_FILE_FORMAT = 'redact-de-keys/1';
/** The environment variable holding a key. */
export const KEY_ENV = 'REDACT_DE_KEY';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const VERSION = /^[1-9][0-9]{0,8}$/;
const ENV_VERSIONED = /^v([1-9][0-9]{0,8}):(.*)$/s;

/** Decodes one key, or throws a KeyError that says what is wrong without showing it. */
function decodeKey(text: unknown, where: string): Buffer {
  if (typeof text !== 'string') throw new KeyError(`${where}: must be a base64 string`);
  const trimmed = text.trim();
  let bytes: Buffer;
  if (BASE64.test(trimmed)) bytes = Buffer.from(trimmed, 'base64');
  else if (BASE64URL.test(trimmed)) bytes = Buffer.from(trimmed, 'base64url');
  else throw new KeyError(`${where}: not valid base64`);
  if (bytes.length !== KEY_BYTES) throw new KeyError(`${where}: must decode to ${KEY_BYTES} bytes, got ${bytes.length}`);
  return bytes;
}

/**
 * Parses the text of a key file.
 * @param text - file content
 * @param source - file name for messages
 * @throws KeyError naming `source` and the field
 */
export function parseKeyFile(text: string, source: string): KeyRing {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new KeyError(`${source}: not valid JSON (expected a redact-de key file; create one with "redact-de keygen -o ${source}")`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new KeyError(`${source}: must be a JSON object`);
  const { format, active, keys } = doc as Record<string, unknown>;
  if (format !== KEY_FILE_FORMAT) throw new KeyError(`${source}: format: expected "${KEY_FILE_FORMAT}"`);
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) throw new KeyError(`${source}: keys: must be an object of version -> base64 key`);
  const map = new Map<number, Buffer>();
  for (const [version, value] of Object.entries(keys)) {
    if (!VERSION.test(version)) throw new KeyError(`${source}: keys: version "${version.slice(0, 12)}" must be a positive integer`);
    map.set(Number(version), decodeKey(value, `${source}: keys.${version}`));
  }
  if (map.size === 0) throw new KeyError(`${source}: keys: must hold at least one key`);
  if (typeof active !== 'number' || !Number.isSafeInteger(active) || active < 1) throw new KeyError(`${source}: active: must be a positive integer`);
  if (!map.has(active)) throw new KeyError(`${source}: active: version ${active} is not among keys (${[...map.keys()].join(', ')})`);
  return KeyRing.fromKeys(map, active);
}

/**
 * Parses the value of REDACT_DE_KEY: `<base64>` (version 1) or `v<N>:<base64>`.
 * @throws KeyError naming the variable
 */
export function parseEnvKey(value: string, name: string = KEY_ENV): KeyRing {
  const m = ENV_VERSIONED.exec(value.trim());
  const version = m ? Number(m[1]) : 1;
  const key = decodeKey(m ? m[2] : value, `${name}`);
  return KeyRing.fromKeys(new Map([[version, key]]), version);
}

/** Where {@link loadKeyRing} looks for keys. */
export interface KeySource {
  /** Path of a key file (`--key-file`); wins over the environment. */
  keyFile?: string;
  /** Environment to read REDACT_DE_KEY from (pass `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Loads keys from a key file or REDACT_DE_KEY. Never invents a key: without
 * either, it throws.
 * @throws KeyError when no source is given or the key material is malformed
 * @example const keys = loadKeyRing({ keyFile: 'keys.json' });
 */
export function loadKeyRing(source: KeySource): KeyRing {
  if (source.keyFile) {
    let text: string;
    try {
      text = readFileSync(source.keyFile, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new KeyError(`${source.keyFile}: cannot read key file (${code})`);
    }
    return parseKeyFile(text, source.keyFile);
  }
  const envValue = source.env?.[KEY_ENV];
  if (envValue !== undefined && envValue !== '') return parseEnvKey(envValue);
  throw new KeyError(`no key: pass --key-file <file> or set ${KEY_ENV}; create a key file with "redact-de keygen -o keys.json"`);
}

/** Serialises a ring to key-file JSON. */
export function formatKeyFile(ring: KeyRing): string {
  const material = ring.exportMaterial();
  const keys: Record<string, string> = {};
  for (const version of [...material.keys.keys()].sort((a, b) => a - b)) keys[String(version)] = material.keys.get(version)!.toString('base64');
  return `${JSON.stringify({ format: KEY_FILE_FORMAT, active: material.active, keys }, null, 2)}\n`;
}

/** Options of {@link writeKeyFile}. */
export interface WriteKeyFileOptions {
  /** Replace an existing file. Default false: an existing file is an error. */
  force?: boolean;
}

/**
 * Writes a key file with mode 0600. Without `force` it refuses to overwrite;
 * with `force` it writes a temporary file and renames it over the old one, so
 * a crash never leaves a half-written key file.
 * @throws KeyError when the file exists (without force) or cannot be written
 */
export async function writeKeyFile(path: string, ring: KeyRing, options: WriteKeyFileOptions = {}): Promise<void> {
  const text = formatKeyFile(ring);
  const target = options.force ? join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`) : path;
  let fd: number;
  try {
    fd = openSync(target, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new KeyError(`${path}: already exists; pass --force to overwrite it or --rotate to add a key version`);
    throw new KeyError(`${path}: cannot create key file (${code ?? 'error'})`);
  }
  try {
    writeSync(fd, text);
    // The mode given to open() is reduced by the umask only, never widened; chmod makes it exact.
    chmodSync(target, 0o600);
  } catch (error) {
    closeSync(fd);
    unlinkSync(target);
    throw new KeyError(`${path}: cannot write key file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  closeSync(fd);
  if (target !== path) {
    try {
      renameSync(target, path);
    } catch (error) {
      unlinkSync(target);
      throw new KeyError(`${path}: cannot replace key file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
}
