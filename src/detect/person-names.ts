/**
 * Step 4 of PERSON detection: names in slots after salutations, titles and
 * context phrases, before "am Apparat"-like phrases, in the agent's opening,
 * after business words and role nouns, and gazetteer names without context
 * (two capitalised names, "Karsten Baumann"; a lone surname mid-sentence in
 * written text, person-written.ts). Every name found is registered for
 * propagation (person-propagate.ts).
 */
import type { Span } from '../types.js';
import {
  AMB_FIRST,
  CLASH_CAP,
  CLASH_LOW,
  DETERMINER,
  DOUBLE_NAME,
  FILLER,
  FIRST,
  FREQUENT,
  FUNC,
  LAST,
  LEAD_PARTICLE,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_UNAMBIGUOUS,
  NOUN_NAME,
  PARTICLE,
  PLACE_MARKER,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  WORD,
} from './person-gazetteer.js';
import { ANSWER, CLAUSE_END, CLOSER, EXPLICIT, FULL_NAME, MEDIUM, NAMEISH, NONE, STRONG, type PersonContext, type Strength } from './person-context.js';
import type { NameRegistry } from './person-propagate.js';
import { acceptsToken, isAcronym, isSentenceStart, parseBackward, parseForward, turnEndOf, type SlotEnv, type SlotRange } from './person-slots.js';
import { CAP, CODE_WORD, COMMA, COVERED, DIGIT, DOT, JOINED, LOWER_TURN } from './person-tokens.js';
import { OPENING, onlyFillersBefore } from './person-triggers.js';
import { markBusinessName } from './person-business.js';
import { markRoleName } from './person-roles.js';
import { afterPlaceMarker, bareSurname, leadingParticle, reportedName, slashedToWord, withInitial } from './person-written.js';

/** Span score by the strength of the context that found it. */
const SCORES: Readonly<Record<Strength, number>> = { [NONE]: 0.65, [CLOSER]: 0.95, [MEDIUM]: 0.75, [NAMEISH]: 0.85, [STRONG]: 0.9, [EXPLICIT]: 0.95, [ANSWER]: 0.95 };
/** A gazetteer first name with a surname, no context ("Anna Weber"). */
const kFullNameScore = 0.85;

/** Finds the names of one call; reused across calls (one per detector). */
export class NameScanner {
  private readonly range: SlotRange = { first: 0, end: 0 };

  constructor(
    private readonly env: SlotEnv,
    private readonly context: PersonContext,
    private readonly registry: NameRegistry,
    private readonly source: string,
  ) {}

  /** Names before "am Apparat", "ist mein Name", and "Weber hier" at a turn start. */
  afterSlots(out: Span[]): void {
    const toks = this.env.toks;
    for (let j = 0; j < toks.count; j++) {
      const raw = toks.after[j];
      if (raw === NONE) continue;
      let strength = (raw & 7) as Strength;
      // "Weber hier, guten Tag": a MEDIUM phrase counts only when the name opens the turn.
      const openingOnly = strength < NAMEISH;
      if (openingOnly) strength = STRONG;
      if (!parseBackward(this.env, j, strength, this.range)) continue;
      if (openingOnly && !onlyFillersBefore(this.env, this.range.first)) continue;
      if (raw & OPENING && !this.plausibleOpening()) continue;
      this.emit(this.range, SCORES[strength], out);
    }
  }

  private lowerOf(k: number): string {
    const toks = this.env.toks;
    return this.env.call.turns[toks.turn[k]].lower.slice(toks.start[k], toks.end[k]);
  }

  /**
   * The name of "Autohaus Müller, grüß Gott" is often a place instead
   * ("Hausverwaltung Hagen", "Haustechnik Landsberg am Lech"): a lone word
   * that is also a noun or a city, or a name after a preposition, is refused.
   */
  private plausibleOpening(): boolean {
    const toks = this.env.toks;
    const first = this.range.first;
    const before = first - 1;
    // "Telenova, guten Tag": what opens the turn is the company itself.
    if (onlyFillersBefore(this.env, first)) return false;
    if ((toks.lex[before] & (FUNC | FILLER)) === FUNC) return false;
    if (this.range.end - first > 1) return true;
    // "Pflegedienst Lebenswert, hallo?": a compound of words is the brand.
    const bits = toks.lexOf(first, this.env.call, this.env.gazetteer);
    if (bits & (NAME_AMBIGUOUS | WORD | DOUBLE_NAME)) return false;
    return (bits & NAME_UNAMBIGUOUS) !== 0 || !this.env.gazetteer.isWordCompound(this.lowerOf(first));
  }

  /** Salutation, title and trigger slots, then gazetteer names without context, left to right. */
  scan(out: Span[]): void {
    const toks = this.env.toks;
    const range = this.range;
    for (let k = 0; k < toks.count; k++) {
      const shape = toks.shape[k];
      if (shape & (COVERED | DIGIT)) continue;
      const lex = toks.lex[k];
      if (lex & (SALUT | TITLE)) {
        if (this.salutationSlot(k)) {
          this.emit(range, SCORES[EXPLICIT], out);
          k = Math.max(k, range.end - 1);
        }
        continue;
      }
      markBusinessName(this.env, k);
      markRoleName(this.env, k);
      const before = toks.before[k];
      const found = before === NONE ? NONE : this.triggerSlot(k, before);
      if (found !== NONE) {
        this.emit(range, SCORES[found], out);
        k = Math.max(k, range.end - 1);
        continue;
      }
      if (lex & LEAD_PARTICLE && (lex & NAME_ANY) === 0) {
        if (leadingParticle(this.env, k, range)) {
          this.emit(range, SCORES[NAMEISH], out);
          k = Math.max(k, range.end - 1);
        }
        continue;
      }
      // Every rule below starts at a gazetteer name.
      if (shape & CODE_WORD || (lex & NAME_ANY) === 0 || afterPlaceMarker(this.env, k)) continue;
      // "dass Frank kommt" but not "7 Mio. Euro": a unit after a number is no name.
      const afterNumber = k > toks.turnStart[toks.turn[k]] && (toks.shape[k - 1] & DIGIT) !== 0;
      // "nach Sao Tomé": a place marker opens no name itself.
      const startsName = (lex & PLACE_MARKER) === 0 && (lex & FIRST || (lex & AMB_FIRST && (lex & (CLASH_LOW | CLASH_CAP)) === CLASH_LOW && shape & CAP && !afterNumber && !isSentenceStart(this.env, k) && !this.afterNoun(k)));
      if (startsName && parseForward(this.env, k, NONE, false, range, FILLER)) {
        // "beim Label EMI": a lone first name in capitals is an acronym; in "Völklingen/Fenne" a part of a place's name.
        if (range.end - range.first === 1 && shape & CAP && (isAcronym(this.env, k) || slashedToWord(this.env, k))) continue;
        this.extendInverted(range);
        this.emit(range, range.end - range.first > 1 ? kFullNameScore : SCORES[NONE], out);
        k = Math.max(k, range.end - 1);
        continue;
      }
      const next = k + 1;
      // "Hartwig Baumann hat angerufen": two capitalised gazetteer names, the first known only as a surname.
      if ((lex & (NAME_ANY | WORD | FREQUENT)) === LAST && shape & CAP && !afterNumber && next < turnEndOf(this.env, k) && (toks.shape[next] & (JOINED | CAP)) === (JOINED | CAP) && toks.lex[next] & NAME_UNAMBIGUOUS) {
        if (parseForward(this.env, k, NONE, false, range, FILLER) && range.end - range.first > 1) {
          this.emit(range, kFullNameScore, out);
          k = Math.max(k, range.end - 1);
          continue;
        }
      }
      if ((lex & (NAME_ANY | WORD | FREQUENT | NOUN_NAME)) === LAST && shape & CAP && !afterNumber && bareSurname(this.env, k)) {
        range.first = withInitial(this.env, k);
        range.end = k + 1;
        this.emit(range, SCORES[NONE], out);
        continue;
      }
      // "Frank Weber" at a sentence start: an ambiguous first name before an unambiguous surname.
      if (lex & AMB_FIRST && shape & (CAP | LOWER_TURN) && next < turnEndOf(this.env, k) && toks.shape[next] & JOINED && toks.lex[next] & NAME_UNAMBIGUOUS) {
        if (parseForward(this.env, next, NONE, false, range, FILLER)) {
          range.first = k;
          this.emit(range, kFullNameScore, out);
          k = Math.max(k, range.end - 1);
        }
      }
    }
  }

  /**
   * "Linke, Emma, genau." / "wartenberg amelie genau": a read-back that opens
   * the turn with the surname before the first name becomes one span.
   */
  private extendInverted(range: SlotRange): void {
    const toks = this.env.toks;
    const k = range.first;
    let prev = k - 1;
    const turnFirst = toks.turnStart[toks.turn[k]];
    if (prev < turnFirst || (toks.shape[k] & (JOINED | COMMA)) === 0) return;
    // A confirmation after it ("..., genau.", "ja") marks the turn as a read-back.
    const end = range.end;
    const confirmed = end >= toks.turnStart[toks.turn[k] + 1] || (toks.lex[end] & FILLER) !== 0;
    // "Linke, Emma" or "engel lydia ja"; not "Hebamme Hertha hat ...".
    if (!confirmed && (toks.shape[k] & COMMA) === 0) return;
    if (!acceptsToken(this.env, prev, confirmed ? EXPLICIT : NAMEISH, 0)) return;
    // "nowak agnieszka nowak": the surname said twice is two mentions, not one name.
    if (toks.hash[prev] === toks.hash[end - 1]) return;
    // "vom hammer maja": particles before the surname.
    while (prev - 1 >= turnFirst && toks.lex[prev - 1] & PARTICLE && (toks.lex[prev - 1] & NAME_ANY) === 0 && toks.shape[prev] & JOINED) prev--;
    if (onlyFillersBefore(this.env, prev)) range.first = prev;
  }

  /** "Sanitätshaus Vital": right after a capitalised noun or brand, a name that is also an adjective is the brand. */
  private afterNoun(k: number): boolean {
    const toks = this.env.toks;
    const prev = k - 1;
    if (prev < toks.turnStart[toks.turn[k]] || (toks.shape[k] & JOINED) === 0 || (toks.shape[prev] & CAP) === 0) return false;
    return (toks.lex[prev] & (NAME_ANY | FUNC | SALUT | TITLE | FILLER | FREQUENT)) === 0;
  }

  /**
   * A name after a salutation or title (and further titles: "Frau Dr. med.").
   * Salutations after a determiner ("die Frau", "meine Frau") and spelled-out
   * titles ("der Doktor") are weaker evidence.
   */
  private salutationSlot(k: number): boolean {
    const toks = this.env.toks;
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
    const lower = this.env.call.turns[this.env.toks.turn[k]].lower;
    const c = lower.charCodeAt(this.env.toks.start[k]);
    return c === 0xe4 /* ä */ || c === 0xf6 /* ö */ || c === 104 /* h */ || c === 101 /* e */ || c === 109 /* m */;
  }

  /**
   * A name after a trigger phrase; "ist Koch da?" upgrades to STRONG with its
   * closer. Returns the strength the name was found with, NONE when none.
   */
  private triggerSlot(k: number, raw: number): Strength {
    const range = this.range;
    const strength = (raw & 7) as Strength;
    if (raw & CLAUSE_END) return reportedName(this.env, k, range) ? strength : NONE;
    // "ist Koch da?", "ich habe Rot verstanden": a closer confirms whatever stands between.
    if (strength < STRONG && parseForward(this.env, k, EXPLICIT, true, range, FILLER) && this.closerAt(range.end)) return EXPLICIT;
    if (strength === CLOSER) return NONE;
    // "Hallo, ich bin Ilir Schmied": STRONG for a full name at the turn start.
    if (raw & FULL_NAME && parseForward(this.env, k, STRONG, true, range, FILLER) && range.end - range.first >= 2) return STRONG;
    if (strength === ANSWER) {
      this.env.answer = true;
      const found = parseForward(this.env, k, EXPLICIT, true, range, FILLER);
      this.env.answer = false;
      return found ? EXPLICIT : NONE;
    }
    return parseForward(this.env, k, strength, true, range, FILLER) ? strength : NONE;
  }

  private closerAt(k: number): boolean {
    const toks = this.env.toks;
    if (k >= toks.count || toks.turn[k] !== toks.turn[k - 1] || (toks.shape[k] & JOINED) === 0) return false;
    const lower = this.env.call.turns[toks.turn[k]].lower;
    return this.context.closers.matchAt(lower, toks.start[k]) !== undefined;
  }

  private emit(range: SlotRange, score: number, out: Span[]): void {
    const toks = this.env.toks;
    out.push({
      turn: toks.turn[range.first],
      start: toks.start[range.first],
      end: toks.end[range.end - 1],
      label: 'PERSON',
      score,
      source: this.source,
      validated: false,
    });
    for (let j = range.first; j < range.end; j++) {
      toks.shape[j] |= COVERED;
      this.registry.addToken(this.env, j);
    }
  }
}
