/**
 * The values of one call, drawn lazily from the call's random stream, with
 * misheard variants for read-back errors and rendering to text.
 */
import { makeAddress, type Address } from './places.js';
import type { IdKind } from './id-formats.js';
import type { Person } from './names.js';
import {
  renderAddress, renderCard, renderDate, renderEmail, renderIban, renderId, renderPhone, type DateCase, type RenderOpts,
  type Rendered,
} from './render.js';
import type { Rng } from './rng.js';
import { makeCard, makeIban } from './ids.js';
import { makeDob, makeEmail, makeId, makePhone, mishearDigits, mishearName, type DateParts, type Phone } from './values.js';
import type { Label } from '../types.js';

/** Every value a dialogue can ask for. */
export type ValueKind = IdKind | 'phone' | 'ophone' | 'bizphone' | 'email' | 'dob' | 'odob' | 'addr' | 'naddr' | 'iban' | 'card' | 'oplate';

/** The gold label of each value kind. */
export function labelOf(kind: ValueKind): Label {
  switch (kind) {
    case 'phone': case 'ophone': case 'bizphone': return 'PHONE';
    case 'email': return 'EMAIL';
    case 'dob': case 'odob': return 'DATE_OF_BIRTH';
    case 'addr': case 'naddr': return 'ADDRESS';
    case 'iban': return 'IBAN';
    case 'card': return 'CARD';
    default: return 'ID';
  }
}

const ID_KINDS = new Set<string>(['kvnr', 'rvnr', 'taxid', 'steuernr', 'perso', 'custno', 'contract', 'policy', 'claim',
  'meter', 'plate', 'member', 'invoice', 'caseno', 'patient', 'ip', 'oplate']);

/** True for the value kinds the dialogues know. */
export function isValueKind(s: string): s is ValueKind {
  return ID_KINDS.has(s) || ['phone', 'ophone', 'bizphone', 'email', 'dob', 'odob', 'addr', 'naddr', 'iban', 'card'].includes(s);
}

type Canonical = Phone | DateParts | Address | string;

/** Birth-year ranges of the third person by relation. */
export type OtherAge = 'child' | 'parent' | 'adult';

/** Lazily drawn canonical values of one call. */
export class CallValues {
  private readonly vals = new Map<ValueKind, Canonical>();
  private readonly wrongs = new Map<ValueKind, Canonical | null>();

  constructor(
    private readonly rng: Rng,
    private readonly caller: Person,
    private readonly otherAge: OtherAge,
  ) {}

  private country(): 'DE' | 'AT' | 'CH' {
    const o = this.caller.origin;
    if (o === 'de_AT') return 'AT';
    if (o === 'de_CH') return 'CH';
    return 'DE';
  }

  /** The canonical value of `kind`, drawn on first use. */
  get(kind: ValueKind): Canonical {
    let v = this.vals.get(kind);
    if (v !== undefined) return v;
    const rng = this.rng;
    switch (kind) {
      case 'phone': v = makePhone(rng); break;
      case 'ophone': v = makePhone(rng, true); break;
      case 'bizphone': v = makePhone(rng, false); break;
      case 'dob': v = makeDob(rng, 1935, 2006); break;
      case 'odob': v = this.otherAge === 'child' ? makeDob(rng, 2007, 2024) : this.otherAge === 'parent' ? makeDob(rng, 1928, 1960) : makeDob(rng, 1945, 2004); break;
      case 'email': v = makeEmail(rng, this.caller, (this.get('dob') as DateParts).y); break;
      case 'addr': v = makeAddress(rng, rng.chance(0.8) ? this.country() : 'DE'); break;
      case 'naddr': v = makeAddress(rng, 'DE'); break;
      case 'iban': v = makeIban(rng, this.country() !== 'DE' && rng.chance(0.7) ? this.country() : 'DE'); break;
      case 'card': v = makeCard(rng); break;
      case 'oplate': v = makeId(rng, 'plate', this.caller, this.get('dob') as DateParts); break;
      default: v = makeId(rng, kind, this.caller, this.get('dob') as DateParts);
    }
    this.vals.set(kind, v);
    return v;
  }

  /** A misheard variant of `kind`, or null when none is plausible. */
  wrong(kind: ValueKind): Canonical | null {
    if (this.wrongs.has(kind)) return this.wrongs.get(kind) ?? null;
    const v = this.get(kind);
    let w: Canonical | null = null;
    if (typeof v === 'string') {
      if (kind === 'email') {
        const [local, domain] = v.split('@');
        const m = mishearName(local);
        w = `${m ?? `${local}1`}@${domain}`;
      } else w = mishearDigits(this.rng, v);
    } else if ('sub' in v) w = { ...v, sub: mishearDigits(this.rng, v.sub) };
    else if ('d' in v) w = { ...v, d: v.d === 1 ? 11 : v.d <= 9 ? v.d + 10 : v.d - 10 };
    else if ('street' in v) {
      const n = /^\d+/.exec(v.no)?.[0] ?? '1';
      w = { ...v, no: v.no.replace(/^\d+/, n.length > 1 ? mishearDigits(this.rng, n) : String(Number(n) + 10)) };
    }
    if (w !== null && JSON.stringify(w) === JSON.stringify(v)) w = null;
    this.wrongs.set(kind, w);
    return w;
  }

  /**
   * Renders `kind` (or its misheard variant). `arg` is the date case
   * (bare/am/der) or the address part (street/full/plz/plzcity).
   */
  render(kind: ValueKind, arg: string, o: RenderOpts, wrong = false): Rendered {
    const v = wrong ? (this.wrong(kind) ?? this.get(kind)) : this.get(kind);
    switch (kind) {
      case 'phone': case 'ophone': case 'bizphone': return renderPhone(v as Phone, o);
      case 'email': return { chunks: [renderEmail(v as string, o)], sep: '' };
      case 'dob': case 'odob': return { chunks: [renderDate(v as DateParts, (arg || 'bare') as DateCase, o)], sep: '' };
      case 'addr': case 'naddr': {
        const part = (['street', 'full', 'plz', 'plzcity'].includes(arg) ? arg : 'full') as 'street' | 'full' | 'plz' | 'plzcity';
        return { chunks: [renderAddress(v as Address, part, o)], sep: '' };
      }
      case 'iban': return renderIban(v as string, o);
      case 'card': return renderCard(v as string, o);
      case 'oplate': return renderId('plate', v as string, o);
      default: return renderId(kind, v as string, o);
    }
  }

  /** The canonical value as E.164 when it is a phone number (for `caller_id`). */
  e164(kind: 'phone' | 'ophone'): string {
    const p = this.get(kind) as Phone;
    return `+${p.cc}${p.area}${p.sub}`;
  }
}
