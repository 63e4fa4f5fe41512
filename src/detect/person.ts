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
  CLASH_CAP,
  CLASH_LOW,
  DETERMINER,
  FILLER,
  FIRST,
  FUNC,
  DOUBLE_NAME,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_UNAMBIGUOUS,
  PARTICLE,
  PLACE_MARKER,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  TRIGGER,
  WORD,
  personGazetteer,
  type PersonGazetteer,
} from './person-gazetteer.js';
import { ANSWER, EXPLICIT, MEDIUM, NAMEISH, NONE, STRONG, loadPersonContext, type PersonContext, type Strength } from './person-context.js';
import { NameRegistry, REG_SPELLED, propagateNames } from './person-propagate.js';
import { acceptsToken, isSentenceStart, parseBackward, parseForward, turnEndOf, type SlotEnv, type SlotRange } from './person-slots.js';
import { findSpelledNames, type SpelledName } from './person-spelled.js';
import { CallTokens, CAP, CODE_WORD, COMMA, COVERED, DIGIT, DOT, JOINED, LOWER_TURN } from './person-tokens.js';

/** Span score by the strength of the context that found it. */
const SCORES: Readonly<Record<Strength, number>> = { [NONE]: 0.65, [MEDIUM]: 0.75, [NAMEISH]: 0.85, [STRONG]: 0.9, [EXPLICIT]: 0.95, [ANSWER]: 0.95 };
/** A gazetteer first name with a surname, no context ("Anna Weber"). */
const kFullNameScore = 0.85;
/** A letter-by-letter spelled name. */
const kSpelledScore = 0.9;
/** A mention of a name found elsewhere in the call. */
const kPropagatedScore = 0.8;

const EMPTY_CALL: CallView = { id: '', turns: [] };

/** Bit on `CallTokens.after`: the phrase is a greeting of the agent's opening turn. */
const OPENING = 8;


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
    this.env = { toks: this.toks, gazetteer, call: EMPTY_CALL, answer: false, salutation: false };
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
      if (question && first < last) toks.before[first] = ANSWER;
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
    // "Autohaus Müller, grüß Gott": a greeting inside the agent's opening turn.
    if (info.opening && toks.turn[p] === 0 && p > 0 && toks.after[p] === NONE) toks.after[p] = STRONG | OPENING;
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
    for (let j = toks.turnStart[toks.turn[k]]; j < k; j++) {
      // A stutter ("ich ich bin") is a filler too.
      if ((toks.lex[j] & FILLER) === 0 && (toks.hash[j] !== toks.hash[j + 1] || j + 1 >= k)) return false;
    }
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
        this.registry.add(name.letters, REG_SPELLED);
        for (let k = toks.turnStart[t]; k < toks.turnStart[t + 1]; k++) {
          if (toks.start[k] >= name.start && toks.end[k] <= name.end) toks.shape[k] |= COVERED;
        }
      }
    }
  }

  /**
   * Cheap pre-check before the normalised view: two single letters ("M wie
   * Martha, E wie Emil"), a letter after "mit" ("Müller mit ü"), a hyphenated
   * run ("M-E-I-E-R") or "Ypsilon".
   */
  private maySpell(t: number, call: CallView): boolean {
    const toks = this.toks;
    const lower = call.turns[t].lower;
    let letters = 0;
    for (let k = toks.turnStart[t]; k < toks.turnStart[t + 1]; k++) {
      const s = toks.start[k];
      const len = toks.end[k] - s;
      if (len === 1 && (toks.shape[k] & DIGIT) === 0) {
        letters++;
        if (letters >= 2) return true;
        if (k > toks.turnStart[t] && toks.end[k - 1] - toks.start[k - 1] === 3 && lower.startsWith('mit', toks.start[k - 1])) return true;
      } else if (len >= 5 && lower.charCodeAt(s + 1) === 45 && lower.charCodeAt(s + 3) === 45) return true;
      else if (len === 7 && lower.startsWith('ypsilon', s)) return true;
    }
    return false;
  }

  // ---- step 4: slots and gazetteer --------------------------------------------------------

  /** Names before "am Apparat", "ist mein Name", and "Weber hier" at a turn start. */
  private afterSlots(out: Span[]): void {
    const toks = this.toks;
    for (let j = 0; j < toks.count; j++) {
      const raw = toks.after[j];
      if (raw === NONE) continue;
      let strength = (raw & 7) as Strength;
      // "Weber hier, guten Tag": a MEDIUM phrase counts only when the name opens the turn.
      const openingOnly = strength < NAMEISH;
      if (openingOnly) strength = STRONG;
      if (!parseBackward(this.env, j, strength, this.range)) continue;
      if (openingOnly && !this.onlyFillersBefore(this.range.first)) continue;
      if (raw & OPENING && !this.plausibleOpening(j)) continue;
      this.emit(this.range, SCORES[strength], out);
    }
  }

  /**
   * The name of "Autohaus Müller, grüß Gott" is often a place instead
   * ("Hausverwaltung Hagen", "Haustechnik Landsberg am Lech"): a lone word
   * that is also a noun or a city, or a name after a preposition, is refused.
   */
  private plausibleOpening(j: number): boolean {
    const toks = this.toks;
    const first = this.range.first;
    const before = first - 1;
    if (before >= toks.turnStart[toks.turn[j]] && (toks.lex[before] & (FUNC | FILLER)) === FUNC) return false;
    return this.range.end - first > 1 || (toks.lexOf(first, this.env.call, this.gazetteer) & (NAME_AMBIGUOUS | WORD | DOUBLE_NAME)) === 0;
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
          this.emit(range, SCORES[EXPLICIT], out);
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
      const startsName = lex & FIRST || (lex & AMB_FIRST && (lex & (CLASH_LOW | CLASH_CAP)) === CLASH_LOW && shape & CAP && !isSentenceStart(this.env, k));
      if (startsName && parseForward(this.env, k, NONE, false, range, FILLER)) {
        this.extendInverted(range);
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

  /**
   * "Linke, Emma, genau." / "wartenberg amelie genau": a read-back that opens
   * the turn with the surname before the first name becomes one span.
   */
  private extendInverted(range: SlotRange): void {
    const toks = this.toks;
    const k = range.first;
    let prev = k - 1;
    const turnFirst = toks.turnStart[toks.turn[k]];
    if (prev < turnFirst || (toks.shape[k] & (JOINED | COMMA)) === 0) return;
    // A confirmation after it ("..., genau.", "ja") marks the turn as a read-back.
    const end = range.end;
    const confirmed = end >= toks.turnStart[toks.turn[k] + 1] || (toks.lex[end] & FILLER) !== 0;
    if (!acceptsToken(this.env, prev, confirmed ? EXPLICIT : NAMEISH, 1)) return;
    // "vom hammer maja": particles before the surname.
    while (prev - 1 >= turnFirst && toks.lex[prev - 1] & PARTICLE && (toks.lex[prev - 1] & NAME_ANY) === 0 && toks.shape[prev] & JOINED) prev--;
    if (this.onlyFillersBefore(prev)) range.first = prev;
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
    // "der Herr Doktor": look past the salutation for the article.
    let d = k - 1;
    const turnFirst = toks.turnStart[toks.turn[k]];
    while (d >= turnFirst && d > k - 3 && toks.lex[d] & SALUT && toks.shape[d + 1] & JOINED) d--;
    const determiner = d >= turnFirst && toks.shape[d + 1] & JOINED && (toks.lex[d] & DETERMINER) !== 0;
    // "Dr. Hammer", "Doktor Regen": a title before a noun makes it a name, unless an
    // article makes the title itself a noun ("der Doktor hat gesagt").
    const strength: Strength = lex & SALUT ? (determiner ? NAMEISH : EXPLICIT) : determiner && len > 4 ? MEDIUM : EXPLICIT;
    const last = turnEndOf(this.env, k);
    let j = k + 1;
    while (j < last && j - k <= 4 && toks.lex[j] & (SALUT | TITLE | TITLE_SUFFIX) && (toks.lex[j] & NAME_UNAMBIGUOUS) === 0) j++;
    // "Frau, äh, Weber": hesitations after the salutation.
    for (let f = 0; f < 2 && j < last && toks.lex[j] & FILLER && (toks.lex[j] & (NAME_ANY | FUNC)) === FUNC && this.isHesitation(j); f++) j++;
    // "Dr. Weber": after an abbreviation the gap is ". ", not plain space.
    const joined = toks.shape[j] & (JOINED | COMMA) || (toks.shape[j - 1] & DOT && toks.start[j] - toks.end[j - 1] <= 3);
    if (j >= last || !joined) return false;
    this.env.salutation = (lex & SALUT) !== 0;
    const found = parseForward(this.env, j, strength, false, this.range, FILLER);
    this.env.salutation = false;
    return found;
  }

  /** "äh", "ähm", "hm": fillers that carry no meaning (unlike "ja" or "also"). */
  private isHesitation(k: number): boolean {
    const lower = this.env.call.turns[this.toks.turn[k]].lower;
    const c = lower.charCodeAt(this.toks.start[k]);
    return c === 0xe4 /* ä */ || c === 0xf6 /* ö */ || c === 104 /* h */ || c === 101 /* e */ || c === 109 /* m */;
  }

  /**
   * A name after a trigger phrase; "ist Koch da?" upgrades to STRONG with its
   * closer. Returns the strength the name was found with, NONE when none.
   */
  private triggerSlot(k: number, strength: Strength): Strength {
    const range = this.range;
    // "ist Koch da?", "ich habe Rot verstanden": a closer confirms whatever stands between.
    if (strength < STRONG && parseForward(this.env, k, EXPLICIT, true, range, FILLER) && this.closerAt(range.end)) return EXPLICIT;
    if (strength === ANSWER) {
      this.env.answer = true;
      const found = parseForward(this.env, k, EXPLICIT, true, range, FILLER);
      this.env.answer = false;
      return found ? EXPLICIT : NONE;
    }
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
