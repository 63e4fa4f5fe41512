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
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { loadRuleFile } from '../rules/load.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { rulesPath } from '../rules-dir.js';
import type { CallView, Detector, Label, Span, TurnView } from '../types.js';
import {
  compileExtensions,
  contextSchema,
  isExactly,
  tokenEnd,
  tokenStart,
  TriggerCapture,
  type RightExtension,
} from './health-context.js';
import { GatedTerms, termFileSchema, type GatedHit } from './health-gated-terms.js';
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
  private readonly morph: Morphology;
  private readonly triggers: TriggerCapture;
  private readonly adjectives: Lexicon;
  private readonly titles: Lexicon;
  private readonly guards: Lexicon;
  private readonly guardBefore: number;
  private readonly extensions: Map<string, RightExtension[]>;

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
    this.extensions = compileExtensions(context, 'rules/health/context.yaml');
  }

  detect(call: CallView, out: Span[]): void {
    for (const turn of call.turns) this.detectTurn(call, turn, out);
  }

  private detectTurn(call: CallView, turn: TurnView, out: Span[]): void {
    const lower = turn.lower;
    const n = lower.length;
    let cased: boolean | undefined;
    let i = 0;
    while (i < n) {
      if (!isWordChar(lower.charCodeAt(i)) || (i > 0 && isWordChar(lower.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const we = tokenEnd(lower, i);
      const hit = this.terms.matchAt(call, turn, i);
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
      if (hit) {
        i = this.emitTerm(call, turn, hit, out);
        continue;
      }
      const t = this.trigger(turn, i, (cased ??= turn.text !== lower), out);
      // Inside a hyphenated word, go on with its next part ("Anti-Baby-Pille" -> "Pille").
      const hyphen = lower.indexOf('-', i);
      i = t > i ? t : hyphen > i && hyphen < we ? hyphen + 1 : we;
    }
  }

  private emitTerm(call: CallView, turn: TurnView, hit: GatedHit, out: Span[]): number {
    const end = this.emit(call, turn, hit.start, hit.end, hit.set.score, hit.set.name, out);
    return Math.max(end, hit.matchEnd);
  }

  /** Runs the trigger phrases at word start `i`; returns where scanning goes on (i if none). */
  private trigger(turn: TurnView, i: number, cased: boolean, out: Span[]): number {
    const { text, lower } = turn;
    const isTerm = (s: number, e: number): boolean => this.isTermIn(lower, s, e);
    const after = this.triggers.after.matchAt(lower, i);
    if (after) {
      const cap = this.triggers.captureAfter(text, lower, after.end, cased, isTerm);
      if (cap) this.push(turn, cap.start, cap.end, this.triggers.score, out);
      return after.end;
    }
    const before = this.triggers.before.matchAt(lower, i);
    if (before) {
      const cap = this.triggers.captureBefore(text, lower, i, cased, isTerm);
      if (cap) this.push(turn, cap.start, cap.end, this.triggers.score, out);
      return before.end;
    }
    const open = this.triggers.open.matchAt(lower, i);
    if (open) {
      const cap = this.triggers.captureBetween(text, lower, open.end, cased, isTerm);
      if (cap) this.push(turn, cap.start, cap.end, this.triggers.score, out);
      return open.end;
    }
    return i;
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
    const prev = previousToken(lower, start);
    if (prev && isExactly(this.titles, lower, prev[0], prev[1])) return end;
    if (hasContext(call, turn.index, start, end, this.guards, this.guardBefore, 0)) return end;
    let from = start;
    for (let k = 0; k < MAX_LEFT; k++) {
      const p = previousToken(lower, from);
      if (!p) break;
      const adjective = isExactly(this.adjectives, lower, p[0], p[1]);
      if (!adjective && !this.morph.isModifierWord(lower, p[0], p[1])) break;
      from = p[0];
    }
    let to = end;
    const exts = set === undefined ? undefined : this.extensions.get(set);
    if (exts) to = this.extendRight(lower, to, exts);
    this.push(turn, from, to, score, out);
    return to;
  }

  private extendRight(lower: string, end: number, exts: readonly RightExtension[]): number {
    for (const ext of exts) {
      if (ext.regex) {
        ext.regex.lastIndex = end;
        const m = ext.regex.exec(lower);
        if (m) return end + m[0].length;
      } else if (ext.bodyWord) {
        let s = end;
        while (s < lower.length && lower.charCodeAt(s) === 32) s++;
        if (s === end || s >= lower.length || !isWordChar(lower.charCodeAt(s))) continue;
        const e = tokenEnd(lower, s);
        if (this.morph.isModifierWord(lower, s, e)) return e;
      }
    }
    return end;
  }

  private push(turn: TurnView, start: number, end: number, score: number, out: Span[]): void {
    out.push({ turn: turn.index, start, end, label: 'HEALTH', score, source: this.id, validated: false });
  }
}

/** The token right before `pos`, separated by blanks only (punctuation ends a phrase). */
function previousToken(lower: string, pos: number): [number, number] | undefined {
  let i = pos;
  while (i > 0 && (lower.charCodeAt(i - 1) === 32 || lower.charCodeAt(i - 1) === 9)) i--;
  if (i === pos || i === 0 || !isWordChar(lower.charCodeAt(i - 1))) return undefined;
  return [tokenStart(lower, i), i];
}

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
