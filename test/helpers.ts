import { createCallView } from '../src/pipeline/call-view.js';
import type { Detector, Span } from '../src/types.js';

/** A turn as tests write it: plain text is a caller turn. */
export type TestTurn = string | { speaker: string; text: string };

/** Runs one detector over a call made of `turns` and returns its spans sorted by turn and offset. */
export async function detectIn(detector: Detector, ...turns: TestTurn[]): Promise<Span[]> {
  const call = createCallView(
    'test',
    turns.map((t) => (typeof t === 'string' ? { speaker: 'caller', text: t } : t)),
  );
  const out: Span[] = [];
  await detector.detect(call, out);
  return out.sort((a, b) => a.turn - b.turn || a.start - b.start || b.end - a.end);
}

/** `[start, end, label]` triples of spans, the form positive-case tables use. */
export function triples(spans: readonly Span[]): [number, number, string][] {
  return spans.map((s) => [s.start, s.end, s.label]);
}

/** The text each span covers in a single-turn call, for readable assertions. */
export function slices(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
