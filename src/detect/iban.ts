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
 *    rule file apply, only in IBAN context; the same goes for a chain of
 *    about IBAN length said without its country code, and for a start broken
 *    off by a correction ("d e vier eins null zwo, nein warte ...").
 * 3. An IBAN cut off at the end of a turn is continued with the digits at the
 *    start of the speaker's next turns (after an optional "ja" turn).
 */
import { getCountrySpecifications } from 'ibantools';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { CallView, Detector, Label, NormalizedText, Span } from '../types.js';
import { loadRuleFile } from '../rules/load.js';
import { Lexicon } from '../rules/lexicon.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { ibanLength, VALIDATORS } from '../rules/validators/index.js';
import { cueAfter, OwnCueCheck } from './cues.js';
import { scanDigitChains } from './digit-chain.js';
import { collectAlnum } from './iban-collect.js';
import { collectTails } from './turn-join.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const words = z.array(z.string().min(1)).min(1, 'must list at least one word');

/** Schema of rules/iban/iban.yaml. */
export const ibanRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  scores: z.strictObject({ invalidChecksum: score, wrongLength: score }),
  cueWindow: z.number().int().min(0).max(500),
  failClosedCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an uppercase ISO country code')).min(1),
  lengthTolerance: z.number().int().min(0).max(4),
  recentTurns: z.number().int().min(0).max(10),
  context: words,
  competitors: words,
  fillers: words,
  acknowledgements: words,
  corrections: z.array(z.string().min(1)).default([]),
});

/**
 * A digit preceded by a country code at a token start, directly ("DE89") or
 * after a short separator run ("D E 8 9", "de: 89"); group 1 is the code's
 * first letter. Starting the pattern at the digit and looking behind for the
 * letters lets V8 skip to digits quickly; every quantifier is bounded.
 */
const COUNTRY = /\d(?<=(?<![0-9A-Za-zÀ-ÿ])([A-Za-z])[ .]{0,2}([A-Za-z])[ .,:-]{0,3}\d)/dg;
/** A value cut off this close to the end of its turn may continue in the next turn. */
const MAX_TRAIL = 40;
/** Digits a first part said without its country code needs ("acht neun drei sieben null vier"). */
const MIN_BARE_HEAD = 6;
/** Check digits and at least two BBAN digits: a shorter start in IBAN context is not worth redacting alone. */
const MIN_FRAGMENT = 4;
/** Characters after a broken-off start searched for a correction word ("nein warte"). */
const CORRECTION_WINDOW = 12;
/** Parts after the first of a value dictated over turns. */
const MAX_TAILS = 3;
/** Turns searched for a cue word: the question may be several short turns back. */
const CUE_TURNS = 5;

const SPECS = getCountrySpecifications();

/** True when the country's BBAN may contain letters (GB "WEST...", CH), so letters are collected. */
function allowsLetters(country: string): boolean {
  return /A-Z/.test(SPECS[country]?.bban_regexp ?? '');
}

/** A value that stops short at the end of a turn; `country` is empty when it was said without one. */
interface Head {
  turn: number;
  norm: NormalizedText;
  country: string;
  /** Range of the first part in the normalised text. */
  from: number;
  to: number;
  chars: string;
  context: boolean;
  /** A broken-off start to emit on its own when no continuation makes it whole. */
  fragment?: boolean;
}

/** Finds IBAN spans; see the module comment for the steps. */
export class IbanDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['IBAN'];
  private readonly rule: z.output<typeof ibanRuleSchema>;
  private readonly cues: OwnCueCheck;
  private readonly codeCues: OwnCueCheck;
  private readonly acks: Lexicon;
  private readonly fillers: Lexicon;
  private readonly corrections: Lexicon;
  private readonly failClosed: ReadonlySet<string>;
  /** Fewest and most characters after the country code accepted for the fail-closed countries. */
  private readonly bare: { min: number; max: number };
  private readonly validate = VALIDATORS['iban-mod97'];

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'iban/iban.yaml') {
    const rule = loadRuleFile(relativePath, ibanRuleSchema);
    this.rule = rule;
    this.id = `rules:${rule.id}`;
    const own = new Lexicon(rule.context, { prefix: true });
    this.cues = new OwnCueCheck(own, new Lexicon(rule.competitors, { prefix: true }), rule.cueWindow, CUE_TURNS);
    // A country code is itself evidence: no card or phone number starts with "DE", so a nearer
    // competitor ("die steht auf der Karte", "die Nummer ist") does not veto it.
    this.codeCues = new OwnCueCheck(own, new Lexicon([]), rule.cueWindow, CUE_TURNS);
    this.acks = new Lexicon(rule.acknowledgements);
    this.fillers = new Lexicon(rule.fillers);
    this.corrections = new Lexicon(rule.corrections);
    this.failClosed = new Set(rule.failClosedCountries);
    const lengths = rule.failClosedCountries.map((c) => {
      const length = ibanLength(c);
      if (length === undefined) throw new ConfigError(`rules/${relativePath}: failClosedCountries: unknown IBAN country "${c}"`);
      return length - 2;
    });
    this.bare = { min: Math.min(...lengths) - rule.lengthTolerance, max: Math.max(...lengths) + rule.lengthTolerance };
  }

  detect(call: CallView, out: Span[]): void {
    const heads: Head[] = [];
    let lastIban = -Infinity;
    for (const turn of call.turns) {
      const norm = turn.normalized('digits');
      const text = norm.text;
      const before = out.length;
      const recent = turn.index - lastIban <= this.rule.recentTurns;
      COUNTRY.lastIndex = 0;
      let covered = 0;
      for (let m = COUNTRY.exec(text); m !== null; m = COUNTRY.exec(text)) {
        const end = this.fromCountry(call, turn.index, norm, m, recent, heads, out);
        if (end > COUNTRY.lastIndex) {
          covered = end;
          COUNTRY.lastIndex = end;
        }
      }
      this.withoutCountry(call, turn.index, norm, covered, recent, heads, out);
      if (out.length > before) lastIban = turn.index;
    }
    for (const head of heads) this.continueHead(call, head, out);
  }

  /** Handles one country-code candidate; returns the end of what it emitted (or -1). */
  private fromCountry(call: CallView, turn: number, norm: NormalizedText, m: RegExpExecArray, recent: boolean, heads: Head[], out: Span[]): number {
    const country = `${m[1]}${m[2]}`.toUpperCase();
    const length = ibanLength(country);
    if (length === undefined) return -1;
    const text = norm.text;
    const letters = allowsLetters(country);
    const got = collectAlnum(text, m.index, length - 2, letters, this.fillers);
    if (got.chars.length < 2 || !isDigitPair(got.chars)) return -1;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (got.chars.length === length - 2 && !got.cut && this.validate(country + got.chars)) {
      return this.emit(turn, norm, start, got.end, 1, true, out);
    }
    if (!this.failClosed.has(country)) return -1;
    const context = recent || this.codeCues.test(call, turn, norm.toOriginal(start, start + 1)[0]);
    let head: Head | undefined;
    if (got.chars.length < length - 2 && !got.cut && text.length - got.end <= MAX_TRAIL) {
      head = { turn, norm, country, from: start, to: got.end, chars: got.chars, context };
      heads.push(head);
    }
    if (!context) return -1;
    const tolerance = this.rule.lengthTolerance;
    const all = got.more ? collectAlnum(text, m.index, length - 2 + tolerance, letters, this.fillers) : got;
    if (all.cut || all.more || Math.abs(all.chars.length - (length - 2)) > tolerance) {
      // A start broken off by a correction ("d e vier eins null zwo, nein warte ...") or a pause is still
      // somebody's IBAN: fail closed when a correction follows or no other number's cue is nearer.
      if (all === got && !got.cut && got.chars.length >= MIN_FRAGMENT && got.chars.length < length - 2 - tolerance) {
        const end = norm.toOriginal(got.end - 1, got.end)[1];
        const corrected = cueAfter(call.turns[turn].lower, end, CORRECTION_WINDOW, this.corrections);
        if (corrected || recent || this.inContext(call, turn, norm, start)) {
          // At the end of a turn it may go on in the next one: continueHead emits it either way.
          if (head) head.fragment = true;
          else return this.emit(turn, norm, start, got.end, this.rule.scores.wrongLength, false, out);
        }
      }
      return -1;
    }
    const exact = all.chars.length === length - 2;
    return this.emit(turn, norm, start, all.end, exact ? this.rule.scores.invalidChecksum : this.rule.scores.wrongLength, false, out);
  }

  /** IBANs dictated without their country code: a chain of about BBAN length after an IBAN cue. */
  private withoutCountry(call: CallView, turn: number, norm: NormalizedText, covered: number, recent: boolean, heads: Head[], out: Span[]): void {
    const { min, max } = this.bare;
    scanDigitChains(
      norm.text,
      (chain) => {
        const n = chain.digits.length;
        if (chain.start < covered || chain.afterCode || chain.plus || n > max || n < 2) return;
        // A first part said without its country code must be long enough to be worth a join.
        const atEnd = norm.text.length - chain.end <= MAX_TRAIL;
        if (n < min && (!atEnd || n < MIN_BARE_HEAD)) return;
        if (!recent && !this.inContext(call, turn, norm, chain.start)) return;
        const end = chain.pos[n - 1] + 1;
        if (n < min) {
          heads.push({ turn, norm, country: '', from: chain.start, to: end, chars: chain.digits, context: true });
          return;
        }
        const valid = this.validBare(chain.digits);
        this.emit(turn, norm, chain.start, end, valid ? 1 : this.rule.scores.wrongLength, valid, out);
      },
      { fillers: this.fillers },
    );
  }

  /** True when some fail-closed country with this BBAN length validates the digits. */
  private validBare(chars: string): boolean {
    for (const country of this.failClosed) {
      if (ibanLength(country) === chars.length + 2 && this.validate(country + chars)) return true;
    }
    return false;
  }

  /** Joins an IBAN cut off at the end of a turn with the first digits of the speaker's next turns. */
  private continueHead(call: CallView, head: Head, out: Span[]): void {
    const target = head.country ? (ibanLength(head.country) ?? 0) - 2 : this.bare.max;
    const tails = collectTails(call, head.turn, { acks: this.acks, fillers: this.fillers, maxParts: MAX_TAILS, maxDigits: target });
    let chars = head.chars;
    const parts: [number, NormalizedText, number, number][] = [];
    for (const tail of tails) {
      const take = Math.min(tail.chain.digits.length, target - chars.length);
      if (take <= 0) break;
      chars += tail.chain.digits.slice(0, take);
      parts.push([tail.turn, tail.norm, tail.chain.pos[0], tail.chain.pos[take - 1] + 1]);
    }
    if (parts.length === 0) {
      this.emitFragment(head, out);
      return;
    }
    const valid = head.country ? chars.length === target && this.validate(head.country + chars) : this.validBare(chars);
    const shaped = head.country ? chars.length === target : chars.length >= this.bare.min;
    if (!valid && !(head.context && shaped)) {
      this.emitFragment(head, out);
      return;
    }
    const value = valid ? 1 : this.rule.scores.invalidChecksum;
    this.emit(head.turn, head.norm, head.from, head.to, value, valid, out);
    for (const [turn, norm, from, to] of parts) this.emit(turn, norm, from, to, value, valid, out);
  }

  /** Emits a head no continuation made whole, when it was judged a broken-off IBAN start. */
  private emitFragment(head: Head, out: Span[]): void {
    if (head.fragment) this.emit(head.turn, head.norm, head.from, head.to, this.rule.scores.wrongLength, false, out);
  }

  private inContext(call: CallView, turn: number, norm: NormalizedText, at: number): boolean {
    return this.cues.test(call, turn, norm.toOriginal(at, at + 1)[0]);
  }

  private emit(turn: number, norm: NormalizedText, from: number, to: number, value: number, validated: boolean, out: Span[]): number {
    const [start, end] = norm.toOriginal(from, to);
    out.push({ turn, start, end, label: 'IBAN', score: value, source: this.id, validated });
    return to;
  }
}

function isDigitPair(chars: string): boolean {
  const a = chars.charCodeAt(0);
  const b = chars.charCodeAt(1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/**
 * The IBAN detectors of redact-de: IBANs (code) and German account numbers
 * and bank codes after their cue words (pattern rules).
 * @returns `[IbanDetector, account-number, bank-code]`
 * @example createIbanDetectors().map((d) => d.id) // ['rules:iban', 'rules:account-number', 'rules:bank-code']
 */
export function createIbanDetectors(): Detector[] {
  return [
    new IbanDetector(),
    loadPatternDetector('iban/account-number.yaml', VALIDATORS),
    loadPatternDetector('iban/bank-code.yaml', VALIDATORS),
  ];
}
