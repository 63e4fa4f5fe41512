/**
 * Dialogue steps: how a scenario's step list becomes agent and caller
 * turns. Value exchanges ask, answer (sometimes over two turns), and read
 * back (sometimes misheard, then corrected).
 */
import { isValueKind, type ValueKind } from './call-values.js';
import type { CallCtx } from './context.js';
import { drawAppt } from './fillers.js';
import type { ScenarioDef } from './scenario-types.js';
import type { Business } from './templates/openings.js';
import { mishearName } from './values.js';

/** One parsed step: alternatives (one is chosen) and the probability to run. */
export interface Step {
  alts: { name: string; arg: string }[];
  p: number;
}

const cache = new Map<string, Step[]>();

/** Parses a scenario's step string ("name dob?0.7 phone|email"). */
export function parseSteps(steps: string): Step[] {
  const hit = cache.get(steps);
  if (hit) return hit;
  const out: Step[] = [];
  for (const tok of steps.trim().split(/\s+/)) {
    const [body, prob] = tok.split('?');
    const p = prob === undefined ? 1 : Number(prob);
    if (!(p > 0 && p <= 1)) throw new Error(`synth: bad step probability in "${tok}"`);
    const alts = body.split('|').map((a) => {
      const [name, arg = ''] = a.split(':');
      return { name, arg };
    });
    out.push({ alts, p });
  }
  cache.set(steps, out);
  return out;
}

const OPENING: Record<Business, string> = {
  gp: 'open_practice', specialist: 'open_practice', dental: 'open_practice', physio: 'open_office', pharmacy: 'open_office',
  health_ins: 'open_service', car_ins: 'open_service', bank: 'open_service', energy: 'open_service', telecom: 'open_service',
  property: 'open_office', craft: 'open_office', workshop: 'open_office', tax: 'open_office', care: 'open_office',
  counsel: 'open_counsel', union: 'open_service', party: 'open_office',
};

// Values read over two turns: the long digit strings.
const SPLITTABLE = new Set<string>(['phone', 'iban', 'card', 'kvnr', 'rvnr', 'taxid', 'custno', 'contract', 'policy', 'claim', 'meter', 'member', 'invoice']);
// Values agents read back more often than others.
const READBACK: Partial<Record<string, number>> = { phone: 0.7, email: 0.75, iban: 0.7, dob: 0.45, plate: 0.6, card: 0.6 };

function agentAsk(ctx: CallCtx, pool: string): void {
  if (ctx.turns.length > 2 && ctx.rng.chance(0.4)) ctx.say('agent', 'ack_agent');
  ctx.say('agent', pool);
}

/** A full value exchange: ask, answer, optional read-back and correction. */
export function valueExchange(ctx: CallCtx, kind: ValueKind): void {
  const { rng } = ctx;
  ctx.current = kind;
  agentAsk(ctx, `ask_${kind}`);
  const ans = ctx.hasPool(`ans_${kind}`) && rng.chance(0.75) ? `ans_${kind}` : 'ans_generic';
  let split = false;
  if (SPLITTABLE.has(kind) && rng.chance(0.18)) {
    const r = ctx.values.render(kind, '', ctx.opts());
    if (r.chunks.length >= 2) {
      const k = rng.int(1, r.chunks.length - 1);
      ctx.splitParts = [r.chunks.slice(0, k).join(r.sep), r.chunks.slice(k).join(r.sep)];
      ctx.say('caller', 'ans_split_a');
      ctx.say('agent', 'cont_agent');
      ctx.say('caller', 'ans_split_b');
      ctx.splitParts = undefined;
      split = true;
    }
  }
  if (!split) ctx.say('caller', ans);
  if (rng.chance(READBACK[kind] ?? 0.45)) {
    if (rng.chance(0.15) && ctx.values.wrong(kind) !== null) {
      ctx.say('agent', 'rb_wrong');
      ctx.say('caller', 'fix_generic');
      if (rng.chance(0.7)) ctx.say('agent', 'rb_fixed');
    } else {
      ctx.say('agent', ctx.hasPool(`rb_${kind}`) && rng.chance(0.6) ? `rb_${kind}` : 'rb_generic');
      if (rng.chance(0.7)) ctx.say('caller', 'ack_caller');
    }
  }
  ctx.current = undefined;
}

function nameStep(ctx: CallCtx): void {
  const { rng } = ctx;
  if (!ctx.callerNamed) {
    agentAsk(ctx, 'ask_name');
    ctx.say('caller', 'ans_name');
    ctx.callerNamed = true;
  } else if (rng.chance(0.3)) {
    ctx.say('agent', 'confirm_name');
    ctx.say('caller', 'ack_caller');
  }
  if (rng.chance(0.35)) spellStep(ctx);
  else if (rng.chance(0.15) && mishearName(ctx.people.caller.last)) {
    ctx.say('agent', 'rb_name_wrong');
    ctx.say('caller', 'fix_name');
    ctx.say('agent', 'fix_name_ok');
  }
}

function spellStep(ctx: CallCtx): void {
  agentAsk(ctx, 'ask_spell');
  ctx.say('caller', 'ans_spell');
  if (ctx.rng.chance(0.12)) ctx.say('caller', 'ans_spell_first');
  if (ctx.rng.chance(0.5)) ctx.say('agent', 'rb_spell');
}

function addressStep(ctx: CallCtx): void {
  if (ctx.rng.chance(0.7)) {
    valueExchange(ctx, 'addr');
    return;
  }
  // Street first, postcode on request: two ADDRESS spans in two turns.
  agentAsk(ctx, 'ask_addr');
  ctx.current = 'addr';
  ctx.say('caller', 'ans_street');
  ctx.say('agent', 'ask_plz');
  ctx.say('caller', 'ans_plz');
  ctx.current = undefined;
}

const FOLLOW_UPS = ['since', 'meds', 'prior', 'scale', 'doctor'] as const;

function healthFollowUp(ctx: CallCtx, afterStatement = false): void {
  // Right after the caller named a condition, "any pre-existing conditions?" would contradict them.
  const k = ctx.rng.pick(afterStatement ? FOLLOW_UPS.filter((f) => f !== 'prior') : FOLLOW_UPS);
  pair(ctx, `hfq_${k}`, `hfa_${k}`);
}

function pair(ctx: CallCtx, agentPool: string, callerPool: string, pCaller = 1): void {
  agentAsk(ctx, agentPool);
  if (ctx.rng.chance(pCaller)) ctx.say('caller', callerPool);
}

/** Runs one step by name. @throws Error for an unknown step (a template bug). */
export function runStep(ctx: CallCtx, name: string, arg: string): void {
  const { rng } = ctx;
  switch (name) {
    case 'name': nameStep(ctx); return;
    case 'spell': spellStep(ctx); return;
    case 'addr': addressStep(ctx); return;
    case 'move':
      pair(ctx, 'ask_move_old', 'ans_move_old');
      pair(ctx, 'ask_move_new', 'ans_move_new');
      if (rng.chance(0.5)) ctx.say('agent', 'rb_move_new');
      return;
    case 'third':
      if (!ctx.otherNamed) ctx.say('caller', 'intro_third');
      if (ctx.otherNamed ? rng.chance(0.6) : rng.chance(0.4)) pair(ctx, 'ask_third', 'ans_third');
      return;
    case 'accident': pair(ctx, 'accident_q', 'accident'); return;
    case 'tech': ctx.say('agent', 'tech_visit'); return;
    case 'staff': ctx.say('agent', 'staff_mention'); return;
    case 'meterread': pair(ctx, 'ask_meterread', 'ans_meterread'); return;
    case 'health':
      ctx.say('caller', `hs_${arg}`);
      if (rng.chance(0.3)) healthFollowUp(ctx, true);
      return;
    case 'hfollow': healthFollowUp(ctx); return;
    case 'special':
      ctx.say('caller', `sp_${arg}`);
      if (rng.chance(0.7)) ctx.say('agent', 'special_ack');
      return;
    case 'appt':
      ctx.appt = drawAppt(rng);
      pair(ctx, 'appt_offer', 'appt_accept');
      if (rng.chance(0.7)) ctx.say('agent', 'appt_confirm');
      ctx.appt = undefined;
      return;
    case 'neg': {
      // Nobody talks prices in a crisis line: civic calls get word and date negatives only.
      const civic = ctx.scenario.biz === 'counsel' || ctx.scenario.biz === 'union' || ctx.scenario.biz === 'party';
      if (rng.chance(0.15)) ctx.say('agent', 'info_agent');
      else ctx.say('caller', rng.weighted([['neg_word', 5], ['neg_money', civic ? 0 : 2], ['neg_time', 1], ['neg_qty', civic ? 0 : 1], ['neg_misc', 3]] as const));
      return;
    }
    case 'info': ctx.say('agent', 'info_agent'); return;
    case 'hold':
      ctx.say('agent', 'hold_agent');
      if (rng.chance(0.5)) ctx.say('caller', 'hold_caller');
      return;
    case 'bizphone': ctx.say('agent', 'biz_phone'); return;
    default:
      if (isValueKind(name)) {
        valueExchange(ctx, name);
        return;
      }
      throw new Error(`synth: unknown step ${name}`);
  }
}

/** Runs a whole scenario: opening, its steps with a few extra realistic detours, closing. */
export function runScenario(ctx: CallCtx, sc: ScenarioDef): void {
  const { rng } = ctx;
  ctx.say('agent', OPENING[sc.biz]);
  ctx.say('caller', 'caller_greet');
  if (rng.chance(0.6)) {
    ctx.say('caller', 'caller_intro');
    ctx.callerNamed = true;
  }
  ctx.say('caller', `req:${sc.id}`);
  const steps = parseSteps(sc.steps).slice();
  // Detours every call may take: small talk with hard negatives, staff names, holds, the business's number.
  const extras: Step[] = [];
  if (rng.chance(0.6)) extras.push({ alts: [{ name: 'neg', arg: '' }], p: 1 });
  if (rng.chance(0.25)) extras.push({ alts: [{ name: 'neg', arg: '' }], p: 1 });
  if (rng.chance(0.25)) extras.push({ alts: [{ name: 'staff', arg: '' }], p: 1 });
  if (rng.chance(0.15)) extras.push({ alts: [{ name: 'hold', arg: '' }], p: 1 });
  for (const e of extras) steps.splice(rng.int(0, steps.length), 0, e);
  for (const st of steps) {
    if (!rng.chance(st.p)) continue;
    const alt = rng.pick(st.alts);
    runStep(ctx, alt.name, alt.arg);
  }
  if (rng.chance(0.06)) runStep(ctx, 'bizphone', '');
  // Only an agent who heard the caller's name says it in the closing.
  ctx.say('agent', ctx.callerNamed && rng.chance(0.4) ? 'closing_agent_named' : 'closing_agent');
  ctx.say('caller', 'closing_caller');
  if (rng.chance(0.7)) ctx.say('agent', ctx.callerNamed && rng.chance(0.3) ? 'bye_agent_named' : 'bye_agent');
}
