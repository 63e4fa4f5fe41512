/**
 * Health data introduced by a phrase rather than recognised by its word:
 * "ich leide an X", "Diagnose: X", "der Arzt hat mir X verschrieben",
 * "ich nehme täglich X ein". X is an unknown drug or disease the lexicon
 * lacks, so the noun phrase next to the trigger is taken, bounded by
 * stopwords, punctuation and a few tokens. Also the span extensions that
 * follow a hit (dose after a drug, "Typ 2" after "Diabetes").
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { PrefixFilter, WORD } from './health-prefilter.js';

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
    between: z.strictObject({ open: phrases, close: phrases, maxGap: z.number().int().min(1).max(12) }),
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

/** Token boundaries: a run of word characters with inner hyphens ("Magen-Darm"). */
export function tokenEnd(text: string, start: number): number {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD[c]) i++;
    else if (c === 45 && i + 1 < n && WORD[text.charCodeAt(i + 1)] && i > start) i++;
    else break;
  }
  return i;
}

/** Start of the next hyphen-joined part of the token `[start, end)`, or `end`. */
export function nextPart(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 45) return i + 1;
  return end;
}

/** Start of the token ending at `end` (exclusive). */
export function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isWordChar(c)) i--;
    else if (c === 45 && i - 2 >= 0 && isWordChar(text.charCodeAt(i - 2)) && i < end) i--;
    else break;
  }
  return i;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether `lower[start, end)` is exactly one phrase of `lex`. */
export function isExactly(lex: Lexicon, lower: string, start: number, end: number): boolean {
  const m = lex.matchAt(lower, start, end);
  return m !== undefined && m.end === end;
}

/** Callback telling whether a token is already a health term (then it is not captured). */
export type IsTerm = (start: number, end: number) => boolean;

/** Where the health term stands relative to a trigger phrase. */
export type TriggerKind = 'after' | 'before' | 'between';

/** A captured phrase, or undefined. */
export interface Capture {
  start: number;
  end: number;
}

/** Trigger lexicons and the capture walk. */
export class TriggerCapture {
  /** All trigger phrases in one trie; `kinds[entry]` says which kind a phrase is. */
  private readonly triggers: Lexicon;
  private readonly kinds: TriggerKind[] = [];
  private readonly filter = new PrefixFilter();
  private readonly close: Lexicon;
  private readonly skip: Lexicon;
  private readonly stop: Lexicon;
  private readonly maxTokens: number;
  private readonly maxGap: number;
  readonly score: number;

  constructor(spec: ContextSpec) {
    const phrases: string[] = [];
    const add = (list: readonly string[], kind: TriggerKind): void => {
      for (const p of list) {
        phrases.push(p);
        this.kinds.push(kind);
      }
    };
    add(spec.triggers.after, 'after');
    add(spec.triggers.before, 'before');
    add(spec.triggers.between.open, 'between');
    this.triggers = new Lexicon(phrases);
    for (const p of phrases) this.filter.addPrefix(p.toLowerCase(), []);
    this.close = new Lexicon(spec.triggers.between.close);
    this.skip = new Lexicon(spec.skip);
    this.stop = new Lexicon(spec.stopwords);
    this.maxTokens = spec.triggers.maxTokens;
    this.maxGap = spec.triggers.between.maxGap;
    this.score = spec.triggers.score;
  }

  /** The trigger phrase starting at word start `pos`, or undefined. */
  match(lower: string, pos: number): { kind: TriggerKind; end: number } | undefined {
    if (!this.filter.mayStartAt(lower, pos)) return undefined;
    const m = this.triggers.matchAt(lower, pos);
    return m ? { kind: this.kinds[m.entry], end: m.end } : undefined;
  }

  private isFunctionWord(lower: string, s: number, e: number): boolean {
    return isExactly(this.skip, lower, s, e) || isExactly(this.stop, lower, s, e);
  }

  /**
   * The phrase after position `from` (end of an after-trigger): skip
   * determiners, then take content tokens up to a stopword, punctuation,
   * a known term or `maxTokens`. In written text (`cased`) the phrase must
   * end in a capitalised word, as German nouns are.
   */
  captureAfter(text: string, lower: string, from: number, cased: boolean, isTerm: IsTerm): Capture | undefined {
    let i = from;
    let start = -1;
    let lastNoun = -1;
    let count = 0;
    let leadingPunct = true;
    while (i < lower.length && count < this.maxTokens) {
      const c = lower.charCodeAt(i);
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        // "Diagnose: X" and "Diagnose - X" are fine right after the trigger only.
        if (leadingPunct && start < 0 && (c === 58 || c === 45 || c === 8211)) {
          i++;
          leadingPunct = false;
          continue;
        }
        break;
      }
      const e = tokenEnd(lower, i);
      if (start < 0 && isExactly(this.skip, lower, i, e)) {
        i = e;
        continue;
      }
      if (this.isFunctionWord(lower, i, e) || hasDigit(lower, i, e) || isTerm(i, e)) break;
      if (start < 0) start = i;
      if (!cased || text.charCodeAt(i) !== lower.charCodeAt(i)) lastNoun = e;
      count++;
      i = e;
    }
    return start >= 0 && lastNoun > start ? { start, end: lastNoun } : undefined;
  }

  /** The phrase ending right before `to` (start of a before-trigger), walking left. */
  captureBefore(text: string, lower: string, to: number, cased: boolean, isTerm: IsTerm): Capture | undefined {
    let i = to;
    let start = -1;
    let end = -1;
    let count = 0;
    while (i > 0 && count < this.maxTokens) {
      const c = lower.charCodeAt(i - 1);
      if (isBlank(c)) {
        i--;
        continue;
      }
      if (!isWordChar(c)) break;
      const s = tokenStart(lower, i);
      if (this.isFunctionWord(lower, s, i) || hasDigit(lower, s, i) || isTerm(s, i)) break;
      if (end < 0) {
        // The word next to the verb must be the noun in written text.
        if (cased && text.charCodeAt(s) === lower.charCodeAt(s)) return undefined;
        end = i;
      }
      start = s;
      count++;
      i = s;
    }
    return end > 0 ? { start, end } : undefined;
  }

  /**
   * For "nehme ... ein": the first run of content tokens between the opening
   * word ending at `from` and a closing word at most `maxGap` tokens later.
   */
  captureBetween(text: string, lower: string, from: number, cased: boolean, isTerm: IsTerm): Capture | undefined {
    let i = from;
    let runStart = -1;
    let runEnd = -1;
    let done = false;
    let gap = 0;
    while (i < lower.length && gap <= this.maxGap) {
      const c = lower.charCodeAt(i);
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (!isWordChar(c)) return undefined;
      const e = tokenEnd(lower, i);
      gap++;
      if (isExactly(this.close, lower, i, e)) return runEnd > 0 ? { start: runStart, end: runEnd } : undefined;
      const content =
        !this.isFunctionWord(lower, i, e) &&
        !hasDigit(lower, i, e) &&
        !isTerm(i, e) &&
        (!cased || text.charCodeAt(i) !== lower.charCodeAt(i));
      if (!done) {
        if (content) {
          if (runStart < 0) runStart = i;
          runEnd = e;
        } else if (runStart >= 0) done = true;
      }
      i = e;
    }
    return undefined;
  }
}
