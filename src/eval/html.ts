/**
 * Small HTML building blocks for the evaluation report: escaping, masking and
 * an inline SVG bar chart. No external resources, so the report opens offline.
 */
import { isWhitespaceCode } from './coverage.js';
import type { MetricsReport } from './types.js';

const kEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const kEscapeRe = /[&<>"']/g;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(kEscapeRe, (c) => kEscapes[c]);
}

/**
 * Replaces every non-whitespace code unit with `•`, keeping only the shape
 * (lengths and word breaks) of a text whose values must not be shown.
 */
export function maskText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += isWhitespaceCode(c) ? text[i] : '•';
  }
  return out;
}

/** Moves an index off the low half of a surrogate pair so slices stay well-formed. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
}

/**
 * Renders a span with `radius` code units of context on each side, the span
 * inside `<mark>`. Without `showValues` all text is masked.
 *
 * @returns escaped HTML
 */
export function contextHtml(text: string, start: number, end: number, radius: number, showValues: boolean): string {
  const from = snap(text, Math.max(0, start - radius));
  const to = snap(text, Math.min(text.length, end + radius));
  const show = showValues ? (s: string) => escapeHtml(s) : (s: string) => escapeHtml(maskText(s));
  return (
    (from > 0 ? '…' : '') +
    show(text.slice(from, start)) +
    `<mark>${show(text.slice(start, end))}</mark>` +
    show(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}

/**
 * An inline SVG chart: per label (and micro) one bar for F2 and one for the
 * leak rate, both on a 0..1 scale.
 *
 * @returns the `<svg>` element as a string
 */
export function barChartSvg(report: MetricsReport): string {
  const rows = Object.entries(report.perLabel).map(([label, m]) => ({ label, f2: m!.f2, leak: m!.leakRate }));
  rows.push({ label: 'micro', f2: report.micro.f2, leak: report.micro.leakRate });
  const labelW = 130;
  const barW = 360;
  const barH = 12;
  const rowH = 2 * barH + 10;
  const height = rows.length * rowH + 30;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 70}" height="${height}" ` +
      `role="img" aria-label="F2 and leak rate per label">`,
    `<rect x="${labelW}" y="4" width="10" height="10" class="f2"/><text x="${labelW + 14}" y="13">F2</text>`,
    `<rect x="${labelW + 60}" y="4" width="10" height="10" class="leak"/>` +
      `<text x="${labelW + 74}" y="13">leak rate</text>`,
  ];
  rows.forEach((r, i) => {
    const y = 24 + i * rowH;
    parts.push(
      `<text x="0" y="${y + barH + 4}">${escapeHtml(r.label)}</text>`,
      bar(labelW, y, barW * r.f2, barH, 'f2', r.f2),
      bar(labelW, y + barH + 2, barW * r.leak, barH, 'leak', r.leak),
    );
  });
  parts.push(`<line x1="${labelW}" y1="20" x2="${labelW}" y2="${height}" class="axis"/>`, '</svg>');
  return parts.join('\n');
}

function bar(x: number, y: number, w: number, h: number, cls: string, value: number): string {
  return (
    `<rect x="${x}" y="${y}" width="${w.toFixed(1)}" height="${h}" class="${cls}"/>` +
    `<text x="${(x + w + 4).toFixed(1)}" y="${y + h - 2}" class="val">${value.toFixed(3)}</text>`
  );
}
