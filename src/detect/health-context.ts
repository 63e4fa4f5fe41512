/**
 * The schema of rules/health/context.yaml (trigger phrases, stopwords, name
 * titles, institution guards) and the compiled span extensions: text after
 * a hit that belongs to it (dose after a drug, "Typ 2" after "Diabetes",
 * "im Knie" after "Arthrose") and text before it ("im sechsten Monat" before
 * "schwanger").
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const phrases = z.array(z.string().min(1)).min(1);

/** rules/health/context.yaml */
export const contextSchema = z.strictObject({
  description: z.string().optional(),
  triggers: z.strictObject({
    /** The phrase is followed by the health term: "leide an", "Diagnose". */
    after: phrases,
    /** The phrase follows it: "verschrieben", "verordnet". */
    before: phrases,
    /** The term sits between an opening and a closing word: "nehme ... ein". */
    between: z.strictObject({
      open: phrases,
      close: phrases,
      breaks: phrases,
      maxGap: z.number().int().min(1).max(12),
    }),
    /** A before-capture right after one of these is a prepositional phrase ("vor der X abgesetzt"). */
    prepositions: phrases,
    maxTokens: z.number().int().min(1).max(5),
    score,
  }),
  /** Determiners, pronouns, adverbs skipped before the captured phrase. */
  skip: phrases,
  /** Words that end a captured phrase (and are skipped inside a between-gap). */
  stopwords: phrases,
  /** A hit right after one of these words is a name ("Herr Krebs"), not health data. */
  nameTitles: phrases,
  /** A hit with one of these before it names an institution ("Praxis für Physiotherapie"). */
  guards: z.strictObject({ words: phrases, before: z.number().int().min(1).max(100) }),
  institutions: z.strictObject({
    /** A hit followed by one of these ("Reha-Zentrum", "Reha Zentrum") names a business. */
    words: phrases,
    /** In an agent turn, a hit shortly before one of these is the business's name. */
    greetings: phrases,
    greetingWindow: z.number().int().min(1).max(200),
  }),
  /**
   * Heads of compounds that speech recognition writes as two words after a
   * body part ("prostata untersuchung", "hüft tep"); the pair must still
   * analyse as one health word.
   */
  splitHeads: z.array(z.string().min(1)).default([]),
  /** Text after a hit of the named term sets that belongs to the span. */
  rightExtensions: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        after: z.array(z.string().min(1)).min(1),
        /** Matched on the lowercase text exactly at the end of the hit. */
        regex: z.string().min(1).optional(),
        /** A body part follows (after the regex, if any): "gebrochenes Bein", "Arthrose im Knie". */
        bodyWord: z.boolean().default(false),
      }),
    )
    .default([]),
  /**
   * Text right before a hit of the named sets that belongs to the span
   * ("im sechsten Monat schwanger"); the regex must match up to the hit.
   */
  leftExtensions: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        before: z.array(z.string().min(1)).min(1),
        regex: z.string().min(1),
        /** Characters before the hit the regex may reach back. */
        window: z.number().int().min(1).max(100).default(50),
      }),
    )
    .default([]),
});

export type ContextSpec = z.output<typeof contextSchema>;

/** A compiled right extension: a sticky regex and/or "then a body part". */
export interface RightExtension {
  readonly regex?: RegExp;
  readonly bodyWord: boolean;
}

/** A compiled left extension: a regex anchored at the end of a short window before the hit. */
export interface LeftExtension {
  readonly regex: RegExp;
  readonly window: number;
}

/** Compiles the left extensions by term-set name. */
export function compileLeftExtensions(spec: ContextSpec, source: string): Map<string, LeftExtension[]> {
  const bySet = new Map<string, LeftExtension[]>();
  spec.leftExtensions.forEach((ext, i) => {
    let regex: RegExp;
    try {
      regex = new RegExp(`(?:${ext.regex})$`, 'u');
    } catch {
      throw new ConfigError(`${source}: leftExtensions[${i}].regex: invalid regular expression`);
    }
    for (const set of ext.before) bySet.set(set, [...(bySet.get(set) ?? []), { regex, window: ext.window }]);
  });
  return bySet;
}

/** Compiles the right extensions by term-set name. Regexes get the sticky flag: they run at one position. */
export function compileExtensions(spec: ContextSpec, source: string): Map<string, RightExtension[]> {
  const bySet = new Map<string, RightExtension[]>();
  spec.rightExtensions.forEach((ext, i) => {
    let regex: RegExp | undefined;
    if (ext.regex !== undefined) {
      try {
        regex = new RegExp(ext.regex, 'yu');
      } catch {
        throw new ConfigError(`${source}: rightExtensions[${i}].regex: invalid regular expression`);
      }
    }
    for (const set of ext.after) {
      const list = bySet.get(set) ?? [];
      list.push({ regex, bodyWord: ext.bodyWord });
      bySet.set(set, list);
    }
  });
  return bySet;
}

/** Start of the first left extension whose regex ends exactly at `start`, else `start`. */
export function extendLeft(lower: string, start: number, exts: readonly LeftExtension[]): number {
  for (const ext of exts) {
    const from = Math.max(0, start - ext.window);
    const m = ext.regex.exec(lower.slice(from, start));
    if (m) return from + m.index;
  }
  return start;
}
