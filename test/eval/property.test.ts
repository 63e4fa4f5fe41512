import { describe, expect, it } from 'vitest';
import { countLenientMatches } from '../../src/eval/matching.js';
import { computeMetrics } from '../../src/eval/metrics.js';
import type { EvalSpan, GoldDoc, LabelMetrics, MetricsReport, PredDoc } from '../../src/eval/types.js';
import type { Label } from '../../src/types.js';
import { kuhnMatching, referenceMetrics } from './reference.js';

/** mulberry32: a tiny seeded PRNG, so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few labels, so spans of the same label collide often; whitespace of several kinds.
const kLabels: Label[] = ['PERSON', 'PHONE', 'ID'];
const kAlphabet = 'ab1 \t\u00a0x\n.';

function randomSpan(rand: () => number, turn: number, len: number): EvalSpan {
  const start = Math.floor(rand() * (len - 1));
  const end = start + 1 + Math.floor(rand() * Math.min(len - start, 8));
  return { turn, start, end: Math.min(end, len), label: kLabels[Math.floor(rand() * kLabels.length)] };
}

function randomCase(rand: () => number): { gold: GoldDoc[]; pred: PredDoc[] } {
  const gold: GoldDoc[] = [];
  const pred: PredDoc[] = [];
  const nDocs = Math.floor(rand() * 4);
  for (let d = 0; d < nDocs; d++) {
    const turns: { text: string }[] = [];
    const entities: EvalSpan[] = [];
    const predicted: EvalSpan[] = [];
    const nTurns = 1 + Math.floor(rand() * 3);
    for (let t = 0; t < nTurns; t++) {
      const len = Math.floor(rand() * 30);
      let text = '';
      for (let i = 0; i < len; i++) text += kAlphabet[Math.floor(rand() * kAlphabet.length)];
      turns.push({ text });
      if (len < 2) continue;
      const nGold = Math.floor(rand() * 6);
      for (let i = 0; i < nGold; i++) entities.push(randomSpan(rand, t, len));
      for (const g of entities) {
        if (g.turn !== t) continue;
        const r = rand();
        // Exact copies, shifted copies, relabelled copies, or nothing.
        if (r < 0.3) predicted.push({ ...g });
        else if (r < 0.5) predicted.push({ ...g, start: Math.max(0, g.start - 1), end: Math.min(len, g.end + 1) });
        else if (r < 0.6) predicted.push({ ...g, label: kLabels[(kLabels.indexOf(g.label) + 1) % kLabels.length] });
      }
      const nNoise = Math.floor(rand() * 4);
      for (let i = 0; i < nNoise; i++) predicted.push(randomSpan(rand, t, len));
    }
    gold.push({ id: `doc-${d}`, turns, entities });
    const r = rand();
    if (r < 0.15) continue; // a gold record with no prediction record
    pred.push(r < 0.5 ? { id: `doc-${d}`, entities: predicted } : { id: `doc-${d}`, redactions: predicted });
  }
  // Prediction order must not matter: records are paired by id.
  if (rand() < 0.5) pred.reverse();
  return { gold, pred };
}

function expectClose(a: LabelMetrics, b: LabelMetrics, where: string): void {
  expect(a.gold, where).toBe(b.gold);
  expect(a.pred, where).toBe(b.pred);
  const pairs: [number, number, string][] = [
    [a.strict.precision, b.strict.precision, 'strict.precision'],
    [a.strict.recall, b.strict.recall, 'strict.recall'],
    [a.strict.f1, b.strict.f1, 'strict.f1'],
    [a.lenient.precision, b.lenient.precision, 'lenient.precision'],
    [a.lenient.recall, b.lenient.recall, 'lenient.recall'],
    [a.lenient.f1, b.lenient.f1, 'lenient.f1'],
    [a.f2, b.f2, 'f2'],
    [a.leakRate, b.leakRate, 'leakRate'],
  ];
  for (const [x, y, name] of pairs) expect(Math.abs(x - y), `${where} ${name}: ${x} vs ${y}`).toBeLessThan(1e-12);
}

function expectSameReport(a: MetricsReport, b: MetricsReport, seed: number): void {
  expect(Object.keys(a.perLabel), `seed ${seed}`).toEqual(Object.keys(b.perLabel));
  for (const [label, m] of Object.entries(a.perLabel)) {
    expectClose(m!, (b.perLabel as Record<string, LabelMetrics>)[label], `seed ${seed} ${label}`);
  }
  expectClose(a.micro, b.micro, `seed ${seed} micro`);
  expect(Math.abs(a.overRedactionRate - b.overRedactionRate), `seed ${seed} over`).toBeLessThan(1e-12);
}

describe('computeMetrics agrees with the independent reference', () => {
  it('on 600 random gold/pred sets', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const { gold, pred } = randomCase(prng(seed));
      expectSameReport(computeMetrics(gold, pred), referenceMetrics(gold, pred), seed);
    }
  });

  it('with a label filter', () => {
    for (let seed = 1001; seed <= 1200; seed++) {
      const { gold, pred } = randomCase(prng(seed));
      const labels: Label[] = ['PERSON', 'ID'];
      expectSameReport(computeMetrics(gold, pred, { labels }), referenceMetrics(gold, pred, labels), seed);
    }
  });
});

describe('countLenientMatches is a maximum matching', () => {
  it('equals augmenting-path matching on 3000 random dense interval sets', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const rand = prng(seed * 7919);
      const mk = (n: number): EvalSpan[] =>
        Array.from({ length: n }, () => {
          const start = Math.floor(rand() * 20);
          return { turn: 0, start, end: start + 1 + Math.floor(rand() * 6), label: 'PERSON' as Label };
        });
      const gold = mk(Math.floor(rand() * 8));
      const pred = mk(Math.floor(rand() * 8));
      expect(countLenientMatches(gold, pred), `seed ${seed}`).toBe(kuhnMatching(gold, pred));
    }
  });
});
