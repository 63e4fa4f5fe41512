import { z } from 'zod';
import { LABELS, SPECIAL_SUBTYPES } from '../types.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');

/** Context words near a match: raise the score, or (as a guard) drop the match. */
export const contextSchema = z.strictObject({
  /** Lowercase words or phrases. */
  words: z.array(z.string().min(1)).min(1),
  /** Characters before the match searched for a word. */
  before: z.number().int().min(0).max(500).default(60),
  /** Characters after the match searched for a word. */
  after: z.number().int().min(0).max(500).default(0),
  /** Added to the pattern score when a word is found (context only). */
  boost: score.default(0.35),
});

/** One regex of a pattern rule. */
export const patternSchema = z.strictObject({
  name: z.string().min(1),
  regex: z.string().min(1),
  flags: z.string().default(''),
  /** Which text the regex runs on: the original, or a spoken-form normalisation. */
  view: z.enum(['text', 'lower', 'digits', 'email']).default('text'),
  /**
   * A literal that every match contains ("@", ":"): the regex runs only on
   * texts that contain it, a cheap pre-check for rare patterns.
   */
  requires: z.string().min(1).optional(),
  /** Capture group whose range is the entity (0 = whole match). */
  group: z.number().int().min(0).max(9).default(0),
  score,
  /** Minimum and maximum number of digits in the match (spoken forms included). */
  minDigits: z.number().int().min(0).optional(),
  maxDigits: z.number().int().min(0).optional(),
});

/**
 * A declarative detector: `rules/<label>/<name>.yaml`. Scoring follows presidio:
 * a validator that accepts gives 1.0, one that rejects drops the match, no
 * validator leaves the pattern score (+ context boost). Matches scoring under
 * `minScore` are dropped.
 */
export const patternRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  label: z.enum(LABELS),
  subtype: z.enum(SPECIAL_SUBTYPES).optional(),
  description: z.string().optional(),
  patterns: z.array(patternSchema).min(1),
  /** Name of a validator in src/rules/validators (applied to the letters and digits of the match). */
  validator: z.string().optional(),
  context: contextSchema.optional(),
  /** Words that veto a match when found around it ("Uhr", "Euro"). */
  guards: contextSchema.omit({ boost: true }).optional(),
  minScore: score.default(0.5),
});

/** A parsed pattern rule file. */
export type PatternRule = z.output<typeof patternRuleSchema>;
