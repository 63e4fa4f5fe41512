/**
 * Accuracy evaluation (SPEC §5): metrics, label mapping, readers and reports.
 */
export type { EvalSpan, GoldDoc, LabelMetrics, MetricsOptions, MetricsReport, PredDoc, Prf } from './types.js';
export { computeMetrics } from './metrics.js';
export { parseLabelList, parseLabelMap, type LabelMap } from './label-map.js';
export { readGoldFile, readPredFile, newLoadStats, type LabelOptions, type LoadStats } from './load.js';
export { formatTable } from './table.js';
export { renderHtmlReport, type HtmlReportOptions } from './report-html.js';
