import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createNerDetector, type NerDetector } from '../../src/ner/index.js';
import type { Span } from '../../src/types.js';
import { detectIn, slices } from '../helpers.js';
import { TINY } from './helpers.js';
import { S } from './strings.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A span covers whole words: no letter, digit or mark right outside either edge. */
function expectWholeWords(text: string, spans: readonly Span[]): void {
  for (const s of spans) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(WORD_CHAR.test(text.charAt(s.start - 1))).toBe(false);
    expect(WORD_CHAR.test(text.charAt(s.end))).toBe(false);
    expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  }
}

describe('NER detector on the tiny model', () => {
  let ner: NerDetector;
  beforeAll(async () => {
    ner = await createNerDetector(TINY, { threads: 1 });
  });
  afterAll(async () => {
    await ner?.close();
  });

  it.each([
    // [input, expected slices] -- what the committed fixture model predicts
    ['written', ['Anna Weber']],
    ['asr', ['jana krüger']],
    ['upper', ['JÜRGEN MÜLLER']],
    ['accents', ['zoë dubois', 'renée schulz']],
    ['combining', ['Zoe\u0308 Dubois']],
    ['invisible', ['an\u200Bna We\u00ADber']],
  ] as const)('%s: spans in original offsets', async (name, expected) => {
    const spans = await detectIn(ner, S[name]);
    expect(slices(S[name], spans)).toEqual(expected);
    expect(spans.every((s) => s.label === 'PERSON' && s.source === 'ner' && !s.validated && s.score >= 0.5 && s.score <= 1)).toBe(true);
  });

  it.each(Object.entries(S))('%s: every span is whole words', async (_name, text) => {
    expectWholeWords(text, await detectIn(ner, text));
  });

  it('finds every name in a 3,000-token turn split into 62-token windows', async () => {
    const names = ['Anna Weber', 'Jana Krüger', 'Peter Schmidt', 'Maria Meier', 'Thomas Fischer', 'Sabine Wagner'];
    const fillers = ['ich rufe wegen der rechnung an', 'ja genau das ist richtig', 'guten tag', 'bitte noch mal, danke', 'morgen gerne bei der versicherung'];
    let text = '';
    const expected: [number, number][] = [];
    for (let i = 0; text.length < 14_000; i++) {
      text += `${fillers[i % fillers.length]}, hier ist frau `;
      const name = names[i % names.length];
      expected.push([text.length, text.length + name.length]);
      text += `${name}. `;
    }
    const spans = await detectIn(ner, text);
    expectWholeWords(text, spans);
    expect(expected.length).toBeGreaterThan(200);
    // Every name character is covered (the toy model sometimes says B-B instead of B-I,
    // which splits a name in two but loses nothing), and no span strays outside a name.
    const covered = new Uint8Array(text.length);
    for (const s of spans) covered.fill(1, s.start, s.end);
    const missed = expected.filter(([a, b]) => [...text.slice(a, b)].some((ch, k) => ch !== ' ' && !covered[a + k]));
    expect(missed).toEqual([]);
    const stray = spans.filter((s) => !expected.some(([a, b]) => s.start >= a && s.end <= b));
    expect(stray).toEqual([]);
  });

  it('batches all turns of a call without changing any result', async () => {
    const turns = [S.written, '', '   ', S.asr, S.upper, S.accents, S.umlautPunct, S.digitsPunct, S.longWord];
    const together = await detectIn(ner, ...turns);
    const alone: Span[] = [];
    for (let t = 0; t < turns.length; t++) for (const s of await detectIn(ner, turns[t])) alone.push({ ...s, turn: t });
    expect(together.map((s) => [s.turn, s.start, s.end])).toEqual(alone.map((s) => [s.turn, s.start, s.end]));
    for (let i = 0; i < alone.length; i++) expect(together[i].score).toBeCloseTo(alone[i].score, 4);
  });

  it('serialises concurrent calls on one detector (shared buffers)', async () => {
    const inputs = [S.written, S.asr, S.accents, S.upper];
    const sequential = [];
    for (const text of inputs) sequential.push(await detectIn(ner, text));
    const concurrent = await Promise.all(inputs.map((text) => detectIn(ner, text)));
    expect(concurrent).toEqual(sequential);
  });

  it('returns nothing for a call without words', async () => {
    expect(await detectIn(ner, '', ' \n\t ')).toEqual([]);
  });
});

describe('NER detector options and model checks', () => {
  it('a higher threshold keeps a subset of the spans', async () => {
    const low = await createNerDetector(TINY, { threads: 1, threshold: 0.05 });
    const high = await createNerDetector(TINY, { threads: 1, threshold: 0.999 });
    const text = `${S.written} ${S.asr} ${S.accents} ${S.umlautPunct}`;
    const lowSpans = await detectIn(low, text);
    const highSpans = await detectIn(high, text);
    const lowChars = new Set(lowSpans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
    for (const s of highSpans) for (let k = s.start; k < s.end; k++) expect(lowChars.has(k)).toBe(true);
    expect(highSpans.length).toBeLessThanOrEqual(lowSpans.length);
    await Promise.all([low.close(), high.close()]);
  });

  it.each([
    [{ threshold: 1.5 }, /threshold: expected a number in 0\.\.1, got 1\.5/],
    [{ extendThreshold: 2 }, /extendThreshold: expected a number in 0\.\.1, got 2/],
    [{ maxTokens: 1000 }, /maxTokens: the model takes at most 62 tokens per window, got 1000/],
    [{ stride: 40 }, /stride: expected an integer in 0\.\.31, got 40/],
    [{ labelMap: 'PERSON=O' }, /no class maps to a SPEC label/],
    [{ aggregate: 'median' as 'max' }, /aggregate: expected first, max or mean, got median/],
  ] as const)('rejects %o', async (options, message) => {
    await expect(createNerDetector(TINY, options)).rejects.toThrow(message);
  });

  it('fails at load when the model output does not fit id2label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-de-ner-'));
    cpSync(TINY, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    config.id2label = { 0: 'O', 1: 'B-PER', 2: 'I-PER', 3: 'B-LOC', 4: 'I-LOC' };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const warnings: string[] = [];
    const attempt = createNerDetector(dir, { onWarning: (m) => warnings.push(m) });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/outputs 3 classes but config.json id2label has 5/);
    expect(warnings).toEqual([expect.stringContaining('model label LOC has no SPEC label; ignored')]);
  });

  it('names the missing file of a broken model folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-de-ner-'));
    await expect(createNerDetector(dir)).rejects.toThrow(/config\.json: missing/);
    await expect(createNerDetector(join(dir, 'nope'))).rejects.toThrow(/--model: .*nope: no such folder/);
  });
});

describe('NER word prior', () => {
  const text = 'Guten Tag, hier spricht Frau Anna Weber.';

  it('does not run the model on a turn of plain words only', async () => {
    // Every word plain: nothing comes back even at thresholds that accept any score.
    const allPlain = await createNerDetector(TINY, { threads: 1, threshold: 0, plainThreshold: 0, plainWord: () => true });
    expect(await detectIn(allPlain, text)).toEqual([]);
    await allPlain.close();
  });

  it('holds plain words to plainThreshold and leaves the other words to threshold', async () => {
    const noPrior = await createNerDetector(TINY, { threads: 1, plainWord: null });
    const strict = await createNerDetector(TINY, { threads: 1, plainThreshold: 1.5, plainWord: (w) => w === 'Weber' });
    expect(slices(text, await detectIn(noPrior, text))).toEqual(['Anna Weber']);
    expect(slices(text, await detectIn(strict, text))).toEqual(['Anna']);
    await Promise.all([noPrior.close(), strict.close()]);
  });

  it('rejects a plain threshold outside 0..2', async () => {
    await expect(createNerDetector(TINY, { plainThreshold: 3 })).rejects.toThrow(/plainThreshold: expected a number in 0\.\.2, got 3/);
  });
});
