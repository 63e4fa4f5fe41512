/**
 * Plain-text rendering of a SPEC §5 report for the terminal.
 */
import type { LabelMetrics, MetricsReport } from './types.js';

const kHeader = ['label', 'gold', 'pred', 'S-P', 'S-R', 'S-F1', 'L-P', 'L-R', 'L-F1', 'F2', 'leak'] as const;

/** Formats a fraction with four decimals, the precision shown to people. */
export function formatFraction(x: number): string {
  return x.toFixed(4);
}

function row(name: string, m: LabelMetrics): string[] {
  return [
    name,
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
}

/**
 * Renders the report as an aligned table: one row per label, a micro row,
 * then the over-redaction rate. S- columns are strict, L- lenient; numbers
 * are rounded to four decimals (the JSON output is exact).
 *
 * @param report - a report from computeMetrics
 * @returns the table, lines joined by `\n`, with a trailing newline
 * @example
 * formatTable(report);
 * // label   gold  pred     S-P     S-R    S-F1     L-P     L-R    L-F1      F2    leak
 * // PERSON     1     1  0.0000  0.0000  0.0000  1.0000  1.0000  1.0000  1.0000  0.5556
 * // ----------------------------------------------------------------------------------
 * // micro      1     1  0.0000  0.0000  0.0000  1.0000  1.0000  1.0000  1.0000  0.5556
 * //
 * // over-redaction rate: 0.0000
 */
export function formatTable(report: MetricsReport): string {
  const rows: string[][] = [kHeader.slice()];
  for (const [label, m] of Object.entries(report.perLabel)) {
    if (m) rows.push(row(label, m));
  }
  rows.push(row('micro', report.micro));

  const widths = kHeader.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
  );
  // A rule above the micro row sets the total apart from the labels.
  lines.splice(lines.length - 1, 0, '-'.repeat(lines[0].length));
  lines.push('', `over-redaction rate: ${formatFraction(report.overRedactionRate)}`);
  return `${lines.join('\n')}\n`;
}
