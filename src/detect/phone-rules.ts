/**
 * Loads rules/phone/phone.yaml (scores, cue words, units, fillers) once and
 * compiles its word lists into lexicons.
 */
import { z } from 'zod';
import { loadRuleFile } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import type { PhoneKind } from './phone-check.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const words = z.array(z.string().min(1)).min(1, 'must list at least one word');

/** Schema of rules/phone/phone.yaml. */
export const phoneRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  scores: z.strictObject({
    international: score,
    mobile: score,
    national: score,
    shortNational: score,
    unverified: score,
    local: score,
    joined: score,
    readBack: score,
  }),
  contextBoost: score,
  minScore: score,
  cueWindow: z.number().int().min(0).max(500),
  cueEndings: z.array(z.string().min(1)),
  context: words,
  competitors: words,
  unitEndings: z.array(z.string().min(1)),
  units: words,
  unitSymbols: z.string(),
  extensionCues: words,
  fillers: words,
  acknowledgements: words,
  corrections: z.array(z.string().min(1)).default([]),
});

/** The compiled phone rules. */
export interface PhoneRules {
  readonly id: string;
  readonly kindScore: Readonly<Record<Exclude<PhoneKind, 'none'>, number>>;
  readonly joinedScore: number;
  readonly readBackScore: number;
  readonly contextBoost: number;
  readonly minScore: number;
  readonly cueWindow: number;
  /** Cue lexicons in the order nearestCueBefore reports them: see CUE_*. */
  readonly cues: readonly Lexicon[];
  readonly units: Lexicon;
  readonly unitSymbols: string;
  readonly fillers: Lexicon;
  readonly acknowledgements: Lexicon;
  /** Words that correct a number just said ("nein warte"), see phone-correct.ts. */
  readonly corrections: Lexicon;
}

/** Index of the extension lexicon ("Durchwahl") in {@link PhoneRules.cues}; also a context word. */
export const CUE_EXTENSION = 0;
/** Index of the context lexicon in {@link PhoneRules.cues}. */
export const CUE_CONTEXT = 1;
/** Index of the competitor lexicon in {@link PhoneRules.cues}. */
export const CUE_COMPETITOR = 2;

/**
 * Loads and compiles a phone rule file.
 * @param relativePath - path inside rules/
 * @throws ConfigError naming the file and field when the file is invalid
 */
export function loadPhoneRules(relativePath = 'phone/phone.yaml'): PhoneRules {
  const rule = loadRuleFile(relativePath, phoneRuleSchema);
  const { joined, readBack, ...kindScore } = rule.scores;
  return Object.freeze({
    id: rule.id,
    kindScore,
    joinedScore: joined,
    readBackScore: readBack,
    contextBoost: rule.contextBoost,
    minScore: rule.minScore,
    cueWindow: rule.cueWindow,
    // Extension cues come first: on a tie (the same word in two lists) the first lexicon wins.
    cues: [
      new Lexicon(rule.extensionCues, { endings: rule.cueEndings }),
      new Lexicon(rule.context, { endings: rule.cueEndings }),
      new Lexicon(rule.competitors, { endings: rule.cueEndings }),
    ],
    units: new Lexicon(rule.units, { endings: rule.unitEndings }),
    unitSymbols: rule.unitSymbols,
    fillers: new Lexicon(rule.fillers),
    acknowledgements: new Lexicon(rule.acknowledgements),
    corrections: new Lexicon(rule.corrections),
  });
}
