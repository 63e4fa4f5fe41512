/**
 * DATE_OF_BIRTH: dates (full or partial) that a birth word licenses, in the
 * same turn ("geboren am 3. März 1980", "bin am 3.3.80 geboren") or as the
 * answer to the previous turn ("Ihr Geburtsdatum?" / "dritter März
 * achtzig"), and the same date read back later in the call. Appointment words
 * between the birth word and the date veto it. Data: rules/date_of_birth/dob.yaml.
 */
import { z } from 'zod';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import type { CallView, Detector, Label, Span } from '../types.js';
import { readDateAt, type DateMatch } from './dob-date.js';
import { hasDigit, lowerSameLength } from './id-scan.js';

const words = z.array(z.string().min(1));

/** Schema of rules/date_of_birth/dob.yaml. */
export const dobRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  keywords: words.min(1),
  strong: words.default([]),
  yearWords: words.default([]),
  before: z.number().int().min(0).max(300),
  after: z.number().int().min(0).max(300),
  previousTurnWindow: z.number().int().min(0).max(1000),
  readBackTurns: z.number().int().min(0).max(20),
  months: z.record(z.string().min(1), z.number().int().min(1).max(12)),
  guards: words.default([]),
  guardsAfter: words.default([]),
  guardAfter: z.number().int().min(0).max(100),
  minYear: z.number().int().min(1800).max(2100),
  maxYear: z.number().int().min(1800).max(2100),
});

/** A parsed dob rule file. */
export type DobRule = z.output<typeof dobRuleSchema>;

/** What kind of birth word a context check found. */
const NONE = 0;
const WEAK = 1;
const STRONG = 2;
const YEAR = 3;

/** How far into an answering turn the date may start ("Einen Moment, ich schau mal. 24.12.1955"). */
const ANSWER_WINDOW = 80;
/** Characters after an answering date searched for an appointment word. */
const ANSWER_GUARD_AFTER = 25;
/** Turns after a birth date in which another full date sharing two of its three fields is a (misheard) read-back. */
const MISHEARD_TURNS = 3;

/** See the module comment. */
export class DobDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['DATE_OF_BIRTH'];
  private readonly keywords: Lexicon;
  /** Per keyword entry: WEAK, STRONG or YEAR (year words are strong too). */
  private readonly strength: number[];
  private readonly months: Lexicon;
  private readonly monthValues: number[];
  private readonly guards: Lexicon;
  private readonly guardsAfter: Lexicon;

  constructor(private readonly rule: DobRule) {
    this.id = `rules:${rule.id}`;
    // "Geburtsdatums", "Geburtstages": genitive endings of the birth words.
    this.keywords = new Lexicon(rule.keywords, { endings: ['s', 'es'] });
    const strong = new Set(rule.strong);
    const year = new Set(rule.yearWords);
    this.strength = rule.keywords.map((k) => (year.has(k) ? YEAR : strong.has(k) ? STRONG : WEAK));
    const names = Object.keys(rule.months);
    this.months = new Lexicon(names);
    this.monthValues = names.map((n) => rule.months[n]);
    this.guards = new Lexicon(rule.guards);
    this.guardsAfter = new Lexicon(rule.guardsAfter);
  }

  detect(call: CallView, out: Span[]): void {
    const found: { date: DateMatch; turn: number }[] = [];
    // Per turn: does a birth word occur at all (0 not yet known, 1 no, 2 yes)? Each turn is
    // asked twice (as the current and as the previous turn), so the whole-turn scan runs once.
    const mentions = new Uint8Array(call.turns.length);
    const mentionsBirth = (k: number): boolean => {
      if (mentions[k] === 0) {
        const lower = call.turns[k].lower;
        mentions[k] = this.keywords.occursIn(lower, 0, lower.length) ? 2 : 1;
      }
      return mentions[k] === 2;
    };
    for (let t = 0; t < call.turns.length; t++) {
      const turn = call.turns[t];
      // Cheap pre-check before normalising: a date is only accepted near a
      // birth word in this turn, after one in the previous turn, or as a
      // read-back of a birth date found a few turns before.
      // A previous turn that already gave a birth date asked for none ("Geboren am 3.3.59, ich nehme Ibuprofen").
      // A previous turn without any birth word has no context to give (its window scan would find none).
      const prevContext =
        t > 0 && !this.foundIn(found, t - 1) && mentionsBirth(t - 1) ? this.previousTurnContext(call.turns[t - 1].lower) : NONE;
      if (prevContext === NONE && !this.recentBirthDate(found, t) && !mentionsBirth(t)) continue;
      const dv = turn.normalized('digits');
      const text = dv.text;
      if (!hasDigit(text)) continue;
      // The digits view is often the text itself: then its lowercase form is already there.
      const lower = text === turn.text ? turn.lower : lowerSameLength(text);
      this.collectHits(lower);
      this.dateBefore = false;
      // Without a birth word here, only an answer near the turn start or a read-back can be a birth date.
      const limit = this.hits.length > 0 || this.recentBirthDate(found, t) ? text.length : Math.min(text.length, ANSWER_WINDOW + 1);
      let i = 0;
      while (i < limit) {
        const c = text.charCodeAt(i);
        const wordStart = isWordChar(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)));
        if (!wordStart) {
          i++;
          continue;
        }
        const date = readDateAt(text, lower, i, this.months, this.monthValues, this.rule);
        const accepted = date !== undefined && this.accept(t, prevContext, lower, date, found);
        // A day and month or a four-digit year read earlier means a later date is not the turn's answer.
        if (date && (date.month > 0 || date.year >= 1000)) this.dateBefore = true;
        if (date && accepted) {
          const [start, end] = dv.toOriginal(date.start, date.end);
          out.push({ turn: t, start, end, label: 'DATE_OF_BIRTH', score: 0.85, source: this.id, validated: false });
          found.push({ date, turn: t });
          i = date.end;
          continue;
        }
        // Skip the rest of the word.
        i++;
        while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      }
    }
  }

  /**
   * True when a time or deadline word follows the date as its next word, or
   * after one number ("3. März um 10", "5.4. 10 Uhr"), within `guardAfter` characters.
   */
  private timeFollows(lower: string, pos: number): boolean {
    const limit = Math.min(lower.length, pos + this.rule.guardAfter);
    let i = pos;
    for (let words = 0; words < 2; words++) {
      while (i < limit && !isWordChar(lower.charCodeAt(i))) i++;
      if (i >= limit) return false;
      if (this.guardsAfter.matchAt(lower, i, limit)) return true;
      const c = lower.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      while (i < limit && isWordChar(lower.charCodeAt(i))) i++;
    }
    return false;
  }

  /** Which parts a date has decides which birth words license it. */
  private needed(date: DateMatch): number {
    if (date.day > 0 && date.month > 0 && date.year >= 0) return WEAK;
    if (date.month > 0) return STRONG;
    return YEAR;
  }

  /** True when a birth date was found in turn t. */
  private foundIn(found: readonly { turn: number }[], t: number): boolean {
    for (let k = found.length - 1; k >= 0 && found[k].turn >= t; k--) if (found[k].turn === t) return true;
    return false;
  }

  /** True when a birth date was found within the read-back window before turn t. */
  private recentBirthDate(found: readonly { turn: number }[], t: number): boolean {
    for (const f of found) if (t - f.turn <= this.rule.readBackTurns) return true;
    return false;
  }

  private accept(t: number, prevContext: number, lower: string, date: DateMatch, found: readonly { date: DateMatch; turn: number }[]): boolean {
    const rule = this.rule;
    if (this.timeFollows(lower, date.end)) return false;
    // A bare two-digit number is a year only right after "Jahrgang"-like words.
    if (date.day < 0 && date.month < 0 && date.year < 100 && !this.yearWordJustBefore(lower, date.start)) return false;
    const needed = this.needed(date);
    if (this.contextInTurn(lower, date) >= needed) return true;
    // The answer to "Ihr Geburtsdatum?": the first number of the turn, near its
    // start, whatever words come before it ("Einen Moment, ich schau mal. ..."),
    // unless an appointment word stands there.
    if (
      t > 0 && date.start <= ANSWER_WINDOW && !this.dateBefore && !this.guards.occursIn(lower, 0, date.start) &&
      // "Moment, ich habe am 5. März einen Termin": for a date without year, an appointment word just after it too.
      (date.year >= 0 || !this.guards.occursIn(lower, date.end, date.end + ANSWER_GUARD_AFTER))
    ) {
      if (prevContext >= needed) return true;
    }
    if (needed === WEAK) {
      // Newest first; only earlier turns: a read-back answers another turn.
      for (let k = found.length - 1; k >= 0; k--) {
        const f = found[k];
        const age = t - f.turn;
        if (age > rule.readBackTurns) break;
        if (age === 0) continue;
        const same = (f.date.day === date.day ? 1 : 0) + (f.date.month === date.month ? 1 : 0) + (f.date.year % 100 === date.year % 100 ? 1 : 0);
        // Exact read-back, or a misheard / corrected one ("23.02.2000" / "13. Februar 2000").
        if (same === 3 || (same === 2 && age <= MISHEARD_TURNS && f.date.year >= 0 && date.year >= 0)) return true;
      }
    }
    return false;
  }

  /** Birth words of the current turn (digits view), found once per turn: start, end, strength. */
  private readonly hits: number[] = [];
  /** First hit that may still lie before a later date (dates are read left to right). */
  private hitFrom = 0;
  /** A date (day and month, or a four-digit year) was read earlier in the current turn. */
  private dateBefore = false;

  private collectHits(lower: string): void {
    this.hits.length = 0;
    this.hitFrom = 0;
    this.keywords.scan(lower, (m) => {
      this.hits.push(m.start, m.end, this.strength[m.entry]);
    });
  }

  /** Strongest birth word around the date without a guard word in between. */
  private contextInTurn(lower: string, date: DateMatch): number {
    let best = NONE;
    const from = date.start - this.rule.before;
    const to = date.end + this.rule.after;
    const h = this.hits;
    while (this.hitFrom < h.length && h[this.hitFrom] < from) this.hitFrom += 3;
    for (let k = this.hitFrom; k < h.length && h[k] < to; k += 3) {
      const start = h[k];
      const end = h[k + 1];
      if (end <= date.start) {
        if (!this.guards.occursIn(lower, end, date.start)) best = Math.max(best, h[k + 2]);
      } else if (start >= date.end && end <= to) {
        if (!this.guards.occursIn(lower, date.end, start)) best = Math.max(best, h[k + 2]);
      }
    }
    return best;
  }

  /** Strongest birth word near the end of the previous turn, NONE when a guard word follows it. */
  private previousTurnContext(prev: string): number {
    let best = NONE;
    let lastEnd = -1;
    this.keywords.scan(
      prev,
      (m) => {
        best = Math.max(best, this.strength[m.entry]);
        lastEnd = m.end;
      },
      Math.max(0, prev.length - this.rule.previousTurnWindow),
      prev.length,
    );
    if (best > NONE && this.guards.occursIn(prev, lastEnd, prev.length)) return NONE;
    return best;
  }

  private yearWordJustBefore(lower: string, start: number): boolean {
    let found = false;
    this.keywords.scan(
      lower,
      (m) => {
        if (this.strength[m.entry] === YEAR && lower.slice(m.end, start).trim().length <= 1) found = true;
      },
      Math.max(0, start - 16),
      start,
    );
    return found;
  }
}

/**
 * Creates the date-of-birth detectors.
 * @returns one detector labelled `DATE_OF_BIRTH`
 * @example
 * const [dob] = createDobDetectors(); // dob.id === 'rules:dob'
 */
export function createDobDetectors(): Detector[] {
  return [new DobDetector(loadRuleFile('date_of_birth/dob.yaml', dobRuleSchema))];
}
