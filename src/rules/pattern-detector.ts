import { ConfigError } from '../errors.js';
import type { CallView, Detector, Label, Span, SpecialSubtype, TurnView } from '../types.js';
import { hasContext } from './context.js';
import { Lexicon } from './lexicon.js';
import { compileRegex, loadRuleFile } from './load.js';
import { patternRuleSchema, type PatternRule } from './pattern-schema.js';
import { minDigitsOf } from './regex-digits.js';

/** A pure check of a candidate value (letters and digits only, uppercased). */
export type Validator = (value: string) => boolean;

interface CompiledPattern {
  readonly name: string;
  readonly regex: RegExp;
  readonly view: PatternRule['patterns'][number]['view'];
  readonly group: number;
  readonly requires?: string;
  readonly score: number;
  readonly minDigits: number;
  readonly maxDigits: number;
  /** Digits a text needs before the regex can match in it (regex-digits.ts, minDigits): fewer skip the regex. */
  readonly gateDigits: number;
}

interface CompiledWindow {
  readonly words: Lexicon;
  readonly before: number;
  readonly after: number;
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Adds the `d` flag (match indices) a capture group needs. Rule files may not
 * set it themselves (compileRegex refuses it), so it is added here.
 */
function withIndices(regex: RegExp, needed: boolean): RegExp {
  return needed ? new RegExp(regex.source, `${regex.flags}d`) : regex;
}

/** Letters and digits of a value, uppercased: what validators see. */
export function compactValue(value: string): string {
  return value.replace(NON_ALNUM, '').toUpperCase();
}

const DIGIT = /[0-9]/g;

/**
 * True when `text` holds at least `least` ASCII digits. The native regex scan
 * finds the next digit several times faster than a character loop, and a
 * digitless turn (most turns) is one failed scan.
 */
function hasDigits(text: string, least: number): boolean {
  DIGIT.lastIndex = 0;
  for (let k = 0; k < least; k++) if (!DIGIT.test(text)) return false;
  return true;
}

function countDigits(text: string, start: number, end: number): number {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits;
}

/**
 * A detector driven entirely by a rule file (see pattern-schema.ts): regexes
 * over the original or a normalised view, an optional validator, context
 * words that raise the score and guard words that veto a match.
 */
export class PatternDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[];
  private readonly label: Label;
  private readonly subtype?: SpecialSubtype;
  private readonly patterns: readonly CompiledPattern[];
  private readonly validator?: Validator;
  private readonly context?: CompiledWindow & { boost: number };
  private readonly guards?: CompiledWindow;
  private readonly minScore: number;

  constructor(rule: PatternRule, source: string, validators: Readonly<Record<string, Validator>>) {
    this.id = `rules:${rule.id}`;
    this.label = rule.label;
    this.labels = [rule.label];
    this.subtype = rule.subtype;
    this.minScore = rule.minScore;
    this.patterns = rule.patterns.map((p, i) => ({
      name: p.name,
      regex: withIndices(compileRegex(p.regex, p.flags, `${source}: patterns[${i}].regex`), p.group > 0),
      view: p.view,
      group: p.group,
      requires: p.requires,
      score: p.score,
      minDigits: p.minDigits ?? 0,
      maxDigits: p.maxDigits ?? Number.MAX_SAFE_INTEGER,
      gateDigits: Math.max(minDigitsOf(p.regex, p.flags), p.minDigits ?? 0),
    }));
    if (rule.validator !== undefined) {
      const validator = validators[rule.validator];
      if (!validator) throw new ConfigError(`${source}: validator: unknown validator "${rule.validator}"`);
      this.validator = validator;
    }
    if (rule.context) this.context = { ...rule.context, words: new Lexicon(rule.context.words) };
    if (rule.guards) this.guards = { ...rule.guards, words: new Lexicon(rule.guards.words) };
  }

  detect(call: CallView, out: Span[]): void {
    for (const turn of call.turns) {
      for (const pattern of this.patterns) this.runPattern(call, turn, pattern, out);
    }
  }

  private runPattern(call: CallView, turn: TurnView, pattern: CompiledPattern, out: Span[]): void {
    const normalized = pattern.view === 'digits' || pattern.view === 'email' ? turn.normalized(pattern.view) : undefined;
    const text = normalized ? normalized.text : pattern.view === 'lower' ? turn.lower : turn.text;
    if (pattern.requires !== undefined && text.indexOf(pattern.requires) < 0) return;
    // Most turns hold no digit: one character loop instead of a regex run over the turn.
    if (pattern.gateDigits > 0 && !hasDigits(text, pattern.gateDigits)) return;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let from = m.index;
      let to = m.index + m[0].length;
      if (pattern.group > 0) {
        const range = m.indices?.[pattern.group];
        if (!range) continue;
        [from, to] = range;
        if (from === to) continue;
      }
      const digits = countDigits(text, from, to);
      if (digits < pattern.minDigits || digits > pattern.maxDigits) continue;
      const [start, end] = normalized ? normalized.toOriginal(from, to) : [from, to];
      const score = this.score(call, turn.index, start, end, text.slice(from, to), pattern.score);
      if (score === undefined) continue;
      out.push({
        turn: turn.index,
        start,
        end,
        label: this.label,
        ...(this.subtype ? { subtype: this.subtype } : {}),
        score: score.value,
        source: this.id,
        validated: score.validated,
      });
    }
  }

  private score(
    call: CallView,
    turn: number,
    start: number,
    end: number,
    value: string,
    base: number,
  ): { value: number; validated: boolean } | undefined {
    const guards = this.guards;
    if (guards && hasContext(call, turn, start, end, guards.words, guards.before, guards.after)) return undefined;
    if (this.validator) {
      return this.validator(compactValue(value)) ? { value: 1, validated: true } : undefined;
    }
    let score = base;
    const context = this.context;
    if (context && hasContext(call, turn, start, end, context.words, context.before, context.after)) {
      score = Math.min(1, score + context.boost);
    }
    return score >= this.minScore ? { value: score, validated: false } : undefined;
  }
}

/** Loads, validates and compiles `rules/<relativePath>` into a detector. */
export function loadPatternDetector(relativePath: string, validators: Readonly<Record<string, Validator>>): PatternDetector {
  const rule = loadRuleFile(relativePath, patternRuleSchema);
  return new PatternDetector(rule, `rules/${relativePath}`, validators);
}
