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
import { isExactly, nextPart, tokenEnd, tokenStart } from './health-context.js';
import { GatedTerms, termFileSchema, type TermFile } from './health-gated-terms.js';
import { PrefixFilter, WORD } from './health-prefilter.js';

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

/** Sticky regexes by set name: they run once, at the end of a hit. */
function compileExtensions(spec: DerivedSpec): Map<string, RegExp[]> {
  const bySet = new Map<string, RegExp[]>();
  spec.rightExtensions.forEach((ext, i) => {
    let regex: RegExp;
    try {
      regex = new RegExp(ext.regex, 'yu');
    } catch {
      throw new ConfigError(`rules/special/derived.yaml: rightExtensions[${i}].regex: invalid regular expression`);
    }
    for (const set of ext.after) bySet.set(set, [...(bySet.get(set) ?? []), regex]);
  });
  return bySet;
}

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
  private readonly titles: Lexicon;
  private readonly suffixes: readonly SuffixWord[];
  private readonly extensions: Map<string, RegExp[]>;
  private readonly suffixFilter = new PrefixFilter();

  constructor() {
    const derived = loadRuleFile('special/derived.yaml', derivedSchema);
    const files = loadTermFiles();
    files.push({ source: 'rules/special/derived.yaml', file: originTerms(derived.origin) });
    this.terms = new GatedTerms(files, TERM_ENDINGS);
    this.titles = new Lexicon(derived.nameTitles);
    this.suffixes = derived.suffixWords;
    for (const w of this.suffixes) for (const e of ADJECTIVE_ENDINGS) this.suffixFilter.addSuffix(w.suffix + e);
    this.extensions = compileExtensions(derived);
  }

  detect(call: CallView, out: Span[]): void {
    for (const turn of call.turns) this.detectTurn(call, turn, out);
  }

  private detectTurn(call: CallView, turn: TurnView, out: Span[]): void {
    const lower = turn.lower;
    const n = lower.length;
    let i = 0;
    while (i < n) {
      while (i < n && !WORD[lower.charCodeAt(i)]) i++;
      if (i >= n) break;
      if (i > 0 && WORD[lower.charCodeAt(i - 1)]) {
        i = tokenEnd(lower, i);
        continue;
      }
      const hit = this.terms.matchAt(call, turn, i);
      if (hit && !hit.blocked && hit.set.subtype) {
        if (!this.afterTitle(lower, hit.start)) {
          const end = this.extendRight(lower, hit.end, hit.set.name);
          this.push(turn, hit.start, end, hit.set.subtype, hit.set.score, out);
        }
        i = Math.max(hit.matchEnd, i + 1);
        continue;
      }
      const we = tokenEnd(lower, i);
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

  private extendRight(lower: string, end: number, set: string): number {
    const regexes = this.extensions.get(set);
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
    return isExactly(this.titles, lower, tokenStart(lower, i), i);
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
