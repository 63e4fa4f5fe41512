/**
 * HEALTH detector (GDPR Art. 9: diagnoses, symptoms, injuries, drugs,
 * treatments, disabilities, pregnancy, revealing hospital/rehab stays).
 * One left-to-right pass over each turn's lowercase text; at every word:
 *   1. a lexicon term of rules/health/terms-*.yaml or a gated term of gated.yaml;
 *   2. else a word formed like a health word (health-morphology.ts);
 *   3. a trigger phrase ("ich leide an") captures the unknown term after it.
 * A hit grows to the adjectives and body words right before it ("starke
 * Rückenschmerzen", "Knie OP") and to a dose or type right after it
 * ("Ibuprofen 600", "Diabetes Typ 2"). Written and lowercase ASR text are
 * handled alike, because everything matches on TurnView.lower.
 */
import { readdirSync } from 'node:fs';
import { hasContext } from '../rules/context.js';
import { Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { rulesPath } from '../rules-dir.js';
import type { CallView, Detector, Label, Span, TurnView } from '../types.js';
import {
  compileExtensions,
  compileLeftExtensions,
  contextSchema,
  extendLeft,
  type LeftExtension,
  type RightExtension,
} from './health-context.js';
import { GatedTerms, termFileSchema, type GatedHit } from './health-gated-terms.js';
import { WORD } from './health-prefilter.js';
import { isExactly, nextPart, nextWordStart, partEnd, previousToken, tokenStart, type ChainWalk } from './health-tokens.js';
import { TriggerCapture, type TriggerKind } from './health-triggers.js';
import { modifiersSchema, Morphology, morphologySchema } from './health-morphology.js';

/** Endings allowed after a lexicon term: noun plural/genitive and adjective declension. */
const TERM_ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'em', 'ns', 'ens'];
/** Adjectives and body words joined to a hit from the left, at most. */
const MAX_LEFT = 3;

/** Loads every `rules/health/terms-*.yaml` and `gated.yaml`, in name order. */
function loadTermFiles(): { source: string; file: ReturnType<typeof termFileSchema.parse> }[] {
  const names = readdirSync(rulesPath('health'))
    .filter((n) => (n.startsWith('terms-') && n.endsWith('.yaml')) || n === 'gated.yaml')
    .sort();
  return names.map((n) => ({ source: `rules/health/${n}`, file: loadRuleFile(`health/${n}`, termFileSchema) }));
}

/** The lexicon, morphology and context rules of HEALTH, compiled once. */
export class HealthDetector implements Detector {
  readonly id = 'rules:health';
  readonly labels: readonly Label[] = ['HEALTH'];
  private readonly terms: GatedTerms;
  /** Turn walk state, reused: detection is synchronous, one turn at a time. */
  private readonly walk: ChainWalk = { at: 0, chainEnd: 0 };
  private readonly morph: Morphology;
  private readonly triggers: TriggerCapture;
  private readonly adjectives: Lexicon;
  private readonly titles: Lexicon;
  private readonly guards: Lexicon;
  private readonly guardBefore: number;
  private readonly institutions: Lexicon;
  private readonly greetings: Lexicon;
  private readonly greetingWindow: number;
  private readonly extensions: Map<string, RightExtension[]>;
  private readonly leftExtensions: Map<string, LeftExtension[]>;
  private readonly splitHeads: Lexicon;

  constructor() {
    this.terms = new GatedTerms(loadTermFiles(), TERM_ENDINGS);
    const mods = loadRuleFile('health/modifiers.yaml', modifiersSchema);
    const spec = loadRuleFile('health/morphology.yaml', morphologySchema);
    this.morph = new Morphology(spec, mods, this.terms.phrases((s) => s.compound));
    this.adjectives = new Lexicon(mods.adjectives.stems, { endings: mods.adjectives.endings });
    const context = loadRuleFile('health/context.yaml', contextSchema);
    this.triggers = new TriggerCapture(context);
    this.titles = new Lexicon(context.nameTitles);
    this.guards = new Lexicon(context.guards.words);
    this.guardBefore = context.guards.before;
    this.institutions = new Lexicon(context.institutions.words);
    this.greetings = new Lexicon(context.institutions.greetings);
    this.greetingWindow = context.institutions.greetingWindow;
    this.extensions = compileExtensions(context, 'rules/health/context.yaml');
    this.leftExtensions = compileLeftExtensions(context, 'rules/health/context.yaml');
    this.splitHeads = new Lexicon(context.splitHeads);
  }

  detect(call: CallView, out: Span[]): void {
    for (const turn of call.turns) this.detectTurn(call, turn, out);
  }

  private detectTurn(call: CallView, turn: TurnView, out: Span[]): void {
    const lower = turn.lower;
    let cased: boolean | undefined;
    const walk = this.walk;
    walk.at = 0;
    walk.chainEnd = 0;
    // Every `continue` below first sets `i`, the resume point of the walk.
    for (let i = 0; nextWordStart(lower, walk); walk.at = i) {
      i = walk.at;
      const we = walk.chainEnd;
      let hit = this.terms.matchAt(call, turn, i);
      // A context-gated word as a later part of a hyphen chain ("Modulo-Operation") is no term;
      // ungated ones are ("Anti-Baby-Pille").
      if (hit && i > 0 && lower.charCodeAt(i - 1) === 45 && (hit.set.requires || hit.set.guards)) hit = undefined;
      if (hit && hit.blocked) {
        // A gated word whose gate failed is not health data by any other route either.
        if (hit.matchEnd >= we) {
          i = hit.matchEnd;
          continue;
        }
        hit = undefined;
      }
      if (hit && hit.matchEnd >= we) {
        i = this.emitTerm(call, turn, hit, out);
        continue;
      }
      // A term inside a hyphenated word ("Corona" in "Corona-Impfung"): the whole word first.
      const score = this.morph.analyze(lower, i, we);
      if (score > 0) {
        i = this.emit(call, turn, i, we, score, undefined, out);
        continue;
      }
      const split = hit ? 0 : this.splitCompound(call, turn, i, we, out);
      if (split > 0) {
        i = split;
        continue;
      }
      if (hit) {
        // "Reha-Zentrum": the term is the first part of a business name.
        i = this.isInstitution(lower, hit.matchEnd) ? we : this.emitTerm(call, turn, hit, out);
        continue;
      }
      const t = this.trigger(turn, i, (cased ??= turn.text !== lower), out);
      // Inside a hyphenated word, go on with its next part ("Anti-Baby-Pille" -> "Pille").
      i = t > i ? t : nextPart(lower, i, we);
    }
  }

  private emitTerm(call: CallView, turn: TurnView, hit: GatedHit, out: Span[]): number {
    const end = this.emit(call, turn, hit.start, hit.end, hit.set.score, hit.set.name, out);
    return Math.max(end, hit.matchEnd);
  }

  /**
   * "prostata untersuchung", "hüft tep": a compound split in two by speech
   * recognition. Only two plain words joined by one blank; returns where
   * scanning goes on, or 0 when the pair is no health word.
   */
  private splitCompound(call: CallView, turn: TurnView, i: number, we: number, out: Span[]): number {
    const lower = turn.lower;
    if (we >= lower.length - 2 || lower.charCodeAt(we) !== 32 || !WORD[lower.charCodeAt(we + 1)]) return 0;
    // The first word must be a body part ("prostata", "hüft"): otherwise any word before a compound
    // term ("dem" + "ibuprofen") would join it. A term as first word ("HIV Test") is a hit already and
    // takes its head by a right extension.
    // Cheapest test first (a trie walk that mostly fails at the first letter): this runs at most words.
    const head = we - i < 3 ? undefined : this.splitHeads.matchAt(lower, we + 1);
    if (!head || !this.morph.isBodyWord(lower, i, we)) return 0;
    const e2 = head.end;
    const score = this.morph.analyzeSplit(lower, i, we, we + 1, e2);
    return score > 0 ? this.emit(call, turn, i, e2, score, undefined, out) : 0;
  }

  /** Runs the trigger phrases at word start `i`; returns where scanning goes on (i if none). */
  private trigger(turn: TurnView, i: number, cased: boolean, out: Span[]): number {
    const t = this.triggers.match(turn.lower, i);
    // The capture lives in its own method: a closure here would make every call (one per
    // word of every turn) allocate a context for it, even when no trigger matches.
    return t ? this.capture(turn, i, t, cased, out) : i;
  }

  /** Captures the term next to trigger `t` found at `i`; returns where scanning goes on. */
  private capture(turn: TurnView, i: number, t: { kind: TriggerKind; end: number }, cased: boolean, out: Span[]): number {
    const { text, lower } = turn;
    const isTerm = (s: number, e: number): boolean => this.isTermIn(lower, s, e);
    const cap =
      t.kind === 'after'
        ? this.triggers.captureAfter(text, lower, t.end, cased, isTerm)
        : t.kind === 'before'
          ? this.triggers.captureBefore(text, lower, i, cased, isTerm)
          : this.triggers.captureBetween(text, lower, t.end, cased, isTerm);
    if (cap) this.push(turn, cap.start, cap.end, this.triggers.score, out);
    return t.end;
  }

  /** Term test for captures: the plain lexicon and morphology, gates ignored (a gated word is no unknown). */
  private isTermIn(lower: string, s: number, e: number): boolean {
    return this.terms.isPhrase(lower, s, e) || this.morph.analyze(lower, s, e) > 0;
  }

  /**
   * Emits `[start, end)` grown by adjectives/body words on the left and the
   * set's extensions on the right, unless a name title or institution guard
   * precedes it. Returns where scanning goes on.
   */
  private emit(
    call: CallView,
    turn: TurnView,
    start: number,
    end: number,
    score: number,
    set: string | undefined,
    out: Span[],
  ): number {
    const lower = turn.lower;
    if (this.isName(lower, start) || this.isInstitution(lower, end) || this.isGreeting(turn, end)) return end;
    if (hasContext(call, turn.index, start, end, this.guards, this.guardBefore, 0)) return end;
    let from = start;
    for (let k = 0; k < MAX_LEFT; k++) {
      const p = previousToken(lower, from);
      if (!p) break;
      const adjective = isExactly(this.adjectives, lower, p[0], p[1]);
      if (!adjective && !this.morph.isBodyWord(lower, p[0], p[1])) break;
      from = p[0];
    }
    const lefts = this.leftExtensions.get(set ?? MORPHOLOGY);
    if (lefts) from = extendLeft(lower, from, lefts);
    let to = end;
    const exts = this.extensions.get(set ?? MORPHOLOGY);
    if (exts) to = this.extendRight(lower, to, exts);
    this.push(turn, from, to, score, out);
    return to;
  }

  /**
   * "Herr Krebs", "Dr. Cors-Krebs": a surname. The title must be right before
   * the word, or up to three words before a hyphenated double name.
   */
  private isName(lower: string, start: number): boolean {
    const hyphenated = start > 0 && lower.charCodeAt(start - 1) === 45;
    let from = hyphenated ? tokenStart(lower, start - 1) : start;
    if (from < 0) return false;
    for (let k = 0; k < (hyphenated ? 3 : 1); k++) {
      const p = previousToken(lower, from);
      if (!p) return false;
      if (isExactly(this.titles, lower, p[0], p[1])) return true;
      from = p[0];
    }
    return false;
  }

  /** Whether a business word follows `end`, in the same hyphenated word or as the next word. */
  private isInstitution(lower: string, end: number): boolean {
    let s = end;
    if (s < lower.length && lower.charCodeAt(s) === 45) s++;
    else while (s < lower.length && lower.charCodeAt(s) === 32) s++;
    if (s === end || s >= lower.length || !WORD[lower.charCodeAt(s)]) return false;
    return isExactly(this.institutions, lower, s, partEnd(lower, s));
  }

  /** An agent's greeting right after the hit: the hit names the business ("Physiotherapie Meier, guten Tag"). */
  private isGreeting(turn: TurnView, end: number): boolean {
    if (turn.speaker !== 'agent' || end > this.greetingWindow) return false;
    return this.greetings.occursIn(turn.lower, end, end + this.greetingWindow);
  }

  private extendRight(lower: string, end: number, exts: readonly RightExtension[]): number {
    for (const ext of exts) {
      let to = end;
      if (ext.regex) {
        ext.regex.lastIndex = end;
        const m = ext.regex.exec(lower);
        if (!m) continue;
        to = end + m[0].length;
      }
      if (ext.bodyWord) {
        const body = this.bodyWordAt(lower, to);
        if (body < 0) continue;
        to = body;
      }
      return to;
    }
    return end;
  }

  /** End of a body word (optionally after "linken"/"rechten") right after `pos` and blanks, or -1. */
  private bodyWordAt(lower: string, pos: number): number {
    let s = pos;
    while (s < lower.length && (lower.charCodeAt(s) === 32 || lower.charCodeAt(s) === 9)) s++;
    if (s >= lower.length || !WORD[lower.charCodeAt(s)]) return -1;
    let e = partEnd(lower, s);
    if (isExactly(this.adjectives, lower, s, e)) {
      // "im linken Knie", "an beiden Beinen": one adjective may stand before the body part.
      let t = e;
      while (t < lower.length && lower.charCodeAt(t) === 32) t++;
      if (t === e || t >= lower.length || !WORD[lower.charCodeAt(t)]) return -1;
      e = partEnd(lower, t);
      s = t;
    }
    return this.morph.isBodyWord(lower, s, e) ? e : -1;
  }

  private push(turn: TurnView, start: number, end: number, score: number, out: Span[]): void {
    out.push({ turn: turn.index, start, end, label: 'HEALTH', score, source: this.id, validated: false });
  }
}

/** Extension key for hits found by word formation rather than a term set. */
const MORPHOLOGY = 'morphology';


/**
 * The HEALTH detectors: lexicon + morphology + context (rules/health/*.yaml)
 * and ICD-10 codes near "Diagnose"/"ICD" (rules/health/icd-code.yaml).
 *
 * @example
 * const [health] = createHealthDetectors();
 * // "Ich habe starke Rückenschmerzen." -> HEALTH [9, 31)
 */
export function createHealthDetectors(): Detector[] {
  return [new HealthDetector(), loadPatternDetector('health/icd-code.yaml', {})];
}
