/** RFC 4648 base32, lowercase, no padding: case-insensitive and safe in file names and CSV cells. */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Encodes bytes as lowercase unpadded base32.
 * @example base32(Buffer.from('foobar')) // 'mzxw6ytboi'
 */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}
