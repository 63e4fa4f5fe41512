/**
 * SPECIAL detector: the Art. 9 categories other than health (religion,
 * ethnic origin, political opinion, trade-union membership, sexuality,
 * genetic and biometric data) and Art. 10 criminal convictions. Every span
 * carries its `subtype`. Spans are the minimal revealing term ("SPD",
 * "katholisch", "ver.di", "vorbestraft"), not the clause around it.
 * Terms live in rules/special/*.yaml as gated term sets (one trie for all);
 * derived.yaml generates descent phrases ("kurdischer Abstammung") and holds
 * revealing word endings ("türkischstämmig", "BRCA1-Mutation") and span
 * extensions ("Vorstrafe wegen Diebstahls").
 */
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import { rulesPath } from '../rules-dir.js';
import { SPECIAL_SUBTYPES, type CallView, type Detector, type Label, type Span, type SpecialSubtype, type TurnView } from '../types.js';
import { isExactly, nextPart, nextWordStart, tokenStart, type ChainWalk } from './health-tokens.js';
import { GatedTerms, termFileSchema, type TermFile } from './health-gated-terms.js';
import { PrefixFilter } from './health-prefilter.js';

/** Noun and adjective endings after a term ("Katholikin", "schwule", "SPDler"). */
const TERM_ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'em', 'ns', 'ens', 'in', 'innen', 'ler', 'lerin', 'lern', 'lers'];
const ADJECTIVE_ENDINGS = ['', 'e', 'er', 'en', 'es', 'em'];
const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');

/** rules/special/derived.yaml */
export const derivedSchema = z.strictObject({
  description: z.string().optional(),
  origin: z.strictObject({
    subtype: z.enum(SPECIAL_SUBTYPES),
    score,
    endings: z.array(z.string()).min(1),
    nouns: z.array(z.string().min(1)).min(1),
    adjectives: z.array(z.string().regex(/^[a-zäöüß-]+$/, 'must be one lowercase word')).min(1),
  }),
  suffixWords: z
    .array(
      z.strictObject({
        suffix: z.string().min(2),
        minStem: z.number().int().min(1),
        subtype: z.enum(SPECIAL_SUBTYPES),
        score,
      }),
    )
    .default([]),
  nameTitles: z.array(z.string().min(1)).default([]),
  rightExtensions: z
    .array(z.strictObject({ name: z.string().min(1), after: z.array(z.string().min(1)).min(1), regex: z.string().min(1) }))
    .default([]),
  /**
   * The business's own name in the agent's greeting ("IG Metall Geschäftsstelle ...,
   * guten Tag") reveals nothing about the caller: hits in the first agent turn
   * that start within `greetingWindow` are dropped. When one of them has a
   * subtype in `subtypes`, the caller's "ich bin seit zwölf Jahren Mitglied"
   * (matched by `regex`) reveals membership of that organisation.
   */
  membership: z
    .strictObject({ greetingWindow: z.number().int().min(1).max(200), subtypes: z.array(z.enum(SPECIAL_SUBTYPES)).min(1), regex: z.string().min(1) })
    .optional(),
  /** Regexes that must end right before a hit of the named sets; window 50 characters. */
  leftExtensions: z
    .array(z.strictObject({ name: z.string().min(1), before: z.array(z.string().min(1)).min(1), regex: z.string().min(1) }))
    .default([]),
});

type DerivedSpec = z.output<typeof derivedSchema>;
type SuffixWord = DerivedSpec['suffixWords'][number];

/** The generated descent phrases as one term set. */
function originTerms(spec: DerivedSpec['origin']): TermFile {
  const terms: string[] = [];
  for (const adjective of spec.adjectives) {
    for (const ending of spec.endings) for (const noun of spec.nouns) terms.push(`${adjective}${ending} ${noun}`);
  }
  const set = { name: 'origin', subtype: spec.subtype, score: spec.score, caseSensitive: false, compound: false };
  return { lists: {}, sets: [{ ...set, inflect: false, terms }] };
}

/** Compiles a regex of derived.yaml, naming the field on error. */
function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    throw new ConfigError(`rules/special/derived.yaml: ${where}: invalid regular expression`);
  }
}

/**
 * Extension regexes by set name: right ones are sticky (they run once, at the
 * end of a hit), left ones are anchored at the end of a short window before it.
 */
function compileExtensions(spec: DerivedSpec): { right: Map<string, RegExp[]>; left: Map<string, RegExp[]> } {
  const right = new Map<string, RegExp[]>();
  const left = new Map<string, RegExp[]>();
  spec.rightExtensions.forEach((ext, i) => {
    const regex = compile(ext.regex, 'yu', `rightExtensions[${i}].regex`);
    for (const set of ext.after) right.set(set, [...(right.get(set) ?? []), regex]);
  });
  spec.leftExtensions.forEach((ext, i) => {
    const regex = compile(`(?:${ext.regex})$`, 'u', `leftExtensions[${i}].regex`);
    for (const set of ext.before) left.set(set, [...(left.get(set) ?? []), regex]);
  });
  return { right, left };
}

/** Characters before a hit a left extension may reach back. */
const LEFT_WINDOW = 50;

/** Loads every rules/special/*.yaml except derived.yaml as term files; every set needs a subtype. */
function loadTermFiles(): { source: string; file: TermFile }[] {
  const names = readdirSync(rulesPath('special'))
    .filter((n) => n.endsWith('.yaml') && n !== 'derived.yaml')
    .sort();
  return names.map((n) => {
    const source = `rules/special/${n}`;
    const file = loadRuleFile(`special/${n}`, termFileSchema);
    file.sets.forEach((set, i) => {
      if (!set.subtype) throw new ConfigError(`${source}: sets[${i}].subtype: required for SPECIAL sets`);
    });
    return { source, file };
  });
}

/** Terms, descent phrases and descent suffixes of SPECIAL, compiled once. */
export class SpecialDetector implements Detector {
  readonly id = 'rules:special';
  readonly labels: readonly Label[] = ['SPECIAL'];
  private readonly terms: GatedTerms;
  /** Turn walk state, reused: detection is synchronous, one turn at a time. */
  private readonly walk: ChainWalk = { at: 0, chainEnd: 0 };
  private readonly titles: Lexicon;
  private readonly suffixes: readonly SuffixWord[];
  private readonly extensions: { right: Map<string, RegExp[]>; left: Map<string, RegExp[]> };
  private readonly suffixFilter = new PrefixFilter();
  private readonly membership: { window: number; subtypes: ReadonlySet<SpecialSubtype>; regex: RegExp } | undefined;

  constructor() {
    const derived = loadRuleFile('special/derived.yaml', derivedSchema);
    const files = loadTermFiles();
    files.push({ source: 'rules/special/derived.yaml', file: originTerms(derived.origin) });
    this.terms = new GatedTerms(files, TERM_ENDINGS);
    this.titles = new Lexicon(derived.nameTitles);
    this.suffixes = derived.suffixWords;
    for (const w of this.suffixes) for (const e of ADJECTIVE_ENDINGS) this.suffixFilter.addSuffix(w.suffix + e);
    this.extensions = compileExtensions(derived);
    const m = derived.membership;
    this.membership = m && { window: m.greetingWindow, subtypes: new Set(m.subtypes), regex: compile(m.regex, 'gu', 'membership.regex') };
  }

  detect(call: CallView, out: Span[]): void {
    const greeting = this.membership ? call.turns.findIndex((t) => t.speaker === 'agent') : -1;
    let context: SpecialSubtype | undefined;
    for (const turn of call.turns) {
      const from = out.length;
      this.detectTurn(call, turn, out);
      if (turn.index === greeting && greeting <= 1) context = this.dropGreeting(out, from) ?? context;
      else if (context && turn.speaker !== 'agent') this.memberOf(turn, context, out);
    }
  }

  /** Drops the hits of the greeting turn that name the business; returns a membership subtype among them. */
  private dropGreeting(out: Span[], from: number): SpecialSubtype | undefined {
    const m = this.membership!;
    let subtype: SpecialSubtype | undefined;
    let w = from;
    for (let r = from; r < out.length; r++) {
      const span = out[r]!;
      if (span.start < m.window) {
        if (span.subtype && m.subtypes.has(span.subtype)) subtype = span.subtype;
        continue;
      }
      out[w++] = span;
    }
    out.length = w;
    return subtype;
  }

  /** "ich bin seit zwölf Jahren Mitglied (bei Ihnen)" said to a union or party. */
  private memberOf(turn: TurnView, subtype: SpecialSubtype, out: Span[]): void {
    const regex = this.membership!.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(turn.lower); m; m = regex.exec(turn.lower)) {
      this.push(turn, m.index, m.index + m[0].length, subtype, 0.7, out);
    }
  }

  private detectTurn(call: CallView, turn: TurnView, out: Span[]): void {
    const lower = turn.lower;
    const walk = this.walk;
    walk.at = 0;
    walk.chainEnd = 0;
    // Every `continue` below first sets `i`, the resume point of the walk.
    for (let i = 0; nextWordStart(lower, walk); walk.at = i) {
      i = walk.at;
      const we = walk.chainEnd;
      const hit = this.terms.matchAt(call, turn, i);
      if (hit && !hit.blocked && hit.set.subtype) {
        if (!this.afterTitle(lower, hit.start)) {
          const start = this.extendLeft(lower, hit.start, hit.set.name);
          const end = this.extendRight(lower, hit.end, hit.set.name);
          this.push(turn, start, end, hit.set.subtype, hit.set.score, out);
        }
        i = Math.max(hit.matchEnd, i + 1);
        continue;
      }
      const suffix = this.suffixWord(lower, i, we);
      if (suffix) this.push(turn, i, we, suffix.subtype, suffix.score, out);
      // Go on after the next hyphen, so "Ex-Häftling" and "SPD-nah" parts are seen.
      i = nextPart(lower, i, we);
    }
  }

  /** "türkischstämmig", "BRCA1-Mutation": a revealing word ending with a long enough stem. */
  private suffixWord(lower: string, start: number, end: number): SuffixWord | undefined {
    if (!this.suffixFilter.mayEndAt(lower, start, end)) return undefined;
    for (const word of this.suffixes) {
      for (const ending of ADJECTIVE_ENDINGS) {
        const at = end - ending.length - word.suffix.length;
        if (at - start >= word.minStem && lower.startsWith(word.suffix, at) && lower.startsWith(ending, end - ending.length)) {
          return word;
        }
      }
    }
    return undefined;
  }

  private extendLeft(lower: string, start: number, set: string): number {
    const regexes = this.extensions.left.get(set);
    if (!regexes) return start;
    const from = Math.max(0, start - LEFT_WINDOW);
    for (const regex of regexes) {
      const m = regex.exec(lower.slice(from, start));
      if (m) return from + m.index;
    }
    return start;
  }

  private extendRight(lower: string, end: number, set: string): number {
    const regexes = this.extensions.right.get(set);
    if (!regexes) return end;
    for (const regex of regexes) {
      regex.lastIndex = end;
      const m = regex.exec(lower);
      if (m) return end + m[0].length;
    }
    return end;
  }

  /** A hit right after "Herr"/"Frau" is a surname ("Herr Christ"). */
  private afterTitle(lower: string, start: number): boolean {
    let i = start;
    while (i > 0 && lower.charCodeAt(i - 1) === 32) i--;
    if (i === start || i === 0 || !isWordChar(lower.charCodeAt(i - 1))) return false;
    const s = tokenStart(lower, i);
    return s >= 0 && isExactly(this.titles, lower, s, i);
  }

  private push(turn: TurnView, start: number, end: number, subtype: SpecialSubtype, s: number, out: Span[]): void {
    out.push({ turn: turn.index, start, end, label: 'SPECIAL', subtype, score: s, source: this.id, validated: false });
  }
}

/**
 * The SPECIAL detectors (rules/special/*.yaml).
 *
 * @example
 * const [special] = createSpecialDetectors();
 * // "Ich bin Mitglied der SPD." -> SPECIAL/politics [21, 24)
 */
export function createSpecialDetectors(): Detector[] {
  return [new SpecialDetector()];
}
