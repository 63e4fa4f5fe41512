#!/usr/bin/env node
/**
 * Converts the hand-written call markup (fixtures/handwritten/calls.md) into SPEC §3 gold JSONL.
 *
 * Markup (one call per block):
 *   ## <call-id> <tenant>          starts a call
 *   A: <text>   /   C: <text>      one turn (agent / caller)
 *   # ...                          comment, ignored; blank lines ignored
 * Inline entities: [[LABEL|value]] or [[SPECIAL:subtype|value]]; no nesting.
 * Offsets are UTF-16 indices into the turn text with the markup removed; every span is
 * checked to slice back to its value. Exits 1 on any markup error (line number given).
 *
 * Usage: node scripts/handwritten-to-gold.mjs [in.md] [out.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LABELS = new Set(['PERSON', 'PHONE', 'EMAIL', 'IBAN', 'CARD', 'ADDRESS', 'DATE_OF_BIRTH', 'ID', 'HEALTH', 'SPECIAL']);
const SUBTYPES = new Set(['religion', 'ethnicity', 'politics', 'union', 'sexuality', 'genetic', 'biometric', 'criminal']);
const SPEAKERS = { A: 'agent', C: 'caller' };
const ENTITY = /\[\[([A-Z_]+)(?::([a-z]+))?\|([^\]|]+)\]\]/g;

const inPath = process.argv[2] ?? 'fixtures/handwritten/calls.md';
const outPath = process.argv[3] ?? 'fixtures/handwritten/gold.jsonl';
const lines = readFileSync(inPath, 'utf8').split(/\r?\n/);

const calls = [];
const errors = [];
let call;
lines.forEach((raw, i) => {
  const where = `${inPath}:${i + 1}`;
  const line = raw.trimEnd();
  if (line === '' ) return;
  if (line.startsWith('## ')) {
    const [id, tenant] = line.slice(3).trim().split(/\s+/);
    call = { id, tenant, turns: [], entities: [] };
    calls.push(call);
    return;
  }
  if (line.startsWith('#')) return;
  const m = /^([AC]):\s?(.*)$/.exec(line);
  if (!m || !call) { errors.push(`${where}: expected "## id tenant", "A: ..." or "C: ..."`); return; }
  const turnIndex = call.turns.length;
  let text = '';
  let last = 0;
  const src = m[2];
  ENTITY.lastIndex = 0;
  for (let e; (e = ENTITY.exec(src)); ) {
    const [whole, label, subtype, value] = e;
    if (!LABELS.has(label)) errors.push(`${where}: unknown label ${label}`);
    if (subtype !== undefined && (label !== 'SPECIAL' || !SUBTYPES.has(subtype))) errors.push(`${where}: bad subtype ${subtype}`);
    if (label === 'SPECIAL' && subtype === undefined) errors.push(`${where}: SPECIAL needs a subtype`);
    if (value !== value.trim()) errors.push(`${where}: entity value has outer whitespace`);
    text += src.slice(last, e.index);
    const start = text.length;
    text += value;
    const ent = { turn: turnIndex, start, end: text.length, label };
    if (subtype) ent.subtype = subtype;
    call.entities.push(ent);
    last = e.index + whole.length;
  }
  text += src.slice(last);
  if (text.includes('[[') || text.includes(']]') || text.includes('|')) errors.push(`${where}: leftover markup`);
  call.turns.push({ speaker: SPEAKERS[m[1]], text });
  // Validate after the fact: each span must slice to its markup value.
  ENTITY.lastIndex = 0;
  let k = call.entities.length - 1;
  const vals = [...src.matchAll(ENTITY)].map((x) => x[3]).reverse();
  for (const v of vals) {
    const ent = call.entities[k--];
    if (text.slice(ent.start, ent.end) !== v) errors.push(`${where}: span does not slice to its value`);
  }
});

const ids = new Set();
for (const c of calls) {
  if (ids.has(c.id)) errors.push(`duplicate call id ${c.id}`);
  ids.add(c.id);
  if (c.turns.length < 6 || c.turns.length > 20) console.warn(`warning: ${c.id} has ${c.turns.length} turns`);
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

writeFileSync(outPath, calls.map((c) => JSON.stringify(c)).join('\n') + '\n');
const perLabel = {};
for (const c of calls) for (const e of c.entities) perLabel[e.label] = (perLabel[e.label] ?? 0) + 1;
console.log(`${calls.length} calls, ${calls.reduce((n, c) => n + c.turns.length, 0)} turns -> ${outPath}`);
console.log(JSON.stringify(perLabel));
