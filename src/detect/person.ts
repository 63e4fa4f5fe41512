/**
 * PERSON detection by rules: context phrases, salutations, gazetteers,
 * spelled names and call-level propagation. Works on written and
 * speech-to-text (lowercase, unpunctuated) turns alike. The span never
 * includes salutations or titles (SPEC §1): "Frau Dr. Schmidt-Weber" ->
 * "Schmidt-Weber".
 *
 * One call is processed in five steps, each in person-*.ts:
 * 1. tokens of all turns, classified by the gazetteer (person-tokens.ts);
 * 2. context triggers marked on the tokens (person-context.ts);
 * 3. spelled names (person-spelled.ts), so their code words are not read as names;
 * 4. name slots after salutations, titles and triggers, then gazetteer names
 *    without context (person-slots.ts);
 * 5. every other mention of a name found in steps 3-4 (person-propagate.ts).
 */
import type { LexiconMatch } from '../rules/lexicon.js';
import type { CallView, Detector, Label, Span } from '../types.js';
import {
  AMB_FIRST,
  CLASH_LOW,
  DETERMINER,
  FILLER,
  FIRST,
  FUNC,
  NAME_UNAMBIGUOUS,
  PLACE_MARKER,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  TRIGGER,
  personGazetteer,
  type PersonGazetteer,
} from './person-gazetteer.js';
import { MEDIUM, NAMEISH, NONE, STRONG, loadPersonContext, type PersonContext, type Strength } from './person-context.js';
import { NameRegistry, propagateNames } from './person-propagate.js';
import { isSentenceStart, parseBackward, parseForward, turnEndOf, type SlotEnv, type SlotRange } from './person-slots.js';
import { findSpelledNames, type SpelledName } from './person-spelled.js';
import { CallTokens, CAP, CODE_WORD, COVERED, DIGIT, DOT, JOINED, LOWER_TURN } from './person-tokens.js';

/** Span score by the strength of the context that found it. */
const SCORES: Readonly<Record<Strength, number>> = { [NONE]: 0.65, [MEDIUM]: 0.75, [NAMEISH]: 0.85, [STRONG]: 0.9 };
/** A gazetteer first name with a surname, no context ("Anna Weber"). */
const kFullNameScore = 0.85;
/** A letter-by-letter spelled name. */
const kSpelledScore = 0.9;
/** A mention of a name found elsewhere in the call. */
const kPropagatedScore = 0.8;

const EMPTY_CALL: CallView = { id: '', turns: [] };

/** The rule-based PERSON detector. Not re-entrant: one instance per worker, as all detectors. */
export class PersonDetector implements Detector {
  readonly id = 'rules:person';
  readonly labels: readonly Label[] = ['PERSON'];
  private readonly gazetteer: PersonGazetteer;
  private readonly context: PersonContext;
  private readonly toks = new CallTokens();
  private readonly env: SlotEnv;
  private readonly registry = new NameRegistry();
  private readonly range: SlotRange = { first: 0, end: 0 };
  private readonly spelled: SpelledName[] = [];

  constructor(gazetteer: PersonGazetteer = personGazetteer(), context: PersonContext = loadPersonContext()) {
    this.gazetteer = gazetteer;
    this.context = context;
    this.env = { toks: this.toks, gazetteer, call: EMPTY_CALL };
  }

  detect(call: CallView, out: Span[]): void {
    const toks = this.toks;
    this.env.call = call;
    this.registry.clear();
    toks.fill(call, this.gazetteer);
    if (toks.count > 0) {
      this.markTriggers(call);
      this.markCodeWords(call);
      this.findSpelled(call, out);
      this.afterSlots(out);
      this.scan(out);
      propagateNames(this.env, this.registry, kPropagatedScore, this.id, out);
    }
    this.env.call = EMPTY_CALL;
  }

  // ---- step 2: triggers -------------------------------------------------------------------

  /**
   * Matches the phrase lexicon only at tokens that start a phrase (TRIGGER
   * bit), longest match first and without overlaps, as Lexicon.scan would,
   * but without visiting every word start of the turn.
   */
  private markTriggers(call: CallView): void {
    const toks = this.toks;
    const triggers = this.context.triggers;
    let question = false;
    for (let t = 0; t < call.turns.length; t++) {
      const first = toks.turnStart[t];
      const last = toks.turnStart[t + 1];
      if (question && first < last) toks.before[first] = STRONG;
      question = false;
      const lower = call.turns[t].lower;
      let skipUntil = 0;
      for (let k = first; k < last; k++) {
        if ((toks.lex[k] & TRIGGER) === 0 || toks.start[k] < skipUntil) continue;
        const m = triggers.matchAt(lower, toks.start[k]);
        if (!m) continue;
        skipUntil = m.end;
        if (this.onTrigger(m, k, last)) question = true;
      }
    }
  }

  /** Records one trigger match that starts at token p; true when it is a question. */
  private onTrigger(m: LexiconMatch, p: number, last: number): boolean {
    const toks = this.toks;
    const info = this.context.info[m.entry];
    if (info.after > toks.after[p]) toks.after[p] = info.after;
    let q = p;
    while (q < last && toks.start[q] < m.end) q++;
    if (info.before !== NONE && q < last) {
      const strength = info.strongAtStart && this.onlyFillersBefore(p) ? STRONG : info.before;
      if (strength > toks.before[q]) toks.before[q] = strength;
    }
    return info.question;
  }

  private onlyFillersBefore(k: number): boolean {
    const toks = this.toks;
    for (let j = toks.turnStart[toks.turn[k]]; j < k; j++) if ((toks.lex[j] & FILLER) === 0) return false;
    return true;
  }

  /** "M wie Martha": the code word after "<letter> wie" is no name. */
  private markCodeWords(call: CallView): void {
    const toks = this.toks;
    for (let k = 2; k < toks.count; k++) {
      const w = k - 1;
      if (toks.turn[k - 2] !== toks.turn[k] || toks.end[w] - toks.start[w] !== 3 || toks.end[k - 2] - toks.start[k - 2] !== 1) continue;
      if (call.turns[toks.turn[w]].lower.startsWith('wie', toks.start[w])) toks.shape[k] |= CODE_WORD;
    }
  }

  // ---- step 3: spelled names --------------------------------------------------------------

  private findSpelled(call: CallView, out: Span[]): void {
    const toks = this.toks;
    for (let t = 0; t < call.turns.length; t++) {
      if (!this.maySpell(t, call)) continue;
      this.spelled.length = 0;
      findSpelledNames(call.turns[t].normalized('digits'), this.gazetteer, this.spelled);
      for (const name of this.spelled) {
        out.push({ turn: t, start: name.start, end: name.end, label: 'PERSON', score: kSpelledScore, source: this.id, validated: false });
        this.registry.add(name.letters, 0);
        for (let k = toks.turnStart[t]; k < toks.turnStart[t + 1]; k++) {
          if (toks.start[k] >= name.start && toks.end[k] <= name.end) toks.shape[k] |= COVERED;
        }
      }
    }
  }

  /** Cheap pre-check before the normalised view: a single letter or "Ypsilon" in the turn. */
  private maySpell(t: number, call: CallView): boolean {
    const toks = this.toks;
    const lower = call.turns[t].lower;
    for (let k = toks.turnStart[t]; k < toks.turnStart[t + 1]; k++) {
      const len = toks.end[k] - toks.start[k];
      if (len === 1 && (toks.shape[k] & DIGIT) === 0) return true;
      // "M-E-I-E-R" is one hyphenated token here.
      if (len >= 5 && lower.charCodeAt(toks.start[k] + 1) === 45 && lower.charCodeAt(toks.start[k] + 3) === 45) return true;
      if (len === 7 && lower.startsWith('ypsilon', toks.start[k])) return true;
    }
    return false;
  }

  // ---- step 4: slots and gazetteer --------------------------------------------------------

  /** Names before "am Apparat", "ist mein Name", and "Weber hier" at a turn start. */
  private afterSlots(out: Span[]): void {
    const toks = this.toks;
    for (let j = 0; j < toks.count; j++) {
      const strength = toks.after[j] as Strength;
      if (strength === NONE || !parseBackward(this.env, j, strength, this.range)) continue;
      if (strength < NAMEISH) {
        // "Weber hier, guten Tag": the name opens the turn and "hier" closes the phrase.
        const closed = j + 1 >= turnEndOf(this.env, j) || (toks.shape[j + 1] & JOINED) === 0;
        if (!closed || !this.onlyFillersBefore(this.range.first)) continue;
      }
      this.emit(this.range, SCORES[strength], out);
    }
  }

  private scan(out: Span[]): void {
    const toks = this.toks;
    const range = this.range;
    for (let k = 0; k < toks.count; k++) {
      const shape = toks.shape[k];
      if (shape & (COVERED | DIGIT)) continue;
      const lex = toks.lex[k];
      if (lex & (SALUT | TITLE)) {
        if (this.salutationSlot(k)) {
          this.emit(range, SCORES[STRONG], out);
          k = range.end - 1;
        }
        continue;
      }
      const before = toks.before[k] as Strength;
      const found = before === NONE ? NONE : this.triggerSlot(k, before);
      if (found !== NONE) {
        this.emit(range, SCORES[found], out);
        k = range.end - 1;
        continue;
      }
      if (shape & CODE_WORD || this.afterPlaceMarker(k)) continue;
      const startsName = lex & FIRST || (lex & AMB_FIRST && lex & CLASH_LOW && shape & CAP && !isSentenceStart(this.env, k));
      if (startsName && parseForward(this.env, k, NONE, false, range, FILLER)) {
        this.emit(range, range.end - range.first > 1 ? kFullNameScore : SCORES[NONE], out);
        k = range.end - 1;
        continue;
      }
      // "Frank Weber" at a sentence start: an ambiguous first name before an unambiguous surname.
      const next = k + 1;
      if (lex & AMB_FIRST && shape & (CAP | LOWER_TURN) && next < turnEndOf(this.env, k) && toks.shape[next] & JOINED && toks.lex[next] & NAME_UNAMBIGUOUS) {
        if (parseForward(this.env, next, NONE, false, range, FILLER)) {
          range.first = k;
          this.emit(range, kFullNameScore, out);
          k = range.end - 1;
        }
      }
    }
  }

  /** "St. Martin", "San Juan", "FC Carl Zeiss": a gazetteer name right after a place marker. */
  private afterPlaceMarker(k: number): boolean {
    const toks = this.toks;
    const prev = k - 1;
    if (prev < toks.turnStart[toks.turn[k]] || (toks.lex[prev] & PLACE_MARKER) === 0) return false;
    return (toks.shape[k] & JOINED) !== 0 || (toks.shape[prev] & DOT) !== 0;
  }

  /**
   * A name after a salutation or title (and further titles: "Frau Dr. med.").
   * Salutations after a determiner ("die Frau", "meine Frau") and spelled-out
   * titles ("der Doktor") are weaker evidence.
   */
  private salutationSlot(k: number): boolean {
    const toks = this.toks;
    const lex = toks.lex[k];
    const len = toks.end[k] - toks.start[k];
    const dotted = (toks.shape[k] & DOT) !== 0;
    // "Hr."/"Fr." only with their dot; "mag" is a verb unless written "Mag.".
    if ((lex & SALUT && len <= 3 && !dotted) || (lex & FUNC && !dotted)) return false;
    const determiner = k > toks.turnStart[toks.turn[k]] && toks.shape[k] & JOINED && (toks.lex[k - 1] & DETERMINER) !== 0;
    let strength: Strength;
    if (lex & SALUT) strength = determiner ? NAMEISH : STRONG;
    else if (len <= 4) strength = STRONG;
    else strength = determiner ? MEDIUM : NAMEISH;
    const last = turnEndOf(this.env, k);
    let j = k + 1;
    while (j < last && j - k <= 4 && toks.lex[j] & (SALUT | TITLE | TITLE_SUFFIX) && (toks.lex[j] & NAME_UNAMBIGUOUS) === 0) j++;
    // "Dr. Weber": after an abbreviation the gap is ". ", not plain space.
    const joined = toks.shape[j] & JOINED || (toks.shape[j - 1] & DOT && toks.start[j] - toks.end[j - 1] <= 3);
    if (j >= last || !joined) return false;
    return parseForward(this.env, j, strength, false, this.range, FILLER);
  }

  /**
   * A name after a trigger phrase; "ist Koch da?" upgrades to STRONG with its
   * closer. Returns the strength the name was found with, NONE when none.
   */
  private triggerSlot(k: number, strength: Strength): Strength {
    const range = this.range;
    if (strength < STRONG && parseForward(this.env, k, STRONG, true, range, FILLER) && this.closerAt(range.end)) return STRONG;
    return parseForward(this.env, k, strength, true, range, FILLER) ? strength : NONE;
  }

  private closerAt(k: number): boolean {
    const toks = this.toks;
    if (k >= toks.count || toks.turn[k] !== toks.turn[k - 1] || (toks.shape[k] & JOINED) === 0) return false;
    const lower = this.env.call.turns[toks.turn[k]].lower;
    return this.context.closers.matchAt(lower, toks.start[k]) !== undefined;
  }

  private emit(range: SlotRange, score: number, out: Span[]): void {
    const toks = this.toks;
    out.push({
      turn: toks.turn[range.first],
      start: toks.start[range.first],
      end: toks.end[range.end - 1],
      label: 'PERSON',
      score,
      source: this.id,
      validated: false,
    });
    for (let j = range.first; j < range.end; j++) {
      toks.shape[j] |= COVERED;
      this.registry.addToken(this.env, j);
    }
  }
}

/**
 * The rule-based PERSON detectors (one).
 *
 * @returns `[PersonDetector]`, compiled once; lexicons load on first call (~0.2 s)
 * @example
 * const [person] = createPersonDetectors();
 * // "Hallo, hier ist Anna Weber."  -> PERSON [16, 26)
 * // "ja hier ist frau koch"        -> PERSON "koch"
 */
export function createPersonDetectors(): Detector[] {
  return [new PersonDetector()];
}
