/**
 * Adapter for @redactpii/node (MIT): regex redaction of e-mails, US phone
 * numbers, card numbers, US SSNs and names after an English greeting.
 *
 * The library returns only the redacted string, so spans are recovered by
 * aligning original and redacted text (./align-redacted.ts). Its replacement
 * strings are fixed per rule (lib/index.mjs, `_redactString`), which makes
 * them the alignment tokens.
 */
import { Redactor } from '@redactpii/node';
import type { EvalSpan } from '../../src/eval/index.js';
import { packageVersion } from './package-version.js';
import { AlignmentError, alignRedacted, type ReplacementToken } from './align-redacted.js';
import type { BenchInput, BenchSystem } from './types.js';

/** The library's replacement strings and the SPEC label each maps to. */
export const REDACTPII_TOKENS: readonly ReplacementToken[] = [
  { token: 'CREDIT_CARD_NUMBER', label: 'CARD' },
  { token: 'EMAIL_ADDRESS', label: 'EMAIL' },
  { token: 'PERSON_NAME', label: 'PERSON' },
  { token: 'PHONE_NUMBER', label: 'PHONE' },
  // A US social security number is an identifying number (SPEC ID).
  { token: 'US_SOCIAL_SECURITY_NUMBER', label: 'ID' },
];

/**
 * Builds the @redactpii/node system with its defaults (all five rules on,
 * normal mode, no dashboard key, so nothing leaves the machine).
 *
 * @returns the system; `predict` never throws on alignment problems but
 *   counts the turns it could not align in its notes
 */
export function createRedactPiiSystem(): BenchSystem {
  const redactor = new Redactor();
  const verify = (value: string, token: string): boolean => redactor.redact(value) === token;
  let failedTurns = 0;
  let turns = 0;
  return {
    name: '@redactpii/node',
    version: packageVersion('@redactpii/node'),
    licence: 'MIT',
    async predict(call: BenchInput): Promise<EvalSpan[]> {
      const out: EvalSpan[] = [];
      for (let t = 0; t < call.turns.length; t++) {
        const text = call.turns[t].text;
        turns++;
        try {
          for (const r of alignRedacted(text, redactor.redact(text), REDACTPII_TOKENS, verify)) {
            out.push({ turn: t, start: r.start, end: r.end, label: r.label });
          }
        } catch (error) {
          if (!(error instanceof AlignmentError)) throw error;
          failedTurns++;
        }
      }
      return out;
    },
    takeNotes(): string[] {
      const notes = failedTurns > 0 ? [`${failedTurns} of ${turns} turns could not be aligned; no spans counted for them`] : [];
      failedTurns = 0;
      turns = 0;
      return notes;
    },
  };
}
