/**
 * IBAN detector: written, spaced, lowercase and spoken IBANs
 * (rules/iban/iban.yaml), plus German account numbers and bank codes after
 * their cue words (rules/iban/account-number.yaml, bank-code.yaml, run by the
 * generic pattern engine).
 *
 * 1. In each turn's 'digits' view, a two-letter country code followed by
 *    digits starts a candidate; letters and digits are collected across any
 *    separators up to the country's IBAN length.
 * 2. A valid mod-97 checksum scores 1. Otherwise the fail-closed rules of the
 *    rule file apply, only after an IBAN context word.
 * 3. An IBAN cut off at the end of a turn is continued with the digits at the
 *    start of the next turn (after an optional "ja" turn).
 */
import { z } from 'zod';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { loadRuleFile } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { ibanLength, VALIDATORS } from '../rules/validators/index.js';
import { nearestCueBefore } from './cues.js';
import { scanDigitChains } from './digit-chain.js';
import { collectAlnum, isAckTurn, type Collected } from './iban-collect.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const words = z.array(z.string().min(1)).min(1, 'must list at least one word');

/** Schema of rules/iban/iban.yaml. */
export const ibanRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  scores: z.strictObject({ invalidChecksum: score, wrongLength: score }),
  cueWindow: z.number().int().min(0).max(500),
  failClosedCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an uppercase ISO country code'),
  failClosedDigits: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  context: words,
  competitors: words,
  acknowledgements: words,
});

/**
 * A country code at a token start, followed by a digit (directly: "DE89",
 * or after a short separator run: "D E 8 9", "de: 89"). Bounded quantifiers only.
 */
const COUNTRY = /(?<![\p{L}\p{N}])([A-Za-z])[ .]{0,2}([A-Za-z])(?=[ .,:-]{0,3}\d)/gu;
/** A continuation must start this close to the start of its turn. */
const MAX_LEAD = 40;
/** Parts of an IBAN dictated over several turns, the head included. */
const MAX_PARTS = 4;

interface Head {
  turn: number;
  norm: NormalizedText;
  country: string;
  start: number;
  got: Collected;
  context: boolean;
}

/** Finds IBAN spans; see the module comment for the steps. */
export class IbanDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['IBAN'];
  private readonly rule: z.output<typeof ibanRuleSchema>;
  private readonly cues: readonly Lexicon[];
  private readonly acks: Lexicon;
  private readonly validate = VALIDATORS['iban-mod97'];

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'iban/iban.yaml') {
    this.rule = loadRuleFile(relativePath, ibanRuleSchema);
    this.id = `rules:${this.rule.id}`;
    this.cues = [new Lexicon(this.rule.context, { prefix: true }), new Lexicon(this.rule.competitors, { prefix: true })];
    this.acks = new Lexicon(this.rule.acknowledgements);
  }

  detect(call: CallView, out: Span[]): void {
    const heads: Head[] = [];
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      const text = norm.text;
      COUNTRY.lastIndex = 0;
      let covered = 0;
      for (let m = COUNTRY.exec(text); m !== null; m = COUNTRY.exec(text)) {
        const end = this.fromCountry(call, turn.index, norm, m, heads, out);
        if (end > m.index) {
          covered = end;
          COUNTRY.lastIndex = end;
        }
      }
      this.withoutCountry(call, turn.index, norm, covered, out);
    }
    for (const head of heads) this.continueHead(call, head, out);
  }

  /** Handles one country-code candidate; returns the end of what it emitted (or -1). */
  private fromCountry(call: CallView, turn: number, norm: NormalizedText, m: RegExpExecArray, heads: Head[], out: Span[]): number {
    const country = `${m[1]}${m[2]}`.toUpperCase();
    const length = ibanLength(country);
    if (length === undefined) return -1;
    const text = norm.text;
    const got = collectAlnum(text, m.index + m[0].length, length - 2, country !== this.rule.failClosedCountry);
    if (got.chars.length < 2 || !isDigitPair(got.chars)) return -1;
    const start = m.index;
    if (got.chars.length === length - 2 && !got.cut && this.validate(country + got.chars)) {
      return this.emit(turn, norm, start, got.pos[got.pos.length - 1] + 1, 1, true, out);
    }
    if (country !== this.rule.failClosedCountry) return -1;
    const context = this.inContext(call, turn, norm, start);
    const { min, max } = this.rule.failClosedDigits;
    // Clearly incomplete and at the end of the turn: the rest may follow in the next turn.
    if (!got.cut && got.chars.length < min && norm.text.length - got.end <= MAX_LEAD) {
      heads.push({ turn, norm, country, start, got, context });
    }
    if (!context) return -1;
    const all = got.more ? collectAlnum(text, m.index + m[0].length, max, false) : got;
    if (!all.cut && all.chars.length === length - 2) {
      return this.emit(turn, norm, start, all.pos[all.pos.length - 1] + 1, this.rule.scores.invalidChecksum, false, out);
    }
    if (!all.more && all.chars.length >= min && all.chars.length <= max) {
      return this.emit(turn, norm, start, all.pos[all.pos.length - 1] + 1, this.rule.scores.wrongLength, false, out);
    }
    return -1;
  }

  /** IBANs dictated without their country code: a 20-digit chain after an IBAN cue. */
  private withoutCountry(call: CallView, turn: number, norm: NormalizedText, covered: number, out: Span[]): void {
    const { min, max } = this.rule.failClosedDigits;
    scanDigitChains(norm.text, (chain) => {
      const n = chain.digits.length;
      if (chain.start < covered || chain.afterCode || chain.plus || n < min || n > max) return;
      if (!this.inContext(call, turn, norm, chain.start)) return;
      const end = chain.pos[n - 1] + 1;
      if (n === 20 && this.validate(this.rule.failClosedCountry + chain.digits)) {
        this.emit(turn, norm, chain.start, end, 1, true, out);
      } else {
        this.emit(turn, norm, chain.start, end, this.rule.scores.wrongLength, false, out);
      }
    });
  }

  /** Joins an IBAN cut off at the end of a turn with the first digits of the following turns. */
  private continueHead(call: CallView, head: Head, out: Span[]): void {
    const length = ibanLength(head.country) ?? 0;
    const parts: { turn: number; norm: NormalizedText; start: number; end: number }[] = [];
    let chars = head.got.chars;
    let turn = head.turn;
    while (parts.length < MAX_PARTS - 1 && chars.length < length - 2) {
      let next = turn + 1;
      if (next < call.turns.length && isAckTurn(call.turns[next].lower, this.acks)) next++;
      if (next >= call.turns.length) return;
      const norm = call.turns[next].normalized('digits');
      const got = collectAlnum(norm.text, firstDigit(norm.text), length - 2 - chars.length, false);
      if (got.chars.length === 0 || got.pos[0] > MAX_LEAD) return;
      parts.push({ turn: next, norm, start: got.pos[0], end: got.pos[got.pos.length - 1] + 1 });
      chars += got.chars;
      if (got.more || got.cut) break;
      turn = next;
    }
    const valid = chars.length === length - 2 && this.validate(head.country + chars);
    if (!valid && !(head.context && chars.length === length - 2)) return;
    const scoreValue = valid ? 1 : this.rule.scores.invalidChecksum;
    this.emit(head.turn, head.norm, head.start, head.got.end, scoreValue, valid, out);
    for (const p of parts) this.emit(p.turn, p.norm, p.start, p.end, scoreValue, valid, out);
  }

  private inContext(call: CallView, turn: number, norm: NormalizedText, at: number): boolean {
    const [start] = norm.toOriginal(at, at + 1);
    return nearestCueBefore(call, turn, start, this.rule.cueWindow, this.cues).kind === 0;
  }

  private emit(turn: number, norm: NormalizedText, from: number, to: number, scoreValue: number, validated: boolean, out: Span[]): number {
    const [start, end] = norm.toOriginal(from, to);
    out.push({ turn, start, end, label: 'IBAN', score: scoreValue, source: this.id, validated });
    return to;
  }
}

function isDigitPair(chars: string): boolean {
  const a = chars.charCodeAt(0);
  const b = chars.charCodeAt(1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

function firstDigit(text: string): number {
  for (let i = 0; i < text.length && i <= MAX_LEAD; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return text.length;
}

/**
 * The IBAN detectors of redact-de: IBANs (code) and German account numbers
 * and bank codes after their cue words (pattern rules).
 * @returns `[IbanDetector, account-number, bank-code]`
 */
export function createIbanDetectors(): Detector[] {
  return [
    new IbanDetector(),
    loadPatternDetector('iban/account-number.yaml', VALIDATORS),
    loadPatternDetector('iban/bank-code.yaml', VALIDATORS),
  ];
}
