/**
 * Gated term sets: lexicon phrases that count on their own, only when context
 * words are near ("Operation" next to "Krankenhaus", a party name next to
 * "Mitglied"), or unless guard words are near ("an der Kirche vorbei").
 * Shared by the HEALTH and SPECIAL detectors; every set of every file is
 * compiled into ONE trie so a turn is scanned once, whatever the number of sets.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { hasContext } from '../rules/context.js';
import { Lexicon } from '../rules/lexicon.js';
import { PrefixFilter } from './health-prefilter.js';
import { SPECIAL_SUBTYPES, type CallView, type SpecialSubtype, type TurnView } from '../types.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');

/** A context window: words (or a named list of the file) within `before`/`after` characters. */
const gateSchema = z
  .strictObject({
    words: z.array(z.string().min(1)).min(1).optional(),
    /** Name of a list in the file's `lists`, to share long word lists between sets. */
    list: z.string().min(1).optional(),
    before: z.number().int().min(0).max(300).default(40),
    after: z.number().int().min(0).max(300).default(0),
    /** Whether the window before may reach into the previous turn (the agent's question). */
    spill: z.boolean().default(true),
  })
  .refine((g) => (g.words === undefined) !== (g.list === undefined), 'give exactly one of words or list');

/** One set of terms sharing a score, gate and (for SPECIAL) subtype. */
export const termSetSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  subtype: z.enum(SPECIAL_SUBTYPES).optional(),
  score: score.default(0.85),
  /** Match only where the original text has exactly the case written here ("MS", "ALS"). */
  caseSensitive: z.boolean().default(false),
  /** The terms may also be the first part of a compound ("Insulin" in "Insulinpumpe"). */
  compound: z.boolean().default(false),
  /** Allow inflection endings after the terms; false for "OP" (not "Oper", "Open"). Case-sensitive sets never inflect. */
  inflect: z.boolean().default(true),
  /** At least one of these words must be near. */
  requires: gateSchema.optional(),
  /** None of these words may be near. */
  guards: gateSchema.optional(),
  /** Lowercase phrases; `[...]` marks the part that becomes the span ("im [krankenhaus]"). */
  terms: z.array(z.string().min(1)).min(1),
});

/** A rule file of term sets. */
export const termFileSchema = z.strictObject({
  description: z.string().optional(),
  lists: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  sets: z.array(termSetSchema).min(1),
});

/** A parsed term file. */
export type TermFile = z.output<typeof termFileSchema>;

interface Window {
  readonly words: Lexicon;
  readonly before: number;
  readonly after: number;
  readonly spill: boolean;
}

/** A compiled set, as hits report it. */
export interface CompiledSet {
  readonly name: string;
  readonly subtype?: SpecialSubtype;
  readonly score: number;
  readonly caseSensitive: boolean;
  readonly compound: boolean;
  readonly inflect: boolean;
  readonly requires?: Window;
  readonly guards?: Window;
}

/** A term hit in original offsets, already past its gate. */
export interface GatedHit {
  start: number;
  end: number;
  /** Where the whole phrase matched (the span may be a bracketed part of it). */
  matchStart: number;
  matchEnd: number;
  set: CompiledSet;
  /**
   * The phrase is there but its gate failed ("Schmerzen" in "Haben Sie Schmerzen?").
   * Callers must not emit it, nor find the same word by another route.
   */
  blocked: boolean;
}

const BRACKETED = /^([^[\]]*)\[([^[\]]+)\]([^[\]]*)$/;

function compileWindow(
  gate: z.output<typeof gateSchema> | undefined,
  lists: Readonly<Record<string, string[]>>,
  where: string,
): Window | undefined {
  if (!gate) return undefined;
  let words = gate.words;
  if (gate.list !== undefined) {
    words = lists[gate.list];
    if (!words) throw new ConfigError(`${where}.list: unknown list "${gate.list}"; define it under lists`);
  }
  return { words: new Lexicon(words ?? []), before: gate.before, after: gate.after, spill: gate.spill };
}

/**
 * All term sets of one or more files, compiled into one lexicon trie.
 *
 * @example
 * const terms = new GatedTerms([{ source: 'x.yaml', file }], ['e', 'en']);
 * terms.matchAt(call, call.turns[0], 0); // {start, end, set, blocked} or undefined
 */
export class GatedTerms {
  readonly sets: readonly CompiledSet[];
  private readonly lexicon: Lexicon;
  private readonly entrySet: number[] = [];
  /** Offsets of the span inside the phrase; spanTo -1 means "to the end of the match". */
  private readonly spanFrom: number[] = [];
  private readonly spanTo: number[] = [];
  private readonly written: string[] = [];
  private readonly filter = new PrefixFilter();

  /**
   * @param files parsed term files with their names for messages
   * @param endings inflection endings allowed after every phrase ("Schmerzen" from "schmerz")
   */
  constructor(files: readonly { source: string; file: TermFile }[], endings: readonly string[]) {
    const sets: CompiledSet[] = [];
    const phrases: string[] = [];
    for (const { source, file } of files) {
      file.sets.forEach((set, s) => {
        const where = `${source}: sets[${s}]`;
        const compiled: CompiledSet = {
          name: set.name,
          ...(set.subtype ? { subtype: set.subtype } : {}),
          score: set.score,
          caseSensitive: set.caseSensitive,
          compound: set.compound,
          inflect: set.inflect && !set.caseSensitive,
          requires: compileWindow(set.requires, file.lists, `${where}.requires`),
          guards: compileWindow(set.guards, file.lists, `${where}.guards`),
        };
        const index = sets.push(compiled) - 1;
        set.terms.forEach((term, t) => this.addTerm(term, index, `${where}.terms[${t}]`, set.caseSensitive, phrases));
      });
    }
    this.sets = sets;
    this.lexicon = new Lexicon(phrases, { endings });
    for (const p of phrases) this.filter.addPrefix(p.toLowerCase(), endings);
  }

  private addTerm(term: string, set: number, where: string, caseSensitive: boolean, phrases: string[]): void {
    let phrase = term.trim();
    let from = 0;
    let to = -1;
    if (phrase.includes('[') || phrase.includes(']')) {
      const m = BRACKETED.exec(phrase);
      if (!m) throw new ConfigError(`${where}: use at most one [span] pair, e.g. "im [krankenhaus]"`);
      phrase = m[1] + m[2] + m[3];
      from = m[1].length;
      to = m[3].length === 0 ? -1 : from + m[2].length;
    }
    if (!caseSensitive && phrase !== phrase.toLowerCase()) {
      throw new ConfigError(`${where}: must be lowercase (or mark the set caseSensitive)`);
    }
    phrases.push(phrase);
    this.entrySet.push(set);
    this.spanFrom.push(from);
    this.spanTo.push(to);
    this.written.push(phrase);
  }

  /** Phrases of the sets accepted by `filter`, lowercase: e.g. compound-capable terms. */
  phrases(filter: (set: CompiledSet) => boolean): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.written.length; i++) {
      const set = this.sets[this.entrySet[i]];
      if (filter(set) && !set.caseSensitive) out.push(this.written[i]);
    }
    return out;
  }

  /** Whether `lower[start, end)` is exactly one phrase (any set, gates ignored). */
  isPhrase(lower: string, start: number, end: number): boolean {
    if (!this.filter.mayStartAt(lower, start)) return false;
    const m = this.lexicon.matchAt(lower, start, end);
    return m !== undefined && m.end === end;
  }

  /**
   * The longest term starting at `pos` of `turn.lower`, or undefined; a hit
   * whose gate fails comes back `blocked`. `pos` must be a word start.
   */
  matchAt(call: CallView, turn: TurnView, pos: number): GatedHit | undefined {
    if (!this.filter.mayStartAt(turn.lower, pos)) return undefined;
    const m = this.lexicon.matchAt(turn.lower, pos);
    if (!m) return undefined;
    const set = this.sets[this.entrySet[m.entry]];
    if (!set.inflect && m.end !== m.start + this.written[m.entry].length) return undefined;
    if (set.caseSensitive && !turn.text.startsWith(this.written[m.entry], pos)) return undefined;
    const blocked =
      (set.guards !== undefined && near(call, turn.index, m.start, m.end, set.guards)) ||
      (set.requires !== undefined && !near(call, turn.index, m.start, m.end, set.requires));
    const to = this.spanTo[m.entry];
    return {
      start: m.start + this.spanFrom[m.entry],
      end: to < 0 ? m.end : m.start + to,
      matchStart: m.start,
      matchEnd: m.end,
      set,
      blocked,
    };
  }

}

function near(call: CallView, turn: number, start: number, end: number, w: Window): boolean {
  if (w.spill) return hasContext(call, turn, start, end, w.words, w.before, w.after);
  const lower = call.turns[turn].lower;
  return (
    (w.before > 0 && w.words.occursIn(lower, start - w.before, start)) ||
    (w.after > 0 && w.words.occursIn(lower, end, end + w.after))
  );
}
