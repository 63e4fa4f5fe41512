/**
 * Finds the context words that announce an identifying number
 * ("Kundennummer", "Vertrags-Nr.", "kunden nummer", "Aktenzeichen") in
 * lowercased text. Listed phrases go through a trie; any other compound
 * ending in a generic head ("Anliegennummer") is found by a literal search
 * and a bounded walk back to the word start, then checked against the exclusion set (phone, bank, house numbers).
 */
import { isWordChar, Lexicon, type LexiconMatch } from '../rules/lexicon.js';

/** One context-word hit. */
export interface KeywordHit {
  start: number;
  end: number;
  /** Minimum digits a number announced by this word needs. */
  minDigits: number;
}

/** Compiled keyword data, see rules/id/id-context.yaml. */
export interface KeywordConfig {
  groups: readonly { minDigits: number; stems?: readonly string[]; heads?: readonly string[]; phrases?: readonly string[] }[];
  genericHeads: readonly string[];
  exclude: readonly string[];
  /** A context word containing one of these is excluded too ("rückrufnummer" for "ruf"). */
  excludeStems?: readonly string[];
}

/** Letters only (no digits): compounds are made of letters, hyphens and dots. */
function isLetter(code: number): boolean {
  return isWordChar(code) && !(code >= 48 && code <= 57);
}

/** Longest compound head ("anliegen" in "anliegennummer") that is looked back over. */
const MAX_COMPOUND = 40;

/**
 * Start of the compound word that ends with a head at `headStart`
 * ("anliegen|nummer", "kd.-|nr"), or -1 when fewer than two letters come
 * before the head or the word is longer than MAX_COMPOUND. Bounded walk, so
 * the generic search stays linear on any input.
 */
function compoundStart(lower: string, headStart: number, from: number): number {
  let i = headStart;
  const stop = Math.max(from, headStart - MAX_COMPOUND);
  while (i > stop) {
    const c = lower.charCodeAt(i - 1);
    if (isLetter(c) || c === 45 || c === 46) i--;
    else break;
  }
  if (i > from && i === stop && isWordChar(lower.charCodeAt(i - 1))) return -1;
  if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) return -1;
  if (headStart - i < 2 || !isLetter(lower.charCodeAt(i))) return -1;
  return i;
}

/** Every spelling of stem + head: joined, hyphenated and as two words. */
function expand(stem: string, head: string): string[] {
  const s = stem.endsWith('-') ? stem.slice(0, -1) : stem;
  return [`${s}${head}`, `${s}-${head}`, `${s} ${head}`];
}

/** Keyword matcher compiled once from the rule file. */
export class KeywordMatcher {
  private readonly lexicon: Lexicon;
  private readonly minDigits: number[] = [];
  private readonly genericHeads: readonly string[];
  private readonly genericMinDigits: number;
  private readonly exclude: ReadonlySet<string>;
  private readonly excludeStems: readonly string[];
  /** Matches somewhere inside every context word (a cheap superset test). */
  private readonly anchor: RegExp;
  /** Longest listed phrase with an ending (characters). */
  private readonly maxPhrase: number;

  constructor(config: KeywordConfig) {
    const phrases: string[] = [];
    for (const group of config.groups) {
      const add = (p: string): void => {
        phrases.push(p);
        this.minDigits.push(group.minDigits);
      };
      for (const stem of group.stems ?? []) for (const head of group.heads ?? []) for (const p of expand(stem, head)) add(p);
      for (const p of group.phrases ?? []) add(p);
    }
    // Plural and genitive endings ("Kundennummern", "des Personalausweises").
    this.lexicon = new Lexicon(phrases, { endings: ['s', 'n', 'es'] });
    // Every context word contains a head, a listed phrase or a generic head:
    // one native regex search for those rules out most turns before the trie walk.
    const anchors = new Set<string>(config.genericHeads.map((h) => h.toLowerCase()));
    for (const group of config.groups) {
      for (const h of group.heads ?? []) anchors.add(h.toLowerCase());
      for (const p of group.phrases ?? []) anchors.add(p.toLowerCase());
    }
    const alternatives = [...anchors].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
    this.maxPhrase = Math.max(0, ...phrases.map((p) => p.length)) + 3;
    this.anchor = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : /$^/g;
    this.exclude = new Set(config.exclude.map((w) => w.toLowerCase()));
    this.excludeStems = (config.excludeStems ?? []).map((w) => w.toLowerCase());
    this.genericMinDigits = Math.max(...config.groups.map((g) => g.minDigits));
    this.genericHeads = config.genericHeads.map((h) => h.toLowerCase());
  }

  /**
   * Calls `onHit` for each context word in `lower[from, to)` (lowercased
   * text), listed phrases first, then generic compounds not already covered.
   */
  scan(lower: string, from: number, to: number, onHit: (hit: KeywordHit) => void): void {
    const lo = Math.max(0, from);
    const stop = Math.min(lower.length, to);
    const onMatch = (m: LexiconMatch): void => {
      if (this.excluded(lower.slice(m.start, m.end))) return;
      onHit({ start: m.start, end: m.end, minDigits: this.minDigits[m.entry] });
    };
    // The trie only walks the text around anchor occurrences: a phrase holding
    // an anchor lies within maxPhrase characters of it. Overlapping windows are
    // merged first, so every phrase lies inside one region and each char is walked once.
    let found = false;
    let regionStart = -1;
    let regionEnd = -1;
    this.anchor.lastIndex = lo;
    for (let a = this.anchor.exec(lower); a !== null && a.index < stop; a = this.anchor.exec(lower)) {
      found = true;
      const start = Math.max(lo, a.index - this.maxPhrase);
      const end = Math.min(stop, a.index + this.maxPhrase);
      if (start > regionEnd) {
        if (regionEnd > regionStart) this.lexicon.scan(lower, onMatch, regionStart, regionEnd);
        regionStart = start;
      }
      regionEnd = Math.max(regionEnd, end);
      this.anchor.lastIndex = a.index + 1;
    }
    if (!found) return;
    if (regionEnd > regionStart) this.lexicon.scan(lower, onMatch, regionStart, regionEnd);
    for (const head of this.genericHeads) {
      for (let i = lower.indexOf(head, Math.max(0, from)); i >= 0 && i + head.length <= stop; i = lower.indexOf(head, i + 1)) {
        const end = i + head.length;
        if (end < lower.length && isLetter(lower.charCodeAt(end))) continue;
        const start = compoundStart(lower, i, Math.max(0, from));
        if (start < 0) continue;
        const word = lower.slice(start, end);
        if (this.excluded(word) || this.lexicon.has(word) || word.endsWith('-')) continue;
        onHit({ start, end, minDigits: this.genericMinDigits });
      }
    }
  }

  private excluded(word: string): boolean {
    if (this.exclude.has(word)) return true;
    for (const stem of this.excludeStems) if (word.includes(stem)) return true;
    return false;
  }

  /** True when a context word occurs in `lower[from, to)`. */
  occursIn(lower: string, from: number, to: number): boolean {
    let found = false;
    this.scan(lower, from, to, () => {
      found = true;
    });
    return found;
  }
}
