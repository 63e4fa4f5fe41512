import { describe, expect, it } from 'vitest';
import { contextHtml, escapeHtml, maskText } from '../../src/eval/html.js';
import { computeMetrics } from '../../src/eval/metrics.js';
import { renderHtmlReport } from '../../src/eval/report-html.js';
import { formatTable } from '../../src/eval/table.js';
import type { GoldDoc, PredDoc } from '../../src/eval/types.js';

const SECRET = 'Zwetschgenbaum';
const OTHER = 'Quittengelee';
// "ich bin Zwetschgenbaum, Tel Quittengelee": SECRET = [8,22), OTHER = [28,40).
const TEXT = `ich bin ${SECRET}, Tel ${OTHER}`;
const gold: GoldDoc[] = [
  {
    id: 'call<1>',
    turns: [{ text: TEXT }],
    entities: [
      { turn: 0, start: 8, end: 22, label: 'PERSON' },
      { turn: 0, start: 28, end: 40, label: 'PHONE' },
    ],
  },
];
// Misses PERSON entirely; over-redacts "Tel"; covers half of OTHER.
const pred: PredDoc[] = [{ id: 'call<1>', redactions: [{ turn: 0, start: 24, end: 34, label: 'PHONE' }] }];
const report = computeMetrics(gold, pred);

describe('formatTable', () => {
  const table = formatTable(report);
  const lines = table.trimEnd().split('\n');

  it('has a header, a row per label, a rule, a micro row and the over-redaction rate', () => {
    expect(lines[0].split(/\s+/)).toEqual(['label', 'gold', 'pred', 'S-P', 'S-R', 'S-F1', 'L-P', 'L-R', 'L-F1', 'F2', 'leak']);
    expect(lines[1].split(/\s+/)[0]).toBe('PHONE');
    expect(lines[2].split(/\s+/)[0]).toBe('PERSON');
    expect(lines[3]).toMatch(/^-+$/);
    expect(lines[4].split(/\s+/)[0]).toBe('micro');
    // Outside gold: "ich" "bin" "," "Tel" = 3+3+1+3 = 10 chars; "Tel" covered.
    expect(lines[6]).toBe(`over-redaction rate: ${(3 / 10).toFixed(4)}`);
  });

  it('aligns the columns', () => {
    const widths = new Set(lines.slice(0, 5).map((l) => l.length));
    expect(widths.size).toBe(1);
  });

  it('shows the rounded numbers of the report', () => {
    // PHONE: 12 gold chars, 6 covered -> leak 0.5.
    expect(lines[1].trim().split(/\s+/).at(-1)).toBe('0.5000');
    expect(lines[2].trim().split(/\s+/).at(-1)).toBe('1.0000');
  });
});

describe('renderHtmlReport', () => {
  it('without showValues holds no transcript text, only ids, offsets and masked context', () => {
    const html = renderHtmlReport(report, gold, pred);
    for (const word of [SECRET, OTHER, 'ich bin', 'Tel', SECRET.slice(0, 5), OTHER.slice(4, 9)]) {
      expect(html).not.toContain(word);
    }
    expect(html).toContain('call&lt;1&gt;');
    expect(html).not.toContain('call<1>');
    expect(html).toContain(`<mark>${'•'.repeat(SECRET.length)}</mark>`);
    expect(html).toContain('<td class="n">8</td><td class="n">22</td><td class="n">14</td>');
  });

  it('with showValues shows escaped values and context with the span marked', () => {
    const g: GoldDoc[] = [{ id: 'c', turns: [{ text: 'a <b>Anna</b> & x' }], entities: [{ turn: 0, start: 5, end: 9, label: 'PERSON' }] }];
    const html = renderHtmlReport(computeMetrics(g, []), g, [], { showValues: true });
    expect(html).toContain('a &lt;b&gt;<mark>Anna</mark>&lt;/b&gt; &amp; x');
  });

  it('lists misses and false alarms worst first', () => {
    const html = renderHtmlReport(report, gold, pred);
    const misses = html.slice(html.indexOf('Worst misses'), html.indexOf('False alarms'));
    // PERSON leaks 14 chars, PHONE 6: PERSON first.
    expect(misses.indexOf('>PERSON<')).toBeLessThan(misses.indexOf('>PHONE<'));
    expect(misses).toContain('14 / 14');
    expect(misses).toContain('6 / 12');
    const alarms = html.slice(html.indexOf('False alarms'));
    expect(alarms).toContain('3 / 9');
  });

  it('is self-contained: inline CSS and SVG, nothing fetched', () => {
    const html = renderHtmlReport(report, gold, pred);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<link|<script|\ssrc=|url\(|@import/i);
  });
});

describe('html helpers', () => {
  it.each([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });

  it('maskText keeps whitespace and hides everything else', () => {
    expect(maskText('Anna W.\t12')).toBe('•••• ••\t••');
  });

  it('contextHtml cuts the context with ellipses', () => {
    expect(contextHtml('0123456789', 4, 6, 2, true)).toBe('…23<mark>45</mark>67…');
    expect(contextHtml('0123456789', 0, 2, 2, false)).toBe('<mark>••</mark>••…');
  });
});
