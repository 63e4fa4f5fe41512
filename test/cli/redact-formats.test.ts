import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const KEY = { REDACT_DE_KEY: Buffer.alloc(32, 3).toString('base64') };
const dir = mkdtempSync(join(tmpdir(), 'redact-de-formats-'));

describe('redact-de redact: formats', () => {
  it('redacts plain text, keeping speaker prefixes and call breaks', async () => {
    const input = [
      'Agent: Praxis am Markt, guten Tag.',
      'Anrufer: Hier ist Jana Krüger, meine Nummer ist 0171 2345678.',
      '',
      'Kunde: Meine IBAN ist DE89 3704 0044 0532 0130 00.',
    ].join('\n');
    const result = await runCli(['redact', '--model', 'none', '--format', 'text'], { stdin: input, env: KEY });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Agent: Praxis am Markt, guten Tag.',
        'Anrufer: Hier ist [PERSON_1], meine Nummer ist [PHONE_1].',
        '',
        'Kunde: Meine IBAN ist [IBAN_1].',
        '',
      ].join('\n'),
    );
  });

  it('redacts a CSV export with one row per turn, grouping rows by call id', async () => {
    const csv = [
      'call_id,speaker,text,phone',
      'c1,agent,"Guten Tag, Sie sprechen mit Lisa Hoffmann.",+4915112345678',
      'c1,caller,"Hallo Frau Hoffmann, hier ist Jana Krüger.",+4915112345678',
      'c2,caller,"Meine Nummer: 0171 2345678",030 1234567',
    ].join('\n');
    const input = join(dir, 'export.csv');
    writeFileSync(input, csv);
    const output = join(dir, 'out.csv');
    const result = await runCli(
      ['redact', '--model', 'none', input, '-o', output, '--format', 'csv', '--id-column', 'call_id', '--speaker-column', 'speaker', '--caller-column', 'phone'],
      { env: KEY },
    );
    expect(result.code).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('call_id,speaker,text,phone');
    expect(lines[1]).toMatch(/^c1,agent,"Guten Tag, Sie sprechen mit \[PERSON_1\]\.",p1_[a-z2-7]+$/);
    expect(lines[2]).toMatch(/^c1,caller,"Hallo Frau \[PERSON_1\], hier ist \[PERSON_2\]\.",p1_[a-z2-7]+$/);
    expect(lines[3]).toMatch(/^c2,caller,Meine Nummer: \[PHONE_1\],p1_/);
    expect(lines[1].split(',').pop()).toBe(lines[2].split(',').pop());
    expect(readFileSync(output, 'utf8')).not.toMatch(/Hoffmann|Krüger|2345678|1234567/);
  });

  it('names a missing CSV column and exits 2', async () => {
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'id,body\n1,Hallo\n');
    const result = await runCli(['redact', '--model', 'none', input, '--format', 'csv'], { env: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.csv:1: text: no such column in the CSV header');
  });

  it('writes a key file with mode 0600 and refuses to overwrite it', async () => {
    const keyFile = join(dir, 'keys.json');
    expect((await runCli(['keygen', '-o', keyFile])).code).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const again = await runCli(['keygen', '-o', keyFile]);
    expect(again.code).toBe(2);
    const rotated = await runCli(['keygen', '-o', keyFile, '--rotate']);
    expect(rotated.code).toBe(0);
    const parsed = JSON.parse(readFileSync(keyFile, 'utf8')) as { active: number; keys: Record<string, string> };
    expect(parsed.active).toBe(2);
    expect(Object.keys(parsed.keys)).toEqual(['1', '2']);
  });
});
