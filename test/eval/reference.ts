/**
 * A deliberately naive, independent implementation of the SPEC §5 metrics,
 * used only to cross-check src/eval/metrics.ts. It shares no code with it:
 * character sets of string keys instead of flag arrays, augmenting-path
 * (Kuhn) matching instead of the greedy, `/\s/` instead of a code table.
 */
import type { GoldDoc, LabelMetrics, MetricsReport, PredDoc } from '../../src/eval/types.js';

const ORDER = ['IBAN', 'CARD', 'EMAIL', 'PHONE', 'ID', 'DATE_OF_BIRTH', 'ADDRESS', 'PERSON', 'HEALTH', 'SPECIAL'];

interface S {
  turn: number;
  start: number;
  end: number;
  label: string;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function fbeta(p: number, r: number, beta: number): number {
  const b2 = beta * beta;
  return p + r === 0 ? 0 : ((1 + b2) * p * r) / (b2 * p + r);
}

/** Maximum bipartite matching by augmenting paths (Kuhn's algorithm). */
export function kuhnMatching(gold: S[], pred: S[]): number {
  const adj = gold.map((g) => pred.map((p, j) => (p.start < g.end && g.start < p.end ? j : -1)).filter((j) => j >= 0));
  const owner: number[] = pred.map(() => -1);
  function tryAssign(gi: number, seen: boolean[]): boolean {
    for (const pj of adj[gi]) {
      if (seen[pj]) continue;
      seen[pj] = true;
      if (owner[pj] === -1 || tryAssign(owner[pj], seen)) {
        owner[pj] = gi;
        return true;
      }
    }
    return false;
  }
  let count = 0;
  for (let gi = 0; gi < gold.length; gi++) {
    if (tryAssign(gi, pred.map(() => false))) count++;
  }
  return count;
}

function metrics(
  gold: number,
  pred: number,
  strictTp: number,
  lenientTp: number,
  goldChars: number,
  leaked: number,
): LabelMetrics {
  const sp = ratio(strictTp, pred);
  const sr = ratio(strictTp, gold);
  const lp = ratio(lenientTp, pred);
  const lr = ratio(lenientTp, gold);
  return {
    gold,
    pred,
    strict: { precision: sp, recall: sr, f1: fbeta(sp, sr, 1) },
    lenient: { precision: lp, recall: lr, f1: fbeta(lp, lr, 1) },
    f2: fbeta(lp, lr, 2),
    leakRate: ratio(leaked, goldChars),
  };
}

/** The SPEC §5 report, computed the slow and obvious way. */
export function referenceMetrics(golds: GoldDoc[], preds: PredDoc[], only?: string[]): MetricsReport {
  const keep = (s: S) => !only || only.includes(s.label);
  const predById = new Map<string, S[]>();
  for (const p of preds) predById.set(p.id, ((p.redactions ?? p.entities ?? []) as S[]).filter(keep));

  const goldCount: Record<string, number> = {};
  const predCount: Record<string, number> = {};
  const strictTp: Record<string, number> = {};
  const lenientTp: Record<string, number> = {};
  const goldCharsBy: Record<string, Set<string>> = {};
  const goldUnion = new Set<string>();
  const covered = new Set<string>();
  const everything = new Set<string>();
  for (const l of ORDER) {
    goldCount[l] = predCount[l] = strictTp[l] = lenientTp[l] = 0;
    goldCharsBy[l] = new Set();
  }

  golds.forEach((doc, d) => {
    const g = (doc.entities as S[]).filter(keep);
    const p = predById.get(doc.id) ?? [];
    const nonWs = (turn: number, i: number) => !/\s/.test(doc.turns[turn].text[i]);
    doc.turns.forEach((t, ti) => {
      for (let i = 0; i < t.text.length; i++) if (nonWs(ti, i)) everything.add(`${d}/${ti}/${i}`);
    });
    for (const s of p) {
      for (let i = s.start; i < s.end; i++) covered.add(`${d}/${s.turn}/${i}`);
    }
    for (const s of g) {
      for (let i = s.start; i < s.end; i++) {
        if (!nonWs(s.turn, i)) continue;
        goldUnion.add(`${d}/${s.turn}/${i}`);
        goldCharsBy[s.label].add(`${d}/${s.turn}/${i}`);
      }
    }
    for (const l of ORDER) {
      const gl = g.filter((s) => s.label === l);
      const pl = p.filter((s) => s.label === l);
      goldCount[l] += gl.length;
      predCount[l] += pl.length;
      // Strict: multiset intersection of exact (turn, start, end) keys.
      const bag = new Map<string, number>();
      for (const s of gl) bag.set(`${s.turn}/${s.start}/${s.end}`, (bag.get(`${s.turn}/${s.start}/${s.end}`) ?? 0) + 1);
      for (const s of pl) {
        const k = `${s.turn}/${s.start}/${s.end}`;
        if ((bag.get(k) ?? 0) > 0) {
          bag.set(k, bag.get(k)! - 1);
          strictTp[l]++;
        }
      }
      // Lenient: maximum matching per turn.
      const turns = new Set([...gl, ...pl].map((s) => s.turn));
      for (const t of turns) {
        lenientTp[l] += kuhnMatching(gl.filter((s) => s.turn === t), pl.filter((s) => s.turn === t));
      }
    }
  });

  const perLabel: MetricsReport['perLabel'] = {};
  let G = 0;
  let P = 0;
  let ST = 0;
  let LT = 0;
  for (const l of ORDER) {
    G += goldCount[l];
    P += predCount[l];
    ST += strictTp[l];
    LT += lenientTp[l];
    if (goldCount[l] === 0 && predCount[l] === 0) continue;
    const leaked = [...goldCharsBy[l]].filter((k) => !covered.has(k)).length;
    (perLabel as Record<string, LabelMetrics>)[l] = metrics(
      goldCount[l], predCount[l], strictTp[l], lenientTp[l], goldCharsBy[l].size, leaked,
    );
  }
  const leakedAll = [...goldUnion].filter((k) => !covered.has(k)).length;
  const outside = [...everything].filter((k) => !goldUnion.has(k));
  return {
    perLabel,
    micro: metrics(G, P, ST, LT, goldUnion.size, leakedAll),
    overRedactionRate: ratio(outside.filter((k) => covered.has(k)).length, outside.length),
  };
}
