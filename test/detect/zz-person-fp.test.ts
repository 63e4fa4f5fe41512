import { execSync } from 'node:child_process';
import { it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import type { Span } from '../../src/types.js';

const [d] = createPersonDetectors();
const lines = execSync('zcat /work/shared/data/german-text/common-voice-de/*.gz /work/shared/data/german-text/thorsten-voice-corpus/*.gz', { maxBuffer: 1 << 28 }).toString().split('\n').filter(Boolean);
function run(lower: boolean) {
  const texts = lines.map((l) => (lower ? l.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, '').replace(/\s+/g, ' ').trim() : l));
  const calls = [];
  for (let i = 0; i < texts.length; i += 20) calls.push(createCallView('c' + i, texts.slice(i, i + 20).map((text) => ({ speaker: 'caller', text }))));
  let chars = 0, flagged = 0; const found = new Map<string, number>();
  for (const c of calls) {
    const out: Span[] = [];
    d.detect(c, out);
    for (const t of c.turns) chars += t.text.replace(/\s/g, '').length;
    for (const s of out) { const v = c.turns[s.turn].text.slice(s.start, s.end); flagged += v.replace(/\s/g, '').length; found.set(v, (found.get(v) ?? 0) + 1); }
  }
  console.log(`${lower ? 'lower' : 'written'}: flagged chars ${(flagged / chars * 100).toFixed(3)}% spans ${[...found.values()].reduce((a, b) => a + b, 0)}`);
  console.log([...found].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SHOW ?? 150)).map(([a, b]) => `${a}:${b}`).join(' | '));
  // throughput: fresh views each round (normalisation caches live in the view)
  const mk = () => calls.map((c) => createCallView(c.id, c.turns.map((t) => ({ speaker: 'caller', text: t.text }))));
  let bytes = 0; for (const c of calls) for (const t of c.turns) bytes += t.text.length;
  let best = Infinity;
  for (let r = 0; r < 3; r++) { const v = mk(); const t0 = performance.now(); for (const c of v) d.detect(c, []); best = Math.min(best, performance.now() - t0); }
  console.log(`throughput ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(2)} MB`);
}
it('fp', () => { run(false); run(true); });
