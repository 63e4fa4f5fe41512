import { it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import { generateCalls } from '../../src/synth/index.js';
import type { Span } from '../../src/types.js';

const [d] = createPersonDetectors();
it('synth', () => {
  const n = Number(process.env.N ?? 400);
  let goldChars = 0, leaked = 0, nonGold = 0, fp = 0, lowerGold = 0, lowerLeak = 0;
  let otherGoldFp = 0;
  const misses: string[] = [], fps: string[] = [];
  for (const call of generateCalls({ n, seed: Number(process.env.SEED ?? 1), split: 'test', ...(process.env.NAMES ? { namesDir: process.env.NAMES } : {}) })) {
    const view = createCallView(call.id, call.turns);
    const out: Span[] = [];
    d.detect(view, out);
    call.turns.forEach((turn, t) => {
      const text = turn.text;
      const gold = new Uint8Array(text.length), other = new Uint8Array(text.length), pred = new Uint8Array(text.length);
      for (const e of call.entities) if (e.turn === t) (e.label === 'PERSON' ? gold : other).fill(1, e.start, e.end);
      for (const s of out) if (s.turn === t) pred.fill(1, s.start, s.end);
      const lowerTurn = text === text.toLowerCase();
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i])) continue;
        if (gold[i]) { goldChars++; if (!pred[i]) leaked++; if (lowerTurn) { lowerGold++; if (!pred[i]) lowerLeak++; } }
        else { nonGold++; if (pred[i]) { fp++; if (other[i]) otherGoldFp++; } }
      }
      for (const e of call.entities) if (e.turn === t && e.label === 'PERSON') {
        let cov = 0; for (let i = e.start; i < e.end; i++) cov += pred[i];
        if (cov < (e.end - e.start) / 2) misses.push(`${text.slice(e.start, e.end)} || ${t > 0 ? call.turns[t - 1].text.slice(-60) + ' >> ' : ''}${text.slice(Math.max(0, e.start - 40), e.end + 25)}`);
      }
      for (const s of out) if (s.turn === t) { let g = 0, o = 0; for (let i = s.start; i < s.end; i++) { g += gold[i]; o += other[i]; } if (g === 0 && o === 0) fps.push(`${text.slice(s.start, s.end)}@${s.score} || ${t > 0 ? call.turns[t - 1].text.slice(-50) + ' >> ' : ''}${text.slice(Math.max(0, s.start - 40), s.end + 25)}`); }
    });
  }
  console.log(`FP excluding chars inside other gold: ${((fp - otherGoldFp) / nonGold).toFixed(4)}`);
  console.log(`PERSON leak ${(leaked / goldChars).toFixed(3)} (lowercase turns ${(lowerLeak / lowerGold).toFixed(3)}), FP chars ${(fp / nonGold).toFixed(4)} of non-PERSON chars (of which inside other gold ${otherGoldFp}), goldChars ${goldChars}`);
  const show = Number(process.env.SHOW ?? 40);
  console.log('MISSES', misses.length); console.log(misses.slice(0, show).join('\n'));
  console.log('FPS', fps.length); console.log(fps.slice(0, show).join('\n'));
});
