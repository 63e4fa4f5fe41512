/**
 * Caller-ID pseudonymisation: E.164 normalisation, versioned keys with
 * per-tenant HKDF subkeys, key files and REDACT_DE_KEY.
 */
export { normalizeCallerId } from './caller-id.js';
export { KEY_BYTES, KeyRing, pseudonymizeCallerId, type KeyMaterial } from './key-ring.js';
export {
  formatKeyFile,
  KEY_ENV,
  KEY_FILE_FORMAT,
  loadKeyRing,
  parseEnvKey,
  parseKeyFile,
  writeKeyFile,
  type KeySource,
  type WriteKeyFileOptions,
} from './key-file.js';
