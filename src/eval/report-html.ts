/**
 * A self-contained HTML evaluation report: per-label table, F2/leak chart,
 * worst misses and false alarms. Inline CSS and SVG only; nothing is fetched.
 */
import { alignDocs } from './align.js';
import { collectFindings, type Finding } from './findings.js';
import { barChartSvg, contextHtml, escapeHtml } from './html.js';
import { formatFraction } from './table.js';
import type { GoldDoc, LabelMetrics, MetricsOptions, MetricsReport, PredDoc } from './types.js';

/** Options of renderHtmlReport. */
export interface HtmlReportOptions extends MetricsOptions {
  /**
   * Show span values and their context. Off by default: the report then
   * holds labels, record ids, offsets, lengths and masked context only.
   */
  showValues?: boolean;
  /** Page title (escaped). */
  title?: string;
  /** How many misses and false alarms to list (default 25). */
  limit?: number;
  /** Code units of context on each side of a span (default 40). */
  contextChars?: number;
}

const kStyle = `
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #ccc;padding:3px 8px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.micro td{font-weight:bold;background:#f4f4f4}
td.ctx{font-family:ui-monospace,monospace;white-space:pre-wrap}
mark{background:#ffd54f}
svg text{font:12px system-ui,sans-serif}
svg .f2{fill:#1e88e5} svg .leak{fill:#e53935} svg .axis{stroke:#999}
.note{color:#666}
`;

/**
 * Renders the evaluation as one HTML page.
 *
 * @param report - the report from computeMetrics for the same inputs
 * @param gold - the gold records
 * @param pred - the prediction records
 * @param opts - value display, limits and the label filter used for `report`
 * @returns the complete HTML document
 * @throws InputError as computeMetrics does for inconsistent inputs
 */
export function renderHtmlReport(
  report: MetricsReport,
  gold: readonly GoldDoc[],
  pred: readonly PredDoc[],
  opts: HtmlReportOptions = {},
): string {
  const showValues = opts.showValues === true;
  const limit = opts.limit ?? 25;
  const radius = opts.contextChars ?? 40;
  const findings = collectFindings(alignDocs(gold, pred, opts), limit);
  const title = escapeHtml(opts.title ?? 'redact-de evaluation');

  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>`,
    `<style>${kStyle}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p>${gold.length} gold records, ${pred.length} prediction records. ` +
      `Over-redaction rate: <b>${formatFraction(report.overRedactionRate)}</b>. ` +
      'S = strict, L = lenient; leak = share of gold characters left unredacted (lower is better).</p>',
    showValues
      ? '<p class="note">Values are shown: this file contains personal data. Handle it accordingly.</p>'
      : '<p class="note">Values are hidden: every non-whitespace character of the context is masked.</p>',
    '<h2>Per label</h2>',
    metricsTable(report),
    '<h2>F2 and leak rate</h2>',
    barChartSvg(report),
    `<h2>Worst misses (gold spans with the most leaked characters, top ${limit})</h2>`,
    findingsTable(findings.misses, 'leaked chars', radius, showValues),
    `<h2>False alarms (predictions covering the most characters outside gold, top ${limit})</h2>`,
    findingsTable(findings.falseAlarms, 'chars outside gold', radius, showValues),
    '</body></html>',
    '',
  ].join('\n');
}

function metricsRow(name: string, m: LabelMetrics, cls = ''): string {
  const nums = [
    String(m.gold),
    String(m.pred),
    formatFraction(m.strict.precision),
    formatFraction(m.strict.recall),
    formatFraction(m.strict.f1),
    formatFraction(m.lenient.precision),
    formatFraction(m.lenient.recall),
    formatFraction(m.lenient.f1),
    formatFraction(m.f2),
    formatFraction(m.leakRate),
  ];
  const cells = nums.map((n) => `<td class="n">${n}</td>`).join('');
  return `<tr${cls ? ` class="${cls}"` : ''}><td>${escapeHtml(name)}</td>${cells}</tr>`;
}

function metricsTable(report: MetricsReport): string {
  const head = ['label', 'gold', 'pred', 'S-P', 'S-R', 'S-F1', 'L-P', 'L-R', 'L-F1', 'F2', 'leak'];
  const rows = Object.entries(report.perLabel).map(([label, m]) => metricsRow(label, m!));
  rows.push(metricsRow('micro', report.micro, 'micro'));
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table>`;
}

function findingsTable(items: readonly Finding[], countName: string, radius: number, showValues: boolean): string {
  if (items.length === 0) return '<p class="note">None.</p>';
  const head = ['label', 'record', 'turn', 'start', 'end', 'length', escapeHtml(countName), 'context'];
  const rows = items.map(
    (f) =>
      `<tr><td>${f.label}</td><td>${escapeHtml(f.docId)}</td><td class="n">${f.turn}</td>` +
      `<td class="n">${f.start}</td><td class="n">${f.end}</td><td class="n">${f.end - f.start}</td>` +
      `<td class="n">${f.chars} / ${f.spanChars}</td>` +
      `<td class="ctx">${contextHtml(f.text, f.start, f.end, radius, showValues)}</td></tr>`,
  );
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table>`;
}
