import { KeyRing, loadKeyRing } from '../pseudonym/index.js';

/**
 * Keys for the CLI: --key-file, else REDACT_DE_KEY, else a random key for
 * this run only, with a warning, because its pseudonyms cannot be reproduced.
 */
export function resolveKeys(keyFile: string | undefined): KeyRing {
  if (keyFile || process.env.REDACT_DE_KEY) return loadKeyRing({ keyFile, env: process.env });
  process.stderr.write(
    'redact-de: warning: no key (--key-file or REDACT_DE_KEY); caller-ID pseudonyms use a random key and are not stable across runs\n',
  );
  return KeyRing.ephemeral();
}
