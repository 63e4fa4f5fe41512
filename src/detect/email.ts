/**
 * EMAIL detector: written and spoken e-mail addresses (rules/email/email.yaml).
 *
 * 1. The address grammar runs on each turn's 'email' view, where written
 *    addresses stay as they are and spoken ones are rewritten
 *    ("anna punkt weber at gmx punkt de" -> "anna.weber@gmx.de").
 * 2. An address whose "@" was spoken must end in a known top-level domain.
 * 3. A local part spelled letter by letter ("m u e l l e r@gmx.de") is
 *    widened to the whole spelled run.
 */
import { z } from 'zod';
import type { CallView, Detector, Label, Span } from '../types.js';
import { compileRegex, loadRuleFile } from '../rules/load.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { emailSymbols } from '../normalize/email-symbols.js';

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');

/** Schema of rules/email/email.yaml. */
export const emailRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  address: z.string().min(1),
  scores: z.strictObject({ written: score, spoken: score }),
  tlds: z.array(z.string().regex(/^[a-z]{2,24}$/, 'must be a lowercase top-level domain')).min(1),
});

const AT = 64;

/** The spoken words for "@" ("at", "ät", ...), from the normaliser's own list: a turn without one has no spoken address. */
const AT_WORDS = new Lexicon(emailSymbols.words.filter((_, k) => emailSymbols.symbol[k] === '@'));
const SPACE = 32;

/**
 * Start of a spelled run of one-letter tokens ending right before `start`
 * ("m u e l l e " before "r@gmx.de"), or `start` when there are fewer than two.
 * Tokens may join single letters with "." "-" "_" ("a.w").
 */
function spelledStart(text: string, start: number): number {
  let s = start;
  let tokens = 0;
  for (;;) {
    if (s < 2 || text.charCodeAt(s - 1) !== SPACE) break;
    // Walk the token before the space: single word chars joined by . - _ only.
    let i = s - 2;
    let ok = true;
    let run = 0;
    while (i >= 0 && text.charCodeAt(i) !== SPACE) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        run++;
        if (run > 1) ok = false;
      } else if (c === 46 || c === 45 || c === 95) run = 0;
      else ok = false;
      i--;
    }
    if (!ok || run === 0) break;
    s = i + 1;
    tokens++;
  }
  return tokens >= 2 ? s : start;
}

/** Finds EMAIL spans; see the module comment for the steps. */
export class EmailDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['EMAIL'];
  private readonly address: RegExp;
  private readonly tlds: ReadonlySet<string>;
  private readonly scores: { written: number; spoken: number };

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'email/email.yaml') {
    const rule = loadRuleFile(relativePath, emailRuleSchema);
    this.id = `rules:${rule.id}`;
    this.address = compileRegex(rule.address, 'u', `rules/${relativePath}: address`);
    this.tlds = new Set(rule.tlds);
    this.scores = rule.scores;
  }

  detect(call: CallView, out: Span[]): void {
    const regex = this.address;
    for (const turn of call.turns) {
      // Cheap gate before the 'email' view is built: no "@" and no spoken at-word, no address.
      const lower = turn.lower;
      if (lower.indexOf('@') < 0 && !AT_WORDS.occursIn(lower, 0, lower.length)) continue;
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
        if (!written && !this.tlds.has(m[1].toLowerCase())) continue;
        const [start, end] = norm.toOriginal(spelledStart(text, from), to);
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
