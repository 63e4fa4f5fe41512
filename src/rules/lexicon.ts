/**
 * A phrase lexicon compiled once into a character trie and matched at word
 * boundaries. Scanning starts only at word starts and walks at most the depth
 * of the longest phrase, so a scan is linear in the text length whatever the
 * input (no backtracking regex over alternations of thousands of words).
 */

/** One lexicon hit, in offsets of the scanned text (which has the original's offsets). */
export interface LexiconMatch {
  start: number;
  end: number;
  /** Index of the phrase in the array the lexicon was built from. */
  entry: number;
}

/** Options for {@link Lexicon}. */
export interface LexiconOptions {
  /**
   * Inflection endings that may follow a phrase inside the same word
   * ("Bandscheibenvorfall" + "s"); the match then includes the ending.
   */
  endings?: readonly string[];
  /** Allow a phrase to end inside a word (prefix match), e.g. compound heads. */
  prefix?: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Phrase index ending here, or -1. */
  entry: number;
}

/** True for code units that belong to a word: letters, digits, combining marks. */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // Latin-1 letters and everything above (umlauts, ß, accents, other scripts) except
  // general punctuation and symbol blocks, which are cheap to exclude by range.
  if (code === 0xd7 || code === 0xf7) return false;
  if (code < 0xc0) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return true;
}

/** Code units below this get a dense root table (ASCII, Latin-1, Latin Extended-A). */
const ROOT_DENSE = 0x180;

function newNode(): TrieNode {
  return { next: new Map(), entry: -1 };
}

/**
 * Lowercase phrase lexicon. Phrases may contain spaces and hyphens; the text
 * passed to {@link Lexicon.scan} must already be lowercased (TurnView.lower).
 *
 * @example
 * const lex = new Lexicon(['rückenschmerzen', 'bandscheibenvorfall'], { endings: ['s', 'es'] });
 * lex.scan('wegen des bandscheibenvorfalls', (m) => console.log(m)); // {start: 9, end: 29, entry: 1}
 */
export class Lexicon {
  readonly size: number;
  private readonly root = newNode();
  private readonly endings: readonly string[];
  private readonly prefix: boolean;
  private maxDepth = 0;
  /**
   * Children of the root for code units below ROOT_DENSE, in a dense array: most
   * scan positions fail on the first character, and an array index is far
   * cheaper than a Map lookup there.
   */
  private readonly rootDense: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(ROOT_DENSE).fill(undefined);
  /** Result slots of {@link longest}, read right after it returns (avoids allocating per attempt). */
  private lastEntry = -1;
  /** End of the match {@link nextMatch} found last. */
  private lastEnd = -1;

  constructor(phrases: Iterable<string>, options: LexiconOptions = {}) {
    this.endings = options.endings ?? [];
    this.prefix = options.prefix ?? false;
    let index = 0;
    for (const raw of phrases) {
      const phrase = raw.toLowerCase().trim();
      if (phrase.length > 0) this.insert(phrase, index);
      index++;
    }
    this.size = index;
  }

  private insert(phrase: string, entry: number): void {
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.entry < 0) node.entry = entry;
    if (phrase.length > this.maxDepth) this.maxDepth = phrase.length;
    const first = phrase.charCodeAt(0);
    if (first < ROOT_DENSE) this.rootDense[first] = this.root.next.get(first);
  }

  /** Root child for `code`, or undefined. */
  private rootChild(code: number): TrieNode | undefined {
    return code < ROOT_DENSE ? this.rootDense[code] : this.root.next.get(code);
  }

  /**
   * End of the longest phrase starting at `pos` (see {@link matchAt}), or -1;
   * its entry is left in `lastEntry`. Allocates nothing.
   */
  private longest(text: string, pos: number, limit: number): number {
    const stop = Math.min(limit, pos + this.maxDepth);
    if (pos >= stop) return -1;
    let node: TrieNode | undefined = this.rootChild(text.charCodeAt(pos));
    let bestEnd = -1;
    let bestEntry = -1;
    for (let i = pos; node !== undefined; ) {
      if (node.entry >= 0) {
        const end = this.boundaryEnd(text, i + 1, limit);
        if (end >= 0) {
          bestEnd = end;
          bestEntry = node.entry;
        }
      }
      if (++i >= stop) break;
      node = node.next.get(text.charCodeAt(i));
    }
    this.lastEntry = bestEntry;
    return bestEnd;
  }

  /** True when the exact lowercase phrase is in the lexicon. */
  has(phrase: string): boolean {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < phrase.length && node; i++) node = node.next.get(phrase.charCodeAt(i));
    return node !== undefined && node.entry >= 0;
  }

  /**
   * Longest phrase starting exactly at `pos` and ending at a word boundary
   * (or before an allowed ending, or anywhere in prefix mode), or undefined.
   */
  matchAt(text: string, pos: number, limit = text.length): LexiconMatch | undefined {
    const end = this.longest(text, pos, limit);
    return end < 0 ? undefined : { start: pos, end, entry: this.lastEntry };
  }

  /** Where a match ending at `end` really ends, or -1 if it ends mid-word. */
  private boundaryEnd(text: string, end: number, limit: number): number {
    if (end >= limit || !isWordChar(text.charCodeAt(end))) return end;
    for (const ending of this.endings) {
      const after = end + ending.length;
      if (after <= limit && text.startsWith(ending, end) && (after >= limit || !isWordChar(text.charCodeAt(after)))) {
        return after;
      }
    }
    return this.prefix ? end : -1;
  }

  /**
   * Start of the first match at a word start in `text[from, to)`, or -1; its end
   * is left in `lastEnd` and its entry in `lastEntry`. Only word starts whose first
   * character begins some phrase are tried. Allocates nothing.
   */
  private nextMatch(text: string, from: number, to: number): number {
    let prevWord = from > 0 && isWordChar(text.charCodeAt(from - 1));
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const word = isWordChar(code);
      if (word && !prevWord && this.rootChild(code) !== undefined) {
        const end = this.longest(text, i, to);
        if (end >= 0) {
          this.lastEnd = end;
          return i;
        }
      }
      prevWord = word;
    }
    return -1;
  }

  /**
   * Calls `onMatch` for every longest, non-overlapping match in `text[from, to)`,
   * scanning left to right from word starts.
   */
  scan(text: string, onMatch: (match: LexiconMatch) => void, from = 0, to = text.length): void {
    for (let start = this.nextMatch(text, from, to); start >= 0; ) {
      // Read the fields before the callback, which may use this lexicon again.
      const end = this.lastEnd;
      onMatch({ start, end, entry: this.lastEntry });
      start = this.nextMatch(text, end, to);
    }
  }

  /**
   * End of the last match {@link scan} would report in `text[from, to)`, or -1.
   * Matches are non-overlapping and left to right, so this is also the largest
   * match end; it allocates nothing (for per-candidate context look-ups).
   */
  lastMatchEnd(text: string, from = 0, to = text.length): number {
    let last = -1;
    for (let start = this.nextMatch(text, from, to); start >= 0; start = this.nextMatch(text, last, to)) last = this.lastEnd;
    return last;
  }

  /** True when any phrase occurs in `text[from, to)`. */
  occursIn(text: string, from: number, to: number): boolean {
    return this.nextMatch(text, Math.max(0, from), Math.min(text.length, to)) >= 0;
  }
}
