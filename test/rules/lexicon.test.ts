import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';

describe('Lexicon', () => {
  const lex = new Lexicon(['rückenschmerzen', 'bandscheibenvorfall', 'grad der behinderung', 'asthma'], { endings: ['s', 'es'] });

  it.each([
    ['ich habe rückenschmerzen', [[9, 24]]],
    ['wegen des bandscheibenvorfalls', [[10, 30]]],
    ['ein grad der behinderung von 50', [[4, 24]]],
    ['asthma, rückenschmerzen.', [[0, 6], [8, 23]]],
  ])('finds phrases at word boundaries in %j', (text, expected) => {
    const found: number[][] = [];
    lex.scan(text, (m) => found.push([m.start, m.end]));
    expect(found).toEqual(expected);
  });

  it.each([
    ['asthmatisch', 'phrase continues as another word'],
    ['xasthma', 'phrase does not start at a word start'],
    ['bandscheibenvorfallxyz', 'unknown ending'],
  ])('does not match %j (%s)', (text) => {
    const found: unknown[] = [];
    lex.scan(text, (m) => found.push(m));
    expect(found).toEqual([]);
  });

  it('matches compound heads in prefix mode only', () => {
    const heads = new Lexicon(['knie'], { prefix: true });
    expect(heads.matchAt('knieoperation', 0)).toEqual({ start: 0, end: 4, entry: 0 });
    expect(new Lexicon(['knie']).matchAt('knieoperation', 0)).toBeUndefined();
  });

  it('reports the end and entry of matchAt without allocating via endAt', () => {
    expect(lex.endAt('wegen des bandscheibenvorfalls', 10)).toBe(30);
    expect(lex.lastMatchEntry).toBe(1);
    expect(lex.endAt('ein grad der behinderung', 4, 12)).toBe(-1);
    expect(lex.lastMatchEntry).toBe(-1);
    expect(lex.endAt('asthmatisch', 0)).toBe(-1);
  });

  it('keeps the first index of a repeated phrase and finds phrases starting beyond Latin-1', () => {
    const dup = new Lexicon(['ödem', 'ödem', 'δέλτα', '']);
    expect(dup.matchAt('ein ödem', 4)).toEqual({ start: 4, end: 8, entry: 0 });
    expect(dup.matchAt('δέλτα x', 0)).toEqual({ start: 0, end: 5, entry: 2 });
    expect(dup.has('δέλτα')).toBe(true);
    expect(dup.has('δέλ')).toBe(false);
    expect(dup.size).toBe(4);
  });

  it('answers occursIn for a window only', () => {
    expect(lex.occursIn('x asthma y', 0, 10)).toBe(true);
    expect(lex.occursIn('x asthma y', 3, 10)).toBe(false);
  });

  it('scans 1 MB without spaces and 1 MB of repeated phrases in linear time', () => {
    const noSpaces = 'a'.repeat(1 << 20);
    const repeated = 'asthma '.repeat(150_000);
    let count = 0;
    const started = Date.now();
    lex.scan(noSpaces, () => count++);
    lex.scan(repeated, () => count++);
    expect(count).toBe(150_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
