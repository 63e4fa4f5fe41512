import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_B, TAG_I, TAG_O } from '../../src/ner/decode.js';
import { buildClassTable, findDefaultModelDir, parseLabelMap, readModelDir } from '../../src/ner/model-dir.js';
import { TINY } from './helpers.js';

const CONLL = { 0: 'O', 1: 'B-PER', 2: 'I-PER', 3: 'B-LOC', 4: 'I-LOC', 5: 'B-ORG', 6: 'I-ORG', 7: 'B-MISC', 8: 'I-MISC' };

describe('buildClassTable', () => {
  it('maps PER to PERSON and drops LOC, ORG, MISC with one warning each', () => {
    const warnings: string[] = [];
    const table = buildClassTable(CONLL, undefined, (m) => warnings.push(m));
    expect(table.labels).toEqual(['PERSON']);
    expect(Array.from(table.tags)).toEqual([TAG_O, TAG_B, TAG_I, TAG_O, TAG_O, TAG_O, TAG_O, TAG_O, TAG_O]);
    expect(Array.from(table.labelIndex)).toEqual([-1, 0, 0, -1, -1, -1, -1, -1, -1]);
    expect(warnings).toEqual([
      'config.json: model label LOC has no SPEC label; ignored (map it with --label-map LOC=LABEL)',
      'config.json: model label ORG has no SPEC label; ignored (map it with --label-map ORG=LABEL)',
      'config.json: model label MISC has no SPEC label; ignored (map it with --label-map MISC=LABEL)',
    ]);
  });

  it.each([
    // [id2label, label map, expected labels, expected label index per class]
    [{ 0: 'O', 1: 'B-PERSON', 2: 'I-PERSON' }, undefined, ['PERSON'], [-1, 0, 0]],
    [{ 0: 'O', 1: 'S-NAME', 2: 'E-NAME', 3: 'B-TEL' }, undefined, ['PERSON', 'PHONE'], [-1, 0, 0, 1]],
    [CONLL, 'LOC=ADDRESS,ORG=O,MISC=O', ['PERSON', 'ADDRESS'], [-1, 0, 0, 1, 1, -1, -1, -1, -1]],
    [CONLL, 'b-per=PERSON,I-PER=PERSON,B-LOC=ADDRESS,I-LOC=ADDRESS', ['PERSON', 'ADDRESS'], [-1, 0, 0, 1, 1, -1, -1, -1, -1]],
    [{ 0: 'O', 1: 'B-PATIENT', 2: 'B-HEALTH' }, undefined, ['PERSON', 'HEALTH'], [-1, 0, 1]],
  ] as const)('%o with map %s', (id2label, map, labels, index) => {
    const table = buildClassTable(id2label, map ? parseLabelMap(map) : undefined, () => undefined);
    expect(table.labels).toEqual(labels);
    expect(Array.from(table.labelIndex)).toEqual(index);
  });

  it.each([
    [undefined, /id2label: missing/],
    [{ 0: 'O', 2: 'B-PER' }, /expected ids 0\.\.n-1/],
    [{ 0: 'O', 1: 'B-LOC' }, /no class maps to a SPEC label; use --label-map/],
  ])('rejects %o', (id2label, message) => {
    expect(() => buildClassTable(id2label, undefined, () => undefined)).toThrow(message);
  });
});

describe('parseLabelMap', () => {
  it.each([
    ['PER', /expected MODEL_LABEL=SPEC_LABEL pairs, got "PER"/],
    ['PER=NAME', /PER: "NAME" is no SPEC label \(use O to drop it\)/],
    [' , ', /no pair given/],
  ])('rejects %s', (raw, message) => {
    expect(() => parseLabelMap(raw)).toThrow(message);
  });
});

describe('model folders', () => {
  it('prefers onnx/model_quantized.onnx and falls back to onnx/model.onnx', () => {
    expect(readModelDir(TINY).onnxPath).toBe(join(TINY, 'onnx', 'model.onnx'));
    const dir = mkdtempSync(join(tmpdir(), 'redact-de-model-'));
    cpSync(TINY, dir, { recursive: true });
    writeFileSync(join(dir, 'onnx', 'model_quantized.onnx'), '');
    expect(readModelDir(dir).onnxPath).toBe(join(dir, 'onnx', 'model_quantized.onnx'));
    rmSync(join(dir, 'onnx'), { recursive: true });
    expect(() => readModelDir(dir)).toThrow(/onnx: no model_quantized\.onnx or model\.onnx/);
    writeFileSync(join(dir, 'tokenizer.json'), '[1, 2]');
    expect(() => readModelDir(dir)).toThrow(/tokenizer\.json: not a JSON object/);
  });

  it('finds the single model folder under models/, none, or asks to choose', () => {
    const root = mkdtempSync(join(tmpdir(), 'redact-de-models-'));
    expect(findDefaultModelDir(join(root, 'absent'))).toBeUndefined();
    expect(findDefaultModelDir(root)).toBeUndefined();
    mkdirSync(join(root, 'not-a-model'));
    cpSync(TINY, join(root, 'ner-a'), { recursive: true });
    expect(findDefaultModelDir(root)).toBe(join(root, 'ner-a'));
    cpSync(TINY, join(root, 'ner-b'), { recursive: true });
    expect(() => findDefaultModelDir(root)).toThrow(/several model folders \(2\); choose one with --model DIR/);
  });
});
