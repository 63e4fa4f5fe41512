/**
 * Adapter for openredaction (MIT; the package re-exports @openredaction/core):
 * about 580 regex patterns with validators and context scoring, mostly for
 * English-speaking countries (US/UK phone numbers, SSN, NHS, ...), plus a few
 * German ones (tax ID, licence plates) and generic ones (e-mail, IBAN, card,
 * date, capitalised names).
 *
 * `detect()` returns detections with `position: [start, end]` in the text it
 * was given, so no alignment is needed; those positions are the predictions.
 * (Its `redacted` string additionally replaces every further case-insensitive
 * occurrence of a detected value, even inside other words; benchmarks/README.md
 * discusses that effect. The figures here score the detections.)
 */
import { OpenRedaction } from 'openredaction';
import type { EvalSpan } from '../../src/eval/index.js';
import type { Label } from '../../src/types.js';
import { packageVersion } from './package-version.js';
import type { BenchInput, BenchSystem } from './types.js';

// Explicit mappings of openredaction pattern types to SPEC labels; any other
// type is an identifying number or code of some kind and maps to ID. The
// table is in benchmarks/README.md.
const kTypeLabels: ReadonlyMap<string, Label> = new Map<string, Label>([
  ['NAME', 'PERSON'],
  ['EMERGENCY_CONTACT', 'PERSON'],
  ['NER_PERSON', 'PERSON'],
  ['EMAIL', 'EMAIL'],
  ['IBAN', 'IBAN'],
  ['UK_BANK_ACCOUNT_IBAN', 'IBAN'],
  ['UK_SORT_CODE_ACCOUNT', 'IBAN'],
  ['BANK_ACCOUNT_UK', 'IBAN'],
  ['SORT_CODE_UK', 'IBAN'],
  ['ROUTING_NUMBER_US', 'IBAN'],
  ['IFSC', 'IBAN'],
  ['BSB_AU', 'IBAN'],
  ['CLABE', 'IBAN'],
  ['SWIFT_BIC', 'IBAN'],
  ['WIRE_TRANSFER_DETAILS', 'IBAN'],
  ['CREDIT_CARD', 'CARD'],
  ['CVV', 'CARD'],
  ['CVV_CODE', 'CARD'],
  ['CARD_EXPIRY', 'CARD'],
  ['CARD_TRACK1_DATA', 'CARD'],
  ['CARD_TRACK2_DATA', 'CARD'],
  ['ADDRESS_STREET', 'ADDRESS'],
  ['ADDRESS_PO_BOX', 'ADDRESS'],
  ['ZIP_CODE_US', 'ADDRESS'],
  ['POSTCODE_UK', 'ADDRESS'],
  ['DATE_OF_BIRTH', 'DATE_OF_BIRTH'],
  // A generic date is the closest SPEC label; appointment dates it also
  // catches then count as false positives, which they are for SPEC.
  ['DATE', 'DATE_OF_BIRTH'],
  ['ALLERGY_INFO', 'HEALTH'],
  ['DRUG_DOSAGE', 'HEALTH'],
  ['BLOOD_TYPE', 'HEALTH'],
  ['ICD10_CODE', 'HEALTH'],
  ['GENETIC_MARKER', 'SPECIAL'],
  ['DNA_SEQUENCE', 'SPECIAL'],
  ['BIOMETRIC_ID', 'SPECIAL'],
]);

/**
 * Maps an openredaction pattern type to a SPEC label.
 *
 * @param type - `detections[].type`, e.g. `PHONE_UK_MOBILE`
 * @returns the SPEC label; types with `PHONE` in the name are PHONE, unlisted types ID
 * @example
 * openRedactionLabel('PHONE_INTERNATIONAL'); // 'PHONE'
 * openRedactionLabel('GERMAN_TAX_ID');       // 'ID'
 */
export function openRedactionLabel(type: string): Label {
  const mapped = kTypeLabels.get(type);
  if (mapped) return mapped;
  if (type.includes('PHONE')) return 'PHONE';
  return 'ID';
}

/** Options of {@link createOpenRedactionSystem}. */
export interface OpenRedactionSystemOptions {
  /** A compliance preset of the library, e.g. `gdpr`; default none (all patterns). */
  preset?: 'gdpr';
}

/**
 * Builds the openredaction system with the library's defaults (or a preset).
 * Learning is switched off only so the library does not read
 * `.openredaction/learnings.json` from the working directory; it changes no
 * detection.
 *
 * @param opts - optional preset
 * @returns the system
 */
export function createOpenRedactionSystem(opts: OpenRedactionSystemOptions = {}): BenchSystem {
  const detector = new OpenRedaction({
    enableLearning: false,
    ...(opts.preset ? { preset: opts.preset } : {}),
  } as ConstructorParameters<typeof OpenRedaction>[0]);
  return {
    name: opts.preset ? `openredaction (preset ${opts.preset})` : 'openredaction (default)',
    version: packageVersion('openredaction'),
    licence: 'MIT',
    async predict(call: BenchInput): Promise<EvalSpan[]> {
      const out: EvalSpan[] = [];
      for (let t = 0; t < call.turns.length; t++) {
        const text = call.turns[t].text;
        const result = await detector.detect(text);
        for (const d of result.detections) {
          const label = openRedactionLabel(d.type);
          const [start, end] = d.position;
          if (end > start) out.push({ turn: t, start, end, label });
        }
      }
      return out;
    },
  };
}
