import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createCallView } from '../../src/pipeline/call-view.js';
import { createPhoneDetectors } from '../../src/detect/phone.js';
import { createIbanDetectors } from '../../src/detect/iban.js';
import { createEmailDetectors } from '../../src/detect/email.js';
import { createCardDetectors } from '../../src/detect/card.js';
import { createIpDetectors } from '../../src/detect/ip.js';
import type { Span } from '../../src/types.js';
const dets = [...createPhoneDetectors(), ...createIbanDetectors(), ...createEmailDetectors(), ...createCardDetectors(), ...createIpDetectors()];
const files = (process.env.FILES ?? '').split(',');
const limit = Number(process.env.LIMIT ?? 1e9);
it('measure', async () => {
  for (const f of files) {
    const lines = gunzipSync(readFileSync(f)).toString('utf8').split('\n').slice(0, limit);
    const counts: Record<string, number> = {};
    const samples: string[] = [];
    let chars = 0;
    let normMs = 0;
    const per: Record<string, number> = {};
    const t0 = performance.now();
    for (let i = 0; i < lines.length; i += 20) {
      const turns = lines.slice(i, i + 20).map((text) => ({ speaker: 'caller', text }));
      for (const t of turns) chars += t.text.length;
      const call = createCallView('x', turns);
      const tn = performance.now();
      for (const t of call.turns) { t.normalized('digits'); if (process.env.EMAILVIEW) t.normalized('email'); }
      normMs += performance.now() - tn;
      const out: Span[] = [];
      for (const d of dets) { const td = performance.now(); await d.detect(call, out); per[d.id] = (per[d.id] ?? 0) + performance.now() - td; }
      for (const s of out) {
        const k = `${s.label}:${s.source}`;
        counts[k] = (counts[k] ?? 0) + 1;
        if (samples.length < 60) { const tx = turns[s.turn].text; samples.push(`${k} ${s.score} «${tx.slice(Math.max(0, s.start - 40), s.start)}[[${tx.slice(s.start, s.end)}]]${tx.slice(s.end, s.end + 20)}»`); }
      }
    }
    const ms = performance.now() - t0;
    console.log(f, lines.length, 'lines', (chars / 1e6).toFixed(2), 'MB', ms.toFixed(0), 'ms', (chars / 1e3 / ms).toFixed(2), 'MB/s', JSON.stringify(counts));
    console.log('norm ms', normMs.toFixed(0), 'per detector MB/s', JSON.stringify(Object.fromEntries(Object.entries(per).map(([k, v]) => [k, +(chars / 1e3 / v).toFixed(1)]))));
    console.log(samples.join('\n'));
  }
});
