/**
 * How many ASCII digits a text must contain for a regex to match in it, read
 * from the regex source. Most pattern rules (ID numbers, IP addresses, ICD
 * codes) cannot match a text without digits, and most turns hold none: the
 * pattern engine skips those turns instead of running the regex over them.
 *
 * The reading is conservative: anything it does not understand counts as no
 * digit, so the bound may be too low (a useless gate) but never too high (a
 * gate that would drop a match). Only these atoms count one digit: `\d`, a
 * literal 0-9 and a non-negated class made of digits only (`[0-9]`, `[1-9\d]`).
 * Digits a positive lookaround asserts are in the text too, but may be the
 * same digits the match consumes, so they raise the bound only to their own count.
 */

/** Parser state over one regex source. */
interface Cursor {
  readonly src: string;
  pos: number;
}

/** Thrown on syntax the reader does not know; the caller then assumes 0 digits. */
class Unsupported extends Error {}

/** Digit bounds of a piece of regex. */
interface Bound {
  /** Digits the piece consumes in every match. */
  match: number;
  /** Digits the text holds wherever the piece matches (consumed or asserted by a lookaround); >= match. */
  text: number;
}

const NONE: Bound = { match: 0, text: 0 };
const ONE: Bound = { match: 1, text: 1 };

function isAsciiDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Disjunction: the fewest digits of any alternative. Stops before `)` or at the end. */
function readDisjunction(cur: Cursor): Bound {
  const least = readAlternative(cur);
  while (cur.src[cur.pos] === '|') {
    cur.pos++;
    const next = readAlternative(cur);
    least.match = Math.min(least.match, next.match);
    least.text = Math.min(least.text, next.text);
  }
  return least;
}

/** Alternative: consumed digits add up; asserted ones may overlap them, so they only bound from below. */
function readAlternative(cur: Cursor): Bound {
  let match = 0;
  let text = 0;
  while (cur.pos < cur.src.length && cur.src[cur.pos] !== '|' && cur.src[cur.pos] !== ')') {
    const atom = readAtom(cur);
    const min = readQuantifierMin(cur);
    match += atom.match * min;
    if (min > 0) text = Math.max(text, atom.text);
  }
  return { match, text: Math.max(text, match) };
}

/** Lower bound of the quantifier at the cursor (1 when there is none); consumes it. */
function readQuantifierMin(cur: Cursor): number {
  const c = cur.src[cur.pos];
  let min = 1;
  if (c === '*' || c === '?') {
    min = 0;
    cur.pos++;
  } else if (c === '+') {
    cur.pos++;
  } else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(cur.src.slice(cur.pos));
    if (!m) throw new Unsupported('brace that is no quantifier');
    min = Number(m[1]);
    cur.pos += m[0].length;
  } else {
    return 1;
  }
  if (cur.src[cur.pos] === '?') cur.pos++; // lazy
  return min;
}

/** One atom or assertion and its digit bounds. */
function readAtom(cur: Cursor): Bound {
  const { src } = cur;
  const c = src[cur.pos];
  if (c === '(') return readGroup(cur);
  if (c === '[') return readClass(cur);
  if (c === '\\') return readEscape(cur);
  if (c === '^' || c === '$' || c === '.') {
    cur.pos++;
    return NONE;
  }
  if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported('quantifier without atom');
  cur.pos++;
  return isAsciiDigit(c) ? ONE : NONE;
}

function readGroup(cur: Cursor): Bound {
  const { src } = cur;
  cur.pos++; // (
  let assertion: 'positive' | 'negative' | undefined;
  if (src[cur.pos] === '?') {
    const rest = src.slice(cur.pos, cur.pos + 3);
    if (rest.startsWith('?:')) cur.pos += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      assertion = rest[1] === '=' ? 'positive' : 'negative';
      cur.pos += 2;
    } else if (rest === '?<=' || rest === '?<!') {
      assertion = rest[2] === '=' ? 'positive' : 'negative';
      cur.pos += 3;
    } else if (rest.startsWith('?<')) {
      const close = src.indexOf('>', cur.pos);
      if (close < 0) throw new Unsupported('unterminated group name');
      cur.pos = close + 1;
    } else throw new Unsupported('group modifier');
  }
  const inner = readDisjunction(cur);
  if (src[cur.pos] !== ')') throw new Unsupported('unterminated group');
  cur.pos++;
  // A lookaround consumes nothing; a positive one still proves its digits are in the text.
  if (assertion === 'negative') return NONE;
  if (assertion === 'positive') return { match: 0, text: inner.text };
  return inner;
}

function readEscape(cur: Cursor): Bound {
  const { src } = cur;
  const e = src[cur.pos + 1];
  if (e === undefined) throw new Unsupported('trailing backslash');
  cur.pos += 2;
  if (e === 'd') return ONE;
  if (e === 'p' || e === 'P' || e === 'k') {
    // \p{...}, \P{...}, \k<name>: skip the braces or brackets; never counted.
    const close = src.indexOf(e === 'k' ? '>' : '}', cur.pos);
    if (close < 0) throw new Unsupported('unterminated escape');
    cur.pos = close + 1;
    return NONE;
  }
  if (e === 'u' && src[cur.pos] === '{') {
    const close = src.indexOf('}', cur.pos);
    if (close < 0) throw new Unsupported('unterminated escape');
    cur.pos = close + 1;
    return NONE;
  }
  // \xHH, \uHHHH, \cX and backreferences are followed by code characters that must not
  // be read as atoms (a literal "0" of "\x30" would count): rare in rules, so give up.
  if (e === 'x' || e === 'u' || e === 'c' || isAsciiDigit(e)) throw new Unsupported('numeric escape');
  // \b \B \w \s \D and escaped punctuation: no digit for sure.
  return NONE;
}

/** A character class: one digit when it is non-negated and holds digits only, else none. */
function readClass(cur: Cursor): Bound {
  const { src } = cur;
  cur.pos++; // [
  let negated = false;
  if (src[cur.pos] === '^') {
    negated = true;
    cur.pos++;
  }
  let digitsOnly = true;
  let items = 0;
  while (cur.pos < src.length && src[cur.pos] !== ']') {
    const c = src[cur.pos];
    if (c === '\\') {
      const e = src[cur.pos + 1];
      if (e === undefined) throw new Unsupported('trailing backslash');
      if (e === 'p' || e === 'P' || (e === 'u' && src[cur.pos + 2] === '{')) {
        const close = src.indexOf('}', cur.pos);
        if (close < 0) throw new Unsupported('unterminated escape');
        cur.pos = close + 1;
        digitsOnly = false;
      } else {
        cur.pos += 2;
        if (e !== 'd') digitsOnly = false;
      }
      items++;
      continue;
    }
    // A range "a-b" (a hyphen first, last or after a range is a literal hyphen).
    if (src[cur.pos + 1] === '-' && src[cur.pos + 2] !== undefined && src[cur.pos + 2] !== ']') {
      const to = src[cur.pos + 2];
      if (to === '\\' || to === '[') throw new Unsupported('escaped range end');
      if (!(isAsciiDigit(c) && isAsciiDigit(to))) digitsOnly = false;
      cur.pos += 3;
    } else {
      if (!isAsciiDigit(c)) digitsOnly = false;
      cur.pos++;
    }
    items++;
  }
  if (src[cur.pos] !== ']') throw new Unsupported('unterminated class');
  cur.pos++;
  return !negated && items > 0 && digitsOnly ? ONE : NONE;
}

/**
 * The least number of ASCII digits (0-9) a text holds wherever `source`
 * matches in it, as far as it can tell; 0 when unsure.
 * @param source - regex source, e.g. `'\\b[A-Z]\\d{2}'`
 * @param flags - regex flags; `v` (set notation) is not read and gives 0
 * @example minDigitsOf('[A-Z] ?\\d(?: ?\\d){8}', 'iu') // 9
 */
export function minDigitsOf(source: string, flags = ''): number {
  if (flags.includes('v')) return 0;
  const cur: Cursor = { src: source, pos: 0 };
  try {
    const bound = readDisjunction(cur);
    return cur.pos === source.length ? bound.text : 0;
  } catch (error) {
    if (error instanceof Unsupported) return 0;
    throw error;
  }
}
