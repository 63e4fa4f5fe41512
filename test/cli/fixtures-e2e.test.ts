import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface Gold {
  id: string;
  turns: { text: string }[];
  entities: { turn: number; start: number; end: number; label: string }[];
}

const KEY = { REDACT_DE_KEY: Buffer.alloc(32, 5).toString('base64') };
const sample = readFileSync('fixtures/sample.jsonl', 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Gold);

describe('redact-de on fixtures/', () => {
  it('redacts the sample calls in order and writes no checksum-validated value back', async () => {
    const result = await runCli(['redact', '--model', 'none', 'fixtures/sample.jsonl'], { env: KEY });
    expect(result.code).toBe(0);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; turns: { text: string }[] });
    expect(out.map((c) => c.id)).toEqual(sample.map((c) => c.id));
    for (const [i, call] of sample.entries()) {
      const text = out[i].turns.map((t) => t.text).join('\n');
      for (const e of call.entities) {
        if (e.label !== 'IBAN' && e.label !== 'CARD' && e.label !== 'EMAIL') continue;
        expect(text).not.toContain(call.turns[e.turn].text.slice(e.start, e.end));
      }
    }
  });

  it('meets the leak and over-redaction targets on the synthetic gold test split', async () => {
    const result = await runCli(['eval', '--model', 'none', '--gold', 'fixtures/gold-test.jsonl', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      perLabel: Record<string, { leakRate: number }>;
      micro: { leakRate: number };
      overRedactionRate: number;
    };
    for (const label of ['PHONE', 'IBAN', 'EMAIL']) expect(report.perLabel[label].leakRate).toBeLessThanOrEqual(0.02);
    for (const label of ['ID', 'ADDRESS']) expect(report.perLabel[label].leakRate).toBeLessThanOrEqual(0.05);
    for (const label of ['PERSON', 'HEALTH']) expect(report.perLabel[label].leakRate).toBeLessThanOrEqual(0.2);
    expect(report.overRedactionRate).toBeLessThanOrEqual(0.03);
  });
});
