/**
 * Utterance patterns: literal German text with slots, compiled once.
 *
 * Syntax: `{slot}` or `{slot:arg}` inserts what the dialogue context renders
 * (an entity, a date, another pool); `[text]` is optional (included half the
 * time); `(a|b|c)` picks one alternative. Alternatives and optional parts
 * may hold slots; they do not nest into each other's brackets of the same
 * kind.
 *
 * Pools of patterns are split between train and test by a stable hash of
 * the pattern text, so the test split hears phrasings training never saw.
 */
import { hash32, type Rng, type Split } from './rng.js';
import type { Seg } from './segments.js';

/** A compiled pattern node. */
export type PatternNode =
  | { k: 'lit'; t: string }
  | { k: 'slot'; name: string; arg: string }
  | { k: 'opt'; body: PatternNode[] }
  | { k: 'alt'; options: PatternNode[][] };

/** Renders slots while a pattern is expanded. */
export type SlotRenderer = (name: string, arg: string, out: Seg[]) => void;

function parse(s: string, pos: { i: number }, stop: string): PatternNode[] {
  const nodes: PatternNode[] = [];
  let buf = '';
  const flush = (): void => {
    if (buf) nodes.push({ k: 'lit', t: buf });
    buf = '';
  };
  while (pos.i < s.length) {
    const c = s[pos.i];
    if (stop.includes(c)) break;
    // A closing bracket nobody opened is a template typo, not text.
    if (c === ')' || c === ']') throw new Error(`synth pattern: unmatched '${c}' in "${s}"`);
    pos.i++;
    if (c === '{') {
      const end = s.indexOf('}', pos.i);
      if (end < 0) throw new Error(`synth pattern: unclosed '{' in "${s}"`);
      const [name, ...rest] = s.slice(pos.i, end).split(':');
      const arg = rest.join(':');
      flush();
      nodes.push({ k: 'slot', name, arg });
      pos.i = end + 1;
    } else if (c === '[') {
      flush();
      const body = parse(s, pos, ']');
      if (s[pos.i] !== ']') throw new Error(`synth pattern: unclosed '[' in "${s}"`);
      pos.i++;
      nodes.push({ k: 'opt', body });
    } else if (c === '(') {
      flush();
      const options: PatternNode[][] = [];
      for (;;) {
        options.push(parse(s, pos, '|)'));
        const d = s[pos.i++];
        if (d === ')') break;
        if (d !== '|') throw new Error(`synth pattern: unclosed '(' in "${s}"`);
      }
      nodes.push({ k: 'alt', options });
    } else {
      buf += c;
    }
  }
  flush();
  return nodes;
}

/** Compiles a pattern string. @throws Error on unbalanced brackets (a template bug). */
export function compilePattern(s: string): PatternNode[] {
  const pos = { i: 0 };
  const nodes = parse(s, pos, '');
  if (pos.i !== s.length) throw new Error(`synth pattern: unexpected '${s[pos.i]}' in "${s}"`);
  return nodes;
}

/** Expands compiled nodes into segments. */
export function expand(nodes: readonly PatternNode[], rng: Rng, slot: SlotRenderer, out: Seg[]): void {
  for (const n of nodes) {
    if (n.k === 'lit') out.push({ t: n.t });
    else if (n.k === 'slot') slot(n.name, n.arg, out);
    else if (n.k === 'opt') {
      if (rng.chance(0.5)) expand(n.body, rng, slot, out);
    } else expand(rng.pick(n.options), rng, slot, out);
  }
}

/** Lists every slot a pattern uses (for template checks). */
export function slotsOf(nodes: readonly PatternNode[], out: Set<string> = new Set()): Set<string> {
  for (const n of nodes) {
    if (n.k === 'slot') out.add(n.arg ? `${n.name}:${n.arg}` : n.name);
    else if (n.k === 'opt') slotsOf(n.body, out);
    else if (n.k === 'alt') for (const o of n.options) slotsOf(o, out);
  }
  return out;
}

/** A pool after splitting: the patterns each split may use. */
export interface SplitPool {
  train: PatternNode[][];
  test: PatternNode[][];
  trainText: string[];
  testText: string[];
}

/**
 * Splits a pool between train and test by a hash of each pattern; both
 * sides get at least one pattern when the pool has two or more. A pool of
 * one pattern is shared.
 */
export function splitPool(patterns: readonly string[], shared = false): SplitPool {
  const scored = patterns.map((p) => ({ p, h: hash32(p, 0x5eed) % 100 }));
  let test = scored.filter((x) => x.h < 30);
  let train = scored.filter((x) => x.h >= 30);
  if (shared || patterns.length < 2) {
    test = scored;
    train = scored;
  } else if (test.length === 0) {
    const min = train.reduce((a, b) => (b.h < a.h ? b : a));
    test = [min];
    train = train.filter((x) => x !== min);
  } else if (train.length === 0) {
    const max = test.reduce((a, b) => (b.h > a.h ? b : a));
    train = [max];
    test = test.filter((x) => x !== max);
  }
  return {
    train: train.map((x) => compilePattern(x.p)),
    test: test.map((x) => compilePattern(x.p)),
    trainText: train.map((x) => x.p),
    testText: test.map((x) => x.p),
  };
}

/** A registry of named pools, compiled and split on first use. */
export class PoolRegistry {
  private readonly raw = new Map<string, { patterns: readonly string[]; shared: boolean }>();
  private readonly compiled = new Map<string, SplitPool>();

  /** Registers pools; `shared` pools are not split (their owner, e.g. a scenario, already is). */
  add(pools: Readonly<Record<string, readonly string[]>>, shared = false): void {
    for (const [id, patterns] of Object.entries(pools)) {
      if (this.raw.has(id)) throw new Error(`synth: duplicate pattern pool ${id}`);
      if (patterns.length === 0) throw new Error(`synth: empty pattern pool ${id}`);
      this.raw.set(id, { patterns, shared });
    }
  }

  has(id: string): boolean {
    return this.raw.has(id);
  }

  ids(): string[] {
    return [...this.raw.keys()];
  }

  /** The split pool of `id`. @throws Error for an unknown pool (a template bug). */
  get(id: string): SplitPool {
    let p = this.compiled.get(id);
    if (!p) {
      const raw = this.raw.get(id);
      if (!raw) throw new Error(`synth: unknown pattern pool ${id}`);
      p = splitPool(raw.patterns, raw.shared);
      this.compiled.set(id, p);
    }
    return p;
  }

  /** A random compiled pattern of pool `id` for `split`. */
  pick(id: string, split: Split, rng: Rng): PatternNode[] {
    const p = this.get(id);
    return rng.pick(split === 'test' ? p.test : p.train);
  }
}
