import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readLines } from '../../src/io/lines.js';

async function collect(chunks: (string | Buffer)[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const { line, text } of readLines(Readable.from(chunks), 'in.jsonl')) out.push([line, text]);
  return out;
}

describe('readLines', () => {
  it('numbers lines across chunk boundaries and strips CR and a leading BOM', async () => {
    expect(await collect(['\uFEFFab', 'c\r\nde', 'f\n\nlast'])).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, ''],
      [4, 'last'],
    ]);
  });

  it('keeps multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('Müller\n', 'utf8');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([[1, 'Müller']]);
  });

  it('reports invalid UTF-8 with the file and line', async () => {
    const bad = Buffer.from([0x6f, 0x6b, 0x0a, 0xff, 0xfe, 0x0a]);
    await expect(collect([bad])).rejects.toThrow(new InputError({ file: 'in.jsonl', line: 2 }, 'invalid UTF-8'));
  });

  it('handles a 10 MB line', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const out = await collect([big.slice(0, 3_000_000), big.slice(3_000_000), '\nend\n']);
    expect(out.map(([line, text]) => [line, text.length])).toEqual([
      [1, big.length],
      [2, 3],
    ]);
  });
});
