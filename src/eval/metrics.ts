/**
 * SPEC §5 accuracy metrics: strict and lenient P/R/F1, F2, leak rate and
 * over-redaction rate, per label and micro-averaged.
 */
import { LABELS, type Label } from '../types.js';
import { alignDocs } from './align.js';
import { CoverageBuffer, countRange, isWhitespaceCode, kGoldBit, kPredBit } from './coverage.js';
import { countLenientMatches, countStrictMatches } from './matching.js';
import type { EvalSpan, GoldDoc, LabelMetrics, MetricsOptions, MetricsReport, PredDoc, Prf } from './types.js';

/** Raw counts behind one LabelMetrics entry. */
interface Counts {
  gold: number;
  pred: number;
  strictTp: number;
  lenientTp: number;
  /** Non-whitespace code units inside gold spans (each counted once). */
  goldChars: number;
  /** Of those, the ones no prediction of any label covers. */
  leakedChars: number;
}

function zeroCounts(): Counts {
  return { gold: 0, pred: 0, strictTp: 0, lenientTp: 0, goldChars: 0, leakedChars: 0 };
}

/**
 * Computes the SPEC §5 report for predictions against gold annotations.
 *
 * Records are paired by `id`; a gold record without a prediction record
 * counts as "nothing predicted". Conventions, chosen so that any careful
 * independent implementation agrees to rounding error:
 *
 * - strict: a prediction is a true positive when a gold span has the same
 *   label, turn, start and end; pairs are one-to-one (multiset intersection).
 * - lenient: gold and predicted spans of the same label and turn may pair
 *   when they share at least one code unit; the count is the size of a
 *   MAXIMUM one-to-one matching, computed per (record, turn, label). That one
 *   count is the true positives of both precision (÷ predictions) and recall
 *   (÷ gold): one prediction covering two gold spans matches one of them.
 * - F2 = 5PR / (4P + R) of the lenient P and R.
 * - leak rate: non-whitespace code units inside gold spans (per label: of
 *   that label; micro: of any label, each code unit once even where gold
 *   spans overlap) that no prediction of ANY label covers, over all such
 *   code units. A PHONE prediction covering ID characters thus lowers the ID
 *   leak rate without being an ID true positive.
 * - over-redaction rate: non-whitespace code units of all gold turns outside
 *   every gold span that some prediction covers, over all such code units.
 * - whitespace is JavaScript `/\s/`, tested per UTF-16 code unit.
 * - zero division: precision = 0 when there are no predictions, recall = 0
 *   when there is no gold, F1 = F2 = 0 when P + R = 0, leak rate = 0 without
 *   gold characters, over-redaction rate = 0 without characters outside gold.
 * - micro gold, pred and true-positive counts are sums over labels; its
 *   ratios are computed from those sums.
 * - a label with no gold and no predicted span is absent from `perLabel`;
 *   `perLabel` keys follow SPEC §1 label order.
 *
 * @param gold - gold records (SPEC §3)
 * @param pred - prediction records (SPEC §4 `redactions` or §3 `entities`)
 * @param opts - optional label filter and source names for errors
 * @returns the report, numbers unrounded
 * @throws InputError for unknown or duplicate ids and spans outside the text
 * @example
 * computeMetrics(
 *   [{ id: 'c1', turns: [{ text: 'ich bin Anna Weber' }],
 *      entities: [{ turn: 0, start: 8, end: 18, label: 'PERSON' }] }],
 *   [{ id: 'c1', redactions: [{ turn: 0, start: 8, end: 12, label: 'PERSON' }] }],
 * ).micro;
 * // { gold: 1, pred: 1, strict: { precision: 0, recall: 0, f1: 0 },
 * //   lenient: { precision: 1, recall: 1, f1: 1 }, f2: 1, leakRate: 0.5555555555555556 }
 */
export function computeMetrics(
  gold: readonly GoldDoc[],
  pred: readonly PredDoc[],
  opts: MetricsOptions = {},
): MetricsReport {
  const docs = alignDocs(gold, pred, opts);
  const perLabel = LABELS.map(zeroCounts);
  const micro = zeroCounts();
  let outsideChars = 0;
  let overChars = 0;

  const goldBy: EvalSpan[][] = LABELS.map(() => []);
  const predBy: EvalSpan[][] = LABELS.map(() => []);
  const coverage = new CoverageBuffer();

  for (const doc of docs) {
    for (const turn of doc.turns) {
      const { text } = turn;
      const flags = coverage.mark(text.length, turn.gold, turn.pred);

      // 1. Whole-turn character counts: micro leak and over-redaction.
      for (let i = 0; i < text.length; i++) {
        if (isWhitespaceCode(text.charCodeAt(i))) continue;
        const f = flags[i];
        if (f & kGoldBit) {
          micro.goldChars++;
          if ((f & kPredBit) === 0) micro.leakedChars++;
        } else {
          outsideChars++;
          if (f & kPredBit) overChars++;
        }
      }
      if (turn.gold.length === 0 && turn.pred.length === 0) continue;

      // 2. Group by label, then match and count per label.
      for (let l = 0; l < LABELS.length; l++) {
        goldBy[l].length = 0;
        predBy[l].length = 0;
      }
      for (const s of turn.gold) goldBy[LABELS.indexOf(s.label)].push(s);
      for (const s of turn.pred) predBy[LABELS.indexOf(s.label)].push(s);
      for (let l = 0; l < LABELS.length; l++) {
        const g = goldBy[l];
        const p = predBy[l];
        if (g.length === 0 && p.length === 0) continue;
        const c = perLabel[l];
        c.gold += g.length;
        c.pred += p.length;
        c.strictTp += countStrictMatches(g, p);
        c.lenientTp += countLenientMatches(g, p);
        addLabelLeak(text, flags, g, c);
      }
    }
  }

  const labelReports: MetricsReport['perLabel'] = {};
  for (let l = 0; l < LABELS.length; l++) {
    const c = perLabel[l];
    micro.gold += c.gold;
    micro.pred += c.pred;
    micro.strictTp += c.strictTp;
    micro.lenientTp += c.lenientTp;
    if (c.gold > 0 || c.pred > 0) labelReports[LABELS[l] as Label] = toMetrics(c);
  }
  return {
    perLabel: labelReports,
    micro: toMetrics(micro),
    overRedactionRate: outsideChars > 0 ? overChars / outsideChars : 0,
  };
}

/** Adds the gold and leaked characters of one label's gold spans in one turn, each code unit once. */
function addLabelLeak(text: string, flags: Uint8Array, gold: EvalSpan[], c: Counts): void {
  if (gold.length === 0) return;
  gold.sort((a, b) => a.start - b.start);
  // Merge overlapping gold spans of this label so no character counts twice.
  let start = gold[0].start;
  let end = gold[0].end;
  for (let i = 1; i <= gold.length; i++) {
    if (i < gold.length && gold[i].start <= end) {
      if (gold[i].end > end) end = gold[i].end;
      continue;
    }
    const [chars, leaked] = countRange(text, flags, start, end, kPredBit);
    c.goldChars += chars;
    c.leakedChars += leaked;
    if (i < gold.length) {
      start = gold[i].start;
      end = gold[i].end;
    }
  }
}

function prf(tp: number, gold: number, pred: number): Prf {
  const precision = pred > 0 ? tp / pred : 0;
  const recall = gold > 0 ? tp / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function toMetrics(c: Counts): LabelMetrics {
  const lenient = prf(c.lenientTp, c.gold, c.pred);
  const { precision: p, recall: r } = lenient;
  return {
    gold: c.gold,
    pred: c.pred,
    strict: prf(c.strictTp, c.gold, c.pred),
    lenient,
    f2: p + r > 0 ? (5 * p * r) / (4 * p + r) : 0,
    leakRate: c.goldChars > 0 ? c.leakedChars / c.goldChars : 0,
  };
}
