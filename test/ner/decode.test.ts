import { describe, expect, it } from 'vitest';
import { collectWords, decideWord, decodeBio, keepSeededRuns, TAG_B, TAG_I, type ClassTable, type WordAggregate } from '../../src/ner/decode.js';
import type { Span } from '../../src/types.js';

/** O, B-PERSON, I-PERSON, B-ADDRESS, I-ADDRESS, B-LOC (unmapped) */
const TABLE: ClassTable = {
  tags: Uint8Array.from([0, 1, 2, 1, 2, 0]),
  labelIndex: Int16Array.from([-1, 0, 0, 1, 1, -1]),
  labels: ['PERSON', 'ADDRESS'],
};

const O = 0;
const BP = TAG_B * 65536 + 0;
const IP = TAG_I * 65536 + 0;
const BA = TAG_B * 65536 + 1;
const IA = TAG_I * 65536 + 1;

/** Words of 3 characters separated by one space: word w covers [4w, 4w+3). */
function decode(decisions: number[]): [number, number, string][] {
  const n = decisions.length;
  const words = {
    starts: Int32Array.from({ length: n }, (_, w) => 4 * w),
    ends: Int32Array.from({ length: n }, (_, w) => 4 * w + 3),
    decisions: Int32Array.from(decisions),
    scores: Float32Array.from({ length: n }, () => 0.9),
  };
  const out: Span[] = [];
  decodeBio(words, 0, n, 0, TABLE, 'ner', out);
  return out.map((s) => [s.start, s.end, s.label]);
}

describe('decodeBio', () => {
  it.each([
    ['B I', [BP, IP], [[0, 7, 'PERSON']]],
    ['B B: two entities', [BP, BP], [[0, 3, 'PERSON'], [4, 7, 'PERSON']]],
    ['I without B starts an entity', [O, IP, IP, O], [[4, 11, 'PERSON']]],
    ['I at the very start', [IP], [[0, 3, 'PERSON']]],
    ['label change B-PER I-ADDRESS: two entities', [BP, IA], [[0, 3, 'PERSON'], [4, 7, 'ADDRESS']]],
    ['O ends an entity', [BP, O, IP], [[0, 3, 'PERSON'], [8, 11, 'PERSON']]],
    ['entity at the end is flushed', [O, O, BA, IA, IA], [[8, 19, 'ADDRESS']]],
    ['nothing', [O, O], []],
  ] as const)('%s', (_name, decisions, expected) => {
    expect(decode([...decisions])).toEqual(expected);
  });

  it('scores an entity with the mean of its words and marks it unvalidated', () => {
    const words = { starts: Int32Array.from([0, 4]), ends: Int32Array.from([3, 7]), decisions: Int32Array.from([BP, IP]), scores: Float32Array.from([0.5, 1]) };
    const out: Span[] = [];
    decodeBio(words, 0, 2, 3, TABLE, 'ner', out);
    expect(out).toEqual([{ turn: 3, start: 0, end: 7, label: 'PERSON', score: 0.75, source: 'ner', validated: false }]);
  });
});

describe('decideWord', () => {
  const scratch = new Float32Array(16);
  const logits = (...values: number[]) => Float32Array.from([99, 99, ...values]); // offset 2: skips a neighbour's logits

  /** Reference: softmax mass of two classes, computed the plain way. */
  const mass = (values: readonly number[], a: number, b: number) => {
    const e = values.map((v) => Math.exp(v));
    const sum = e.reduce((x, y) => x + y, 0);
    return (e[a] + e[b]) / sum;
  };

  it.each([
    // [logits O B-P I-P B-A I-A B-LOC, threshold, expected decision, classes of the expected label]
    ['clear B-PERSON', [0, 5, 0, 0, 0, 0], 0.5, BP, [1, 2]],
    ['B+I mass wins over a larger O', [Math.log(0.4), Math.log(0.35), Math.log(0.25), -30, -30, -30], 0.5, BP, [1, 2]],
    ['I likelier than B', [0, 1, 3, 0, 0, 0], 0.5, IP, [1, 2]],
    ['below threshold', [Math.log(0.6), Math.log(0.4), -30, -30, -30, -30], 0.5, O, null],
    ['unmapped LOC counts as O', [0, 0, 0, 0, 0, 8], 0.5, O, null],
    ['ADDRESS', [0, 0, 0, 1, 4, 0], 0.5, IA, [3, 4]],
    ['threshold 0.99 drops a 0.97 word', [0, 5, 0, 0, 0, 0], 0.99, O, null],
  ] as const)('%s', (_name, values, threshold, decision, classes) => {
    expect(decideWord(logits(...values), 2, TABLE, threshold, scratch)).toBe(decision);
    expect(scratch[0]).toBeCloseTo(classes ? mass(values, classes[0], classes[1]) : 0, 5);
  });

  it('is stable for large logits (softmax shifted by the max)', () => {
    expect(decideWord(logits(1000, 1010, 0, 0, 0, 0), 2, TABLE, 0.5, scratch)).toBe(BP);
    expect(scratch[0]).toBeCloseTo(1, 4);
  });
});

describe('collectWords', () => {
  // Pieces of "Müller-Lüdenscheidt ruft": Mü ##ller | - | Lü ##den ##scheidt | ruft
  const tokens = {
    starts: Int32Array.from([0, 2, 6, 7, 9, 12, 20]),
    ends: Int32Array.from([2, 6, 7, 9, 12, 19, 24]),
    wordStart: Uint8Array.from([1, 0, 1, 1, 0, 0, 1]),
  };
  const run = (decisions: number[], scores: number[], aggregate: WordAggregate, threshold = 0.5) => {
    const out = { starts: new Int32Array(8), ends: new Int32Array(8), decisions: new Int32Array(8), scores: new Float32Array(8) };
    const n = collectWords(tokens, 0, 7, Int32Array.from(decisions), Float32Array.from(scores), { aggregate, threshold }, out);
    return Array.from({ length: n }, (_, w) => [out.starts[w], out.ends[w], out.decisions[w], Number(out.scores[w].toFixed(2))]);
  };

  it('groups pieces into words with the first piece deciding, whatever the later pieces say', () => {
    // Label change mid-word: "Lü" is PERSON, "##den" ADDRESS: the word is PERSON.
    expect(run([BP, BA, O, IP, BA, BA, O], [0.9, 0.99, 0.1, 0.8, 0.9, 0.9, 0.2], 'first')).toEqual([
      [0, 6, BP, 0.9],
      [6, 7, O, 0.1],
      [7, 19, IP, 0.8],
      [20, 24, O, 0.2],
    ]);
  });

  it('max: a weak first piece is lifted by a strong continuation piece', () => {
    expect(run([BP, IP, O, BP, IP, IP, O], [0.3, 0.9, 0.1, 0.2, 0.4, 0.45, 0.1], 'max')).toEqual([
      [0, 6, BP, 0.9],
      [6, 7, O, 0.1],
      [7, 19, O, 0.45],
      [20, 24, O, 0.1],
    ]);
  });

  it('mean: the average of the pieces; the label of the best piece, tag B when the first piece disagrees', () => {
    expect(run([BA, IP, O, BP, IP, IP, O], [0.4, 0.8, 0.1, 0.6, 0.6, 0.3, 0.1], 'mean')).toEqual([
      [0, 6, BP, 0.6],
      [6, 7, O, 0.1],
      [7, 19, BP, 0.5], // (0.6 + 0.6 + 0.3) / 3 reaches the threshold
      [20, 24, O, 0.1],
    ]);
  });
});

describe('keepSeededRuns (hysteresis)', () => {
  it.each([
    ['a weak word next to a seed stays', [BP, IP], [0.95, 0.6], [BP, IP]],
    ['a weak run without a seed goes', [BP, IP], [0.6, 0.7], [O, O]],
    ['runs are judged apart (O between)', [BP, O, BP], [0.95, 0, 0.6], [BP, O, O]],
    ['a label change splits runs', [BP, BA], [0.95, 0.6], [BP, O]],
    ['a seed anywhere in the run keeps it all', [BP, IP, IP], [0.6, 0.6, 0.9], [BP, IP, IP]],
  ] as const)('%s', (_name, decisions, scores, expected) => {
    const n = decisions.length;
    const words = {
      starts: Int32Array.from({ length: n }, (_, w) => 4 * w),
      ends: Int32Array.from({ length: n }, (_, w) => 4 * w + 3),
      decisions: Int32Array.from(decisions),
      scores: Float32Array.from(scores),
    };
    keepSeededRuns(words, n, 0.85);
    expect([...words.decisions]).toEqual([...expected]);
  });
});
