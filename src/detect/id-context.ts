/**
 * ID numbers announced by a context word ("Kundennummer", "Aktenzeichen",
 * "Kennzeichen"), written, spaced or spoken, in the same turn or answering
 * the previous turn's question, continued over a turn break, and read back
 * later in the call. Data: rules/id/id-context.yaml.
 */
import { z } from 'zod';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { ConfigError } from '../errors.js';
import { loadRuleFile } from '../rules/load.js';
import { VALIDATORS } from '../rules/validators/index.js';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { KeywordMatcher } from './id-keywords.js';
import { findListedValues, forEachBareHead, type SiblingScan } from './id-lists.js';
import { compactOf, mayHoldLongValue, READ_BACK_MIN_CHARS, ValueMemory } from './id-readback.js';
import { hasDigit, isGap, lowerSameLength, onlyGapsUntil, scanIdRun, skipFillers, wordEnd, type IdRun, type RunWords } from './id-scan.js';

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
  excludeStems: words.default([]),
  separators: words.default([]),
  fillers: words.min(1),
  window: z.number().int().min(1).max(500),
  previousTurnWindow: z.number().int().min(0).max(1000),
  maxChars: z.number().int().min(4).max(200),
  readBackTurns: z.number().int().min(0).max(20),
  topicBreaks: words.default([]),
  unitWords: words.default([]),
  questionWords: words.default([]),
  confirmations: words.default([]),
  shortWords: words.default([]),
  hesitations: words.default([]),
  answerPhrases: words.default([]),
  answerMinDigits: z.number().int().min(1).max(20).default(5),
  validatedValues: words.default([]),
  mixedHeads: words.default([]),
  mixedMinDigits: z.number().int().min(1).max(20).default(4),
  siblingBreaks: words.default([]),
});

/** A parsed id-context rule file. */
export type IdContextRule = z.output<typeof idContextSchema>;

/** Most filler words skipped before a continued number. */
const MAX_FILLERS = 12;
/** Most other words between a context word and its number ("auf dem Zähler steht ..."). */
const MAX_WORDS = 12;
/** Longest turn of the other speaker that may sit inside a number split over turns ("Ja?", "Mhm, weiter"). */
const MAX_INTERJECTION = 25;

const DATE_SHAPE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;
/** "07.08" is a date without year ("am 07.08. um 17:45 Uhr"), when day and month are in range. */
const DAY_MONTH_SHAPE = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/;
/** Longest turn (digits view) read as an answer made of letters only ("das ist k d strich"). */
const MAX_LETTER_HEAD = 40;
/** How far before the end of the previous turn a bare answer phrase ("die Nummer bitte") is looked for. */
const ANSWER_PHRASE_WINDOW = 40;
/** Fewest letters and digits of a national number (KVNR, ID-card serial: 10; a little slack for spacing). */
const VALIDATED_MIN_CHARS = 9;
/** Spelled letters that let a value after a context word get by with one digit (an eVB "a b c d e f 7"). */
const SPELLED_MIN_LETTERS = 3;

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
  private readonly breakWords: ReadonlySet<string>;
  private readonly questionWords: ReadonlySet<string>;
  private readonly runWords: RunWords;
  private readonly answerPhrases: Lexicon;
  private readonly siblingBreaks: Lexicon;
  /** Values found in the current call, for read-backs (detection is synchronous). */
  private readonly memory: ValueMemory;
  /** The turn being read has no capitals (speech-to-text); set per turn, detection is synchronous. */
  private caseless = false;

  constructor(private readonly rule: IdContextRule) {
    this.id = `rules:${rule.id}`;
    this.keywords = new KeywordMatcher(rule);
    this.fillers = new Set(rule.fillers);
    this.topicBreaks = new KeywordMatcher({ groups: [{ minDigits: 1, phrases: rule.topicBreaks }], genericHeads: [], exclude: [] });
    this.breakWords = new Set(rule.topicBreaks);
    this.questionWords = new Set(rule.questionWords);
    this.units = new Set(rule.unitWords);
    this.answerPhrases = new Lexicon(rule.answerPhrases);
    this.siblingBreaks = new Lexicon(rule.siblingBreaks, { prefix: true });
    const validators = rule.validatedValues.map((name) => {
      const v = VALIDATORS[name as keyof typeof VALIDATORS];
      if (!v) throw new ConfigError(`rules/id/id-context.yaml: validatedValues: unknown validator "${name}"; use one of ${Object.keys(VALIDATORS).join(', ')}`);
      return v;
    });
    this.runWords = {
      separators: new Set(rule.separators),
      stopWords: new Set([...rule.fillers, ...rule.unitWords, ...rule.topicBreaks, ...rule.shortWords, ...rule.hesitations]),
      hesitations: new Set(rule.hesitations),
    };
    this.memory = new ValueMemory({
      maxChars: rule.maxChars,
      readBackTurns: rule.readBackTurns,
      runWords: this.runWords,
      confirmations: new Lexicon(rule.confirmations),
      validators,
    });
  }

  detect(call: CallView, out: Span[]): void {
    const rule = this.rule;
    const memory = this.memory;
    memory.reset();
    let carry: Carry | undefined;
    // Turn and original end offset of the last value emitted.
    let lastEmitTurn = -1;
    let lastEmitEnd = -1;
    // The turn being read; `emit` is made once per call, not per turn.
    let t = 0;
    let dv: NormalizedText | undefined;
    let text = '';
    let lower = '';
    const emitted: IdRun[] = [];
    const emit = (run: IdRun): void => {
      for (const e of emitted) if (e.start === run.start && e.end === run.end) return;
      const value = text.slice(run.start, run.end);
      if (DATE_SHAPE.test(value) || DAY_MONTH_SHAPE.test(value)) return;
      // "1697 Euro", "2 Stück": a quantity, not an identifier.
      if (this.unitFollows(lower, run.end)) return;
      emitted.push(run);
      lastEmitTurn = t;
      lastEmitEnd = this.push(dv as NormalizedText, t, run, out);
      if (run.digits + run.letters >= READ_BACK_MIN_CHARS) memory.add(compactOf(text, run.start, run.end), t);
    };
    for (t = 0; t < call.turns.length; t++) {
      const turn = call.turns[t];
      dv = turn.normalized('digits');
      text = dv.text;
      if (!hasDigit(text)) {
        if (carry && (turn.speaker === carry.speaker || !this.isBackchannel(turn.lower))) carry = undefined;
        // A short answer of letters only ("k d strich", "S wie Samuel N"): the digits follow in the next turn.
        if (t > 0 && text.length <= MAX_LETTER_HEAD && this.previousTurnMinDigits(call, t, lastEmitTurn === t - 1 ? lastEmitEnd : -1) > 0) {
          const head = this.leadingRun(text, lowerSameLength(text));
          if (head && head.digits === 0 && onlyGapsUntil(text, head.end)) {
            lastEmitEnd = this.push(dv, t, head, out);
            lastEmitTurn = t;
            carry = { speaker: turn.speaker, turn: t, value: compactOf(text, head.start, head.end) };
          }
        }
        continue;
      }
      // The digits view is often the text itself: then its lowercase form is already there.
      lower = text === turn.text ? turn.lower : lowerSameLength(text);
      this.caseless = lower === text;
      emitted.length = 0;
      // 1. A number after a context word in this turn.
      this.keywords.scan(lower, 0, lower.length, (hit) => {
        const run = this.findRun(text, lower, hit.end, Math.min(lower.length, hit.end + rule.window), hit.minDigits);
        if (run) emit(run);
      });
      // 1b. A bare "Nummer" announces only a value mixing letters and digits ("Nummer Y4K7 2230 18").
      forEachBareHead(lower, rule.mixedHeads, (end) => {
        const run = this.findRun(text, lower, end, Math.min(lower.length, end + rule.window), rule.mixedMinDigits);
        if (run && run.letters > 0 && run.digits >= rule.mixedMinDigits) emit(run);
      });
      // 2. This turn answers a question that ended the previous turn ("Ihre Vertragsnummer?").
      const minDigits = t > 0 ? this.previousTurnMinDigits(call, t, lastEmitTurn === t - 1 ? lastEmitEnd : -1) : 0;
      if (minDigits > 0) {
        const run = this.findRun(text, lower, 0, Math.min(lower.length, rule.window), minDigits);
        if (run) emit(run);
        else {
          // The first digits of a number that goes on in the next turn ("eins sechs" / "..."),
          // or letters and a spoken separator only ("k d strich"), digits to follow.
          const head = this.leadingRun(text, lower);
          if (head && (head.digits >= 2 || head.digits === 0) && onlyGapsUntil(text, head.end)) emit(head);
        }
      }
      // 3. It continues a number the same speaker broke off at the end of an earlier turn.
      if (carry && carry.speaker === turn.speaker && t - carry.turn <= 2) {
        const run = this.leadingRun(text, lower);
        if (run && run.digits >= 1 && !this.unitFollows(lower, run.end)) {
          emit(run);
          // Remember the whole number too, so a read-back of both halves matches.
          memory.add(carry.value + compactOf(text, run.start, run.end), t);
        }
      }
      // 4. A value found earlier in the call, read back ("4 7 1 1 0 8 1 5, richtig?"), and
      // 5. checksum-valid national numbers (found by the pattern detectors), remembered for their read-backs.
      const readBack = memory.hasRecent(t);
      const validate = memory.validates && mayHoldLongValue(text, VALIDATED_MIN_CHARS);
      if (readBack || validate) memory.scan(text, lower, t, this.caseless, readBack, validate, emit);
      // 6. Further values of the same shape listed after one ("Meine ist L01X00T47, und von meiner Frau T22000129").
      if (emitted.length > 0) findListedValues(text, lower, emitted, this.siblingScan(), emit);
      let ended: IdRun | undefined;
      for (const run of emitted) if (onlyGapsUntil(text, run.end)) ended = run;
      if (ended) carry = { speaker: turn.speaker, turn: t, value: compactOf(text, ended.start, ended.end) };
      else if (carry && (turn.speaker === carry.speaker || !this.isBackchannel(turn.lower))) carry = undefined;
    }
  }

  /** Settings of the list-sibling scan for the turn being read. */
  private siblingScan(): SiblingScan {
    return { words: this.runWords, maxChars: this.rule.maxChars, caseless: this.caseless, breaksBetween: this.breaksBetween };
  }

  /** A topic-break or sibling-break word between two listed values ends the list. */
  private readonly breaksBetween = (lower: string, from: number, to: number): boolean =>
    this.topicBreaks.occursIn(lower, from, to) || this.siblingBreaks.occursIn(lower, from, to);

  /** Pushes the run as an ID span; returns its end in original offsets. */
  private push(dv: NormalizedText, turn: number, run: IdRun, out: Span[]): number {
    const [start, end] = dv.toOriginal(run.start, run.end);
    out.push({ turn, start, end, label: 'ID', score: 0.8, source: this.id, validated: false });
    return end;
  }

  /** The run a turn opens with, after fillers, or undefined. */
  private leadingRun(text: string, lower: string): IdRun | undefined {
    const limit = Math.min(lower.length, this.rule.window);
    const p = skipFillers(lower, 0, limit, this.fillers, MAX_FILLERS);
    if (p < 0 || p >= limit) return undefined;
    const run = scanIdRun(text, lower, p, this.rule.maxChars, this.runWords, this.caseless);
    return run && run.start === p ? run : undefined;
  }

  /**
   * The first identifier run in `text[pos, limit)` long enough for
   * `minDigits`, skipping other words ("auf dem Zähler steht ..."), or
   * undefined when a shorter number or a topic-break word comes first.
   */
  private findRun(text: string, lower: string, pos: number, limit: number, minDigits: number): IdRun | undefined {
    let i = pos;
    for (let n = 0; n <= MAX_WORDS && i < limit; n++) {
      while (i < limit && isGap(lower.charCodeAt(i))) i++;
      if (i >= limit || !isWordChar(lower.charCodeAt(i))) return undefined;
      const run = scanIdRun(text, lower, i, this.rule.maxChars, this.runWords, this.caseless);
      if (run && run.start === i) {
        const chars = run.digits + run.letters;
        const digitsOk = run.digits >= Math.min(2, minDigits) || (run.digits >= 1 && run.letters >= SPELLED_MIN_LETTERS);
        return chars >= minDigits && digitsOk ? run : undefined;
      }
      const end = wordEnd(lower, i, limit);
      if (this.breakWords.has(lower.slice(i, end))) return undefined;
      i = end;
    }
    return undefined;
  }

  /** minDigits of the last context word near the end of the previous turn, 0 when none or the topic moved on. */
  /**
   * @param answeredTo - end (original offset) of the last value the previous turn gave itself, or -1:
   *   a context word before it was answered there ("Das Kennzeichen ist E N N 84"), not asked
   */
  private previousTurnMinDigits(call: CallView, t: number, answeredTo: number): number {
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
    if (minDigits === 0) {
      // A bare "die Nummer, bitte?" after the topic was named ("Um welchen Vertrag geht es?").
      // Only the last phrase counts: no callback per match.
      const end = this.answerPhrases.lastMatchEnd(prev, Math.max(0, prev.length - ANSWER_PHRASE_WINDOW), prev.length);
      if (end >= 0) {
        lastEnd = end;
        minDigits = this.rule.answerMinDigits;
      }
    }
    if (minDigits > 0 && (lastEnd <= answeredTo || this.topicBreaks.occursIn(prev, lastEnd, prev.length))) return 0;
    return minDigits;
  }

  /** A short turn of the other speaker that lets a number go on ("Ja?", "Mhm, weiter"), not a new question. */
  private isBackchannel(lower: string): boolean {
    if (lower.length > MAX_INTERJECTION || lower.includes('nummer')) return false;
    if (this.keywords.occursIn(lower, 0, lower.length) || this.topicBreaks.occursIn(lower, 0, lower.length)) return false;
    for (let i = 0; i < lower.length; ) {
      const end = wordEnd(lower, i);
      if (end > i) {
        if (this.questionWords.has(lower.slice(i, end))) return false;
        i = end;
      } else i++;
    }
    return true;
  }

  /** True when a unit word ("Euro", "Stück") or a currency or percent sign follows `pos`. */
  private unitFollows(lower: string, pos: number): boolean {
    let i = pos;
    while (i < lower.length && lower.charCodeAt(i) === 32) i++;
    const c = lower.charCodeAt(i);
    if (c === 0x20ac || c === 36 || c === 37) return true;
    const end = wordEnd(lower, i);
    return end > i && this.units.has(lower.slice(i, end));
  }
}

/** Loads rules/<relativePath> (default id/id-context.yaml) into a detector. */
export function loadContextIdDetector(relativePath = 'id/id-context.yaml'): ContextIdDetector {
  return new ContextIdDetector(loadRuleFile(relativePath, idContextSchema));
}
