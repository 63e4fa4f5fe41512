/**
 * Health data introduced by a phrase rather than recognised by its word:
 * "ich leide an X", "Diagnose: X", "der Arzt hat mir X verschrieben",
 * "ich nehme täglich X ein". X is an unknown drug or disease the lexicon
 * lacks, so the noun phrase next to the trigger is taken, bounded by
 * stopwords, punctuation and a few tokens.
 */
import { parseGermanNumber } from '../normalize/index.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import type { ContextSpec } from './health-context.js';
import { PrefixFilter } from './health-prefilter.js';
import { isExactly, previousToken, tokenEnd, tokenStart } from './health-tokens.js';

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
  private readonly breaks: Lexicon;
  private readonly prepositions: Lexicon;
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
    this.breaks = new Lexicon(spec.triggers.between.breaks);
    this.prepositions = new Lexicon(spec.triggers.prepositions);
    this.skip = new Lexicon(spec.skip);
    this.stop = new Lexicon(spec.stopwords);
    this.maxTokens = spec.triggers.maxTokens;
    this.maxGap = spec.triggers.between.maxGap;
    this.score = spec.triggers.score;
  }

  /** Whether the clause ends at `pos`: end of text, punctuation, or a clause-break word next. */
  private endsClause(lower: string, pos: number): boolean {
    let i = pos;
    while (i < lower.length && isBlank(lower.charCodeAt(i))) i++;
    if (i >= lower.length || !isWordChar(lower.charCodeAt(i))) return true;
    return isExactly(this.breaks, lower, i, tokenEnd(lower, i));
  }

  /** The trigger phrase starting at word start `pos`, or undefined. */
  match(lower: string, pos: number): { kind: TriggerKind; end: number } | undefined {
    if (!this.filter.mayStartAt(lower, pos)) return undefined;
    const m = this.triggers.matchAt(lower, pos);
    return m ? { kind: this.kinds[m.entry], end: m.end } : undefined;
  }

  /** Skip words, stopwords and number words ("sechshundert" after a drug is its dose). */
  private isFunctionWord(lower: string, s: number, e: number): boolean {
    return (
      isExactly(this.skip, lower, s, e) ||
      isExactly(this.stop, lower, s, e) ||
      (e - s < 40 && parseGermanNumber(lower.slice(s, e)) !== undefined)
    );
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
      if (s < 0) break;
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
    if (end < 0) return undefined;
    // "kurz vor der Schlachtung abgesetzt": a prepositional phrase, not an object.
    let p = previousToken(lower, start);
    for (let k = 0; k < 2 && p; k++) {
      if (isExactly(this.prepositions, lower, p[0], p[1])) return undefined;
      p = previousToken(lower, p[0]);
    }
    return { start, end };
  }

  /**
   * For "nehme ... ein": the last run of content tokens (the object stands
   * right before the particle) between the opening word ending at `from` and
   * a closing word at most `maxGap` tokens later.
   */
  captureBetween(text: string, lower: string, from: number, cased: boolean, isTerm: IsTerm): Capture | undefined {
    let i = from;
    let runStart = -1;
    let runEnd = -1;
    let ended = false;
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
      if (isExactly(this.close, lower, i, e)) {
        // The particle ends the clause ("... ein." / "... ein und"); "ein Vogel" is an article.
        return runEnd > 0 && this.endsClause(lower, e) ? { start: runStart, end: runEnd } : undefined;
      }
      if (isExactly(this.breaks, lower, i, e)) return undefined;
      // The medication is already named by a known term: nothing unknown to capture.
      if (isTerm(i, e)) return undefined;
      const content =
        !this.isFunctionWord(lower, i, e) &&
        !hasDigit(lower, i, e) &&
        (!cased || text.charCodeAt(i) !== lower.charCodeAt(i));
      if (content) {
        if (ended) runStart = i;
        else if (runStart < 0) runStart = i;
        runEnd = e;
        ended = false;
      } else if (runStart >= 0) ended = true;
      i = e;
    }
    return undefined;
  }
}
