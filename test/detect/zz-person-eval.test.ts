import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import type { Span } from '../../src/types.js';

const [d] = createPersonDetectors();
interface Doc { text: string; gold: [number, number][] }
function germeval(lower: boolean): Doc[] {
  const docs: Doc[] = [];
  let toks: [string, string][] = [];
  const flush = () => {
    if (!toks.length) return;
    let text = ''; const gold: [number, number][] = []; let cur: [number, number] | null = null;
    for (const [w, tag] of toks) {
      let word = w;
      if (lower) { word = w.toLowerCase(); if (/^[^\p{L}\p{N}]+$/u.test(word)) { if (cur && !tag.startsWith('I-PER')) { gold.push(cur); cur = null; } continue; } }
      if (text) text += ' ';
      const s = text.length; text += word;
      if (tag === 'B-PER') { if (cur) gold.push(cur); cur = [s, text.length]; }
      else if (tag === 'I-PER' && cur) cur[1] = text.length;
      else if (cur) { gold.push(cur); cur = null; }
    }
    if (cur) gold.push(cur);
    docs.push({ text, gold }); toks = [];
  };
  for (const line of readFileSync('/work/shared/data/germeval2014/NER-de-dev.tsv', 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const p = line.split('\t'); toks.push([p[1], p[2]]);
  }
  flush();
  return docs;
}
function score(name: string, docs: Doc[], show = 0) {
  let goldChars = 0, leaked = 0, nonGold = 0, fp = 0, goldSpans = 0, hit = 0, pred = 0, predOk = 0;
  const fps: string[] = [], misses: string[] = [];
  const t0 = performance.now(); let bytes = 0;
  for (const doc of docs) {
    bytes += doc.text.length;
    const out: Span[] = [];
    d.detect(createCallView('x', [{ speaker: 'caller', text: doc.text }]), out);
    const inGold = new Uint8Array(doc.text.length), inPred = new Uint8Array(doc.text.length);
    for (const [s, e] of doc.gold) inGold.fill(1, s, e);
    for (const sp of out) inPred.fill(1, sp.start, sp.end);
    for (let i = 0; i < doc.text.length; i++) { if (/\s/.test(doc.text[i])) continue; if (inGold[i]) { goldChars++; if (!inPred[i]) leaked++; } else { nonGold++; if (inPred[i]) fp++; } }
    for (const [s, e] of doc.gold) { goldSpans++; if (out.some((p) => p.start < e && p.end > s)) hit++; else if (misses.length < 4000) misses.push(doc.text.slice(s, e)); }
    for (const p of out) { pred++; if (doc.gold.some(([s, e]) => p.start < e && p.end > s)) predOk++; else fps.push(doc.text.slice(p.start, p.end) + ' | ' + doc.text.slice(Math.max(0, p.start - 30), p.end + 20)); }
  }
  const ms = performance.now() - t0;
  console.log(`${name}: docs ${docs.length} leak ${(leaked / goldChars).toFixed(3)} overRed ${(fp / nonGold).toFixed(4)} lenientR ${(hit / goldSpans).toFixed(3)} lenientP ${(predOk / pred).toFixed(3)} pred ${pred} gold ${goldSpans} speed ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  if (show) { console.log('FP:', fps.slice(0, show).join('\n  ')); console.log('MISS:', misses.slice(0, show).join(' ; ')); }
}
it('germeval', () => {
  score('germeval-written', germeval(false), Number(process.env.SHOW ?? 0));
  score('germeval-lower', germeval(true), Number(process.env.SHOW ?? 0));
});
