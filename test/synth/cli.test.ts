import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSynthOptions, runSynth } from '../../src/cli/synth.js';
import { generateCalls } from '../../src/synth/index.js';
import { loadNamesDir } from '../../src/synth/names-dir.js';
import { ConfigError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'synth-cli-'));

function capture(): { log: (t: string) => void; text: () => string } {
  let buf = '';
  return { log: (t) => { buf += t; }, text: () => buf };
}

describe('runSynth', () => {
  it('writes JSON Lines, deterministic per seed, and a summary without values', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    const err = capture();
    expect(await runSynth({ n: '25', seed: '3', split: 'test', output: a }, { stderr: err.log })).toBe(0);
    expect(await runSynth({ n: 25, seed: 3, split: 'test', output: b }, { stderr: () => {} })).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(text).toBe(readFileSync(b, 'utf8'));
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(25);
    expect(lines[0].entities.length).toBeGreaterThan(0);
    expect(err.text()).toMatch(/^redact-de synth: 25 calls \(split test, seed 3\) -> .*a\.jsonl: \d+ entities \(PERSON \d+/);
    // The summary holds counts only: no span text of any call.
    for (const c of lines) for (const e of c.entities) {
      const v = c.turns[e.turn].text.slice(e.start, e.end);
      if (v.length > 4) expect(err.text()).not.toContain(v);
    }
  });

  it.each([
    [{ n: 'zehn' }, /--n: expected an integer >= 0, got zehn/],
    [{ n: -1 }, /--n: expected an integer >= 0/],
    [{ seed: '1.5' }, /--seed: expected an integer/],
    [{ split: 'dev' }, /--split: expected "train" or "test", got dev/],
  ])('rejects bad option %o with exit 2', async (opts, msg) => {
    const err = capture();
    expect(await runSynth(opts, { stderr: err.log })).toBe(2);
    expect(err.text()).toMatch(msg);
    expect(() => parseSynthOptions(opts)).toThrow(ConfigError);
  });

  it('exits 2 when the output folder does not exist', async () => {
    const err = capture();
    expect(await runSynth({ n: 1, output: join(dir, 'missing', 'x.jsonl') }, { stderr: err.log })).toBe(2);
    expect(err.text()).toMatch(/--output: cannot write .* \(ENOENT\)/);
  });

  it('defaults to 1000 calls, seed 1, split train', () => {
    expect(parseSynthOptions({})).toEqual({ n: 1000, seed: 1, split: 'train', namesDir: undefined });
  });
});

describe('--names-dir', () => {
  const names = join(dir, 'names');
  mkdirSync(join(names, 'sub'), { recursive: true });
  // Invented names, many of them, so each split gets some.
  const first = Array.from({ length: 60 }, (_, i) => `Zorlinda${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  writeFileSync(join(names, 'first.tsv'), `name\tsex\tcount\n${first.map((n) => `${n}\tw\t50`).join('\n')}\nRarissima\tw\t1\nx1\tm\t99\n`);
  writeFileSync(join(names, 'sub', 'my_surnames.lst'), Array.from({ length: 60 }, (_, i) => `Quarkelmann${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join('\n'));

  it('reads name lists recursively, drops rare and malformed entries, keeps the split', () => {
    const train = loadNamesDir(names, 'train');
    const test = loadNamesDir(names, 'test');
    expect(train.female.length + test.female.length).toBe(60);
    expect(train.last.length + test.last.length).toBe(60);
    expect(train.female.filter((n) => test.female.includes(n))).toEqual([]);
    expect([...train.female, ...test.female]).not.toContain('Rarissima');
  });

  it('uses the extra names in generated calls', () => {
    let hits = 0;
    for (const c of generateCalls({ n: 300, seed: 1, split: 'train', namesDir: names })) {
      for (const t of c.turns) if (/zorlinda|quarkelmann/i.test(t.text)) hits++;
    }
    expect(hits).toBeGreaterThan(10);
  });

  it('fails with a config error for a missing folder', async () => {
    const err = capture();
    expect(await runSynth({ n: 1, namesDir: join(dir, 'nope') }, { stderr: err.log, stdout: undefined })).toBe(2);
    expect(err.text()).toMatch(/--names-dir: cannot read directory/);
  });
});
