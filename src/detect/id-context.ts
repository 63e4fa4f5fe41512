/**
 * ID numbers announced by a context word ("Kundennummer", "Aktenzeichen",
 * "Kennzeichen"), written, spaced or spoken, in the same turn or answering
 * the previous turn's question, continued over a turn break, and read back
 * later in the call. Data: rules/id/id-context.yaml.
 */
import { z } from 'zod';
import { isWordChar } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { KeywordMatcher } from './id-keywords.js';
import { hasDigit, lowerSameLength, onlyGapsUntil, scanIdRun, skipFillers, wordEnd, type IdRun } from './id-scan.js';

const words = z.array(z.string().min(1));

/** Schema of rules/id/id-context.yaml. */
export const idContextSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  groups: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        minDigits: z.number().int().min(1).max(20),
        stems: words.optional(),
        heads: words.optional(),
        phrases: words.optional(),
      }),
    )
    .min(1),
  genericHeads: words.default([]),
  exclude: words.default([]),
  fillers: words.min(1),
  window: z.number().int().min(1).max(500),
  previousTurnWindow: z.number().int().min(0).max(1000),
  maxChars: z.number().int().min(4).max(200),
  readBackTurns: z.number().int().min(0).max(20),
  topicBreaks: words.default([]),
  unitWords: words.default([]),
});

/** A parsed id-context rule file. */
export type IdContextRule = z.output<typeof idContextSchema>;

/** Most filler words skipped between a context word and its number. */
const MAX_FILLERS = 12;
/** Fewest digits of a value that is matched again when read back. */
const READ_BACK_MIN_DIGITS = 4;
/** Longest turn of the other speaker that may sit inside a number split over turns ("Ja?", "Mhm, weiter"). */
const MAX_INTERJECTION = 40;

const DATE_SHAPE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;

/** Letters and digits, uppercased: the form read-backs are compared in. */
function compactOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += text[i];
    else if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
  }
  return out;
}

interface Carry {
  speaker: string;
  turn: number;
  /** Compact value of the run that ended the turn. */
  value: string;
}

/** See the module comment. */
export class ContextIdDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['ID'];
  private readonly keywords: KeywordMatcher;
  private readonly fillers: ReadonlySet<string>;
  private readonly topicBreaks: KeywordMatcher;
  private readonly units: ReadonlySet<string>;

  constructor(private readonly rule: IdContextRule) {
    this.id = `rules:${rule.id}`;
    this.keywords = new KeywordMatcher(rule);
    this.fillers = new Set(rule.fillers);
    this.topicBreaks = new KeywordMatcher({ groups: [{ minDigits: 1, phrases: rule.topicBreaks }], genericHeads: [], exclude: [] });
    this.units = new Set(rule.unitWords);
  }

  detect(call: CallView, out: Span[]): void {
    const rule = this.rule;
    const found: { value: string; turn: number }[] = [];
    let carry: Carry | undefined;
    for (let t = 0; t < call.turns.length; t++) {
      const turn = call.turns[t];
      const dv = turn.normalized('digits');
      const text = dv.text;
      if (!hasDigit(text)) {
        if (carry && (turn.speaker === carry.speaker || turn.text.length > MAX_INTERJECTION)) carry = undefined;
        continue;
      }
      const lower = lowerSameLength(text);
      const emitted: IdRun[] = [];
      const emit = (run: IdRun): void => {
        for (const e of emitted) if (e.start === run.start && e.end === run.end) return;
        if (DATE_SHAPE.test(text.slice(run.start, run.end))) return;
        emitted.push(run);
        this.push(dv, t, run, out);
        if (run.digits >= READ_BACK_MIN_DIGITS) found.push({ value: compactOf(text, run.start, run.end), turn: t });
      };
      // 1. A number right after a context word in this turn.
      this.keywords.scan(lower, 0, lower.length, (hit) => {
        const limit = Math.min(lower.length, hit.end + rule.window);
        const p = skipFillers(lower, hit.end, limit, this.fillers, MAX_FILLERS);
        if (p < 0 || p >= limit) return;
        const run = scanIdRun(text, p, rule.maxChars);
        if (run && run.start === p && run.digits >= hit.minDigits) emit(run);
      });
      // 2. This turn answers a question that ended the previous turn ("Ihre Vertragsnummer?"),
      //    or 3. continues a number the same speaker broke off at the end of an earlier turn.
      const startRun = this.leadingRun(text, lower);
      if (startRun) {
        const minDigits = t > 0 ? this.previousTurnMinDigits(call, t) : 0;
        if (minDigits > 0 && startRun.digits >= minDigits) emit(startRun);
        else if (carry && carry.speaker === turn.speaker && t - carry.turn <= 2 && startRun.digits >= 2 && !this.unitFollows(lower, startRun.end)) {
          emit(startRun);
          // Remember the whole number too, so a read-back of both halves matches.
          if (carry.value) found.push({ value: carry.value + compactOf(text, startRun.start, startRun.end), turn: t });
        }
      }
      // 4. A value found earlier in the call, read back ("4 7 1 1 0 8 1 5, richtig?").
      if (found.length > 0) this.readBacks(text, t, found, emit);
      let ended: IdRun | undefined;
      for (const run of emitted) if (onlyGapsUntil(text, run.end)) ended = run;
      if (ended) carry = { speaker: turn.speaker, turn: t, value: compactOf(text, ended.start, ended.end) };
      else if (carry && (turn.speaker === carry.speaker || turn.text.length > MAX_INTERJECTION)) carry = undefined;
    }
  }

  private push(dv: NormalizedText, turn: number, run: IdRun, out: Span[]): void {
    const [start, end] = dv.toOriginal(run.start, run.end);
    out.push({ turn, start, end, label: 'ID', score: 0.8, source: this.id, validated: false });
  }

  /** The run a turn opens with, after fillers, or undefined. */
  private leadingRun(text: string, lower: string): IdRun | undefined {
    const limit = Math.min(lower.length, this.rule.window);
    const p = skipFillers(lower, 0, limit, this.fillers, MAX_FILLERS);
    if (p < 0 || p >= limit) return undefined;
    const run = scanIdRun(text, p, this.rule.maxChars);
    return run && run.start === p ? run : undefined;
  }

  /** minDigits of the last context word near the end of the previous turn, 0 when none or the topic moved on. */
  private previousTurnMinDigits(call: CallView, t: number): number {
    const prev = call.turns[t - 1].lower;
    const from = Math.max(0, prev.length - this.rule.previousTurnWindow);
    let minDigits = 0;
    let lastEnd = -1;
    this.keywords.scan(prev, from, prev.length, (hit) => {
      if (hit.end > lastEnd) {
        lastEnd = hit.end;
        minDigits = hit.minDigits;
      }
    });
    if (minDigits > 0 && this.topicBreaks.occursIn(prev, lastEnd, prev.length)) return 0;
    return minDigits;
  }

  private unitFollows(lower: string, pos: number): boolean {
    let i = pos;
    while (i < lower.length && lower.charCodeAt(i) === 32) i++;
    const end = wordEnd(lower, i);
    return end > i && this.units.has(lower.slice(i, end));
  }

  private readBacks(text: string, t: number, found: readonly { value: string; turn: number }[], emit: (run: IdRun) => void): void {
    let recent = false;
    for (const f of found) if (f.turn < t && t - f.turn <= this.rule.readBackTurns) recent = true;
    if (!recent) return;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const wordStart = i === 0 || !isWordChar(text.charCodeAt(i - 1));
      if (wordStart && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) {
        const run = scanIdRun(text, i, this.rule.maxChars);
        if (run && run.digits >= READ_BACK_MIN_DIGITS) {
          const value = compactOf(text, run.start, run.end);
          for (const f of found) {
            if (f.turn < t && t - f.turn <= this.rule.readBackTurns && (f.value === value || (value.length >= 6 && f.value.includes(value)))) {
              emit(run);
              break;
            }
          }
          i = Math.max(run.end, i + 1);
          continue;
        }
      }
      i++;
    }
  }
}

/** Loads rules/<relativePath> (default id/id-context.yaml) into a detector. */
export function loadContextIdDetector(relativePath = 'id/id-context.yaml'): ContextIdDetector {
  return new ContextIdDetector(loadRuleFile(relativePath, idContextSchema));
}
