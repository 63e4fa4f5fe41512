import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isWhitespaceCode } from '../../src/eval/coverage.js';
import { computeMetrics } from '../../src/eval/metrics.js';
import type { EvalSpan, GoldDoc, LabelMetrics, PredDoc } from '../../src/eval/types.js';
import type { Label } from '../../src/types.js';

const sp = (turn: number, start: number, end: number, label: Label): EvalSpan => ({ turn, start, end, label });
const gold = (id: string, texts: string[], entities: EvalSpan[]): GoldDoc => ({
  id,
  turns: texts.map((text) => ({ text })),
  entities,
});
const pred = (id: string, redactions: EvalSpan[]): PredDoc => ({ id, redactions });

/** Expected figures from hand-computed counts; zero-division conventions as documented. */
function expected(g: number, p: number, strictTp: number, lenientTp: number, leakRate: number): LabelMetrics {
  const prf = (tp: number) => {
    const precision = p ? tp / p : 0;
    const recall = g ? tp / g : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const l = prf(lenientTp);
  const f2 = l.precision + l.recall ? (5 * l.precision * l.recall) / (4 * l.precision + l.recall) : 0;
  return { gold: g, pred: p, strict: prf(strictTp), lenient: l, f2, leakRate };
}

// "Anna und Max": Anna = [0,4), und = [5,8), Max = [9,12).
const ANNA_MAX = 'Anna und Max';

describe('computeMetrics: hand-computed cases', () => {
  it('exact match: everything 1, nothing leaked or over-redacted', () => {
    const r = computeMetrics([gold('c', ['ich bin Anna Weber'], [sp(0, 8, 18, 'PERSON')])], [pred('c', [sp(0, 8, 18, 'PERSON')])]);
    expect(r.perLabel).toEqual({ PERSON: expected(1, 1, 1, 1, 0) });
    expect(r.micro).toEqual(expected(1, 1, 1, 1, 0));
    expect(r.overRedactionRate).toBe(0);
  });

  it('partial overlap: lenient hit, strict miss, leak counts the uncovered non-space chars', () => {
    // Gold "Anna Weber" has 9 non-space chars; the prediction covers "Anna" (4).
    const r = computeMetrics([gold('c', ['ich bin Anna Weber'], [sp(0, 8, 18, 'PERSON')])], [pred('c', [sp(0, 8, 12, 'PERSON')])]);
    expect(r.perLabel.PERSON).toEqual(expected(1, 1, 0, 1, 5 / 9));
    expect(r.perLabel.PERSON!.f2).toBe(1);
    expect(r.micro.leakRate).toBe(5 / 9);
  });

  it('one prediction covering two gold spans counts once (P 1, R 1/2)', () => {
    const r = computeMetrics(
      [gold('c', [ANNA_MAX], [sp(0, 0, 4, 'PERSON'), sp(0, 9, 12, 'PERSON')])],
      [pred('c', [sp(0, 0, 12, 'PERSON')])],
    );
    const m = r.perLabel.PERSON!;
    expect(m.lenient).toEqual({ precision: 1, recall: 1 / 2, f1: 2 / 3 });
    expect(m.f2).toBeCloseTo(5 / 9, 15);
    expect(m.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(m.leakRate).toBe(0);
    // "und" (3 chars) is the only text outside gold, and it is covered.
    expect(r.overRedactionRate).toBe(1);
  });

  it('two predictions on one gold span: the gold span is matched once (P 1/2, R 1)', () => {
    const r = computeMetrics([gold('c', [ANNA_MAX], [sp(0, 0, 4, 'PERSON')])], [pred('c', [sp(0, 0, 2, 'PERSON'), sp(0, 2, 4, 'PERSON')])]);
    const m = r.perLabel.PERSON!;
    expect(m.lenient).toEqual({ precision: 1 / 2, recall: 1, f1: 2 / 3 });
    expect(m.f2).toBeCloseTo(5 / 6, 15);
    expect(m.leakRate).toBe(0);
  });

  it('lenient matching is maximum, not greedy by order', () => {
    // The first prediction overlaps both gold spans, the second only "Anna":
    // pairing by order gives 1; the maximum matching pairs both.
    const r = computeMetrics(
      [gold('c', [ANNA_MAX], [sp(0, 0, 4, 'PERSON'), sp(0, 9, 12, 'PERSON')])],
      [pred('c', [sp(0, 0, 12, 'PERSON'), sp(0, 0, 2, 'PERSON')])],
    );
    expect(r.perLabel.PERSON!.lenient).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('identical duplicate predictions: strict counts one pair', () => {
    const r = computeMetrics([gold('c', [ANNA_MAX], [sp(0, 0, 4, 'PERSON')])], [pred('c', [sp(0, 0, 4, 'PERSON'), sp(0, 0, 4, 'PERSON')])]);
    expect(r.perLabel.PERSON).toEqual(expected(1, 2, 1, 1, 0));
  });

  it('whitespace (space, tab, no-break space, newline) is excluded from character counts', () => {
    // "0171 234\t5678": 11 non-space chars; the prediction covers "0171 234" (7).
    const r = computeMetrics([gold('c', ['0171 234\t5678'], [sp(0, 0, 13, 'PHONE')])], [pred('c', [sp(0, 0, 8, 'PHONE')])]);
    expect(r.perLabel.PHONE!.leakRate).toBe(4 / 11);
    // "a\u00a0b\nc": gold [0,5) has 3 non-space chars, the prediction covers "a".
    const r2 = computeMetrics([gold('c', ['a\u00a0b\nc'], [sp(0, 0, 5, 'ID')])], [pred('c', [sp(0, 0, 2, 'ID')])]);
    expect(r2.perLabel.ID!.leakRate).toBe(2 / 3);
  });

  it('leak counts coverage by any label, but P/R need the same label', () => {
    // A PHONE prediction over gold ID chars: ID leaks nothing, yet has no true positive.
    const r = computeMetrics([gold('c', ['Nr 12345'], [sp(0, 3, 8, 'ID')])], [pred('c', [sp(0, 3, 8, 'PHONE')])]);
    expect(r.perLabel.ID).toEqual(expected(1, 0, 0, 0, 0));
    expect(r.perLabel.PHONE).toEqual(expected(0, 1, 0, 0, 0));
    expect(r.micro).toEqual(expected(1, 1, 0, 0, 0));
    expect(r.overRedactionRate).toBe(0);
  });

  it('over-redaction: covered non-space chars outside gold over all non-space chars outside gold', () => {
    // Outside gold: "guten" 5 + "Tag" 3 + "Herr" 4 = 12 chars; "Herr" is covered.
    const r = computeMetrics([gold('c', ['guten Tag Herr Weber'], [sp(0, 15, 20, 'PERSON')])], [pred('c', [sp(0, 10, 20, 'PERSON')])]);
    expect(r.overRedactionRate).toBe(4 / 12);
    expect(r.perLabel.PERSON).toEqual(expected(1, 1, 0, 1, 0));
  });

  it('micro leak counts each gold character once where gold spans of two labels overlap', () => {
    // PERSON [0,4) "abcd", ADDRESS [2,6) "cdef"; the prediction covers "ab".
    const r = computeMetrics(
      [gold('c', ['abcdef'], [sp(0, 0, 4, 'PERSON'), sp(0, 2, 6, 'ADDRESS')])],
      [pred('c', [sp(0, 0, 2, 'PERSON')])],
    );
    expect(r.perLabel.PERSON!.leakRate).toBe(2 / 4);
    expect(r.perLabel.ADDRESS!.leakRate).toBe(4 / 4);
    expect(r.micro.leakRate).toBe(4 / 6);
  });

  it('overlapping gold spans of one label count their characters once', () => {
    const r = computeMetrics([gold('c', ['abcdef'], [sp(0, 0, 4, 'PERSON'), sp(0, 2, 6, 'PERSON')])], [pred('c', [sp(0, 0, 1, 'PERSON')])]);
    expect(r.perLabel.PERSON!.leakRate).toBe(5 / 6);
  });

  it('records are paired by id, not by position; a missing prediction is nothing predicted', () => {
    const r = computeMetrics(
      [gold('a', ['Anna'], [sp(0, 0, 4, 'PERSON')]), gold('b', ['Max Mustermann'], [sp(0, 0, 3, 'PERSON')])],
      [pred('b', [sp(0, 0, 3, 'PERSON')])],
    );
    // Gold chars: "Anna" 4 (leaked) + "Max" 3 (covered).
    expect(r.micro).toEqual(expected(2, 1, 1, 1, 4 / 7));
    expect(r.overRedactionRate).toBe(0);
  });

  it('a span in another turn does not match, and counts as over-redaction there', () => {
    const r = computeMetrics([gold('c', ['Anna', 'Anna'], [sp(0, 0, 4, 'PERSON')])], [pred('c', [sp(1, 0, 4, 'PERSON')])]);
    expect(r.perLabel.PERSON).toEqual(expected(1, 1, 0, 0, 1));
    expect(r.overRedactionRate).toBe(1);
  });

  it('labels absent from one side are reported; labels absent from both are not', () => {
    const r = computeMetrics(
      [gold('c', ['Anna a@b.de'], [sp(0, 0, 4, 'PERSON')])],
      [pred('c', [sp(0, 5, 11, 'EMAIL')])],
    );
    expect(Object.keys(r.perLabel)).toEqual(['EMAIL', 'PERSON']);
    expect(r.perLabel.PERSON).toEqual(expected(1, 0, 0, 0, 1));
    expect(r.perLabel.EMAIL).toEqual(expected(0, 1, 0, 0, 0));
    expect(r.overRedactionRate).toBe(1);
  });

  it('empty inputs give an empty report with zeros', () => {
    const zero = { precision: 0, recall: 0, f1: 0 };
    const empty = { perLabel: {}, micro: { gold: 0, pred: 0, strict: zero, lenient: zero, f2: 0, leakRate: 0 }, overRedactionRate: 0 };
    expect(computeMetrics([], [])).toEqual(empty);
    expect(computeMetrics([gold('c', ['', '   '], [])], [pred('c', [])])).toEqual(empty);
  });

  it('accepts prediction records with entities; redactions win when both exist', () => {
    const g = [gold('c', [ANNA_MAX], [sp(0, 0, 4, 'PERSON')])];
    expect(computeMetrics(g, [{ id: 'c', entities: [sp(0, 0, 4, 'PERSON')] }]).micro.strict.f1).toBe(1);
    const both: PredDoc = { id: 'c', redactions: [], entities: [sp(0, 0, 4, 'PERSON')] };
    expect(computeMetrics(g, [both]).micro.pred).toBe(0);
  });

  it('a label filter drops other labels on both sides', () => {
    const r = computeMetrics(
      [gold('c', ['Anna 0171'], [sp(0, 0, 4, 'PERSON'), sp(0, 5, 9, 'PHONE')])],
      [pred('c', [sp(0, 0, 4, 'PERSON'), sp(0, 5, 9, 'PHONE')])],
      { labels: ['PERSON'] },
    );
    expect(Object.keys(r.perLabel)).toEqual(['PERSON']);
    expect(r.micro.gold).toBe(1);
    // The PHONE chars are now outside gold and no kept prediction covers them.
    expect(r.overRedactionRate).toBe(0);
  });
});

describe('computeMetrics: invalid input', () => {
  const g = [gold('c', ['Anna'], [sp(0, 0, 4, 'PERSON')])];
  it.each([
    ['prediction id without gold', g, [pred('x', [])], 'pred: [0].id: no gold record has this id'],
    ['duplicate prediction id', g, [pred('c', []), pred('c', [])], 'pred: [1].id: duplicate id'],
    ['duplicate gold id', [...g, ...g], [], 'gold: [1].id: duplicate id'],
    ['end beyond the turn', g, [pred('c', [sp(0, 0, 5, 'PERSON')])], 'pred: [0].redactions[0].end'],
    ['empty span', g, [pred('c', [sp(0, 2, 2, 'PERSON')])], 'pred: [0].redactions[0].end'],
    ['turn out of range', g, [pred('c', [sp(1, 0, 1, 'PERSON')])], 'pred: [0].redactions[0].turn'],
    ['unknown label', g, [pred('c', [{ turn: 0, start: 0, end: 1, label: 'NAME' as Label }])], 'redactions[0].label'],
  ])('%s -> InputError', (_why, golds, preds, message) => {
    expect(() => computeMetrics(golds, preds)).toThrow(InputError);
    expect(() => computeMetrics(golds, preds)).toThrow(message);
  });

  it('names the source file and line when the records carry one', () => {
    const p: PredDoc = { id: 'c', redactions: [sp(0, 0, 9, 'PERSON')], line: 7 };
    expect(() => computeMetrics(g, [p], { predFile: 'out.jsonl' })).toThrow('out.jsonl:7: redactions[0].end');
  });
});

describe('isWhitespaceCode', () => {
  it('matches /\\s/ on every UTF-16 code unit', () => {
    const re = /\s/;
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhitespaceCode(c) !== re.test(String.fromCharCode(c))) throw new Error(`mismatch at U+${c.toString(16)}`);
    }
  });
});
