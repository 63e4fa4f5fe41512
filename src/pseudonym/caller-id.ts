/**
 * Caller-ID normalisation: the same line written "0171 2345678", "+49 (0)171
 * 2345678" or "0049 171 2345678" must give the same pseudonym, so numbers are
 * brought to E.164 first (libphonenumber-js, default region DE, offline metadata).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The E.164 form of a caller ID, or undefined when it is not a possible phone number.
 * @param raw - caller ID as delivered by the telephony system
 * @param defaultRegion - region for numbers without country code; default DE
 * @returns e.g. "+491712345678"
 * @example normalizeCallerId('0171 2345678') // '+491712345678'
 */
export function normalizeCallerId(raw: string, defaultRegion: 'DE' | 'AT' | 'CH' = 'DE'): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultRegion);
  if (!parsed || !parsed.isPossible()) return undefined;
  return parsed.number;
}
