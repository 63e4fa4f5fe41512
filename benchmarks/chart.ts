/**
 * A self-contained SVG bar chart of the accuracy results: one panel per
 * corpus, one group of bars per system (leak rate, over-redaction, F2).
 * Colours and fonts are inline attributes, so the file renders anywhere
 * without CSS or network access.
 */
import type { RunResult } from './results.js';

const kBars = [
  { key: 'leak', name: 'leak rate (lower is better)', colour: '#d62728' },
  { key: 'over', name: 'over-redaction (lower is better)', colour: '#ff7f0e' },
  { key: 'f2', name: 'F2 (higher is better)', colour: '#1f77b4' },
] as const;

const kWidth = 760;
const kLabelW = 210;
const kPlotW = 470;
const kBarH = 9;
const kGroupGap = 10;
const kPanelHead = 40;
const kMargin = 10;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function values(r: RunResult): Record<(typeof kBars)[number]['key'], number> | undefined {
  if (!r.report) return undefined;
  return { leak: r.report.micro.leakRate, over: r.report.overRedactionRate, f2: r.report.micro.f2 };
}

/**
 * Renders the chart.
 *
 * @param results - all runs; corpora keep their first-seen order
 * @param title - chart title
 * @returns the SVG document
 */
export function accuracyChartSvg(results: readonly RunResult[], title: string): string {
  const corpora = [...new Set(results.map((r) => r.corpus))];
  const groupH = kBars.length * kBarH + kGroupGap;
  const parts: string[] = [];
  let y = 56;
  for (const corpus of corpora) {
    const runs = results.filter((r) => r.corpus === corpus);
    parts.push(`<text x="${kMargin}" y="${y + 14}" font-weight="bold" font-size="14">${escapeXml(corpus)}</text>`);
    const top = y + kPanelHead;
    const bottom = top + runs.length * groupH;
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      const x = kLabelW + tick * kPlotW;
      parts.push(
        `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${bottom}" stroke="#ddd"/>`,
        `<text x="${x}" y="${top - 8}" font-size="10" text-anchor="middle" fill="#666">${tick.toFixed(2)}</text>`,
      );
    }
    runs.forEach((r, i) => {
      const gy = top + i * groupH;
      parts.push(`<text x="${kLabelW - 8}" y="${gy + 17}" font-size="12" text-anchor="end">${escapeXml(r.system.name)}</text>`);
      const v = values(r);
      if (!v) {
        parts.push(`<text x="${kLabelW + 4}" y="${gy + 17}" font-size="12" fill="#d62728">failed</text>`);
        return;
      }
      kBars.forEach((b, j) => {
        const value = v[b.key];
        const by = gy + j * kBarH;
        const w = Math.max(0, Math.min(1, value)) * kPlotW;
        parts.push(
          `<rect x="${kLabelW}" y="${by}" width="${w.toFixed(1)}" height="${kBarH - 1}" fill="${b.colour}"/>`,
          `<text x="${(kLabelW + w + 4).toFixed(1)}" y="${by + kBarH - 1}" font-size="9" fill="#333">${value.toFixed(3)}</text>`,
        );
      });
    });
    parts.push(`<line x1="${kLabelW}" y1="${top - 4}" x2="${kLabelW}" y2="${bottom}" stroke="#999"/>`);
    y = bottom + 16;
  }
  const legend = kBars
    .map((b, i) => {
      const x = kMargin + i * 220;
      return `<rect x="${x}" y="30" width="10" height="10" fill="${b.colour}"/><text x="${x + 14}" y="39" font-size="11">${escapeXml(b.name)}</text>`;
    })
    .join('');
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${kWidth}" height="${height}" viewBox="0 0 ${kWidth} ${height}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${kWidth}" height="${height}" fill="#fff"/>`,
    `<text x="${kMargin}" y="18" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    legend,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
