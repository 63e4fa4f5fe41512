import { describe, expect, it } from 'vitest';
import { generateCalls, patternRegistry, scenariosFor } from '../../src/synth/index.js';
import { makePerson, namePools } from '../../src/synth/names.js';
import { Rng, splitOf } from '../../src/synth/rng.js';
import { SCENARIOS, SHARED_POOLS } from '../../src/synth/templates/index.js';
import { BUSINESSES } from '../../src/synth/templates/openings.js';

describe('train/test split', () => {
  it('has at least 40 scenario templates and several hundred utterance patterns', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    const patterns = SHARED_POOLS.reduce((n, pools) => n + Object.values(pools).reduce((m, p) => m + p.length, 0), 0);
    const requests = SCENARIOS.reduce((n, s) => n + s.req.length, 0);
    expect(patterns + requests).toBeGreaterThanOrEqual(300);
  });

  it('assigns every scenario to exactly one split, every business to both', () => {
    const train = scenariosFor('train').map((s) => s.id);
    const test = scenariosFor('test').map((s) => s.id);
    expect(train.filter((id) => test.includes(id))).toEqual([]);
    expect([...train, ...test].sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    for (const biz of BUSINESSES) {
      expect(scenariosFor('train').some((s) => s.biz === biz), `${biz} in train`).toBe(true);
      expect(scenariosFor('test').some((s) => s.biz === biz), `${biz} in test`).toBe(true);
    }
  });

  it('splits every shared pattern pool into disjoint non-empty halves', () => {
    const reg = patternRegistry();
    for (const pools of SHARED_POOLS) {
      for (const [id, patterns] of Object.entries(pools)) {
        const p = reg.get(id);
        if (patterns.length < 2) continue;
        expect(p.trainText.length, id).toBeGreaterThan(0);
        expect(p.testText.length, id).toBeGreaterThan(0);
        expect(p.trainText.filter((t) => p.testText.includes(t)), id).toEqual([]);
      }
    }
  });

  it('keeps the name pools of the two splits disjoint', () => {
    const train = namePools('train');
    const test = namePools('test');
    const flat = (p: ReturnType<typeof namePools>): Set<string> => new Set([
      ...p.commonLast, ...p.commonFemale, ...p.commonMale, ...p.composed,
      ...Object.values(p.origins).flatMap((o) => [...o.female, ...o.male, ...o.last, ...o.lastFemale]),
    ]);
    const a = flat(train);
    const b = flat(test);
    expect(a.size).toBeGreaterThan(1000);
    expect(b.size).toBeGreaterThan(400);
    expect([...b].filter((n) => a.has(n))).toEqual([]);
    expect(test.commonLast.length).toBeGreaterThan(10);
  });

  it('draws test-split people only from test names', () => {
    const rng = new Rng(99);
    // A drawn name is a pool entry ("Al-Hassan") or a double name of two entries ("Anna-Lena").
    const ok = (name: string): boolean => splitOf(name, 'name') === 'test' || name.split('-').every((x) => splitOf(x, 'name') === 'test');
    for (let i = 0; i < 2000; i++) {
      const p = makePerson(rng, 'test');
      expect(ok(p.first), p.first).toBe(true);
      expect(ok(p.last.replace(/^(von der|von|vom|van|de|zu) /, '')), p.last).toBe(true);
    }
  });

  it('generates test calls only from test scenarios', () => {
    const ids = new Set(scenariosFor('test').map((s) => s.id));
    for (const c of generateCalls({ n: 200, seed: 4, split: 'test' })) expect(ids.has(c.scenario as string)).toBe(true);
  });
});
