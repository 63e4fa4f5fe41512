/**
 * `redact-de eval`: scores predictions (a file, or the redactor run on the
 * gold file) against gold annotations with the SPEC §5 metrics.
 */
import { writeFile } from 'node:fs/promises';
import { ConfigError, exitCodeFor, safeMessage } from '../errors.js';
import { parseLabelList, parseLabelMap } from '../eval/label-map.js';
import { newLoadStats, readGoldFile, readPredFile, toPredDoc, type LabelOptions, type LoadStats } from '../eval/load.js';
import { computeMetrics } from '../eval/metrics.js';
import { renderHtmlReport } from '../eval/report-html.js';
import { formatTable } from '../eval/table.js';
import type { MetricsOptions, PredDoc } from '../eval/types.js';
import type { Label } from '../types.js';

/** Options of runEval, one per CLI flag. */
export interface EvalOptions {
  /** Gold JSON Lines file (SPEC §3). */
  gold: string;
  /** Prediction JSON Lines file (SPEC §4 or §3); absent: run the redactor on `gold`. */
  pred?: string;
  /** Redactor configuration, handed to `deps.redactFile`. */
  config?: string;
  /** Print the SPEC §5 JSON object (exact numbers) instead of the table. */
  json?: boolean;
  /** Write the HTML report to this path. */
  report?: string;
  /** Show values and context in the HTML report. */
  showValues?: boolean;
  /** Label map, e.g. `NAME=PERSON,PER=PERSON`, applied to gold and predictions. */
  map?: string;
  /** Evaluate only these labels (names, or comma-separated lists). */
  labels?: string[];
  /** Drop spans with unknown labels (counted in a warning) instead of failing. */
  dropUnknownLabels?: boolean;
}

/** What runEval needs from outside; everything but `redactFile` has a default. */
export interface EvalDeps {
  /** Runs the redactor over a transcript/gold file, yielding SPEC §4 records. */
  redactFile?: (goldPath: string, config?: string) => AsyncIterable<PredDoc>;
  /** Receives the table or JSON (default: process.stdout). */
  stdout?: (text: string) => void;
  /** Receives warnings and errors (default: process.stderr). */
  stderr?: (text: string) => void;
}

/**
 * Runs an evaluation and prints the result.
 *
 * Steps: 1. parse the label options; 2. read gold; 3. read or produce the
 * predictions; 4. compute the metrics; 5. write the HTML report if asked;
 * 6. print the table or the JSON object; 7. warn about defaulted input.
 *
 * @param opts - the command-line options
 * @param deps - the redactor and output streams
 * @returns the exit code: 0 ok, 2 bad input/config, 1 internal error
 * @example
 * await runEval({ gold: 'gold.jsonl', pred: 'out.jsonl', json: true }, {});
 * // stdout: {"perLabel":{"PERSON":{"gold":231,...}},"micro":{...},"overRedactionRate":0.01}
 * // returns 0
 */
export async function runEval(opts: EvalOptions, deps: EvalDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = deps.stderr ?? ((s: string) => void process.stderr.write(s));
  try {
    // 1. Label options.
    const labelOpts: LabelOptions = {
      map: opts.map !== undefined ? parseLabelMap(opts.map) : undefined,
      dropUnknown: opts.dropUnknownLabels === true,
    };
    const labels: Label[] | undefined = opts.labels?.length ? parseLabelList(opts.labels) : undefined;
    if (opts.pred === undefined && !deps.redactFile) {
      throw new ConfigError('eval: --pred is required here (no redactor is available to produce predictions)');
    }

    // 2. Gold.
    const goldStats = newLoadStats();
    const gold = await readGoldFile(opts.gold, labelOpts, goldStats);

    // 3. Predictions.
    const predStats = newLoadStats();
    const predName = opts.pred ?? `redactor output for ${opts.gold}`;
    const pred = opts.pred !== undefined
      ? await readPredFile(opts.pred, labelOpts, predStats)
      : await runRedactor(opts, deps.redactFile!, labelOpts, predStats, predName);

    // 4. Metrics.
    const metricOpts: MetricsOptions = { labels, goldFile: opts.gold, predFile: predName };
    const report = computeMetrics(gold, pred, metricOpts);

    // 5. HTML report.
    if (opts.report !== undefined) {
      const html = renderHtmlReport(report, gold, pred, { ...metricOpts, showValues: opts.showValues === true });
      await writeReport(opts.report, html);
    }

    // 6. Result.
    out(opts.json ? `${JSON.stringify(report)}\n` : formatTable(report));

    // 7. Warnings (counts only, never values).
    const predicted = new Set(pred.map((p) => p.id));
    const unpredicted = gold.reduce((n, g) => n + (predicted.has(g.id) ? 0 : 1), 0);
    if (unpredicted > 0) {
      err(`warning: ${unpredicted} of ${gold.length} gold records have no prediction record; counted as nothing predicted\n`);
    }
    warnStats(err, opts.gold, goldStats, 'entities');
    warnStats(err, predName, predStats, 'redactions or entities');
    return 0;
  } catch (error) {
    err(`redact-de eval: ${safeMessage(error)}\n`);
    return exitCodeFor(error);
  }
}

async function runRedactor(
  opts: EvalOptions,
  redactFile: NonNullable<EvalDeps['redactFile']>,
  labelOpts: LabelOptions,
  stats: LoadStats,
  name: string,
): Promise<PredDoc[]> {
  const pred: PredDoc[] = [];
  let n = 0;
  for await (const rec of redactFile(opts.gold, opts.config)) {
    const index = n++;
    // Keep only id and spans: redacted turns are not needed and cost memory.
    pred.push(toPredDoc(rec, (field) => ({ file: name, field: `[${index}]${field ? `.${field}` : ''}` }), labelOpts, stats));
  }
  return pred;
}

async function writeReport(path: string, html: string): Promise<void> {
  try {
    await writeFile(path, html, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write error';
    throw new ConfigError(`--report: cannot write ${path} (${code}); check that the folder exists and is writable`);
  }
}

function warnStats(err: (s: string) => void, file: string, stats: LoadStats, what: string): void {
  if (stats.missingSpanArrays > 0) {
    err(`warning: ${file}: ${stats.missingSpanArrays} records have no ${what} array; read as no spans\n`);
  }
  if (stats.droppedSpans > 0) {
    err(`warning: ${file}: dropped ${stats.droppedSpans} spans with labels that are neither mapped nor SPEC labels\n`);
  }
}
