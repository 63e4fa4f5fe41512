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

/** A trie node while the lexicon is built; frozen into flat arrays afterwards. */
interface BuildNode {
  next: Map<number, BuildNode>;
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

/** isWordChar as a table (one load per character in the scan loops). */
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

/** Code units below this get a dense root table (ASCII, Latin-1, Latin Extended-A). */
const ROOT_DENSE = 0x180;
/**
 * Int32s per slot of the edge table: parent id + 1 (0 = empty slot), code unit,
 * child id, and the phrase index ending at the child (-1 none). Keeping the
 * child's entry in its edge saves a second random memory access per step.
 */
const SLOT = 4;

function newNode(): BuildNode {
  return { next: new Map(), entry: -1 };
}

/** Adds `phrase` under `root`; the first phrase index given for a phrase is kept. */
function insert(root: BuildNode, phrase: string, entry: number): void {
  let node = root;
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
}

/** Slot index of `(node, code)` in an edge table of 2^bits slots: multiplicative hashing on the top bits. */
function edgeHash(node: number, code: number, shift: number): number {
  return Math.imul(Math.imul(node, 0x01000193) ^ code, 0x9e3779b1) >>> shift;
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
  private readonly endings: readonly string[];
  private readonly prefix: boolean;
  private readonly maxDepth: number;
  /*
   * The trie is frozen into typed arrays: nodes are ids (root 0), edges live in
   * one open-addressing hash table. Scans walk the trie at almost every word
   * start of every turn, and a probe of a flat Int32Array is several times
   * cheaper than a Map lookup per character. A walk holds the offset of the
   * edge slot it arrived by ("edge"), which names the node and its entry.
   */
  /** Edge table, SLOT ints per slot (see SLOT); power-of-two slot count. */
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  private readonly edgeShift: number;
  /**
   * Edge offset of the root's child for code units below ROOT_DENSE, or -1: most
   * scan positions fail on the first character, and an array index is cheapest there.
   */
  private readonly rootDense = new Int32Array(ROOT_DENSE).fill(-1);
  /** Result slots of {@link longest}, read right after it returns (avoids allocating per attempt). */
  private lastEntry = -1;
  /** End of the match {@link nextMatch} found last. */
  private lastEnd = -1;

  constructor(phrases: Iterable<string>, options: LexiconOptions = {}) {
    this.endings = options.endings ?? [];
    this.prefix = options.prefix ?? false;
    const root = newNode();
    let maxDepth = 0;
    let index = 0;
    for (const raw of phrases) {
      const phrase = raw.toLowerCase().trim();
      if (phrase.length > 0) {
        insert(root, phrase, index);
        if (phrase.length > maxDepth) maxDepth = phrase.length;
      }
      index++;
    }
    this.size = index;
    this.maxDepth = maxDepth;
    // Number the nodes breadth-first and collect the edges.
    const nodes: BuildNode[] = [root];
    const links: number[] = [];
    for (let id = 0; id < nodes.length; id++) {
      for (const [code, child] of nodes[id].next) links.push(id, code, nodes.push(child) - 1);
    }
    // At most half full, so probes stay short.
    let bits = 4;
    while (1 << bits < (links.length / 3) * 2) bits++;
    this.edgeMask = (1 << bits) - 1;
    this.edgeShift = 32 - bits;
    this.edges = new Int32Array((1 << bits) * SLOT);
    for (let k = 0; k < links.length; k += 3) {
      const parent = links[k];
      const code = links[k + 1];
      const child = links[k + 2];
      let slot = edgeHash(parent, code, this.edgeShift);
      while (this.edges[slot * SLOT] !== 0) slot = (slot + 1) & this.edgeMask;
      const at = slot * SLOT;
      this.edges[at] = parent + 1;
      this.edges[at + 1] = code;
      this.edges[at + 2] = child;
      this.edges[at + 3] = nodes[child].entry;
      if (parent === 0 && code < ROOT_DENSE) this.rootDense[code] = at;
    }
  }

  /** Offset of the edge from `node` by code unit `code`, or -1. */
  private edgeFrom(node: number, code: number): number {
    const edges = this.edges;
    const key = node + 1;
    for (let slot = edgeHash(node, code, this.edgeShift); ; slot = (slot + 1) & this.edgeMask) {
      const at = slot * SLOT;
      const k = edges[at];
      if (k === key && edges[at + 1] === code) return at;
      if (k === 0) return -1;
    }
  }

  /** Offset of the root's edge by `code`, or -1. */
  private rootEdge(code: number): number {
    return code < ROOT_DENSE ? this.rootDense[code] : this.edgeFrom(0, code);
  }

  /**
   * End of the longest phrase starting at `pos` (see {@link matchAt}), or -1;
   * its entry is left in `lastEntry`. Allocates nothing.
   */
  private longest(text: string, pos: number, limit: number): number {
    const stop = Math.min(limit, pos + this.maxDepth);
    if (pos >= stop) return -1;
    const edges = this.edges;
    let edge = this.rootEdge(text.charCodeAt(pos));
    let bestEnd = -1;
    let bestEntry = -1;
    for (let i = pos; edge >= 0; ) {
      const entry = edges[edge + 3];
      if (entry >= 0) {
        const end = this.boundaryEnd(text, i + 1, limit);
        if (end >= 0) {
          bestEnd = end;
          bestEntry = entry;
        }
      }
      if (++i >= stop) break;
      edge = this.edgeFrom(edges[edge + 2], text.charCodeAt(i));
    }
    this.lastEntry = bestEntry;
    return bestEnd;
  }

  /** True when the exact lowercase phrase is in the lexicon. */
  has(phrase: string): boolean {
    // The root holds no phrase: the empty string is never in the lexicon.
    let edge = -1;
    for (let i = 0; i < phrase.length; i++) {
      edge = this.edgeFrom(i === 0 ? 0 : this.edges[edge + 2], phrase.charCodeAt(i));
      if (edge < 0) return false;
    }
    return edge >= 0 && this.edges[edge + 3] >= 0;
  }

  /**
   * Longest phrase starting exactly at `pos` and ending at a word boundary
   * (or before an allowed ending, or anywhere in prefix mode), or undefined.
   */
  matchAt(text: string, pos: number, limit = text.length): LexiconMatch | undefined {
    const end = this.longest(text, pos, limit);
    return end < 0 ? undefined : { start: pos, end, entry: this.lastEntry };
  }

  /**
   * End of the match {@link matchAt} would return, or -1, without allocating
   * one; its phrase index is then {@link lastMatchEntry}. For per-word lookups.
   */
  endAt(text: string, pos: number, limit = text.length): number {
    return this.longest(text, pos, limit);
  }

  /** Phrase index of the match the last {@link endAt} call found (-1 after a miss). */
  get lastMatchEntry(): number {
    return this.lastEntry;
  }

  /** Where a match ending at `end` really ends, or -1 if it ends mid-word. */
  private boundaryEnd(text: string, end: number, limit: number): number {
    if (end >= limit || WORD_CHAR[text.charCodeAt(end)] === 0) return end;
    for (const ending of this.endings) {
      const after = end + ending.length;
      if (after <= limit && text.startsWith(ending, end) && (after >= limit || WORD_CHAR[text.charCodeAt(after)] === 0)) {
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
    let prevWord = from > 0 && WORD_CHAR[text.charCodeAt(from - 1)] === 1;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const word = WORD_CHAR[code] === 1;
      if (word && !prevWord && this.rootEdge(code) >= 0) {
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
