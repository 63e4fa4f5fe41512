/**
 * Step 4 of PERSON detection: names in slots after salutations, titles and
 * context phrases, before "am Apparat"-like phrases, in the agent's opening,
 * after business words, and gazetteer names without context. Every name
 * found is registered for propagation (person-propagate.ts).
 */
import type { Span } from '../types.js';
import {
  AMB_FIRST,
  BUSINESS,
  CLASH_CAP,
  CLASH_LOW,
  DERIVED,
  DETERMINER,
  DOUBLE_NAME,
  FILLER,
  FIRST,
  FREQUENT,
  FUNC,
  LAST,
  AMB_LAST,
  NOUN,
  NAME_AMBIGUOUS,
  NAME_ANY,
  NAME_UNAMBIGUOUS,
  NEVER_NAME,
  PARTICLE,
  PLACE_MARKER,
  SALUT,
  TITLE,
  TITLE_SUFFIX,
  WORD,
} from './person-gazetteer.js';
import { ANSWER, CLOSER, EXPLICIT, FULL_NAME, MEDIUM, NAMEISH, NONE, STRONG, type PersonContext, type Strength } from './person-context.js';
import type { NameRegistry } from './person-propagate.js';
import { acceptsToken, isSentenceStart, parseBackward, parseForward, turnEndOf, type SlotEnv, type SlotRange } from './person-slots.js';
import { CAP, CODE_WORD, COMMA, COVERED, DIGIT, DOT, JOINED, LOWER_TURN, SENT } from './person-tokens.js';
import { OPENING, onlyFillersBefore } from './person-triggers.js';

/** Span score by the strength of the context that found it. */
const SCORES: Readonly<Record<Strength, number>> = { [NONE]: 0.65, [CLOSER]: 0.95, [MEDIUM]: 0.75, [NAMEISH]: 0.85, [STRONG]: 0.9, [EXPLICIT]: 0.95, [ANSWER]: 0.95 };
/** How a token ends a company name (person-names.ts, markBusinessName). */
const CLOSE_NONE = 0;
const CLOSE_END = 1;
const CLOSE_GREETING = 2;
/** Most tokens of an opening turn whose last token may close the company name ("sparkasse baufinanzierung schulz"). */
const kShortOpening = 4;

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

  /**
   * "Steuerkanzlei Cammisa", "Kfz-Meisterbetrieb Demir": a business word
   * makes the name-like token after it a NAMEISH slot. The business test
   * derives the word's bits, so it runs only before a name-like token.
   * Where the name closes the company's name (a greeting, comma or the turn
   * end follows: "dachdecker hahn guten tag", "Immobilienverwaltung Kranz,
   * Hakan Çelik") a surname that is also a word counts too (STRONG), and a
   * partner's surname after "und"/"&" ("Steuerkanzlei Wagner und Özdemir").
   */
  private markBusinessName(k: number): void {
    const toks = this.env.toks;
    const next = k + 1;
    const turnEnd = toks.turnStart[toks.turn[k] + 1];
    if (next >= turnEnd || (toks.shape[next] & JOINED) === 0 || (toks.before[next] & 7) >= NAMEISH) return;
    const lex = toks.lex[k];
    if (lex & (NAME_ANY | FUNC | FILLER | DETERMINER | PLACE_MARKER) || toks.shape[k] & DIGIT) return;
    const closing = this.partnerAt(next + 1, turnEnd) >= 0 ? CLOSE_GREETING : this.closesCompanyName(next + 1, turnEnd);
    const strength = this.businessNameStrength(next, closing);
    if (strength === NONE) return;
    const bits = toks.lexOf(k, this.env.call, this.env.gazetteer);
    if ((bits & BUSINESS) === 0 && !this.openingNoun(k, bits, closing)) return;
    toks.before[next] = strength;
    this.markPartner(next + 1, turnEnd);
  }

  /**
   * Any noun or unknown word before a company's closing surname in the call's
   * opening turn ("dachdecker hahn guten tag", "pflegekasse der dak sommerfeld
   * guten tag"); at the turn end only in a short turn and before a gazetteer
   * surname ("sparkasse baufinanzierung schulz"), since any sentence ends somewhere.
   */
  private openingNoun(k: number, bits: number, closing: number): boolean {
    const toks = this.env.toks;
    if (toks.turn[k] !== 0 || bits & FREQUENT || (bits & WORD && (bits & (NOUN | NEVER_NAME)) === 0)) return false;
    const next = toks.lex[k + 1];
    // A capitalised non-word after a brand is the brand's second word ("Signal Iduna"); a lowercase one may be a name.
    if ((next & NAME_ANY) === 0 && toks.shape[k + 1] & CAP) return false;
    if (closing === CLOSE_GREETING) return true;
    return closing === CLOSE_END && toks.turnStart[1] <= kShortOpening && (next & (LAST | AMB_LAST)) !== 0 && (next & FREQUENT) === 0;
  }

  /** Strength of a business name slot at token n: NONE when it is not name-like. */
  private businessNameStrength(n: number, closing: number): Strength {
    const toks = this.env.toks;
    const lex = toks.lex[n];
    if (lex & NEVER_NAME) return NONE;
    if (lex & NAME_UNAMBIGUOUS) return NAMEISH;
    if (lex & NAME_AMBIGUOUS) {
      // "Sanitätshaus Vital", "Friseur Sonnenschein": an ambiguous first name after a business word is its brand.
      if ((lex & (LAST | AMB_LAST)) === 0) return NONE;
      // A name that is also a noun or a city ("Hausverwaltung Hagen") is the place, unless it closes the name.
      if (closing === CLOSE_GREETING || (closing === CLOSE_END && (lex & FREQUENT) === 0)) return STRONG;
      return lex & CLASH_CAP ? NONE : NAMEISH;
    }
    if (lex & (WORD | FUNC | DERIVED) || this.env.gazetteer.isWordCompound(this.lowerOf(n))) return NONE;
    // A capitalised non-word, unless it is a compound of words ("Reisebüro Sonnenklar", "Pflegedienst Lebenswert");
    // in lowercase only before a greeting in the opening ("pflegekasse der dak sommerfeld guten tag").
    if (toks.shape[n] & CAP) return NAMEISH;
    return closing === CLOSE_GREETING && toks.turn[n] === 0 && toks.shape[n] & LOWER_TURN && toks.end[n] - toks.start[n] >= 4 ? STRONG : NONE;
  }

  /** How token j ends a company name: CLOSE_GREETING (a comma or greeting follows), CLOSE_END (turn or sentence end), CLOSE_NONE. */
  private closesCompanyName(j: number, turnEnd: number): number {
    const toks = this.env.toks;
    if (j >= turnEnd || toks.shape[j] & SENT) return CLOSE_END;
    // A comma or the agent's first name ("immobilienverwaltung kranz hakan çelik") follows.
    if (toks.shape[j] & COMMA || toks.lex[j] & FIRST) return CLOSE_GREETING;
    return (toks.lex[j] & FILLER) !== 0 && (toks.lex[j] & NAME_ANY) === 0 ? CLOSE_GREETING : CLOSE_NONE;
  }

  /** "Wagner und Özdemir", "Demir & Vogt": the second surname of a firm of two. */
  private markPartner(j: number, turnEnd: number): void {
    const toks = this.env.toks;
    const n = this.partnerAt(j, turnEnd);
    if (n < 0 || (toks.before[n] & 7) >= NAMEISH) return;
    const strength = this.businessNameStrength(n, this.closesCompanyName(n + 1, turnEnd));
    if (strength !== NONE) toks.before[n] = strength;
  }

  /**
   * The token after "und"/"&" at token j (the second name of a firm), -1 when
   * none. Only a surname or a capitalised non-word counts: "flüssig und gasförmig" is no firm.
   */
  private partnerAt(j: number, turnEnd: number): number {
    const toks = this.env.toks;
    if (j >= turnEnd) return -1;
    const lower = this.env.call.turns[toks.turn[j]].lower;
    let n = -1;
    if (toks.shape[j] & JOINED && j + 1 < turnEnd && toks.shape[j + 1] & JOINED && toks.end[j] - toks.start[j] === 3 && lower.startsWith('und', toks.start[j])) n = j + 1;
    else if (lower.slice(toks.end[j - 1], toks.start[j]).trim() === '&') n = j;
    if (n < 0) return -1;
    const lex = toks.lexOf(n, this.env.call, this.env.gazetteer);
    if (lex & (LAST | AMB_LAST) && (lex & (FREQUENT | NEVER_NAME)) === 0) return n;
    return toks.shape[n] & CAP && (lex & (NAME_ANY | WORD | FUNC)) === 0 && toks.end[n] - toks.start[n] >= 4 ? n : -1;
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
      this.markBusinessName(k);
      const before = toks.before[k];
      const found = before === NONE ? NONE : this.triggerSlot(k, before);
      if (found !== NONE) {
        this.emit(range, SCORES[found], out);
        k = Math.max(k, range.end - 1);
        continue;
      }
      if (shape & CODE_WORD || this.afterPlaceMarker(k)) continue;
      // "dass Frank kommt" but not "7 Mio. Euro": a unit after a number is no name.
      const afterNumber = k > toks.turnStart[toks.turn[k]] && (toks.shape[k - 1] & DIGIT) !== 0;
      const startsName = lex & FIRST || (lex & AMB_FIRST && (lex & (CLASH_LOW | CLASH_CAP)) === CLASH_LOW && shape & CAP && !afterNumber && !isSentenceStart(this.env, k) && !this.afterNoun(k));
      if (startsName && parseForward(this.env, k, NONE, false, range, FILLER)) {
        this.extendInverted(range);
        this.emit(range, range.end - range.first > 1 ? kFullNameScore : SCORES[NONE], out);
        k = Math.max(k, range.end - 1);
        continue;
      }
      // "Frank Weber" at a sentence start: an ambiguous first name before an unambiguous surname.
      const next = k + 1;
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

  /** "St. Martin", "San Juan", "FC Carl Zeiss": a gazetteer name right after a place marker. */
  private afterPlaceMarker(k: number): boolean {
    const toks = this.env.toks;
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
