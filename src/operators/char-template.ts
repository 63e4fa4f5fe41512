/**
 * A "character template" of a number-like value: which parts of it are
 * digits or letters (written "0171", spoken "null eins sieben eins",
 * "dreiundzwanzig", spelled "D wie Dora") and what lies between them. Value
 * identity uses the canonical characters (`chars`); format-preserving
 * surrogates render new characters back into the same template, so
 * "0171 2345678" stays grouped and "null eins sieben" stays spoken.
 */
import { readCardinal } from '../normalize/number-words.js';
import { cardinalWord, digitWord, spellingWord } from './german-words.js';
import { applyCasing, casingOf, type Casing } from './text-shape.js';

/** How a unit of the template is written. */
export type UnitStyle = 'char' | 'word' | 'letter' | 'spelled';

/** One digit/letter-bearing piece of a value. */
export interface TemplateUnit {
  /** Offsets into the value, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** `char`: one written character; `word`: a spoken number word; `letter`: a lone letter; `spelled`: "M wie Martha". */
  readonly style: UnitStyle;
  /** Canonical characters the unit stands for: digits ("23" for "dreiundzwanzig") or one uppercase letter. */
  readonly chars: string;
  readonly casing: Casing;
}

/** A parsed value: its units and their canonical characters. */
export interface CharTemplate {
  readonly value: string;
  readonly units: readonly TemplateUnit[];
  /** All units' characters joined: "01712345678", "DE89370400440532013000". */
  readonly chars: string;
  /** True when at least one unit is a spoken number word. */
  readonly spoken: boolean;
}

const TOKEN = /\p{L}+|[0-9]/gu;
const CONNECTIVE = 'wie';
const SHORT_CAPS = /^\p{Lu}{2,3}$/u;

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  digit: boolean;
  number: number;
}

function tokenize(value: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(value); m !== null; m = TOKEN.exec(value)) {
    const text = m[0];
    const digit = text.length === 1 && text >= '0' && text <= '9';
    const lower = text.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + text.length,
      text,
      lower,
      digit,
      number: digit ? Number(text) : readCardinal(lower, 0, lower.length),
    });
  }
  return out;
}

/**
 * Parses `value` into a template.
 * @param value - e.g. "0171 2345678", "null eins sieben eins", "DE89 3704 …", "A wie Anton 1 2 3"
 * @param letters - whether letters are characters of the value (IBAN, ID) or
 *   just words around digits (phone and card numbers: "Durchwahl", "x"); default true
 * @returns the template; `chars` is empty when the value holds no digits or letters
 * @example parseCharTemplate('null eins 7').chars // '017'
 */
export function parseCharTemplate(value: string, letters = true): CharTemplate {
  // Templates are immutable and the same value is keyed, rendered and
  // compared many times per call, so parse each (value, letters) once.
  const cache = letters ? LETTER_CACHE : DIGIT_CACHE;
  let template = cache.get(value);
  if (template === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    template = parseUncached(value, letters);
    cache.set(value, template);
  }
  return template;
}

const HAS_LETTER = /\p{L}/u;
const NON_DIGIT = /[^0-9]+/g;

/**
 * `parseCharTemplate(value, letters).chars`, without building (and caching) a
 * template that value keys never use. A value without letters has one unit per
 * ASCII digit, so its characters are its digits.
 * @example templateChars('0171 234') // '0171234'
 * @example templateChars('null eins 7', false) // '017'
 */
export function templateChars(value: string, letters = true): string {
  if (!HAS_LETTER.test(value)) return value.replace(NON_DIGIT, '');
  const tokens = tokenize(value);
  return readUnits(value, tokens, letters, isSpoken(tokens), undefined);
}

const CACHE_LIMIT = 4096;
const LETTER_CACHE = new Map<string, CharTemplate>();
const DIGIT_CACHE = new Map<string, CharTemplate>();

function parseUncached(value: string, letters: boolean): CharTemplate {
  const tokens = tokenize(value);
  const spoken = isSpoken(tokens);
  const units: TemplateUnit[] = [];
  const chars = readUnits(value, tokens, letters, spoken, units);
  return { value, units, chars, spoken };
}

/** True when some token is a spoken number word. */
function isSpoken(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (!t.digit && t.number >= 0) return true;
  return false;
}

/**
 * Reads the units of a tokenized value and returns their characters joined;
 * the units themselves go to `units` when given. One reader for the template
 * and for {@link templateChars}, so the two cannot disagree.
 */
function readUnits(value: string, tokens: readonly Token[], letters: boolean, spoken: boolean, units: TemplateUnit[] | undefined): string {
  let chars = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.digit) {
      chars += t.text;
      units?.push({ start: t.start, end: t.end, style: 'char', chars: t.text, casing: 'as-is' });
    } else if (t.number >= 0) {
      const c = String(t.number);
      chars += c;
      units?.push({ start: t.start, end: t.end, style: 'word', chars: c, casing: casingOf(t.text) });
    } else if (!letters) {
      continue;
    } else if (t.text.length === 1) {
      const next = tokens[i + 1];
      const code = tokens[i + 2];
      const c = t.text.toUpperCase();
      chars += c;
      if (next && code && next.lower === CONNECTIVE && !code.digit && code.number < 0) {
        units?.push({ start: t.start, end: code.end, style: 'spelled', chars: c, casing: casingOf(t.text) });
        i += 2;
      } else {
        units?.push({ start: t.start, end: t.end, style: 'letter', chars: c, casing: casingOf(t.text) });
      }
    } else if (!spoken || SHORT_CAPS.test(t.text)) {
      // Written values ("DE89", "B-AB 123") carry letters as characters; in spoken
      // values other words are connectives ("plus", "und") and stay as they are.
      for (let j = t.start; j < t.end; j++) {
        const v = value[j];
        const c = v.toUpperCase();
        chars += c;
        units?.push({ start: j, end: j + 1, style: 'char', chars: c, casing: casingOf(v) });
      }
    }
  }
  return chars;
}

const ALL_DIGITS = /^[0-9]+$/;

function renderDigits(piece: string, casing: Casing): string {
  if (piece.length === 1) return applyCasing(digitWord(Number(piece)), casing);
  // A leading zero cannot be said inside one number word: "07" -> "null sieben".
  if (piece[0] === '0') {
    let out = '';
    for (const d of piece) out += (out ? ' ' : '') + applyCasing(digitWord(Number(d)), casing);
    return out;
  }
  return applyCasing(cardinalWord(Number(piece)), casing);
}

function letterCase(casing: Casing): Casing {
  return casing === 'lower' ? 'lower' : 'upper';
}

function renderUnit(unit: TemplateUnit, piece: string): string {
  const digits = ALL_DIGITS.test(piece);
  switch (unit.style) {
    case 'char':
      return digits ? piece : applyCasing(piece, letterCase(unit.casing));
    case 'word':
      return digits ? renderDigits(piece, unit.casing) : applyCasing(piece, letterCase(unit.casing));
    case 'letter':
      return digits ? renderDigits(piece, 'lower') : applyCasing(piece, letterCase(unit.casing));
    case 'spelled': {
      if (digits) return renderDigits(piece, 'lower');
      const letter = applyCasing(piece, letterCase(unit.casing));
      const code = spellingWord(piece.toUpperCase());
      return `${letter} wie ${unit.casing === 'lower' ? code.toLowerCase() : code}`;
    }
  }
}

/**
 * Renders `supply` (canonical characters: digits and uppercase letters) into
 * the template: each unit takes as many characters as it had, written in its
 * style and case. Extra characters continue in the last unit's style; units
 * left without characters are dropped with the separator before them.
 * @param template - from {@link parseCharTemplate}
 * @param supply - the new characters, e.g. a surrogate phone number's digits
 * @returns the rewritten value
 * @example renderCharTemplate(parseCharTemplate('0171 234'), '0302312') // '0302 312'
 */
export function renderCharTemplate(template: CharTemplate, supply: string): string {
  const { value, units } = template;
  // Nothing to fill: the value had no digits or letters, so only the supply can stand in for it.
  if (units.length === 0) return supply;
  let out = '';
  let pos = 0;
  let k = 0;
  let separator = ' ';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const literal = value.slice(pos, unit.start);
    pos = unit.end;
    if (k >= supply.length) {
      if (i === 0) out += literal;
      continue;
    }
    const piece = supply.slice(k, k + unit.chars.length);
    k += unit.chars.length;
    if (i > 0 && literal.length > 0) separator = literal;
    out += literal + renderUnit(unit, piece);
  }
  const last = units[units.length - 1];
  for (; k < supply.length; k++) {
    const c = supply[k];
    out += last.style === 'char' ? renderUnit(last, c) : separator + renderUnit(last, c);
  }
  return out + value.slice(pos);
}
