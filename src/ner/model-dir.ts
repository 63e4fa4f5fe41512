import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { rulesPath } from '../rules-dir.js';
import { isLabel, type Label } from '../types.js';
import { TAG_B, TAG_I, TAG_O, type ClassTable } from './decode.js';

/** The files of a token-classification model folder (transformers.js layout). */
export interface ModelFiles {
  readonly dir: string;
  /** The ONNX file: onnx/model_quantized.onnx, else onnx/model.onnx, else the only *.onnx. */
  readonly onnxPath: string;
  readonly config: Record<string, unknown>;
  readonly tokenizerJson: Record<string, unknown>;
  readonly tokenizerConfig: Record<string, unknown>;
}

/** Model label types (after the B-/I- prefix) that mean a SPEC label, upper-cased. */
const kTypeAliases: Readonly<Record<string, Label>> = Object.freeze({
  PER: 'PERSON',
  PERS: 'PERSON',
  PERSON: 'PERSON',
  NAME: 'PERSON',
  NAME_STUDENT: 'PERSON',
  FIRSTNAME: 'PERSON',
  LASTNAME: 'PERSON',
  GIVENNAME: 'PERSON',
  SURNAME: 'PERSON',
  PATIENT: 'PERSON',
  DOCTOR: 'PERSON',
  TEL: 'PHONE',
  TELEPHONE: 'PHONE',
  PHONE_NUMBER: 'PHONE',
  PHONENUMBER: 'PHONE',
  MAIL: 'EMAIL',
  STREET_ADDRESS: 'ADDRESS',
  DOB: 'DATE_OF_BIRTH',
  BIRTHDATE: 'DATE_OF_BIRTH',
});

const kPrefix = /^([BIESLU])[-_](.+)$/;

/**
 * The folder of the model shipped with the package: the single sub-folder of
 * `models/` that holds a `config.json`. Undefined when there is none.
 * @throws ConfigError when several model folders exist (pick one with --model)
 */
export function findDefaultModelDir(modelsRoot: string = join(rulesPath(), '..', 'models')): string | undefined {
  if (!existsSync(modelsRoot)) return undefined;
  const found = readdirSync(modelsRoot)
    .map((name) => join(modelsRoot, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'config.json')));
  if (found.length > 1) throw new ConfigError(`${modelsRoot}: several model folders (${found.length}); choose one with --model DIR`);
  return found[0];
}

function readJson(path: string, what: string): Record<string, unknown> {
  if (!existsSync(path)) throw new ConfigError(`${path}: missing (${what}); a model folder needs config.json, tokenizer.json, tokenizer_config.json and onnx/*.onnx`);
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new ConfigError(`${path}: not a JSON object (${what})`);
  }
}

/**
 * Reads and checks a model folder (transformers.js layout).
 * @param dir - folder with config.json, tokenizer.json, tokenizer_config.json, onnx/
 * @throws ConfigError naming the missing or malformed file
 */
export function readModelDir(dir: string): ModelFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`--model: ${dir}: no such folder`);
  const config = readJson(join(dir, 'config.json'), 'model config with id2label');
  const tokenizerJson = readJson(join(dir, 'tokenizer.json'), 'Hugging Face tokenizer');
  const tokenizerConfig = existsSync(join(dir, 'tokenizer_config.json')) ? readJson(join(dir, 'tokenizer_config.json'), 'tokenizer config') : {};
  const onnxDir = join(dir, 'onnx');
  let onnxPath: string | undefined;
  for (const candidate of [join(onnxDir, 'model_quantized.onnx'), join(onnxDir, 'model.onnx'), join(dir, 'model.onnx')]) {
    if (existsSync(candidate)) {
      onnxPath = candidate;
      break;
    }
  }
  if (!onnxPath && existsSync(onnxDir)) {
    const files = readdirSync(onnxDir).filter((f) => f.endsWith('.onnx'));
    if (files.length === 1) onnxPath = join(onnxDir, files[0]);
  }
  if (!onnxPath) throw new ConfigError(`${onnxDir}: no model_quantized.onnx or model.onnx`);
  return { dir, onnxPath, config, tokenizerJson, tokenizerConfig };
}

/**
 * Parses `--label-map B-PER=PERSON,I-PER=PERSON,LOC=O`: model class or type
 * -> SPEC label, or `O` to drop it. Keys are matched case-insensitively, first
 * as the full class name, then as its type without the B-/I- prefix.
 * @throws ConfigError for a malformed pair or a value that is no SPEC label
 */
export function parseLabelMap(raw: string): Map<string, Label | null> {
  const map = new Map<string, Label | null>();
  for (const part of raw.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    const key = eq > 0 ? item.slice(0, eq).trim().toUpperCase() : '';
    const value = eq > 0 ? item.slice(eq + 1).trim().toUpperCase() : '';
    if (!key || !value) throw new ConfigError(`--label-map: expected MODEL_LABEL=SPEC_LABEL pairs, got "${item}"`);
    if (value !== 'O' && !isLabel(value)) throw new ConfigError(`--label-map: ${key}: "${value}" is no SPEC label (use O to drop it)`);
    map.set(key, value === 'O' ? null : (value as Label));
  }
  if (map.size === 0) throw new ConfigError('--label-map: no pair given');
  return map;
}

/**
 * Builds the class table from `config.json` `id2label`, with an optional user map.
 * Unknown model labels are dropped (treated as O) and reported through `warn`.
 * @param id2label - class id -> model label, e.g. {"0": "O", "1": "B-PER"}
 * @param labelMap - from {@link parseLabelMap}
 * @param warn - receives one message per dropped model label
 * @throws ConfigError when id2label is missing or maps no class to a SPEC label
 */
export function buildClassTable(id2label: unknown, labelMap: ReadonlyMap<string, Label | null> | undefined, warn: (message: string) => void, where = 'config.json'): ClassTable {
  if (id2label === null || typeof id2label !== 'object') throw new ConfigError(`${where}: id2label: missing; use a token-classification model`);
  const entries = Object.entries(id2label as Record<string, unknown>).map(([k, v]) => [Number(k), String(v)] as const);
  const classes = entries.length;
  if (classes === 0 || entries.some(([k]) => !Number.isInteger(k) || k < 0 || k >= classes)) throw new ConfigError(`${where}: id2label: expected ids 0..n-1`);
  const tags = new Uint8Array(classes);
  const labelIndex = new Int16Array(classes).fill(-1);
  const labels: Label[] = [];
  const dropped = new Set<string>();
  for (const [id, name] of entries) {
    const upper = name.toUpperCase();
    const m = kPrefix.exec(upper);
    const type = m ? m[2] : upper;
    tags[id] = upper === 'O' ? TAG_O : m && 'ILE'.includes(m[1]) ? TAG_I : TAG_B;
    if (upper === 'O') continue;
    let label: Label | null | undefined = labelMap?.has(upper) ? labelMap.get(upper) : labelMap?.get(type);
    if (label === undefined) label = isLabel(type) ? type : kTypeAliases[type];
    if (!label) {
      if (label === undefined) dropped.add(type);
      tags[id] = TAG_O;
      continue;
    }
    if (!labels.includes(label)) labels.push(label);
    labelIndex[id] = labels.indexOf(label);
  }
  for (const type of dropped) warn(`${where}: model label ${type} has no SPEC label; ignored (map it with --label-map ${type}=LABEL)`);
  if (labels.length === 0) throw new ConfigError(`${where}: id2label: no class maps to a SPEC label; use --label-map, e.g. PER=PERSON`);
  return { tags, labelIndex, labels };
}
