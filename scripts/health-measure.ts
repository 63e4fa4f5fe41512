/**
 * Measures the HEALTH and SPECIAL rule detectors; nothing of the data it
 * reads is written anywhere. Run from the repository root:
 *   npx tsc --module nodenext --moduleResolution nodenext --target es2022 --types node \
 *     --skipLibCheck --outDir dist/health-measure scripts/health-measure.ts \
 *     && node dist/health-measure/scripts/health-measure.js [prec|recall|speed|synth] [data-dir]
 * Modes:
 *   prec    hits per 10k words on Common Voice prompts and Wikipedia (written and
 *           lowercased), with the most frequent hits and a sample of 50 in context
 *   recall  share of ICD-10-GM 3-character titles, ICD alphabet terms and ATC
 *           active ingredients in which the HEALTH detector finds a span
 *   speed   CPU-time throughput on 15 MB of Wikipedia text cut into 400-char turns
 *   synth   leak rate and over-redaction on src/synth test and train calls
 * The data folder defaults to /work/shared/data (public texts; never copied
 * into the repository).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHealthDetectors } from '../src/detect/health.js';
import { createSpecialDetectors } from '../src/detect/special.js';
import { createCallView } from '../src/pipeline/call-view.js';
import { generateCalls } from '../src/synth/index.js';
import type { Detector, Span } from '../src/types.js';

const mode = process.argv[2] ?? 'prec';
const DATA = process.argv[3] ?? '/work/shared/data';
const health = createHealthDetectors();
const special = createSpecialDetectors();

function run(dets: readonly Detector[], text: string): Span[] {
  const call = createCallView('m', [{ speaker: 'caller', text }]);
  const out: Span[] = [];
  for (const d of dets) void d.detect(call, out);
  return out;
}

function gzLines(path: string, max = Infinity): string[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, max);
}

/** A small deterministic generator for samples. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function precision(name: string, lines: readonly string[], dets: readonly Detector[]): void {
  let words = 0;
  const freq = new Map<string, number>();
  const samples: string[] = [];
  for (const l of lines) {
    words += l.split(/\s+/).length;
    for (const s of run(dets, l)) {
      const key = l.slice(s.start, s.end).toLowerCase() + (s.subtype ? `/${s.subtype}` : '');
      freq.set(key, (freq.get(key) ?? 0) + 1);
      samples.push(`${l.slice(Math.max(0, s.start - 40), s.start)}[[${l.slice(s.start, s.end)}]]${l.slice(s.end, s.end + 30)}`);
    }
  }
  const per10k = ((samples.length / words) * 1e4).toFixed(1);
  console.log(`\n== ${name}: ${lines.length} lines, ${words} words, ${samples.length} hits = ${per10k} per 10k words`);
  const top = [...freq].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log('top:', top.map(([k, v]) => `${k}:${v}`).join(', '));
  const r = rng(7);
  for (let k = 0; k < Math.min(50, samples.length); k++) console.log('  ', samples[Math.floor(r() * samples.length)]);
}

function recall(name: string, items: readonly string[]): void {
  let found = 0;
  for (const it of items) if (run(health, it).length > 0) found++;
  console.log(`== recall ${name}: ${found}/${items.length} = ${((found / items.length) * 100).toFixed(1)}%`);
}

function modePrec(): void {
  const cv = gzLines(`${DATA}/german-text/common-voice-de/common-voice-de.part01.txt.gz`);
  const asr = cv.map((l) => l.toLowerCase().replace(/[.,!?;:"()]/g, ''));
  const wp = gzLines(`${DATA}/german-text/wikipedia-de/wikipedia-de.part01.txt.gz`, 15000);
  precision('common-voice HEALTH', cv, health);
  precision('common-voice HEALTH lowercase, no punctuation', asr, health);
  precision('common-voice SPECIAL', cv, special);
  precision('wikipedia HEALTH', wp, health);
  precision('wikipedia SPECIAL', wp, special);
}

function modeRecall(): void {
  const icd = readFileSync(`${DATA}/health-lexicon/icd10gm2025_codes_titles.tsv`, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[2] === '3');
  recall('ICD-10-GM 3-character titles', icd.map((c) => c[6]));
  recall('ICD-10-GM 3-character titles, lowercase', icd.map((c) => c[6].toLowerCase()));
  const heads = new Set(icd.map((c) => c[6].split(/[ ,:(]/)[0]).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w)));
  recall('ICD-10-GM 3-character title first words', [...heads]);
  const alpha = readFileSync(`${DATA}/health-lexicon/icd10gm2010_alphabet_terms.tsv`, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[4])
    .filter((t) => t && !t.includes(' - s.'));
  const r = rng(11);
  recall('ICD alphabet terms (random 3000)', Array.from({ length: 3000 }, () => alpha[Math.floor(r() * alpha.length)]));
  const atc = JSON.parse(readFileSync(`${DATA}/health-lexicon/atc_wirkstoffe_ch_de.json`, 'utf8')) as Record<string, string>;
  recall('ATC active ingredients (7-character codes)', Object.entries(atc).filter(([k]) => k.length === 7).map(([, v]) => v));
}

function modeSpeed(): void {
  const text = gzLines(`${DATA}/german-text/wikipedia-de/wikipedia-de.part01.txt.gz`, 30000).join(' ');
  const turns: string[] = [];
  for (let i = 0; i < text.length; i += 400) turns.push(text.slice(i, i + 400));
  const calls = [];
  for (let i = 0; i < turns.length; i += 20) {
    calls.push(createCallView('c', turns.slice(i, i + 20).map((t) => ({ speaker: 'caller', text: t }))));
  }
  for (const c of calls) for (const t of c.turns) void t.lower;
  for (const [name, dets] of [['HEALTH', health], ['SPECIAL', special]] as const) {
    let best = Infinity;
    for (let rep = 0; rep < 4; rep++) {
      const t0 = process.cpuUsage();
      for (const c of calls) for (const d of dets) void d.detect(c, []);
      const u = process.cpuUsage(t0);
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    console.log(`${name}: ${(text.length / 1e6).toFixed(1)} MB in ${best.toFixed(0)} ms CPU = ${(text.length / 1e6 / (best / 1000)).toFixed(1)} MB/s`);
  }
}

function modeSynth(): void {
  for (const split of ['test', 'train'] as const) {
    const st = { HEALTH: { gold: 0, leak: 0, spans: 0, exact: 0 }, SPECIAL: { gold: 0, leak: 0, spans: 0, exact: 0 } };
    let nonGold = 0;
    let over = 0;
    for (const call of generateCalls({ n: 2000, seed: 42, split })) {
      const view = createCallView(call.id, call.turns);
      const out: Span[] = [];
      for (const d of [...health, ...special]) void d.detect(view, out);
      call.turns.forEach((t, ti) => {
        const cov = new Uint8Array(t.text.length);
        const gold = new Uint8Array(t.text.length);
        for (const s of out) if (s.turn === ti) cov.fill(1, s.start, s.end);
        for (const e of call.entities) if (e.turn === ti) gold.fill(1, e.start, e.end);
        for (const e of call.entities) {
          if (e.turn !== ti || (e.label !== 'HEALTH' && e.label !== 'SPECIAL')) continue;
          const s = st[e.label];
          s.spans++;
          if (out.some((p) => p.turn === ti && p.start === e.start && p.end === e.end && p.label === e.label)) s.exact++;
          for (let k = e.start; k < e.end; k++) {
            if (/\s/.test(t.text[k])) continue;
            s.gold++;
            if (!cov[k]) s.leak++;
          }
        }
        for (let k = 0; k < t.text.length; k++) {
          if (gold[k] || /\s/.test(t.text[k])) continue;
          nonGold++;
          if (cov[k]) over++;
        }
      });
    }
    for (const [label, s] of Object.entries(st)) {
      const leak = ((s.leak / s.gold) * 100).toFixed(1);
      const exact = ((s.exact / s.spans) * 100).toFixed(1);
      console.log(`synth ${split} ${label}: ${s.spans} gold spans, char leak ${leak}%, exact spans ${exact}%`);
    }
    console.log(`synth ${split}: HEALTH+SPECIAL spans cover ${((over / nonGold) * 100).toFixed(2)}% of non-gold characters`);
  }
}

({ prec: modePrec, recall: modeRecall, speed: modeSpeed, synth: modeSynth })[mode as 'prec']?.();
