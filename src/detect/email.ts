/**
 * EMAIL detector: written and spoken e-mail addresses (rules/email/email.yaml).
 *
 * 1. The address grammar runs on each turn's 'email' view, where written
 *    addresses stay as they are and spoken ones are rewritten
 *    ("anna punkt weber at gmx punkt de" -> "anna.weber@gmx.de").
 * 2. An address whose "@" was spoken must end in a known top-level domain.
 * 3. A spoken local part is widened over what the view left apart: spelled
 *    letters ("m u e l l e r@gmx.de") and a name before digits ("conner 36@").
 */
import { z } from 'zod';
import type { CallView, Detector, Label, Span } from '../types.js';
import { compileRegex, loadRuleFile } from '../rules/load.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { emailSymbols } from '../normalize/email-symbols.js';
import { numberLexicon } from '../normalize/number-lexicon.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');

/** Schema of rules/email/email.yaml. */
export const emailRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  address: z.string().min(1),
  scores: z.strictObject({ written: score, spoken: score }),
  tlds: z.array(z.string().regex(/^[a-z]{2,24}$/, 'must be a lowercase top-level domain')).min(1),
  localStops: z.array(z.string().min(1)).min(1),
});

const AT = 64;

/**
 * "@" or a spoken word for it ("at", "ät", ... from the normaliser's own list)
 * as a whole word in lowercase text. One regex test per turn is far cheaper
 * than building the 'email' view of every turn.
 */
const AT_GATE = new RegExp(
  `@|(?<![a-z0-9à-ÿ])(?:${emailSymbols.words
    .filter((_, k) => emailSymbols.symbol[k] === '@')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![a-z0-9à-ÿ])`,
);

const SPACE = 32;
/** Characters a token of a spoken local part may have. */
const LOCAL_TOKEN = /^[\p{L}\p{N}._-]+$/u;
const SPACES = / /g;

/** The normaliser's digit repeat words ("doppel", "zweimal"). */
const REPEAT_WORDS: ReadonlySet<string> = new Set(numberLexicon.repeat);

/** At most this many tokens are added before a spoken local part. */
const MAX_LOCAL_TOKENS = 12;

const enum Token {
  Digits,
  /** Starts with a single letter: "m", "a-bork" (a spelled letter joined to the rest). */
  Spelled,
  Word,
}

function tokenKind(text: string, from: number, to: number): Token {
  let digits = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) digits = false;
  }
  // "zweimal 0": the view leaves a repeat word before "@" as it is.
  if (digits || REPEAT_WORDS.has(text.slice(from, to).toLowerCase())) return Token.Digits;
  return from + 1 === to || !isWordChar(text.charCodeAt(from + 1)) ? Token.Spelled : Token.Word;
}

/** True for "dong.h": a word ending in a single letter after a dot, joined to spelled letters that follow. */
function endsSpelled(text: string, from: number, to: number): boolean {
  return to - from > 2 && text.charCodeAt(to - 2) === 46;
}

/** True for "a-bork": a single letter joined by a hyphen, the spoken "a minus bork". */
function hyphenSpelled(text: string, from: number, to: number): boolean {
  return to - from > 2 && text.charCodeAt(from + 1) === 45;
}

/**
 * Where a spoken local part really starts. The 'email' view joins only what
 * was joined by a spoken symbol, so "conner sechsunddreißig at ..." becomes
 * "conner 36@..." and "m ü l l e r at ..." stays spaced. Walking back from
 * the match: digits and spelled letters are always taken; a word only right
 * before digits or a hyphen-spelled token ("laura.d a-bork 94"), or when it
 * ends in a spelled letter ("jasmin.g u t"), and then the walk stops. A stop
 * word ("ist", "adresse") always ends it.
 */
function localStart(text: string, start: number, at: number, stops: Lexicon): number {
  let previous = tokenKind(text, start, at);
  if (previous === Token.Word) return start;
  let joined = hyphenSpelled(text, start, at);
  let s = start;
  for (let k = 0; k < MAX_LOCAL_TOKENS && s >= 2 && text.charCodeAt(s - 1) === SPACE; k++) {
    let i = s - 2;
    while (i >= 0 && text.charCodeAt(i) !== SPACE) i--;
    const from = i + 1;
    const to = s - 1;
    if (from >= to) break;
    const token = text.slice(from, to);
    if (!LOCAL_TOKEN.test(token) || stops.has(token.toLowerCase())) break;
    const kind = tokenKind(text, from, to);
    if (kind === Token.Word) {
      if (previous === Token.Digits || joined || endsSpelled(text, from, to)) s = from;
      break;
    }
    s = from;
    previous = kind;
    joined = hyphenSpelled(text, from, to);
  }
  return s;
}

/** Finds EMAIL spans; see the module comment for the steps. */
export class EmailDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['EMAIL'];
  private readonly address: RegExp;
  private readonly tlds: ReadonlySet<string>;
  private readonly scores: { written: number; spoken: number };
  private readonly stops: Lexicon;

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'email/email.yaml') {
    const rule = loadRuleFile(relativePath, emailRuleSchema);
    this.id = `rules:${rule.id}`;
    this.address = compileRegex(rule.address, 'u', `rules/${relativePath}: address`);
    this.tlds = new Set(rule.tlds);
    this.scores = rule.scores;
    this.stops = new Lexicon(rule.localStops);
  }

  detect(call: CallView, out: Span[]): void {
    const regex = this.address;
    for (const turn of call.turns) {
      // Cheap gate before the 'email' view is built: no "@" and no spoken at-word, no address.
      if (!AT_GATE.test(turn.lower)) continue;
      const norm = turn.normalized('email');
      const text = norm.text;
      if (text.indexOf('@') < 0) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const from = m.index;
        const to = from + m[0].length;
        const at = text.indexOf('@', from);
        const [atStart, atEnd] = norm.toOriginal(at, at + 1);
        const written = atEnd - atStart === 1 && turn.text.charCodeAt(atStart) === AT;
        // A spelled top-level domain ("d e") counts without its spaces.
        if (!written && !this.tlds.has(m[1].replace(SPACES, '').toLowerCase())) continue;
        const [start, end] = norm.toOriginal(written ? from : localStart(text, from, at, this.stops), to);
        out.push({
          turn: turn.index,
          start,
          end,
          label: 'EMAIL',
          score: written ? this.scores.written : this.scores.spoken,
          source: this.id,
          validated: false,
        });
      }
    }
  }
}

/**
 * The EMAIL detectors of redact-de, compiled once from rules/email/.
 * @returns `[EmailDetector]`
 * @example createEmailDetectors()[0].id // 'rules:email'
 */
export function createEmailDetectors(): Detector[] {
  return [new EmailDetector()];
}
