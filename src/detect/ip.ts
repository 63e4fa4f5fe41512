/**
 * IP address detectors (label ID, SPEC §1): written IPv4 and IPv6 are a pure
 * pattern rule (rules/id/ip.yaml); addresses read out ("einundneunzig punkt
 * vier sieben punkt ...") need octet checks over the 'email' view
 * (rules/id/ip-spoken.yaml), done here.
 */
import { z } from 'zod';
import type { CallView, Detector, Label, Span } from '../types.js';
import { emailSymbols } from '../normalize/email-symbols.js';
import { hasContext } from '../rules/context.js';
import { compileRegex, loadRuleFile } from '../rules/load.js';
import { isWordChar, Lexicon } from '../rules/lexicon.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { contextSchema } from '../rules/pattern-schema.js';
import { VALIDATORS } from '../rules/validators/index.js';

/** Schema of rules/id/ip-spoken.yaml. */
export const spokenIpRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  regex: z.string().min(1),
  score: z.number().min(0, 'must be 0..1').max(1, 'must be 0..1'),
  guards: contextSchema.omit({ boost: true }),
});

/** The spoken words for "." ("punkt", "dot"), from the normaliser's own list. */
const DOT_WORDS: readonly string[] = emailSymbols.words.filter((_, k) => emailSymbols.symbol[k] === '.');
/** A spoken address has three dots. */
const MIN_DOTS = 3;
const SPACES = / /g;

/** Counts whole-word occurrences of the dot words in `lower`, stopping at `enough`. */
function countDotWords(lower: string, enough: number): number {
  let n = 0;
  for (const word of DOT_WORDS) {
    for (let i = lower.indexOf(word); i >= 0 && n < enough; i = lower.indexOf(word, i + 1)) {
      const end = i + word.length;
      if ((i === 0 || !isWordChar(lower.charCodeAt(i - 1))) && (end >= lower.length || !isWordChar(lower.charCodeAt(end)))) n++;
    }
  }
  return n;
}

/** True when an octet's digits, spaces removed, are 0-255 without a leading zero. */
function isOctet(group: string): boolean {
  const digits = group.replace(SPACES, '');
  if (digits.length > 3 || (digits.length > 1 && digits.charCodeAt(0) === 48)) return false;
  return Number(digits) <= 255;
}

/** Finds IPv4 addresses read out in words; see the module comment. */
export class SpokenIpDetector implements Detector {
  readonly id: string;
  readonly labels: readonly Label[] = ['ID'];
  private readonly regex: RegExp;
  private readonly score: number;
  private readonly guards: { words: Lexicon; before: number; after: number };

  /** @param relativePath - rule file inside rules/ */
  constructor(relativePath = 'id/ip-spoken.yaml') {
    const rule = loadRuleFile(relativePath, spokenIpRuleSchema);
    this.id = `rules:${rule.id}`;
    this.regex = compileRegex(rule.regex, '', `rules/${relativePath}: regex`);
    this.score = rule.score;
    this.guards = { ...rule.guards, words: new Lexicon(rule.guards.words) };
  }

  detect(call: CallView, out: Span[]): void {
    const regex = this.regex;
    for (const turn of call.turns) {
      // Cheap gate before the 'email' view is built: three spoken dots at least.
      if (countDotWords(turn.lower, MIN_DOTS) < MIN_DOTS) continue;
      const norm = turn.normalized('email');
      regex.lastIndex = 0;
      for (let m = regex.exec(norm.text); m !== null; m = regex.exec(norm.text)) {
        if (!isOctet(m[1]) || !isOctet(m[2]) || !isOctet(m[3]) || !isOctet(m[4])) continue;
        const [start, end] = norm.toOriginal(m.index, m.index + m[0].length);
        // Written addresses are the pattern rule's; only spoken ones (the text changed) are ours.
        if (end - start === m[0].length && turn.text.slice(start, end) === m[0]) continue;
        const { words, before, after } = this.guards;
        if (hasContext(call, turn.index, start, end, words, before, after)) continue;
        out.push({ turn: turn.index, start, end, label: 'ID', score: this.score, source: this.id, validated: false });
      }
    }
  }
}

/**
 * The IP address detectors of redact-de, compiled once from rules/id/ip.yaml
 * and rules/id/ip-spoken.yaml.
 * @returns `[PatternDetector 'rules:ip', SpokenIpDetector 'rules:ip-spoken']`
 * @example createIpDetectors().map((d) => d.id) // ['rules:ip', 'rules:ip-spoken']
 */
export function createIpDetectors(): Detector[] {
  return [loadPatternDetector('id/ip.yaml', VALIDATORS), new SpokenIpDetector()];
}
