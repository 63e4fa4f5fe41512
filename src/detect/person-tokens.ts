/**
 * Word tokens of a whole call for PERSON detection, classified once. Names
 * span hyphens ("Schmidt-Weber", "Anna-Lena") and apostrophes before a
 * capital ("O'Brien"), so those join a token; everything else between word
 * characters separates tokens. Arrays are typed and reused across calls (one
 * buffer per detector instance; detection is synchronous), so the scan
 * allocates only the lookup substrings.
 */
import { isWordChar } from '../rules/lexicon.js';
import type { CallView } from '../types.js';
import { DERIVED, FUNC, NAME_ANY, WORD, type PersonGazetteer } from './person-gazetteer.js';
import { hashStep, hashStep2, kHashSeed, kHashSeed2 } from './person-keytable.js';

/** Shape bit: first letter is a capital (in a turn that has capitals at all). */
export const CAP = 1 << 0;
/** Shape bit: the token opens a sentence (turn start or after . ! ? : ;). */
export const SENT = 1 << 1;
/** Shape bit: a dot follows the token directly ("Dr."). */
export const DOT = 1 << 2;
/** Shape bit: only whitespace separates the token from the previous one in the same turn. */
export const JOINED = 1 << 3;
/** Shape bit: the token holds a digit. */
export const DIGIT = 1 << 4;
/** Shape bit: already inside a PERSON span of this call. */
export const COVERED = 1 << 5;
/** Shape bit: the token's turn is all lowercase (speech-to-text form). */
export const LOWER_TURN = 1 << 6;
/** Shape bit: a spelling code word ("Martha" in "M wie Martha"): never a name itself. */
export const CODE_WORD = 1 << 7;
/** Shape bit: only a comma (and whitespace) separates the token from the previous one. */
export const COMMA = 1 << 8;

/** Tokens longer than this are never looked up (no name is that long; keeps 1 MB tokens cheap). */
const kMaxTokenLength = 40;

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code > 0xff && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code));
}

/** The classified tokens of one call. */
export class CallTokens {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  turn = new Int32Array(1024);
  /** Gazetteer bits (person-gazetteer.ts). */
  lex = new Int32Array(1024);
  /** FNV-1a hash of the lowercase token (person-keytable.ts). */
  hash = new Int32Array(1024);
  /** Hash of the token without its last character (possessive "Webers" -> "weber"). */
  stemHash = new Int32Array(1024);
  /** Shape bits (this module). */
  shape = new Uint16Array(1024);
  /** Slot strength after a trigger that ends right before the token. */
  before = new Uint8Array(1024);
  /** Slot strength before a trigger that starts at the token. */
  after = new Uint8Array(1024);
  count = 0;
  /** First token index of each turn; `turnStart[turns]` = count. */
  turnStart = new Int32Array(64);

  private grow(): void {
    const n = this.start.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    const g16 = (a: Uint16Array) => {
      const b = new Uint16Array(n);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.turn = g32(this.turn);
    this.lex = g32(this.lex);
    this.hash = g32(this.hash);
    this.stemHash = g32(this.stemHash);
    this.shape = g16(this.shape);
    this.before = g8(this.before);
    this.after = g8(this.after);
  }

  /** Tokenizes and classifies every turn of `call`. */
  fill(call: CallView, gazetteer: PersonGazetteer): void {
    this.count = 0;
    if (this.turnStart.length <= call.turns.length) this.turnStart = new Int32Array(call.turns.length * 2 + 1);
    for (let t = 0; t < call.turns.length; t++) {
      this.turnStart[t] = this.count;
      this.tokenizeTurn(t, call.turns[t].text, call.turns[t].lower, gazetteer);
    }
    this.turnStart[call.turns.length] = this.count;
  }

  private tokenizeTurn(t: number, text: string, lower: string, gazetteer: PersonGazetteer): void {
    const first = this.count;
    let hasCapital = false;
    let i = 0;
    const n = lower.length;
    let prevEnd = -1;
    // One pass over `lower` (same offsets as `text`, and word characters stay word
    // characters when lowercased); `text` is read only where case matters.
    while (i < n) {
      if (!isWordChar(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      let digit = false;
      let hyphen = false;
      let hash = kHashSeed;
      let hash2 = kHashSeed2;
      let stemHash = kHashSeed;
      while (i < n) {
        const c = lower.charCodeAt(i);
        if (isWordChar(c)) {
          if (c <= 57 && c >= 48) digit = true;
          stemHash = hash;
          hash = hashStep(hash, c);
          hash2 = hashStep2(hash2, c);
          i++;
          continue;
        }
        // Hyphen or apostrophe joins two word parts: "Schmidt-Weber", "O'Brien" (capital after it).
        if (i + 1 < n && (((c === 45 || c === 0x2010) && isWordChar(lower.charCodeAt(i + 1))) || ((c === 39 || c === 0x2019) && isUpper(text.charCodeAt(i + 1))))) {
          if (c !== 39 && c !== 0x2019) hyphen = true;
          stemHash = hash;
          hash = hashStep(hash, c);
          hash2 = hashStep2(hash2, c);
          i++;
          continue;
        }
        break;
      }
      if (this.count === this.start.length) this.grow();
      const k = this.count++;
      this.start[k] = s;
      this.end[k] = i;
      this.turn[k] = t;
      this.hash[k] = hash;
      this.stemHash[k] = stemHash;
      this.before[k] = 0;
      this.after[k] = 0;
      let shape = digit ? DIGIT : 0;
      if (text.charCodeAt(s) !== lower.charCodeAt(s) || text.charCodeAt(s) === 0x130) {
        shape |= CAP;
        hasCapital = true;
      }
      if (i < n && lower.charCodeAt(i) === 46) shape |= DOT;
      const gap = k === first ? 2 : this.gapKind(lower, prevEnd, s);
      shape |= gap === 0 ? JOINED : gap === 2 ? SENT : gap === 3 ? COMMA : 0;
      this.shape[k] = shape;
      this.lex[k] = digit || i - s > kMaxTokenLength ? DERIVED : this.classify(lower, s, i, hash, hash2, hyphen, gazetteer);
      prevEnd = i;
    }
    if (!hasCapital) for (let k = first; k < this.count; k++) this.shape[k] |= LOWER_TURN;
  }

  /** 0: only whitespace between two tokens; 2: a sentence end; 3: a comma; 1: other punctuation. */
  private gapKind(text: string, from: number, to: number): number {
    let kind = 0;
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return 2;
      kind = c === 44 && kind === 0 ? 3 : 1;
    }
    return kind;
  }

  private classify(lower: string, s: number, e: number, hash: number, hash2: number, hyphen: boolean, gazetteer: PersonGazetteer): number {
    const bits = gazetteer.flagsOfHashed(e - s, hash, hash2);
    if (bits & (NAME_ANY | WORD | FUNC)) return bits | DERIVED;
    // Hyphenated tokens are rare and "Anna-Lena" must read as a first name from the
    // start; other unknown tokens are derived lazily (see lexOf), when a slot asks.
    return hyphen ? bits | gazetteer.derivedFlagsOf(lower.slice(s, e)) | DERIVED : bits;
  }

  /**
   * Gazetteer bits of token k including the derived ones (possessive "Webers",
   * inflected word "Nachbarinnen"), computed on first request and cached.
   */
  lexOf(k: number, call: CallView, gazetteer: PersonGazetteer): number {
    let bits = this.lex[k];
    if (bits & DERIVED || this.shape[k] & DIGIT) return bits;
    const s = this.start[k];
    const e = this.end[k];
    if (e - s <= kMaxTokenLength) bits |= gazetteer.derivedFlagsOf(call.turns[this.turn[k]].lower.slice(s, e));
    bits |= DERIVED;
    this.lex[k] = bits;
    return bits;
  }
}
