// Tests src/cli/eval.ts; kept under test/eval/ with the rest of the evaluation.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEval, type EvalDeps } from '../../src/cli/eval.js';
import type { PredDoc } from '../../src/eval/types.js';

const dir = mkdtempSync(join(tmpdir(), 'redact-de-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function jsonl(records: unknown[]): string {
  const path = join(dir, `f${n++}.jsonl`);
  writeFileSync(path, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'));
  return path;
}

function capture(extra: Partial<EvalDeps> = {}): { deps: EvalDeps; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    deps: { ...extra, stdout: (s) => void (out += s), stderr: (s) => void (err += s) },
    out: () => out,
    err: () => err,
  };
}

const SECRET = 'Zwetschgenbaum';
// "Anna und Zwetschgenbaum": Anna = [0,4), SECRET = [9,23).
const goldPath = jsonl([
  {
    id: 'c1',
    turns: [{ speaker: 'caller', text: `Anna und ${SECRET}` }],
    entities: [
      { turn: 0, start: 0, end: 4, label: 'NAME' },
      { turn: 0, start: 9, end: 23, label: 'PERSON' },
    ],
  },
  { id: 'c2', turns: [{ speaker: 'agent', text: 'Guten Tag' }], entities: [] },
]);
const predPath = jsonl([{ id: 'c1', redactions: [{ turn: 0, start: 0, end: 23, label: 'PERSON', operator: 'x', score: 1, source: 's' }] }]);

describe('runEval', () => {
  it('prints the exact SPEC §5 JSON object', async () => {
    const io = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, json: true, map: 'NAME=PERSON' }, io.deps)).toBe(0);
    const report = JSON.parse(io.out());
    expect(Object.keys(report)).toEqual(['perLabel', 'micro', 'overRedactionRate']);
    // One prediction over two gold spans: lenient P 1, R 1/2; "und" (3 of 3+5+3 outside chars) over-redacted.
    expect(report.perLabel.PERSON).toEqual({
      gold: 2,
      pred: 1,
      strict: { precision: 0, recall: 0, f1: 0 },
      lenient: { precision: 1, recall: 1 / 2, f1: 2 / 3 },
      f2: (5 * 1 * 0.5) / (4 * 1 + 0.5),
      leakRate: 0,
    });
    expect(report.overRedactionRate).toBe(3 / 11);
    expect(io.err()).toContain('1 of 2 gold records have no prediction record');
    expect(io.out() + io.err()).not.toContain(SECRET);
  });

  it('prints a table by default', async () => {
    const io = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, map: 'NAME=PERSON' }, io.deps)).toBe(0);
    expect(io.out()).toMatch(/^label\s+gold\s+pred/);
    expect(io.out()).toContain('over-redaction rate: 0.2727');
  });

  it('fails with exit 2 naming an unmapped label, and drops it when asked', async () => {
    const io = capture();
    expect(await runEval({ gold: goldPath, pred: predPath }, io.deps)).toBe(2);
    expect(io.err()).toContain('unknown label "NAME"');
    const io2 = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, json: true, dropUnknownLabels: true }, io2.deps)).toBe(0);
    expect(JSON.parse(io2.out()).micro.gold).toBe(1);
    expect(io2.err()).toContain('dropped 1 spans');
  });

  it('runs the redactor when no prediction file is given', async () => {
    const seen: string[] = [];
    async function* redactFile(path: string, config?: string): AsyncIterable<PredDoc> {
      seen.push(path, String(config));
      yield { id: 'c2', redactions: [] };
      yield { id: 'c1', redactions: [{ turn: 0, start: 0, end: 4, label: 'PERSON' }] };
    }
    const io = capture({ redactFile });
    expect(await runEval({ gold: goldPath, json: true, map: 'NAME=PERSON', config: 'cfg.yaml' }, io.deps)).toBe(0);
    expect(seen).toEqual([goldPath, 'cfg.yaml']);
    const report = JSON.parse(io.out());
    expect(report.micro.strict).toEqual({ precision: 1, recall: 1 / 2, f1: 2 / 3 });
    expect(io.err()).toBe('');
  });

  it('needs --pred when there is no redactor', async () => {
    const io = capture();
    expect(await runEval({ gold: goldPath }, io.deps)).toBe(2);
    expect(io.err()).toContain('--pred is required');
  });

  it('writes the HTML report, values hidden unless asked', async () => {
    const path = join(dir, 'report.html');
    const io = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, map: 'NAME=PERSON', report: path }, io.deps)).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain(SECRET);
    expect(await runEval({ gold: goldPath, pred: predPath, map: 'NAME=PERSON', report: path, showValues: true }, io.deps)).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain(SECRET);
  });

  it('reports an unwritable report path with exit 2', async () => {
    const io = capture();
    const path = join(dir, 'no-such-dir', 'r.html');
    expect(await runEval({ gold: goldPath, pred: predPath, map: 'NAME=PERSON', report: path }, io.deps)).toBe(2);
    expect(io.err()).toContain('--report: cannot write');
    expect(existsSync(path)).toBe(false);
  });

  it.each([
    ['bad JSON', () => jsonl(['{"id": "c1"}', `{"id": "${SECRET}`]), ':2: invalid JSON'],
    ['prediction id missing from gold', () => jsonl([{ id: 'zz', redactions: [] }]), ':1: id: no gold record has this id'],
    ['span beyond the gold text', () => jsonl([{ id: 'c2', redactions: [{ turn: 0, start: 0, end: 99, label: 'ID' }] }]), ':1: redactions[0].end'],
  ])('%s -> exit 2 with file:line, no values', async (_why, makePred, message) => {
    const io = capture();
    const pred = makePred();
    expect(await runEval({ gold: goldPath, pred, map: 'NAME=PERSON' }, io.deps)).toBe(2);
    expect(io.err()).toContain(`${pred}${message}`);
    expect(io.err()).not.toContain(SECRET);
    expect(io.out()).toBe('');
  });

  it('restricts to --labels', async () => {
    const io = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, json: true, map: 'NAME=PERSON', labels: ['ID'] }, io.deps)).toBe(0);
    expect(JSON.parse(io.out()).perLabel).toEqual({});
    const io2 = capture();
    expect(await runEval({ gold: goldPath, pred: predPath, labels: ['NAME'] }, io2.deps)).toBe(2);
    expect(io2.err()).toContain('--labels: "NAME" is not a SPEC label');
  });
});
