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
 * 4. name slots after salutations, titles, triggers, business and role nouns,
 *    then gazetteer names without context (person-names.ts, person-slots.ts,
 *    person-business.ts, person-roles.ts, person-written.ts);
 * 5. every other mention of a name found in steps 3-4 (person-propagate.ts).
 */
import type { CallView, Detector, Label, Span } from '../types.js';
import { personGazetteer, type PersonGazetteer } from './person-gazetteer.js';
import { loadPersonContext, type PersonContext } from './person-context.js';
import { NameScanner } from './person-names.js';
import { NameRegistry, REG_SPELLED, propagateNames } from './person-propagate.js';
import type { SlotEnv } from './person-slots.js';
import { findSpelledNames, type SpelledName } from './person-spelled.js';
import { markCodeWords, markTriggers } from './person-triggers.js';
import { CallTokens, COVERED, DIGIT } from './person-tokens.js';

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
  private readonly names: NameScanner;
  private readonly spelled: SpelledName[] = [];

  constructor(gazetteer: PersonGazetteer = personGazetteer(), context: PersonContext = loadPersonContext()) {
    this.gazetteer = gazetteer;
    this.context = context;
    this.env = { toks: this.toks, gazetteer, call: EMPTY_CALL, answer: false, salutation: false };
    this.names = new NameScanner(this.env, context, this.registry, this.id);
  }

  detect(call: CallView, out: Span[]): void {
    this.env.call = call;
    this.registry.clear();
    this.toks.fill(call, this.gazetteer);
    if (this.toks.count > 0) {
      markTriggers(this.env, this.context);
      markCodeWords(this.env);
      this.findSpelled(call, out);
      this.names.afterSlots(out);
      this.names.scan(out);
      propagateNames(this.env, this.registry, kPropagatedScore, this.id, out);
    }
    this.env.call = EMPTY_CALL;
  }

  // Step 3 runs before step 4, so that code words ("M wie Martha") are covered, not read as names.
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
}

/**
 * The rule-based PERSON detectors (one).
 *
 * @returns `[PersonDetector]`; its lexicons load once per process (~0.5 s)
 * @example
 * const [person] = createPersonDetectors();
 * // "Hallo, hier ist Anna Weber."  -> PERSON [16, 26) "Anna Weber"
 * // "ja hallo hier ist frau koch"  -> PERSON "koch"
 */
export function createPersonDetectors(): Detector[] {
  return [new PersonDetector()];
}
