/**
 * German medical word formation without regex backtracking. A word is health
 * data when it ENDS in a known head: a strong head with any prefix
 * ("Kniegelenksentzündung"), a weak head whose prefix is made only of body
 * parts or medical stems ("Beinbruch" but not "Vertragsbruch"), or a
 * productive suffix with a long enough stem ("Bronchitis", "Ramipril").
 * Heads sit in a trie of REVERSED strings walked from the word's end, and a
 * prefix is segmented by a forward trie of modifiers, so the cost per word is
 * bounded by the longest head and the word length, never by the text.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { PrefixFilter } from './health-prefilter.js';

/** Classes a compound part may have; weak heads name the classes they accept. */
export const MODIFIER_CLASSES = ['body', 'med'] as const;
type ModifierClass = (typeof MODIFIER_CLASSES)[number];
const CLASS_BIT: Record<ModifierClass | 'aux', number> = { body: 1, med: 2, aux: 4 };
const ALL_BITS = 7;

const score = z.number().min(0, 'must be 0..1').max(1, 'must be 0..1');
const word = z.string().regex(/^[a-zäöüß0-9-]+$/, 'must be one lowercase word');

/** rules/health/morphology.yaml */
export const morphologySchema = z.strictObject({
  description: z.string().optional(),
  /** Inflection endings stripped before looking for a head ("Schmerz-en"). */
  endings: z.array(z.string().regex(/^[a-zäöüß]+$/)).min(1),
  strong: z.strictObject({ score, heads: z.array(word).min(1) }),
  weak: z
    .array(z.strictObject({ accept: z.array(z.enum(MODIFIER_CLASSES)).min(1), score, heads: z.array(word).min(1) }))
    .min(1),
  suffixes: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        score,
        /** Minimum characters before the suffix (blocks "April" for "-pril"). */
        minStem: z.number().int().min(1).max(20),
        /** When set, the character before the suffix must be one of these ("o" for "Angioplastik"). */
        stemEndsWith: z.string().min(1).optional(),
        suffixes: z.array(word).min(1),
      }),
    )
    .min(1),
  /** Whole words (inflected as written) that look derived but are not health data. */
  exceptions: z.array(word).default([]),
});

/** rules/health/modifiers.yaml: compound parts. */
export const modifiersSchema = z.strictObject({
  description: z.string().optional(),
  /** Linking elements allowed after a part ("Gelenk-s-entzündung", "Niere-n-stein", "Knie-OP"). */
  links: z.array(z.string().regex(/^[a-zäöüß-]+$/)).min(1),
  body: z.array(word).min(1),
  med: z.array(word).min(1),
  /** Parts that may occur in a compound but do not make it medical alone ("funktion"). */
  aux: z.array(word).default([]),
  /** Adjectives included in a span when directly before it ("chronische", "starke"). */
  adjectives: z.strictObject({ endings: z.array(z.string()).min(1), stems: z.array(word).min(1) }),
});

export type MorphologySpec = z.output<typeof morphologySchema>;
export type ModifiersSpec = z.output<typeof modifiersSchema>;

const KIND_STRONG = 0;
const KIND_WEAK = 1;
const KIND_SUFFIX = 2;

interface Head {
  kind: number;
  score: number;
  accept: number;
  minStem: number;
  stemEndsWith: string;
}

interface Node {
  next: Map<number, Node>;
  heads: Head[] | undefined;
  /** Modifier class bits of a part ending here (forward trie only). */
  bits: number;
}

function node(): Node {
  return { next: new Map(), heads: undefined, bits: 0 };
}

function insert(root: Node, text: string, reversed: boolean): Node {
  let n = root;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(reversed ? text.length - 1 - k : k);
    let child = n.next.get(code);
    if (!child) {
      child = node();
      n.next.set(code, child);
    }
    n = child;
  }
  return n;
}

const HYPHEN = 45;
/** Longest prefix segmented; longer words are not compounds we can vouch for. */
const MAX_PREFIX = 48;

/** Compiled morphology: see the file comment. */
export class Morphology {
  private readonly heads = node();
  private readonly parts = node();
  private readonly links: readonly string[];
  private readonly endings: readonly string[];
  private readonly exceptions: ReadonlySet<string>;
  private readonly reach = new Uint8Array(MAX_PREFIX + 2);
  private readonly mask = new Uint8Array(MAX_PREFIX + 2);
  private readonly tails = new PrefixFilter();

  /**
   * @param spec heads and suffixes (rules/health/morphology.yaml)
   * @param mods compound parts (rules/health/modifiers.yaml)
   * @param medTerms extra `med` parts: the compound-capable lexicon terms
   */
  constructor(spec: MorphologySpec, mods: ModifiersSpec, medTerms: readonly string[]) {
    this.endings = ['', ...spec.endings];
    this.links = mods.links;
    this.exceptions = new Set(spec.exceptions);
    const strong: Head = { kind: KIND_STRONG, score: spec.strong.score, accept: 0, minStem: 0, stemEndsWith: '' };
    for (const h of spec.strong.heads) this.addHead(h, strong);
    for (const group of spec.weak) {
      let accept = 0;
      for (const c of group.accept) accept |= CLASS_BIT[c];
      const head: Head = { kind: KIND_WEAK, score: group.score, accept, minStem: 1, stemEndsWith: '' };
      for (const h of group.heads) this.addHead(h, head);
    }
    for (const group of spec.suffixes) {
      const head: Head = {
        kind: KIND_SUFFIX,
        score: group.score,
        accept: 0,
        minStem: group.minStem,
        stemEndsWith: group.stemEndsWith ?? '',
      };
      for (const s of group.suffixes) this.addHead(s, head);
    }
    this.addParts(mods.body, CLASS_BIT.body);
    this.addParts(mods.med, CLASS_BIT.med);
    this.addParts(mods.aux, CLASS_BIT.aux);
    // Lexicon terms are medical parts too ("Insulin-pumpe", "Migräne-anfall"); very short
    // ones would let almost anything segment, so they must be listed in `med` explicitly.
    const terms: string[] = [];
    for (const t of medTerms) if (t.length >= 4 && /^[a-zäöüß]+$/.test(t)) terms.push(t);
    this.addParts(terms, CLASS_BIT.med);
  }

  /** Inserts the head with every inflection ending, so one backward walk finds "Schmerz-en". */
  private addHead(text: string, head: Head): void {
    for (const ending of this.endings) {
      this.tails.addSuffix(text + ending);
      const n = insert(this.heads, text + ending, true);
      if (!n.heads) n.heads = [];
      if (!n.heads.includes(head)) n.heads.push(head);
    }
  }

  private addParts(parts: readonly string[], bit: number): void {
    for (const p of parts) {
      if (p.includes('-')) throw new ConfigError(`modifiers: part "${p}" must not contain "-"; hyphens are links`);
      insert(this.parts, p, false).bits |= bit;
    }
  }

  /**
   * Score of the word `lower[start, end)` if it is a health word by formation,
   * else 0. `lower` is lowercase text; the word may contain inner hyphens.
   */
  /**
   * A compound written as two words by speech recognition ("prostata
   * untersuchung", "hüft tep"): the second word must end like a head, and
   * the two words joined must analyse as one health word. The join allocates,
   * so the cheap tail filter runs first.
   */
  analyzeSplit(lower: string, s1: number, e1: number, s2: number, e2: number): number {
    const joined = lower.slice(s1, e1) + lower.slice(s2, e2);
    return this.analyze(joined, 0, joined.length);
  }



  analyze(lower: string, start: number, end: number): number {
    if (end - start < 4 || !this.tails.mayEndAt(lower, start, end)) return 0;
    let n: Node | undefined = this.heads;
    for (let i = end - 1; i >= start; i--) {
      n = n.next.get(lower.charCodeAt(i));
      if (!n) return 0;
      if (!n.heads) continue;
      for (const head of n.heads) {
        if (this.accepts(head, lower, start, i, end)) return head.score;
      }
    }
    return 0;
  }

  /** Whether `head` starting at `at` makes the word `[start, end)` a health word. */
  private accepts(head: Head, lower: string, start: number, at: number, end: number): boolean {
    const stem = at - start;
    let ok: boolean;
    if (head.kind === KIND_STRONG) ok = true;
    else if (head.kind === KIND_SUFFIX) {
      ok = stem >= head.minStem && (head.stemEndsWith === '' || head.stemEndsWith.includes(lower[at - 1]));
    } else ok = stem > 0 && this.segments(lower, start, at, head.accept);
    return ok && !(this.exceptions.size > 0 && this.exceptions.has(lower.slice(start, end)));
  }

  /**
   * True when `lower[start, stop)` splits into modifier parts joined by links,
   * with at least one part of a class in `accept` (aux parts never count).
   */
  segments(lower: string, start: number, stop: number, accept: number, usable = ALL_BITS): boolean {
    const len = stop - start;
    if (len > MAX_PREFIX) return false;
    const reach = this.reach;
    const mask = this.mask;
    reach.fill(0, 0, len + 1);
    mask.fill(0, 0, len + 1);
    reach[0] = 1;
    for (let p = 0; p < len; p++) {
      if (!reach[p]) continue;
      let n: Node | undefined = this.parts;
      for (let q = p; q < len && n; q++) {
        n = n.next.get(lower.charCodeAt(start + q));
        if (!n || (n.bits & usable) === 0) continue;
        const bits = mask[p] | (n.bits & usable);
        this.mark(lower, start, q + 1, len, bits);
      }
    }
    return reach[len] === 1 && (mask[len] & accept) !== 0;
  }

  /** Marks the position after a part and after each link that follows it. */
  private mark(lower: string, start: number, at: number, len: number, bits: number): void {
    this.reach[at] = 1;
    this.mask[at] |= bits;
    for (const link of this.links) {
      const after = at + link.length;
      if (after <= len && lower.startsWith(link, start + at)) {
        this.reach[after] = 1;
        this.mask[after] |= bits;
      }
    }
    // A hyphen may follow any link too ("Kniegelenks-Entzündung").
    if (at < len && lower.charCodeAt(start + at) === HYPHEN) {
      this.reach[at + 1] = 1;
      this.mask[at + 1] |= bits;
    }
  }

  /**
   * Whether the whole word `lower[start, end)` is a body part ("Knie",
   * "Magen-Darm", "Eierstöcken"), made only of body and aux parts.
   */
  isBodyWord(lower: string, start: number, end: number): boolean {
    return this.segments(lower, start, end, CLASS_BIT.body, CLASS_BIT.body | CLASS_BIT.aux);
  }
}
