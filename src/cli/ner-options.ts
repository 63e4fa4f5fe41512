import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { ConfigError } from '../errors.js';
import { buildClassTable, findDefaultModelDir, parseLabelMap, readModelDir } from '../ner/model-dir.js';
import { createNerDetector, kNerDefaults, type NerDetector } from '../ner/ner-detector.js';

/** NER and worker flags of a command, as commander parses them. */
export interface NerCliOptions {
  /** Model folder, `none`, or absent for the shipped model. */
  model?: string;
  labelMap?: string;
  nerThreshold?: string;
  nerPlainThreshold?: string;
  nerAggregate?: 'first' | 'max' | 'mean';
  /** `1` (in-process, default), a number of worker threads, or `auto` (one per core). */
  workers?: string;
}

/** Adds --ner-threshold and --ner-plain-threshold to a command (redact and eval). */
export function addThresholdOptions(command: Command): Command {
  return command
    .option('--ner-threshold <p>', 'minimum NER probability of a label for a word, 0..1', String(kNerDefaults.threshold))
    .option(
      '--ner-plain-threshold <p>',
      'the same for an ordinary German word that is no name (above 1: never); turns of only such words skip the model',
      String(kNerDefaults.plainThreshold),
    );
}

/** Adds --model, --label-map, the thresholds, --ner-aggregate and --workers to a command. */
export function addNerOptions(command: Command): Command {
  return addThresholdOptions(command)
    .option('--model <dir>', 'NER model folder (transformers.js layout), or "none" for rules only (default: the model shipped in models/)')
    .option('--label-map <pairs>', 'map model labels to SPEC labels, e.g. B-PER=PERSON,I-PER=PERSON,LOC=O (default: from config.json id2label)')
    .addOption(new Option('--ner-aggregate <how>', "a word's NER score from its sub-tokens").choices(['first', 'max', 'mean']).default('first'))
    .addOption(new Option('--workers <n>', 'worker threads: 1 runs in-process; "auto" uses one per core').default('1'));
}

/**
 * The model folder to use: `--model DIR`, null for `--model none`, else the
 * single folder under models/. With no shipped model it runs rules only and says so.
 */
export function resolveModel(options: NerCliOptions, notice: (message: string) => void): string | null {
  if (options.model === 'none') return null;
  if (options.model) return options.model;
  const found = findDefaultModelDir();
  if (!found) notice('no NER model in models/ (and no --model); running rules only');
  return found ?? null;
}

/** Parses --workers: a positive integer or `auto`. */
export function parseWorkers(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (raw === 'auto') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new ConfigError(`--workers: expected an integer 1..1024 or "auto", got "${raw}"`);
  return n;
}

/** Parses a threshold flag: a number in 0..max, `fallback` when absent. */
function parseThresholdFlag(flag: string, raw: string | undefined, fallback: number, max: number): number {
  const p = Number(raw ?? fallback);
  if (raw === '' || !Number.isFinite(p) || p < 0 || p > max) throw new ConfigError(`${flag}: expected a number in 0..${max}, got "${raw}"`);
  return p;
}

/** Parses --ner-threshold. */
export function parseThreshold(raw: string | undefined): number {
  return parseThresholdFlag('--ner-threshold', raw, kNerDefaults.threshold, 1);
}

/** Parses --ner-plain-threshold (0..2; above 1 disables NER on plain words). */
export function parsePlainThreshold(raw: string | undefined): number {
  return parseThresholdFlag('--ner-plain-threshold', raw, kNerDefaults.plainThreshold, 2);
}

/**
 * Checks a model folder and its label map without loading the ONNX session
 * (the workers load it), so errors and dropped-label warnings appear once, in the main thread.
 */
export function checkModel(model: string, labelMap: string | undefined, warn: (message: string) => void): void {
  const files = readModelDir(model);
  buildClassTable(files.config.id2label, labelMap ? parseLabelMap(labelMap) : undefined, warn, `${model}/config.json`);
}

/** The in-process NER detector for the CLI flags, or undefined for rules only. */
export async function createCliNerDetector(model: string | null, options: NerCliOptions, warn: (message: string) => void): Promise<NerDetector | undefined> {
  if (!model) return undefined;
  return createNerDetector(model, {
    threshold: parseThreshold(options.nerThreshold),
    plainThreshold: parsePlainThreshold(options.nerPlainThreshold),
    labelMap: options.labelMap,
    aggregate: options.nerAggregate,
    onWarning: warn,
  });
}
