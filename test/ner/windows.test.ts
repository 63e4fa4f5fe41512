import { describe, expect, it } from 'vitest';
import { IntRecords, TokenBuffer } from '../../src/ner/buffers.js';
import { AlignedTokenizer } from '../../src/ner/tokenize-align.js';
import { planWindows, W_END, W_OWN_END, W_OWN_START, W_START, W_TURN } from '../../src/ner/windows.js';
import { tinyTokenizerFiles } from './helpers.js';

type Window = [turn: number, start: number, end: number, ownStart: number, ownEnd: number];

function plan(from: number, to: number, size: number, stride: number, wordStart: Uint8Array | null = null): Window[] {
  const out = new IntRecords(5, 2);
  planWindows(7, from, to, size, stride, wordStart, out);
  return Array.from({ length: out.count }, (_, i) => [W_TURN, W_START, W_END, W_OWN_START, W_OWN_END].map((f) => out.get(i, f)) as Window);
}

/** Every token in [from, to) owned by exactly one window, inside it, with >= stride/2 context unless at the turn edge. */
function checkCoverage(windows: Window[], from: number, to: number, size: number, stride: number): void {
  let next = from;
  for (const [, start, end, ownStart, ownEnd] of windows) {
    expect(end - start).toBeLessThanOrEqual(size);
    expect(ownStart).toBe(next);
    expect(ownEnd).toBeGreaterThan(ownStart);
    expect(ownStart).toBeGreaterThanOrEqual(start);
    expect(ownEnd).toBeLessThanOrEqual(end);
    if (ownStart > from) expect(ownStart - start).toBeGreaterThanOrEqual(stride >> 1);
    if (ownEnd < to) expect(end - ownEnd).toBeGreaterThanOrEqual(stride >> 1);
    next = ownEnd;
  }
  expect(next).toBe(to);
}

describe('planWindows', () => {
  it.each([
    // [from, to, size, stride, expected windows]
    [0, 10, 4, 2, [[7, 0, 4, 0, 3], [7, 2, 6, 3, 5], [7, 4, 8, 5, 7], [7, 6, 10, 7, 10]]],
    [5, 9, 4, 2, [[7, 5, 9, 5, 9]]],
    [0, 8, 4, 0, [[7, 0, 4, 0, 4], [7, 4, 8, 4, 8]]],
    [3, 3, 4, 2, []],
  ] as const)('from %i to %i, size %i, stride %i', (from, to, size, stride, expected) => {
    expect(plan(from, to, size, stride)).toEqual(expected);
  });

  it.each([
    [100, 20, 0],
    [3000, 62, 15],
    [3000, 510, 128],
    [511, 510, 128],
    [1, 8, 4],
  ])('covers %i tokens with size %i, stride %i: each token owned once', (n, size, stride) => {
    const windows = plan(0, n, size, stride);
    checkCoverage(windows, 0, n, size, stride);
  });

  it('moves window starts back to word starts within stride/2', () => {
    const n = 300;
    const wordStart = new Uint8Array(n);
    for (let i = 0; i < n; i += 5) wordStart[i] = 1; // every word is 5 pieces long
    const windows = plan(0, n, 62, 16, wordStart);
    checkCoverage(windows, 0, n, 62, 16);
    for (const [, start] of windows) expect(wordStart[start]).toBe(1);
  });

  it('rejects a stride over half the window', () => {
    expect(() => plan(0, 10, 4, 3)).toThrow(RangeError);
  });

  it('splits a real 3,000-token turn so that no token is lost and offsets stay right', () => {
    const files = tinyTokenizerFiles();
    const tokenizer = new AlignedTokenizer(files.json, files.config);
    const words = ['Anna', 'Weber,', 'Zoë', 'Öztürk', 'Straßenbahnhaltestelle', 'ich', '0171/2345678', 'rufe', 'an.'];
    const parts: string[] = [];
    for (let i = 0; parts.join(' ').length < 9000; i++) parts.push(words[(i * 7) % words.length]);
    const text = parts.join(' ');
    const buf = new TokenBuffer();
    buf.ids.fill(0);
    tokenizer.tokenize(text, buf);
    expect(buf.length).toBeGreaterThan(3000);
    const windows = plan(0, buf.length, 62, 15, buf.wordStart);
    checkCoverage(windows, 0, buf.length, 62, 15);
    // Offsets increase and every non-space character lies in exactly one token.
    let covered = 0;
    for (let i = 0; i < buf.length; i++) {
      if (i > 0) expect(buf.starts[i]).toBeGreaterThanOrEqual(buf.ends[i - 1]);
      covered += buf.ends[i] - buf.starts[i];
    }
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });
});
