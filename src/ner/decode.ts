import type { Label, Span } from '../types.js';
import type { TokenBuffer } from './buffers.js';

/** BIO tag of a model class: outside, begin, inside. */
export const TAG_O = 0;
export const TAG_B = 1;
export const TAG_I = 2;

/**
 * What each output class of the model means, as parallel arrays indexed by
 * class id: its BIO tag and the index of its SPEC label in `labels`
 * (-1 for O and for model labels we do not map, e.g. LOC).
 */
export interface ClassTable {
  readonly tags: Uint8Array;
  readonly labelIndex: Int16Array;
  /** The SPEC labels this model can produce, each once. */
  readonly labels: readonly Label[];
}

/**
 * The label decision of one word from the logits of its FIRST sub-token,
 * computed in place: softmax into `scratch` (length >= classes), then the
 * probability mass per SPEC label (B + I of it). The word is an entity of the
 * label with the most mass when that mass reaches `threshold`; its tag is
 * B or I, whichever of the two is likelier. Thresholding the mass rather than
 * the single argmax class keeps "B 0.35, I 0.25, O 0.40" a PERSON: for
 * redaction a missed name costs more than an extra one.
 *
 * @param logits - model output
 * @param offset - index of the token's first logit
 * @param table - meaning of the classes
 * @param threshold - minimum label mass, 0..1
 * @param scratch - caller-owned buffer, length >= 2 * classes (probabilities, then label masses)
 * @returns `tag * 65536 + labelIndex` packed (tag 0 = O), and the score in `scratch[0]`
 */
export function decideWord(logits: Float32Array, offset: number, table: ClassTable, threshold: number, scratch: Float32Array): number {
  const classes = table.tags.length;
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if (logits[offset + c] > max) max = logits[offset + c];
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += scratch[c] = Math.exp(logits[offset + c] - max);
  const mass = classes; // label masses live after the probabilities
  const labelCount = table.labels.length;
  for (let l = 0; l < labelCount; l++) scratch[mass + l] = 0;
  for (let c = 0; c < classes; c++) {
    scratch[c] /= sum;
    const l = table.labelIndex[c];
    if (l >= 0) scratch[mass + l] += scratch[c];
  }
  let best = -1;
  for (let l = 0; l < labelCount; l++) if (best < 0 || scratch[mass + l] > scratch[mass + best]) best = l;
  if (best < 0 || scratch[mass + best] < threshold) {
    scratch[0] = 0;
    return 0;
  }
  let pB = 0;
  let pI = 0;
  for (let c = 0; c < classes; c++) {
    if (table.labelIndex[c] !== best) continue;
    if (table.tags[c] === TAG_I) pI += scratch[c];
    else pB += scratch[c];
  }
  const score = scratch[mass + best];
  scratch[0] = score;
  return (pI > pB ? TAG_I : TAG_B) * 65536 + best;
}

/**
 * Word-level predictions of one turn, in parallel arrays the caller owns:
 * `starts/ends` original offsets, `decisions` from {@link decideWord}, `scores`.
 */
export interface WordPredictions {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly decisions: Int32Array;
  readonly scores: Float32Array;
}

/**
 * BIO decoding of words `[from, to)` into spans pushed to `out`.
 * - B-X starts an entity; I-X continues an X entity that the previous word belongs to;
 * - I-X after O or after another label starts a new entity (lenient: models emit
 *   I without B, and dropping it would leak the name);
 * - an O word ends the entity. The span runs from the first word's start to the
 *   last word's end; its score is the mean word score.
 *
 * @param words - predictions per word
 * @param from - first word
 * @param to - one past the last word
 * @param turn - turn index of the spans
 * @param table - class meanings (labels)
 * @param source - detector id written into the spans
 * @param out - receives spans in ORIGINAL offsets
 */
export function decodeBio(
  words: WordPredictions,
  from: number,
  to: number,
  turn: number,
  table: ClassTable,
  source: string,
  out: Span[],
): void {
  let label = -1;
  let start = 0;
  let end = 0;
  let sum = 0;
  let count = 0;
  for (let w = from; w <= to; w++) {
    const decision = w < to ? words.decisions[w] : 0;
    const tag = decision >>> 16;
    const l = decision & 0xffff;
    const continues = tag === TAG_I && l === label;
    if (label >= 0 && !continues) {
      out.push({ turn, start, end, label: table.labels[label], score: sum / count, source, validated: false });
      label = -1;
    }
    if (w === to || tag === 0) continue;
    if (label < 0) {
      label = l;
      start = words.starts[w];
      sum = 0;
      count = 0;
    }
    end = words.ends[w];
    sum += words.scores[w];
    count++;
  }
}

/** How a word's score comes from its pieces' scores. */
export type WordAggregate = 'first' | 'max' | 'mean';

/**
 * Groups the tokens `[from, to)` of a turn into words (a word-start piece and its
 * continuation pieces) and decides each word's label from its pieces' decisions
 * (from {@link decideWord} with threshold 0, so every decided piece has its best
 * label and mass):
 * - `first`: the first piece decides (only first pieces need decisions);
 * - `max`: the piece with the highest mass decides; `mean`: mean mass, label of the best piece.
 * The tag is the first piece's B/I when its label agrees, else B; the word is an
 * entity when its score reaches `threshold`, or `plainThreshold` for a word whose
 * first piece is marked in `plain` (an ordinary word that is no name). A label
 * change inside a word cannot split it: words are the unit.
 *
 * @returns the number of words written to `out`
 */
export function collectWords(
  tokens: Pick<TokenBuffer, 'starts' | 'ends' | 'wordStart'>,
  from: number,
  to: number,
  decisions: Int32Array,
  scores: Float32Array,
  settings: { aggregate: WordAggregate; threshold: number; plainThreshold?: number },
  out: WordPredictions,
  plain?: Uint8Array,
): number {
  const { aggregate, threshold } = settings;
  const plainThreshold = settings.plainThreshold ?? threshold;
  let n = 0;
  for (let i = from; i < to; ) {
    const first = i;
    let end = tokens.ends[i];
    let best = i;
    let sum = scores[i];
    for (i++; i < to && !tokens.wordStart[i]; i++) {
      if (tokens.ends[i] > end) end = tokens.ends[i];
      if (aggregate === 'first') continue;
      if (scores[i] > scores[best]) best = i;
      sum += scores[i];
    }
    const score = aggregate === 'first' ? scores[first] : aggregate === 'max' ? scores[best] : sum / (i - first);
    const label = decisions[best] & 0xffff;
    const tag = (decisions[first] & 0xffff) === label && decisions[first] >>> 16 ? decisions[first] >>> 16 : TAG_B;
    out.starts[n] = tokens.starts[first];
    out.ends[n] = end;
    // A turn cannot start inside a word; the guard only covers a zero-width first piece.
    const needed = plain?.[first] ? plainThreshold : threshold;
    out.decisions[n] = score >= needed && score > 0 && tokens.wordStart[first] ? tag * 65536 + label : 0;
    out.scores[n] = score;
    n++;
  }
  return n;
}

/**
 * Hysteresis over words `[0, n)`: a run of adjacent entity words of one label
 * survives only when one of its words reaches `seed`; the others needed only
 * the lower threshold {@link collectWords} applied. "Egino Weinert" with scores
 * 0.95 and 0.6 stays one name, a lone word at 0.6 is dropped. Punctuation is a
 * word of its own, so "Tabor, Gaskill" are two runs.
 */
export function keepSeededRuns(words: WordPredictions, n: number, seed: number): void {
  for (let w = 0; w < n; ) {
    const decision = words.decisions[w];
    if (decision === 0) {
      w++;
      continue;
    }
    const label = decision & 0xffff;
    let end = w;
    let best = 0;
    for (; end < n && words.decisions[end] !== 0 && (words.decisions[end] & 0xffff) === label; end++) {
      if (words.scores[end] > best) best = words.scores[end];
    }
    if (best < seed) words.decisions.fill(0, w, end);
    w = end;
  }
}
