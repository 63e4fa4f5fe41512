/**
 * Name context of rules/person/context.yaml compiled into one phrase lexicon:
 * "mein Name ist" (a name follows), "am Apparat" (a name precedes), "mit wem
 * spreche ich" (the next turn opens with a name). Each phrase carries the
 * strength of evidence it gives, which decides what a name slot accepts.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';

/** No name evidence: a neutralising phrase ("das heißt") or plain text. */
export const NONE = 0;
/** A name only when a closer follows it ("ist Koch da?", "ich habe Rot verstanden"). */
export const CLOSER = 1;
/** Unambiguous gazetteer names only ("für Anna"). */
export const MEDIUM = 2;
/** Gazetteer names of any kind, capitalised unknown words ("Patient Koch", "Praxis Kwiatkowska"). */
export const NAMEISH = 3;
/** Any name-like token, lowercase unknown words too ("mein Name ist zdrojewski"). */
export const STRONG = 4;
/** As STRONG, and nouns that are no role ("Herr Sturm", but not "Herr Ober"). */
export const EXPLICIT = 5;
/** Not a strength of its own: marks a turn that answers a name question (person.ts). */
export const ANSWER = 6;

/** How strongly a context suggests a name: {@link NONE} .. {@link ANSWER}. */
export type Strength = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Flag on a slot strength: STRONG at a turn start, but only for a full name ("ich bin Ilir Schmied"). */
export const FULL_NAME = 8;
/** Flag on a slot strength: only a name that ends the clause and is no word ('", sagte Piskin."'). */
export const CLAUSE_END = 16;

const STRENGTHS: Record<string, Strength> = { none: NONE, closer: CLOSER, medium: MEDIUM, nameish: NAMEISH, strong: STRONG, explicit: EXPLICIT };

const group = z.strictObject({
  strength: z.enum(['none', 'closer', 'medium', 'nameish', 'strong', 'explicit']),
  phrases: z.array(z.string().min(1)).min(1),
});

const phrases = z.array(z.string().min(1));

const contextSchema = z.strictObject({
  before: z.array(group).min(1),
  after: z.array(group).min(1),
  strongAtTurnStart: phrases,
  strongAtTurnStartFullName: phrases,
  reporting: phrases,
  opening: phrases,
  roleNouns: phrases,
  compoundHeads: phrases,
  surnameEndings: phrases,
  closers: phrases.min(1),
  questions: phrases.min(1),
  salutations: phrases.min(1),
  titles: phrases.min(1),
  titleSuffixes: phrases,
  determiners: phrases,
  particles: phrases,
  leadingParticles: phrases,
  fillers: phrases,
  nounMarkers: phrases,
  nameArticles: phrases,
  placeMarkers: phrases,
  placeHeads: phrases,
  roleHeads: phrases,
});

/** rules/person/context.yaml as parsed. */
export type ContextRule = z.output<typeof contextSchema>;

let cachedRule: ContextRule | undefined;

/** Loads and validates rules/person/context.yaml once per process. */
export function loadContextRule(): ContextRule {
  cachedRule ??= loadRuleFile('person/context.yaml', contextSchema);
  return cachedRule;
}

/** What one trigger phrase says. */
export interface TriggerInfo {
  /** Strength of a slot right after the phrase (NONE: none). */
  readonly before: Strength;
  /** Strength of a slot right before the phrase. */
  readonly after: Strength;
  /** The next turn opens with a name. */
  readonly question: boolean;
  /** `before` becomes STRONG when the phrase opens the turn. */
  readonly strongAtStart: boolean;
  /** As strongAtStart, for a full name only (two tokens or more). */
  readonly fullNameAtStart: boolean;
  /** A greeting of the agent's opening: a name precedes it in the first turn ("Autohaus Müller, grüß Gott"). */
  readonly opening: boolean;
  /** A reporting verb: the name after it must end the clause ({@link CLAUSE_END}). */
  readonly clauseEnd: boolean;
}

/** The compiled name context. */
export interface PersonContext {
  /** All trigger phrases; `entry` indexes {@link PersonContext.info}. */
  readonly triggers: Lexicon;
  readonly info: readonly TriggerInfo[];
  /** Phrases right after a slot that make it STRONG ("ist Koch da"). */
  readonly closers: Lexicon;
}

/** Loads and compiles rules/person/context.yaml. */
export function loadPersonContext(): PersonContext {
  const rule = loadContextRule();
  const byPhrase = new Map<string, { before: Strength; after: Strength; question: boolean; strongAtStart: boolean; fullNameAtStart: boolean; opening: boolean; clauseEnd: boolean }>();
  const entry = (phrase: string) => {
    const key = phrase.toLowerCase().trim();
    let e = byPhrase.get(key);
    if (!e) {
      e = { before: NONE, after: NONE, question: false, strongAtStart: false, fullNameAtStart: false, opening: false, clauseEnd: false };
      byPhrase.set(key, e);
    }
    return e;
  };
  for (const g of rule.before) for (const p of g.phrases) entry(p).before = Math.max(entry(p).before, STRENGTHS[g.strength]) as Strength;
  for (const g of rule.after) for (const p of g.phrases) entry(p).after = Math.max(entry(p).after, STRENGTHS[g.strength]) as Strength;
  for (const p of rule.questions) entry(p).question = true;
  for (const p of rule.opening) entry(p).opening = true;
  for (const p of rule.reporting) {
    const e = entry(p);
    if (e.before === NONE) {
      e.before = NAMEISH;
      e.clauseEnd = true;
    }
  }
  const atStart = (list: readonly string[], field: string, set: (e: { strongAtStart: boolean; fullNameAtStart: boolean }) => void) =>
    list.forEach((p, i) => {
      const e = byPhrase.get(p.toLowerCase().trim());
      if (!e || e.before === NONE) {
        throw new ConfigError(`rules/person/context.yaml: ${field}[${i}]: not a "before" phrase; add it to before first`);
      }
      set(e);
    });
  atStart(rule.strongAtTurnStart, 'strongAtTurnStart', (e) => (e.strongAtStart = true));
  atStart(rule.strongAtTurnStartFullName, 'strongAtTurnStartFullName', (e) => (e.fullNameAtStart = true));
  const phrases = [...byPhrase.keys()];
  return {
    triggers: new Lexicon(phrases),
    info: phrases.map((p) => byPhrase.get(p)!),
    closers: new Lexicon(rule.closers),
  };
}
