import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

// Runs the BUILT CLI (`npm test` builds first) with the tiny test model.
const MODEL = fileURLToPath(new URL('../fixtures/tiny-ner', import.meta.url));
const KEY = { REDACT_DE_KEY: Buffer.alloc(32, 7).toString('base64') };

const calls = Array.from({ length: 30 }, (_, i) =>
  JSON.stringify({
    id: `c${i}`,
    turns: [
      { speaker: 'agent', text: 'Praxis am Markt, guten Tag.' },
      { speaker: 'caller', text: i % 2 ? 'ja hallo mein name ist jana krüger' : 'Hier ist Frau Anna Weber, 0171 2345678.' },
    ],
  }),
);
const lines = [...calls.slice(0, 12), '{"id": "broken", "turns": [{"speaker": "caller", "text": "Anna Weber"', ...calls.slice(12)];

describe('redact --workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redact-de-cli-'));
  const input = join(dir, 'calls.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);

  it('gives the same output, errors and counts with 2 workers as in-process', async () => {
    const one = await runCli(['redact', input, '--model', MODEL, '--report', join(dir, 'r1.json')], { env: KEY });
    const two = await runCli(['redact', input, '--model', MODEL, '--workers', '2', '--report', join(dir, 'r2.json')], { env: KEY });
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(calls.map((c) => JSON.parse(c).id));
    expect(two.stdout).not.toMatch(/Anna|Weber|krüger|2345678/);
    expect(one.stderr).toContain('calls.jsonl:13:');
    expect(two.stderr).toContain('calls.jsonl:13:');
    expect(two.stderr).not.toMatch(/Anna|Weber/);
    const [r1, r2] = ['r1.json', 'r2.json'].map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    expect(r2.calls).toBe(30);
    expect(r2.byLabel).toEqual(r1.byLabel);
    expect(r2.byDetector).toEqual(r1.byDetector);
    expect(r2.byDetector.ner).toBeGreaterThan(0);
  });

  it.each([
    [['--workers', '0'], /--workers: expected an integer 1\.\.1024 or "auto", got "0"/],
    [['--ner-threshold', '2'], /--ner-threshold: expected a number in 0\.\.1, got "2"/],
    [['--ner-plain-threshold', 'x'], /--ner-plain-threshold: expected a number in 0\.\.2, got "x"/],
    [['--model', '/nonexistent/model'], /--model: \/nonexistent\/model: no such folder/],
    [['--model', MODEL, '--label-map', 'PER'], /--label-map: expected MODEL_LABEL=SPEC_LABEL pairs/],
  ])('rejects %j with exit 2', async (args, message) => {
    const result = await runCli(['redact', input, ...args], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
