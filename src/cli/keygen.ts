/**
 * `redact-de keygen`: creates a key file, or with --rotate adds a new key
 * version to one and makes it active. Old versions stay so that old
 * pseudonyms can still be verified. Key bytes are never printed.
 */
import { KeyError } from '../errors.js';
import { KeyRing, loadKeyRing, writeKeyFile } from '../pseudonym/index.js';

/** Options of {@link runKeygen}. */
export interface KeygenOptions {
  /** Key file to create or rotate. */
  out: string;
  /** Add a new version to the existing file `out` and make it active. */
  rotate?: boolean;
  /** Overwrite an existing file with a fresh one (ignored with `rotate`). */
  force?: boolean;
  /** Where the one-line summary goes; default stderr. */
  log?: (line: string) => void;
}

/**
 * Creates or rotates a key file (mode 0600).
 * @throws KeyError when the file exists (without force/rotate), is missing (with rotate) or is malformed
 * @example await runKeygen({ out: 'keys.json' }); // keys.json: version 1
 */
export async function runKeygen(options: KeygenOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (options.rotate) {
    let ring: KeyRing;
    try {
      ring = loadKeyRing({ keyFile: options.out });
    } catch (error) {
      if (error instanceof KeyError) throw new KeyError(`${error.message} (--rotate needs an existing key file)`);
      throw error;
    }
    const next = ring.rotated();
    await writeKeyFile(options.out, next, { force: true });
    log(`redact-de keygen: ${options.out}: added key version ${next.active} (active); versions ${next.versions.join(', ')}`);
    return;
  }
  const ring = KeyRing.generate();
  await writeKeyFile(options.out, ring, { force: options.force });
  log(`redact-de keygen: ${options.out}: new key file, version ${ring.active}, mode 0600`);
}
