import { describe, expect, it } from 'vitest';
import { compareCandidates, resolveTurnSpans } from '../../src/resolve/index.js';
import type { Label, Span } from '../../src/types.js';

function span(start: number, end: number, label: Label, extra: Partial<Span> = {}): Span {
  return { turn: 0, start, end, label, score: 0.8, source: 'test', validated: false, ...extra };
}

const TEXT = 'x'.repeat(100);

describe('resolveTurnSpans', () => {
  it('prefers a validated span over a longer unvalidated one', () => {
    const out = resolveTurnSpans([span(0, 30, 'PHONE'), span(5, 27, 'IBAN', { validated: true, score: 1 })], TEXT);
    expect(out.map((s) => [s.start, s.end, s.label])).toEqual([
      [0, 5, 'PHONE'],
      [5, 27, 'IBAN'],
      [27, 30, 'PHONE'],
    ]);
  });

  it('starts every turn with nothing taken and never takes offsets outside the text', () => {
    // A long turn first: its taken characters must not block the next, shorter turn.
    resolveTurnSpans([span(0, 90, 'PERSON')], TEXT);
    const short = 'x'.repeat(20);
    expect(resolveTurnSpans([span(5, 12, 'PHONE')], short).map((s) => [s.start, s.end])).toEqual([[5, 12]]);
    // Offsets past the end (or before the start) are never free, as with a buffer of the text's length.
    expect(resolveTurnSpans([span(15, 40, 'PHONE')], short).map((s) => [s.start, s.end])).toEqual([[15, 20]]);
    expect(resolveTurnSpans([span(-3, 4, 'PHONE')], short).map((s) => [s.start, s.end])).toEqual([[0, 4]]);
  });

  it('prefers the longer span when neither is validated', () => {
    const out = resolveTurnSpans([span(0, 4, 'PERSON'), span(0, 10, 'ADDRESS')], TEXT);
    expect(out.map((s) => [s.start, s.end, s.label])).toEqual([[0, 10, 'ADDRESS']]);
  });

  it('breaks a length tie by label priority, then score', () => {
    expect(resolveTurnSpans([span(0, 5, 'HEALTH'), span(0, 5, 'PERSON')], TEXT)[0].label).toBe('PERSON');
    const byScore = resolveTurnSpans([span(0, 5, 'ID', { score: 0.6, source: 'a' }), span(0, 5, 'ID', { score: 0.9, source: 'b' })], TEXT);
    expect(byScore).toHaveLength(1);
    expect(byScore[0].source).toBe('b');
  });

  it('keeps the uncovered rest of a losing span (fail closed)', () => {
    const out = resolveTurnSpans([span(0, 10, 'PERSON'), span(8, 20, 'ADDRESS')], TEXT);
    expect(out.map((s) => [s.start, s.end, s.label])).toEqual([
      [0, 8, 'PERSON'],
      [8, 20, 'ADDRESS'],
    ]);
  });

  it('merges fragments of different detectors across a space, but not HEALTH lists', () => {
    const text = 'Anna Weber und Diabetes Asthma';
    const out = resolveTurnSpans(
      [span(0, 4, 'PERSON', { source: 'ner' }), span(5, 10, 'PERSON'), span(15, 23, 'HEALTH', { source: 'ner' }), span(24, 30, 'HEALTH')],
      text,
    );
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['Anna Weber', 'Diabetes', 'Asthma']);
    expect(out[0].source).toBe('ner+test');
  });

  it('keeps two adjacent spans of one detector apart, but joins across a hyphen', () => {
    const text = 'sommer dieter sommer und Schmidt-Weber';
    const out = resolveTurnSpans([span(0, 6, 'PERSON'), span(7, 20, 'PERSON'), span(25, 32, 'PERSON'), span(33, 38, 'PERSON')], text);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['sommer', 'dieter sommer', 'Schmidt-Weber']);
  });

  it('does not merge across punctuation or words', () => {
    const text = '0171 23, 4567';
    const out = resolveTurnSpans([span(0, 7, 'PHONE'), span(9, 13, 'PHONE')], text);
    expect(out).toHaveLength(2);
  });

  it('is independent of input order and does not modify its input', () => {
    const input = [span(3, 9, 'ID'), span(0, 5, 'PHONE', { validated: true }), span(7, 12, 'PERSON'), span(20, 25, 'EMAIL')];
    const frozen = input.map((s) => Object.freeze({ ...s }));
    const a = resolveTurnSpans(frozen, TEXT);
    const b = resolveTurnSpans(frozen.slice().reverse(), TEXT);
    expect(a).toEqual(b);
  });

  it('orders candidates with a total, antisymmetric comparison', () => {
    const a = span(0, 5, 'ID', { source: 'a' });
    const b = span(0, 5, 'ID', { source: 'b' });
    expect(compareCandidates(a, b)).toBeLessThan(0);
    expect(compareCandidates(b, a)).toBeGreaterThan(0);
  });
});
