/**
 * The state of one call while its dialogue is generated: people, values,
 * the transcript style and the turns so far. Resolves pattern slots into
 * segments; every entity segment is created here or in call-values.ts.
 */
import type { SpecialSubtype } from '../types.js';
import { CallValues, isValueKind, labelOf, type ValueKind } from './call-values.js';
import { renderFiller, type Appt } from './fillers.js';
import type { Person } from './names.js';
import { expand, type PatternNode, type PoolRegistry } from './pattern.js';
import type { Rendered, RenderOpts } from './render.js';
import type { Rng, Split } from './rng.js';
import type { ScenarioDef } from './scenario-types.js';
import type { Business } from './templates/openings.js';
import { ent, lit, type Seg, type Style, type TurnDraft } from './segments.js';
import { spellWord, type Spelling } from './spoken.js';
import { phraseTerm, specialTerm } from './terms.js';
import { foldForeign } from './translit.js';
import { mishearName } from './values.js';

/** The people of a call and how the third person relates to the caller. */
export interface People {
  caller: Person;
  agent: Person;
  doc: Person;
  other: Person;
  tech: Person;
  staff: Person;
  /** Relation noun of `other` from the caller's view: "Mutter", "Nachbar". */
  rel: string;
}

const WEAK_NOUNS = new Set(['Nachbar', 'Kollege']);

/** Sector of each business: pools named `pool@sector` hold phrasings that only fit there. */
const SECTOR: Record<Business, string> = {
  gp: 'med', specialist: 'med', dental: 'med', physio: 'med', pharmacy: 'med', care: 'med',
  health_ins: 'ins', car_ins: 'ins', bank: 'fin', tax: 'fin', energy: 'util', telecom: 'util',
  property: 'home', craft: 'home', workshop: 'home', counsel: 'civic', union: 'civic', party: 'civic',
};
const FILLERS_WRITTEN = ['äh, ', 'ähm, ', 'also, ', 'äh ', 'hm, ', 'ja, also '];
// Inside a sentence ("einen äh Tennisarm") only hesitation sounds fit, not "also".
const FILLERS_MID = ['äh ', 'ähm ', 'äh, ', 'ähm, '];
const ENDS_WITH_FILLER = /(äh|ähm|hm|also|ja)[,.]? $/i;
const FUNCTION_WORD_START = /^(Der|Die|Das|Ich|Ja|Es|Wir|Mein|Meine|Ein|Eine|Und|Wie|Können|Haben|Ist|Hier|Guten|Hallo|Nein|Nee|Also|Seit|Bei|Im|Am|Auf|Mir|Sie|Er|Dann|Genau|Bisher|Neu|Zur|Geboren|Okay|Da|Moment|Einen|Nicht|Richtig|Gerne|Unser|Meiner|Mit)\b/;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Mutable state of one call under generation. */
export class CallCtx {
  readonly turns: TurnDraft[] = [];
  /** The value kind of the running value exchange (`{v}`). */
  current: ValueKind | undefined;
  /** The two halves of a value read over two turns. */
  splitParts: [string, string] | undefined;
  callerNamed = false;
  /** True once the third person's name was said (the request may already name them). */
  otherNamed = false;
  /** The appointment being agreed on, so offer, acceptance and confirmation match. */
  appt: Appt | undefined;
  /** The town of the business ("Stadtwerke {town}"), fixed per call. */
  townName = '';
  private readonly spelling: Spelling;
  private readonly foldNames: boolean;
  private readonly cache = new Map<string, Seg[]>();
  private readonly lastPick = new Map<string, PatternNode[]>();
  private lastTerm = '';
  private readonly slotFn = (name: string, arg: string, out: Seg[]): void => this.slot(name, arg, out);

  constructor(
    readonly rng: Rng,
    readonly split: Split,
    readonly style: Style,
    readonly scenario: ScenarioDef,
    readonly people: People,
    readonly values: CallValues,
    private readonly registry: PoolRegistry,
  ) {
    this.spelling = { wie: rng.pick([0.1, 0.3, 0.6, 0.9]), sep: style.punct ? rng.pick([', ', ', ', ' ', '-'] as const) : ' ' };
    this.foldNames = !style.punct && rng.chance(0.5);
  }

  /** Render options for one occurrence of a value. */
  opts(): RenderOpts {
    return { rng: this.rng, style: this.style, spoken: this.rng.chance(this.style.spoken) };
  }

  /**
   * Says a pattern of `pool`, or of its sector variant `pool@sector` when
   * there is one; consecutive utterances of one speaker form one turn.
   */
  say(speaker: 'agent' | 'caller', pool: string): void {
    const sectorPool = `${pool}@${SECTOR[this.scenario.biz]}`;
    const use = this.registry.has(sectorPool) && (!this.registry.has(pool) || this.rng.chance(0.6)) ? sectorPool : pool;
    let nodes = this.registry.pick(use, this.split, this.rng);
    // One re-draw avoids the same sentence twice in a row from a pool.
    if (nodes === this.lastPick.get(use)) nodes = this.registry.pick(use, this.split, this.rng);
    this.lastPick.set(use, nodes);
    this.sayNodes(speaker, nodes);
  }

  /** True when the registry knows `pool`. */
  hasPool(pool: string): boolean {
    return this.registry.has(pool);
  }

  private sayNodes(speaker: 'agent' | 'caller', nodes: PatternNode[]): void {
    const segs: Seg[] = [];
    expand(nodes, this.rng, this.slotFn, segs);
    if (speaker === 'caller') this.disfluencies(segs);
    const last = this.turns[this.turns.length - 1];
    if (last && last.speaker === speaker) last.segs.push(lit(' '), ...segs);
    else this.turns.push({ speaker, segs });
  }

  // Fillers at the start and before values, and word repetitions, at the call's rate.
  private disfluencies(segs: Seg[]): void {
    const { rng } = this;
    const d = this.style.disfl;
    if (d === 0) return;
    for (let i = segs.length - 1; i > 0; i--) {
      const prev = segs[i - 1];
      if (segs[i].label && !prev.label && prev.t.endsWith(' ') && !ENDS_WITH_FILLER.test(prev.t) && rng.chance(d * 0.25)) {
        segs.splice(i, 0, lit(rng.pick(FILLERS_MID)));
      }
    }
    const first = segs[0];
    // "Ähm, der Bauer ...": only before a function word, which then loses its capital (a noun would keep it).
    if (first && !first.label && FUNCTION_WORD_START.test(first.t) && rng.chance(d * 0.5)) {
      first.t = first.t.replace(FUNCTION_WORD_START, (w) => w.toLowerCase());
      segs.unshift(lit(cap(rng.pick(FILLERS_WRITTEN))));
    }
    else if (first && !first.label && rng.chance(d * 0.2)) {
      const w = /^\S+ /.exec(first.t);
      if (w) first.t = w[0] + w[0].toLowerCase() + first.t.slice(w[0].length);
    }
  }

  private name(s: string): string {
    return this.foldNames ? foldForeign(s) : s;
  }

  private person(p: Person, arg: string, out: Seg[]): void {
    const { rng } = this;
    const first = this.name(p.first);
    const last = this.name(p.last);
    const full = `${first} ${last}`;
    const sal = p.female ? 'Frau' : arg === 'formalAcc' ? 'Herrn' : 'Herr';
    switch (arg) {
      case 'full': out.push(ent(full, 'PERSON')); return;
      case 'first': out.push(ent(first, 'PERSON')); return;
      case 'last': out.push(ent(last, 'PERSON')); return;
      case 'lastfirst': out.push(ent(`${last}${this.style.punct ? ', ' : ' '}${first}`, 'PERSON')); return;
      case 'spelled': out.push(ent(spellWord(p.last, rng, this.spelling), 'PERSON')); return;
      case 'firstspelled': out.push(ent(spellWord(p.first, rng, this.spelling), 'PERSON')); return;
      case 'misheard': out.push(ent(mishearName(last) ?? last, 'PERSON')); return;
      case 'formal': case 'formalAcc': {
        const title = p.title ? (rng.chance(0.6) ? `${sal} ${p.title} ` : `${p.title} `) : `${sal} `;
        out.push(lit(title), ent(rng.chance(0.85) ? last : full, 'PERSON'));
        return;
      }
      default: {
        const r = rng.next();
        if (r < 0.5) out.push(ent(full, 'PERSON'));
        else if (r < 0.8) this.person(p, 'formal', out);
        else out.push(ent(last, 'PERSON'));
      }
    }
  }

  private relation(arg: string, yours: boolean, out: Seg[]): void {
    const noun = this.people.rel;
    const f = this.people.other.female;
    const weak = WEAK_NOUNS.has(noun) ? 'n' : '';
    const base = yours ? 'Ihr' : 'mein';
    let s: string;
    if (arg === 'acc') s = f ? `${base}e ${noun}` : `${base}en ${noun}${weak}`;
    else if (arg === 'gen') s = f ? `${base}er ${noun}` : `${base}es ${noun}${weak ? 'n' : 's'}`;
    else if (arg === 'dat') s = f ? `${base}er ${noun}` : `${base}em ${noun}${weak}`;
    else s = f ? `${base}e ${noun}` : `${base} ${noun}`;
    out.push(lit(arg === 'cap' ? cap(s) : s));
  }

  private value(kind: ValueKind, arg: string, out: Seg[]): void {
    const label = labelOf(kind);
    if (arg === 'a' || arg === 'b') {
      if (!this.splitParts) throw new Error('synth: {v:a}/{v:b} outside a split value');
      out.push(ent(this.splitParts[arg === 'a' ? 0 : 1], label));
      return;
    }
    const r = this.values.render(kind, arg === 'wrong' ? '' : arg, this.opts(), arg === 'wrong');
    out.push(ent(this.join(r), label));
  }

  /** Joins rendered chunks; now and then a filler sits inside a long spoken value, as callers pause. */
  join(r: Rendered): string {
    if (r.chunks.length > 2 && this.style.disfl > 0 && this.rng.chance(this.style.disfl * 0.1)) {
      const k = this.rng.int(1, r.chunks.length - 1);
      return `${r.chunks.slice(0, k).join(r.sep)} äh ${r.chunks.slice(k).join(r.sep)}`;
    }
    return r.chunks.join(r.sep);
  }

  private cached(key: string, make: () => Seg[], out: Seg[]): void {
    let segs = this.cache.get(key);
    if (!segs) {
      segs = make();
      this.cache.set(key, segs);
    }
    for (const s of segs) out.push({ ...s });
  }

  /** Resolves one slot of a pattern. @throws Error for an unknown slot (a template bug). */
  slot(name: string, arg: string, out: Seg[]): void {
    const { rng, people } = this;
    const o = (): RenderOpts => this.opts();
    switch (name) {
      case 'caller': case 'agent': case 'doc': case 'other': case 'tech': case 'staff':
        if (name === 'other') this.otherNamed = true;
        if (name === 'caller') this.callerNamed = true;
        this.person(people[name], arg, out); return;
      case 'sal': out.push(lit(people.caller.female ? 'Frau' : 'Herr')); return;
      case 'art': out.push(lit(people.caller.female ? 'die' : 'der')); return;
      case 'kollege': out.push(lit(people.staff.female ? 'Meine Kollegin' : 'Mein Kollege')); return;
      case 'rel': this.relation(arg, false, out); return;
      case 'yrel': this.relation(arg, true, out); return;
      case 'relp': {
        const p = people.other.female ? 'sie' : 'er';
        out.push(lit(arg === 'cap' ? cap(p) : p));
        return;
      }
      case 'v':
        if (!this.current) throw new Error('synth: {v} outside a value exchange');
        this.value(this.current, arg, out); return;
      case 'h': {
        const [kind, flag] = arg.split(':');
        let [art, term] = phraseTerm(kind, rng);
        // "hat Inkontinenz und Inkontinenz": one re-draw when a list repeats itself back to back.
        if (term === this.lastTerm) [art, term] = phraseTerm(kind, rng);
        this.lastTerm = term;
        const capital = flag === 'cap';
        if (art) out.push(lit(`${capital ? cap(art) : art} `));
        out.push(ent(capital && !art ? cap(term) : term, 'HEALTH'));
        return;
      }
      case 'sp': case 'spo': {
        const who = name === 'sp' ? people.caller : people.other;
        const [art, term, subtype] = specialTerm(arg, who.female, rng, this.style);
        if (art) out.push(lit(`${art} `));
        out.push(ent(term, 'SPECIAL', subtype as SpecialSubtype));
        return;
      }
      case 'company':
        this.cached('company', () => {
          const segs: Seg[] = [];
          const own = `company:${this.scenario.id}`;
          const pool = this.registry.has(own) ? own : `company_${this.scenario.biz}`;
          expand(this.registry.pick(pool, this.split, rng), rng, this.slotFn, segs);
          return segs;
        }, out);
        return;
      case 'town': this.cached('town', () => [lit(this.townName)], out); return;
      case 'uh':
        if (rng.chance(this.style.disfl)) out.push(lit(rng.pick(FILLERS_WRITTEN)));
        return;
      default: {
        const filler = renderFiller(name, arg, o(), this.appt, () => (this.values.get('dob') as { y: number }).y);
        if (filler !== undefined) {
          out.push(lit(filler));
          return;
        }
        if (isValueKind(name)) {
          this.value(name, arg, out);
          return;
        }
        if (name.startsWith('@')) {
          expand(this.registry.pick(name.slice(1), this.split, rng), rng, this.slotFn, out);
          return;
        }
        throw new Error(`synth: unknown slot {${name}${arg ? `:${arg}` : ''}}`);
      }
    }
  }
}
