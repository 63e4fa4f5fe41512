/**
 * Written and spoken renderings of call values. Each renderer returns
 * chunks; a value read over two turns is split between chunks, so each half
 * is a natural group ("null eins sieben eins" | "zwei drei vier ...").
 */
import { MONTHS, numberWords, ordinalWords, yearWords } from './numbers.js';
import type { Address } from './places.js';
import type { Rng } from './rng.js';
import type { Style } from './segments.js';
import { speakAlnum, speakDigits, type DigitSpeech } from './spoken.js';
import type { DateParts, Phone } from './values.js';

/** A rendered value: chunks joined by `sep`. */
export interface Rendered {
  chunks: string[];
  sep: string;
}

/** How one occurrence of a value is rendered. */
export interface RenderOpts {
  rng: Rng;
  style: Style;
  /** Spoken words rather than digits. */
  spoken: boolean;
}

function groupSep(o: RenderOpts): string {
  return o.style.punct ? o.rng.pick([', ', ', ', ' ']) : ' ';
}

function digitSpeech(o: RenderOpts): DigitSpeech {
  return { mode: o.rng.weighted([['single', 6], ['pairs', 2], ['mixed', 2]] as const), zwo: o.style.zwo, doppel: 0.3 };
}

/** Splits a digit string into groups of the given sizes (last group takes the rest). */
function groups(s: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

function subGroups(rng: Rng, sub: string): string[] {
  if (sub.length <= 4) return [sub];
  const a = rng.pick(sub.length >= 7 ? [3, 4] : [2, 3]);
  const rest = sub.slice(a);
  return rest.length > 4 && rng.chance(0.6) ? [sub.slice(0, a), ...groups(rest, [2, 2, 2])] : [sub.slice(0, a), rest];
}

/** Renders a phone number. */
export function renderPhone(p: Phone, o: RenderOpts): Rendered {
  const { rng } = o;
  const intl = rng.chance(0.2);
  if (o.spoken) {
    const ds = digitSpeech(o);
    const cc = intl ? rng.pick(['plus neun vier', 'plus neunundvierzig', 'null null neun vier', 'plus vier neun']) : '';
    const areaDigits = intl ? p.area : `0${p.area}`;
    // Streaming STT often normalises the prefix only: "0171 zwei drei vier ...".
    const area = !intl && rng.chance(0.12) ? areaDigits : speakDigits(areaDigits, rng, { ...ds, mode: 'single' });
    const sub = subGroups(rng, p.sub).map((g) => speakDigits(g, rng, ds));
    return { chunks: cc ? [`${cc} ${area}`, ...sub] : [area, ...sub], sep: groupSep(o) };
  }
  // Some STT engines emit every digit as a token: "0 1 7 1 2 3 4 ...".
  if (rng.chance(0.06)) return { chunks: [[...`0${p.area}`].join(' '), [...p.sub].join(' ')], sep: ' ' };
  if (intl) {
    const head = rng.pick([`+49 ${p.area}`, `+49 (0)${p.area}`, `0049 ${p.area}`, `+49 ${p.area}`]);
    return { chunks: [head, p.sub], sep: ' ' };
  }
  const sep = rng.weighted([[' ', 6], ['/', 2], ['-', 1], ['', 1]] as const);
  if (sep === ' ' && rng.chance(0.3)) return { chunks: [`0${p.area}`, ...subGroups(rng, p.sub)], sep: ' ' };
  return { chunks: [`0${p.area}`, p.sub], sep };
}

/** Renders an IBAN (DE/AT/CH). */
export function renderIban(iban: string, o: RenderOpts): Rendered {
  const { rng } = o;
  const quads = groups(iban, [4, 4, 4, 4, 4, 4, 4]);
  if (!o.spoken) {
    if (rng.chance(0.2)) return { chunks: [iban.slice(0, 12), iban.slice(12)], sep: '' };
    return { chunks: quads, sep: ' ' };
  }
  const ds = digitSpeech(o);
  const country = rng.pick([`${iban[0]} ${iban[1]}`, `${iban[0]} ${iban[1]}`, iban.slice(0, 2)]);
  const check = speakDigits(iban.slice(2, 4), rng, ds);
  const rest = groups(iban.slice(4), [4, 4, 4, 4, 4]).map((g) => speakAlnum(g, rng, ds, ' '));
  return { chunks: [`${country} ${check}`, ...rest], sep: groupSep(o) };
}

/** Renders a payment card number. */
export function renderCard(card: string, o: RenderOpts): Rendered {
  const parts = card.length === 15 ? groups(card, [4, 6, 5]) : groups(card, [4, 4, 4, 4]);
  if (!o.spoken) return { chunks: parts, sep: o.rng.chance(0.8) ? ' ' : '' };
  const ds = digitSpeech(o);
  return { chunks: parts.map((g) => speakDigits(g, o.rng, ds)), sep: groupSep(o) };
}

/** Grammatical frame of a date: "dritter März" (bare), "am dritten" (am), "der dritte" (der). */
export type DateCase = 'bare' | 'am' | 'der';

const ENDING: Record<DateCase, 'er' | 'en' | 'e'> = { bare: 'er', am: 'en', der: 'e' };

/** Renders a date (birth dates and, for hard negatives, appointment dates). */
export function renderDate(dt: DateParts, dcase: DateCase, o: RenderOpts, withYear = true): string {
  const { rng } = o;
  const dd = String(dt.d).padStart(2, '0');
  const mm = String(dt.m).padStart(2, '0');
  const yy = String(dt.y % 100).padStart(2, '0');
  if (!o.spoken) {
    if (!withYear) return rng.pick([`${dt.d}. ${MONTHS[dt.m]}`, `${dt.d}.${dt.m}.`, `${dd}.${mm}.`]);
    return rng.weighted([
      [`${dd}.${mm}.${dt.y}`, 5], [`${dt.d}.${dt.m}.${dt.y}`, 2], [`${dt.d}. ${MONTHS[dt.m]} ${dt.y}`, 4],
      [`${dd}.${mm}.${yy}`, 1], [`${dt.d}.${dt.m}.${yy}`, 1], [`${dt.d}. ${MONTHS[dt.m]} ${yearWords(dt.y)}`, 1],
    ] as const);
  }
  const end = ENDING[dcase];
  const day = ordinalWords(dt.d, end);
  const month = rng.chance(0.7) ? MONTHS[dt.m] : ordinalWords(dt.m, end);
  if (!withYear) return `${day} ${month}`;
  const year = rng.weighted([
    [yearWords(dt.y), 6], [numberWords(dt.y % 100), dt.y < 2000 ? 2 : 0], [String(dt.y), 1],
    [`${numberWords(Math.floor(dt.y / 100))} ${numberWords(dt.y % 100)}`, dt.y < 2000 && dt.y % 100 > 9 ? 1 : 0],
  ] as const);
  // Quick speech: "neunzehn elf vierundachtzig".
  if (dcase === 'bare' && rng.chance(0.08)) return `${numberWords(dt.d)} ${numberWords(dt.m)} ${year}`;
  return `${day} ${month} ${year}`;
}

function speakHouseNo(no: string, o: RenderOpts): string {
  const m = /^(\d+)(?:-(\d+))?\s*([a-z])?$/.exec(no);
  if (!m) return no;
  let s = numberWords(Number(m[1]));
  if (m[2]) s += ` bis ${numberWords(Number(m[2]))}`;
  if (m[3]) s += ` ${m[3]}`;
  return o.rng.chance(0.15) && Number(m[1]) > 100 ? speakDigits(m[1], o.rng, digitSpeech(o)) + (m[3] ? ` ${m[3]}` : '') : s;
}

/** Renders a postcode, digit by digit or in pairs when spoken. */
export function renderPostcode(plz: string, o: RenderOpts): string {
  if (!o.spoken) return plz;
  return speakDigits(plz, o.rng, { mode: o.rng.chance(0.75) ? 'single' : 'pairs', zwo: o.style.zwo, doppel: 0.2 });
}

/**
 * Renders an address: 'street' (street + number), 'full' (+ postcode and
 * city), 'plz' (postcode alone) or 'plzcity'.
 */
export function renderAddress(a: Address, part: 'street' | 'full' | 'plz' | 'plzcity', o: RenderOpts): string {
  const { rng } = o;
  let street = a.street;
  if (!o.spoken && o.style.punct && rng.chance(0.15)) street = street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.');
  const no = o.spoken ? speakHouseNo(a.no, o) : rng.chance(0.2) ? a.no.replace(/(\d)([a-z])$/, '$1 $2') : a.no;
  const plz = renderPostcode(a.plz, o);
  if (part === 'plz') return plz;
  if (part === 'plzcity') return `${plz} ${a.city}`;
  if (part === 'street') return `${street} ${no}`;
  return `${street} ${no}${o.style.punct ? rng.pick([', ', ', ', ' ']) : ' '}${plz} ${a.city}`;
}

const EMAIL_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  '.': ['punkt'], '-': ['minus', 'bindestrich', 'strich'], _: ['unterstrich', 'unterstrich', 'tiefstrich'],
};

/** Renders an e-mail address, written or spoken ("anna punkt weber at gmx punkt de"). */
export function renderEmail(email: string, o: RenderOpts): string {
  const { rng } = o;
  if (!o.spoken) return email;
  const [local, domain] = email.split('@');
  const at = rng.weighted([['at', 8], ['ät', 2], ['Klammeraffe', 1], ['at-Zeichen', 1]] as const);
  const speakPart = (s: string, spellShort: boolean): string => {
    const words: string[] = [];
    for (const tok of s.split(/([._-])/)) {
      if (tok === '') continue;
      if (EMAIL_SYMBOLS[tok]) words.push(rng.pick(EMAIL_SYMBOLS[tok]));
      else if (/^\d+$/.test(tok)) words.push(speakDigits(tok, rng, digitSpeech(o)));
      else {
        const m = /^([a-z]+)(\d+)$/.exec(tok);
        if (m) words.push(m[1], speakDigits(m[2], rng, digitSpeech(o)));
        else if (spellShort && tok.length <= 3) words.push([...tok].join(' '));
        else words.push(tok);
      }
    }
    return words.join(' ');
  };
  const dom = domain === 'gmx.de' || domain === 'gmx.net' ? speakPart(domain, rng.chance(0.4)) : speakPart(domain, false);
  return `${speakPart(local, rng.chance(0.3))} ${at} ${dom}`;
}

/** Renders a written identifier in one of its usual spacings. */
function writtenId(kind: string, id: string, rng: Rng): string[] {
  if (kind === 'rvnr') return rng.chance(0.6) ? [id.slice(0, 2), id.slice(2, 8), id[8], id.slice(9)] : [id];
  if (kind === 'taxid') return rng.chance(0.5) ? groups(id, [2, 3, 3, 3]) : [id];
  if (kind === 'kvnr') return rng.chance(0.2) ? [id[0], ...groups(id.slice(1), [3, 3, 3])] : [id];
  if (kind === 'plate') return [rng.weighted([[id, 6], [id.replace('-', ' '), 3], [id.replace(' ', '-'), 1]] as const)];
  return [id];
}

/** Renders an identifier of any kind, written or spoken. */
export function renderId(kind: string, id: string, o: RenderOpts): Rendered {
  const { rng } = o;
  if (!o.spoken) {
    const chunks = writtenId(kind, id, rng);
    return { chunks, sep: ' ' };
  }
  if (kind === 'ip') {
    return { chunks: id.split('.').map((g) => (rng.chance(0.7) ? numberWords(Number(g)) : speakDigits(g, rng, digitSpeech(o)))), sep: ' punkt ' };
  }
  const ds = digitSpeech(o);
  if (kind === 'plate') {
    const m = /^([A-ZÄÖÜ]+)-([A-Z]+) (\d+)([EH]?)$/.exec(id);
    if (m) {
      const letters = `${[...m[1]].join(' ')} ${[...m[2]].join(' ')}`;
      // "M AB zwölf vierunddreißig" or digit by digit; a plain cardinal only for short numbers.
      const num = Number(m[3]) < 1000 && rng.chance(0.5) ? numberWords(Number(m[3])) : speakDigits(m[3], rng, ds);
      return { chunks: [letters, num + (m[4] ? ` ${m[4]}` : '')], sep: ' ' };
    }
  }
  const pieces = id.split(/(?<=[ /-])/);
  const chunks = (pieces.length > 1 ? pieces : groups(id, [Math.ceil(id.length / 2)]))
    .map((p) => speakAlnum(p.trim(), rng, ds, ' '))
    .filter((p) => p !== '');
  return { chunks, sep: groupSep(o) };
}
