import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/errors.js';
import { parseLabelMap } from '../../src/eval/label-map.js';
import { newLoadStats, readGoldFile, readPredFile } from '../../src/eval/load.js';

const dir = mkdtempSync(join(tmpdir(), 'redact-de-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(...lines: string[]): string {
  const path = join(dir, `f${n++}.jsonl`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

const SECRET = 'Zwetschgenbaum';
const goldLine = JSON.stringify({
  id: 'c1',
  turns: [{ speaker: 'caller', text: `ich bin ${SECRET}` }],
  entities: [{ turn: 0, start: 8, end: 22, label: 'NAME', text: SECRET }],
});

describe('readGoldFile', () => {
  it('reads records with line numbers, skipping blank lines and a BOM, mapping labels', async () => {
    const stats = newLoadStats();
    const docs = await readGoldFile(file(`\ufeff${goldLine}`, '', '  ', goldLine.replace('c1', 'c2')), { map: parseLabelMap('NAME=PERSON') }, stats);
    expect(docs.map((d) => [d.id, d.line])).toEqual([
      ['c1', 1],
      ['c2', 4],
    ]);
    expect(docs[0].entities).toEqual([{ turn: 0, start: 8, end: 22, label: 'PERSON' }]);
    expect(docs[0].turns).toEqual([{ text: `ich bin ${SECRET}` }]);
  });

  it('reads a record without entities as no gold spans and counts it', async () => {
    const stats = newLoadStats();
    const docs = await readGoldFile(file(JSON.stringify({ id: 'c', turns: [{ text: 'x' }] })), {}, stats);
    expect(docs[0].entities).toEqual([]);
    expect(stats.missingSpanArrays).toBe(1);
  });

  it('rejects an unknown label by name with the fix, or drops it when asked', async () => {
    const path = file(goldLine);
    const run = () => readGoldFile(path, {}, newLoadStats());
    await expect(run()).rejects.toThrow(ConfigError);
    await expect(run()).rejects.toThrow(`${path}:1: entities[0].label: unknown label "NAME"; map it with --map NAME=`);
    const stats = newLoadStats();
    const docs = await readGoldFile(path, { dropUnknown: true }, stats);
    expect(docs[0].entities).toEqual([]);
    expect(stats.droppedSpans).toBe(1);
  });

  it.each([
    ['invalid JSON', `{"id": "c1", "turns": [${SECRET}`, ':1: invalid JSON'],
    ['not an object', '[1,2]', ':1: expected a JSON object'],
    ['missing id', '{"turns": []}', ':1: id: expected a non-empty string'],
    ['turns not an array', '{"id": "c", "turns": {}}', ':1: turns: expected array'],
    ['turn text not a string', '{"id": "c", "turns": [{"text": 5}]}', ':1: turns[0].text: expected string'],
    ['entities not an array', '{"id": "c", "turns": [], "entities": {}}', ':1: entities: expected array'],
    ['offset not an integer', '{"id": "c", "turns": [], "entities": [{"turn": 0, "start": 1.5, "end": 2, "label": "ID"}]}', ':1: entities[0].start: expected an integer'],
    ['label not a string', '{"id": "c", "turns": [], "entities": [{"turn": 0, "start": 1, "end": 2}]}', ':1: entities[0].label: expected string'],
  ])('%s -> InputError naming file, line and field', async (_why, line, message) => {
    const path = file(line);
    const error = await readGoldFile(path, {}, newLoadStats()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith(`${path}${message}`)).toBe(true);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('reports a missing file without a stack of internals', async () => {
    const path = join(dir, 'missing.jsonl');
    await expect(readGoldFile(path, {}, newLoadStats())).rejects.toThrow(`${path}: cannot read file (ENOENT)`);
  });
});

describe('readPredFile', () => {
  it('keeps only ids and spans; redactions win over entities', async () => {
    const rec = {
      id: 'c1',
      turns: [{ speaker: 'caller', text: 'ich bin [PERSON_1]' }],
      redactions: [{ turn: 0, start: 8, end: 22, label: 'PERSON', operator: 'placeholder', score: 1, source: 'ner' }],
      entities: [{ turn: 0, start: 0, end: 3, label: 'ID' }],
    };
    const docs = await readPredFile(file(JSON.stringify(rec)), {}, newLoadStats());
    expect(docs).toEqual([{ id: 'c1', redactions: [{ turn: 0, start: 8, end: 22, label: 'PERSON' }], line: 1 }]);
  });

  it('reads gold-shaped prediction records (entities)', async () => {
    const docs = await readPredFile(file(JSON.stringify({ id: 'c', entities: [{ turn: 0, start: 0, end: 1, label: 'ID' }] })), {}, newLoadStats());
    expect(docs[0].redactions).toEqual([{ turn: 0, start: 0, end: 1, label: 'ID' }]);
  });
});
