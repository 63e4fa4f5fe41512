import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const KEY = { REDACT_DE_KEY: Buffer.alloc(32, 7).toString('base64') };
let dir: string;

const call = (id: string, text: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, turns: [{ speaker: 'caller', text }], ...extra });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redact-de-cli-'));
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('redact-de redact: bad input', () => {
  it.each([
    ['malformed JSON', '{"id": "a", "turns": [', 'bad.jsonl:2: (record): malformed JSON'],
    ['missing turns', '{"id": "a"}', 'bad.jsonl:2: turns: missing required field'],
    ['turns of the wrong type', '{"id": "a", "turns": "hallo"}', 'bad.jsonl:2: turns: expected array, got string'],
    ['text of the wrong type', '{"id": "a", "turns": [{"speaker": "caller", "text": 17}]}', 'bad.jsonl:2: turns[0].text: expected string, got number'],
    ['id missing', '{"turns": []}', 'bad.jsonl:2: id: missing required field'],
    ['not an object', '[1, 2]', 'bad.jsonl:2: (record): expected a JSON object, got array'],
  ])('reports %s with file, line and field, writes the good records and exits 2', async (_name, badLine, message) => {
    const input = file('bad.jsonl', [call('ok-1', 'Meine Nummer ist 0171 2345678.'), badLine, call('ok-2', 'Hallo.')].join('\n'));
    const result = await runCli(['redact', '--model', 'none', input], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    const ids = result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['ok-1', 'ok-2']);
    expect(result.stdout).not.toContain('2345678');
  });

  it('never quotes the bad record in the error message', async () => {
    const input = file('secret.jsonl', '{"id": "a", "turns": [{"speaker": "caller", "text": "Anna Weber 0171 2345678"}], oops}');
    const result = await runCli(['redact', '--model', 'none', input], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/Anna|Weber|2345678|oops/);
  });

  it('stops at the first bad record with --fail-fast', async () => {
    const input = file('ff.jsonl', [call('ok-1', 'Hallo.'), '{', call('ok-2', 'Hallo.')].join('\n'));
    const result = await runCli(['redact', '--model', 'none', input, '--fail-fast'], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reports invalid UTF-8 with its line', async () => {
    const input = file('utf8.jsonl', Buffer.concat([Buffer.from(`${call('a', 'Hallo.')}\n`), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a])]));
    const result = await runCli(['redact', '--model', 'none', input], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('utf8.jsonl:2: invalid UTF-8');
  });

  it('accepts an empty file, writes nothing and says so', async () => {
    const result = await runCli(['redact', '--model', 'none', file('empty.jsonl', '')], { env: KEY });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no calls in input');
  });

  it('redacts a call with a 10 MB turn', async () => {
    const filler = 'Das ist ein langer Satz ohne Daten. '.repeat(300_000);
    const input = file('big.jsonl', call('big', `${filler}Rufen Sie mich an unter 0171 2345678.`));
    const result = await runCli(['redact', '--model', 'none', input], { env: KEY });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { turns: { text: string }[] };
    expect(out.turns[0].text.endsWith('Rufen Sie mich an unter [PHONE_1].')).toBe(true);
  });

  it('names a missing input file and exits 2', async () => {
    const result = await runCli(['redact', '--model', 'none', join(dir, 'nope.jsonl')], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.jsonl: no such file');
  });

  it('rejects an unknown operator with a clear message', async () => {
    const result = await runCli(['redact', '--model', 'none', '--operator', 'PHONE=blur'], { stdin: call('a', 'x'), env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown operator "blur"');
  });

  it('rejects a bad config file naming file and field', async () => {
    const config = file('config.yaml', 'labels: [PERSON, NAME]\n');
    const result = await runCli(['redact', '--model', 'none', '--config', config], { stdin: call('a', 'x'), env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/config\.yaml: labels\[1\]/);
  });
});

describe('redact-de redact: reports and keys', () => {
  it('writes counts per label and detector without values', async () => {
    const report = join(dir, 'report.json');
    const result = await runCli(['redact', '--model', 'none', '--report', report], { stdin: call('a', 'Ich bin Anna Weber, Tel. 0171 2345678.'), env: KEY });
    expect(result.code).toBe(0);
    const text = readFileSync(report, 'utf8');
    const parsed = JSON.parse(text) as { calls: number; byLabel: Record<string, number> };
    expect(parsed.calls).toBe(1);
    expect(parsed.byLabel.PHONE).toBe(1);
    expect(text).not.toMatch(/Anna|Weber|2345678/);
  });

  it('pseudonymises caller_id stably with a key and warns without one', async () => {
    const input = call('a', 'Hallo.', { caller_id: '+49 171 2345678', tenant: 't1' });
    const first = await runCli(['redact', '--model', 'none'], { stdin: input, env: KEY });
    const second = await runCli(['redact', '--model', 'none'], { stdin: call('a', 'Hallo.', { caller_id: '0171 2345678', tenant: 't1' }), env: KEY });
    const pseudonym = (JSON.parse(first.stdout) as { caller_id: string }).caller_id;
    expect(pseudonym).toMatch(/^p1_/);
    expect((JSON.parse(second.stdout) as { caller_id: string }).caller_id).toBe(pseudonym);
    expect(first.stdout).not.toContain('2345678');
    const keyless = await runCli(['redact', '--model', 'none'], { stdin: input });
    expect(keyless.code).toBe(0);
    expect(keyless.stderr).toContain('warning: no key');
    expect((JSON.parse(keyless.stdout) as { caller_id: string }).caller_id).not.toBe(pseudonym);
  });
});
