import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleDetectors } from '../../src/detect/index.js';
import { createNerDetector, type NerDetector } from '../../src/ner/index.js';
import { createRedactor } from '../../src/pipeline/redactor.js';
import { createPooledRedactor, type PooledRedactor } from '../../src/pool/index.js';
import type { Transcript } from '../../src/types.js';

// The pool runs the BUILT worker (dist/); `npm test` builds first.
const MODEL = fileURLToPath(new URL('../fixtures/tiny-ner', import.meta.url));
const FAULTY = fileURLToPath(new URL('./fixtures/faulty-detectors.mjs', import.meta.url));

const TEXTS = [
  'Guten Tag, hier spricht Frau Anna Weber.',
  'meine nummer ist null eins sieben eins zwei drei vier fünf sechs sieben acht',
  'Die IBAN ist DE89 3704 0044 0532 0130 00, danke.',
  'ja hallo mein name ist jana krüger',
  'Termin am Montag um 10 Uhr.',
];

function makeCalls(n: number, extra: (i: number) => string | undefined = () => undefined): Transcript[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `call-${String(i).padStart(3, '0')}`,
    turns: [
      { speaker: 'agent', text: TEXTS[i % TEXTS.length] },
      { speaker: 'caller', text: extra(i) ?? TEXTS[(i * 7 + 3) % TEXTS.length] },
    ],
  }));
}

async function collect(pool: PooledRedactor, calls: Transcript[]) {
  const out = [];
  for await (const r of pool.redactMany(calls, (c) => c)) out.push(r);
  return out;
}

describe('pooled redactor (2 workers, rules + tiny NER model)', () => {
  let pool: PooledRedactor;
  let ner: NerDetector;

  beforeAll(async () => {
    pool = await createPooledRedactor({ workers: 2, model: MODEL, detectorModules: [FAULTY], batchCalls: 7, maxQueue: 3 });
    ner = await createNerDetector(MODEL, { threads: 1 });
  });
  afterAll(async () => {
    await pool?.close();
    await ner?.close();
  });

  it('keeps input order on 200 calls and gives the same output as the in-process redactor', async () => {
    const calls = makeCalls(200);
    const results = await collect(pool, calls);
    expect(results.map((r) => r.item.id)).toEqual(calls.map((c) => c.id));
    expect(results.every((r) => r.value && !r.error)).toBe(true);
    const local = createRedactor({ detectors: [...createRuleDetectors(), ner] });
    for (const i of [0, 1, 2, 3, 4, 57, 199]) {
      const expected = await local.redactTranscript(calls[i]);
      expect(results[i].value).toEqual(expected);
    }
    // Stats come back from both workers and are merged: every call counted once.
    expect(pool.stats.calls).toBe(200);
    expect(pool.stats.byDetector.ner).toBeGreaterThan(0);
    expect(pool.peakInFlight).toBeLessThanOrEqual(3);
  });

  it('never has more tasks in flight than maxQueue, even with 30 concurrent single calls', async () => {
    const calls = makeCalls(30);
    const outs = await Promise.all(calls.map((c) => pool.redactTranscript(c)));
    expect(outs.map((o) => o.id)).toEqual(calls.map((c) => c.id));
    expect(pool.peakInFlight).toBeLessThanOrEqual(3);
    expect(pool.inFlight).toBe(0);
  });

  it('passes items without a call through in place', async () => {
    const items: (Transcript | string)[] = ['bad line 1', ...makeCalls(3), 'bad line 5'];
    const out = [];
    for await (const r of pool.redactMany(items, (x) => (typeof x === 'string' ? undefined : x))) out.push(r);
    expect(out.map((r) => (typeof r.item === 'string' ? r.item : r.item.id))).toEqual(['bad line 1', 'call-000', 'call-001', 'call-002', 'bad line 5']);
    expect(out[0].value).toBeUndefined();
    expect(out[0].error).toBeUndefined();
  });
});

describe('pooled redactor failures (2 workers, NER only: fast restarts)', () => {
  let pool: PooledRedactor;

  beforeAll(async () => {
    pool = await createPooledRedactor({ workers: 2, rules: false, model: MODEL, detectorModules: [FAULTY], batchCalls: 4, maxQueue: 2 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('fails a call closed when a detector throws: error, no output, no quoted text; its batch-mates succeed', async () => {
    const calls = makeCalls(10, (i) => (i === 4 ? 'Frau Anna Weber THROW-ERROR' : undefined));
    const results = await collect(pool, calls);
    expect(results.map((r) => r.item.id)).toEqual(calls.map((c) => c.id));
    expect(results[4].value).toBeUndefined();
    expect(results[4].error?.code).toBe('E_INTERNAL');
    expect(results[4].error?.message).not.toContain('Weber');
    expect(results.filter((r) => r.value).length).toBe(9);
  });

  it('fails a call closed when it kills its worker, and the pool replaces the worker', async () => {
    const calls = makeCalls(12, (i) => (i === 5 ? 'CRASH-WORKER Anna Weber' : undefined));
    const results = await collect(pool, calls);
    expect(results.map((r) => r.item.id)).toEqual(calls.map((c) => c.id));
    expect(results[5].value).toBeUndefined();
    expect(results[5].error?.code).toBe('E_INTERNAL');
    expect(results[5].error?.message).not.toContain('Weber');
    // The calls that shared the dead worker's task were retried one by one and succeeded.
    expect(results.filter((r) => r.value).length).toBe(11);
    const after = await pool.redactTranscript(makeCalls(1)[0]);
    expect(after.turns[0].text).not.toContain('Anna');
    expect(pool.threads.length).toBe(2);
  });

  it('replaces a terminated worker; the next tasks work', async () => {
    const victim = pool.threads[0];
    await victim.terminate();
    const results = await collect(pool, makeCalls(20));
    expect(results.every((r) => r.value)).toBe(true);
    expect(pool.threads.length).toBe(2);
    expect(pool.threads).not.toContain(victim);
  });
});

describe('pool start-up', () => {
  it('rejects a bad option with a message naming it', async () => {
    await expect(createPooledRedactor({ workers: 0, model: null })).rejects.toThrow(/workers: expected an integer >= 1/);
  });

  it('fails at start, not per call, when workers cannot build their redactor', async () => {
    const bad = fileURLToPath(new URL('./fixtures/no-such-module.mjs', import.meta.url));
    await expect(createPooledRedactor({ workers: 1, model: null, detectorModules: [bad] })).rejects.toThrow(/pool: a worker could not start/);
  });
});
