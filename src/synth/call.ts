/**
 * Builds one synthetic call: draws style, people and scenario, runs the
 * dialogue, renders the turns and checks the gold spans before the call
 * leaves the generator.
 */
import type { Label, SpecialSubtype, Transcript } from '../types.js';
import { CallValues, type OtherAge } from './call-values.js';
import { CallCtx, type People } from './context.js';
import { runScenario } from './dialogue.js';
import type { ExtraNames } from './names-dir.js';
import { makePerson, makeStaff, type Person } from './names.js';
import type { PoolRegistry } from './pattern.js';
import { makeTown } from './places.js';
import { Rng, type Split } from './rng.js';
import type { ScenarioDef } from './scenario-types.js';
import { renderTurn, type DraftEntity, type Style } from './segments.js';
import { makePhone, type Phone } from './values.js';

function e164(p: Phone): string {
  return `+${p.cc}${p.area}${p.sub}`;
}

/** A gold entity of SPEC §3. */
export interface GoldEntity {
  turn: number;
  start: number;
  end: number;
  label: Label;
  subtype?: SpecialSubtype;
}

/** A transcript with gold entities (SPEC §3). */
export type GoldTranscript = Transcript & { entities: GoldEntity[] };

/** Draws the transcript style: about half streaming STT (lowercase, no punctuation). */
export function drawStyle(rng: Rng): Style {
  const r = rng.next();
  const stt = r < 0.5;
  const casedNoPunct = !stt && r < 0.56;
  return {
    lower: stt,
    punct: !stt && !casedNoPunct,
    spoken: stt ? 0.7 : casedNoPunct ? 0.5 : 0.25,
    disfl: rng.weighted([[0, 3], [0.15, 3], [0.35, 3], [0.6, stt ? 2 : 1]] as const),
    zwo: rng.chance(0.3),
  };
}

const RELATIONS: Readonly<Record<string, readonly (readonly [string, boolean, OtherAge])[]>> = {
  parent: [['Mutter', true, 'parent'], ['Vater', false, 'parent'], ['Schwiegermutter', true, 'parent'], ['Oma', true, 'parent'], ['Opa', false, 'parent']],
  child: [['Tochter', true, 'child'], ['Sohn', false, 'child']],
  neighbour: [['Nachbarin', true, 'adult'], ['Nachbar', false, 'adult']],
  colleague: [['Kollegin', true, 'adult'], ['Kollege', false, 'adult']],
  sibling: [['Schwester', true, 'adult'], ['Bruder', false, 'adult']],
};

function drawPeople(rng: Rng, split: Split, sc: ScenarioDef, extra?: ExtraNames): { people: People; age: OtherAge } {
  const caller = makePerson(rng, split, { extra });
  let kind: string = sc.other ?? rng.pick(['parent', 'child', 'partner', 'sibling', 'neighbour']);
  if (kind === 'relative') kind = rng.pick(['parent', 'child', 'partner', 'sibling']);
  let rel: string;
  let female: boolean;
  let age: OtherAge;
  if (kind === 'partner') [rel, female, age] = caller.female ? ['Mann', false, 'adult'] : ['Frau', true, 'adult'];
  else [rel, female, age] = rng.pick(RELATIONS[kind]);
  const family = kind === 'parent' || kind === 'child' || kind === 'sibling' || kind === 'partner';
  const other = makePerson(rng, split, {
    female, extra, origin: family ? caller.origin : undefined,
    last: family && rng.chance(kind === 'partner' ? 0.6 : 0.75) ? caller.last : undefined,
  });
  const doc: Person = { ...makeStaff(rng, split, extra), title: rng.chance(0.9) ? 'Dr.' : 'Prof. Dr.' };
  return {
    people: { caller, agent: makeStaff(rng, split, extra), doc, other, tech: makeStaff(rng, split, extra), staff: makeStaff(rng, split, extra), rel },
    age,
  };
}

/** Options of {@link buildCall}. */
export interface BuildOptions {
  index: number;
  seed: number;
  split: Split;
  scenarios: readonly ScenarioDef[];
  registry: PoolRegistry;
  extra?: ExtraNames;
}

function checkSpans(call: GoldTranscript, drafts: readonly DraftEntity[]): void {
  for (const e of drafts) {
    const text = call.turns[e.turn].text;
    if (text.slice(e.start, e.end) !== e.value || e.start >= e.end || /^\s|\s$/.test(e.value)) {
      throw new Error(`synth: gold span ${e.label} in ${call.id} turn ${e.turn} does not slice to its value`);
    }
  }
  const sorted = [...drafts].sort((a, b) => a.turn - b.turn || a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a.turn === b.turn && b.start < a.end) throw new Error(`synth: overlapping gold spans in ${call.id} turn ${a.turn}`);
  }
}

/**
 * Generates call `index` of a run. The same (seed, index, split) always
 * gives the same call.
 * @throws Error when a gold span does not slice to its value (a generator bug).
 */
export function buildCall(o: BuildOptions): GoldTranscript {
  const rng = Rng.forCall(o.seed, o.index, o.split);
  const sc = rng.pick(o.scenarios);
  const style = drawStyle(rng);
  const { people, age } = drawPeople(rng, o.split, sc, o.extra);
  const values = new CallValues(rng, people.caller, age);
  const ctx = new CallCtx(rng, o.split, style, sc, people, values, o.registry);
  ctx.townName = makeTown(rng);
  runScenario(ctx, sc);

  const turns: GoldTranscript['turns'] = [];
  const drafts: DraftEntity[] = [];
  const pending: DraftEntity[] = [];
  let clock = 0;
  for (const d of ctx.turns) {
    pending.length = 0;
    const text = renderTurn(d, style, turns.length, pending);
    if (text === '') continue;
    // About 15 characters a second, a short gap between speakers.
    const dur = Math.round(text.length * 65 + rng.int(200, 900));
    turns.push({ speaker: d.speaker, text, start_ms: clock, end_ms: clock + dur });
    clock += dur + rng.int(150, 1200);
    drafts.push(...pending);
  }
  const day = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 450) * 86_400_000 + rng.int(7 * 60, 19 * 60) * 60_000);
  const call: GoldTranscript = {
    id: `synth-${o.split}-${o.seed}-${String(o.index).padStart(6, '0')}`,
    tenant: `${sc.biz.replace('_', '-')}-${rng.int(100, 999)}`,
    caller_id: rng.chance(0.6) ? values.e164('phone') : e164(makePhone(rng)),
    started_at: day.toISOString().replace('.000Z', 'Z'),
    scenario: sc.id,
    turns,
    entities: [],
  };
  checkSpans(call, drafts);
  for (const e of drafts) {
    const g: GoldEntity = { turn: e.turn, start: e.start, end: e.end, label: e.label };
    if (e.subtype) g.subtype = e.subtype;
    call.entities.push(g);
  }
  return call;
}
