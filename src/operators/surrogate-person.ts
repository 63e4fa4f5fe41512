/**
 * Surrogates for PERSON and EMAIL. Names are replaced word by word, first
 * names by first names and surnames by surnames from faker's German lists,
 * with the original's case; each word keeps its surrogate for the whole call,
 * so "Anna Weber", "Frau Weber" and "anna punkt weber at gmx punkt de" stay
 * one consistent fake person ("Lena Schmidt", "Frau Schmidt",
 * "lena punkt schmidt at example punkt de").
 */
import { renderCharTemplate } from './char-template.js';
import { readEmail, writeEmailLike } from './email-form.js';
import { nameLexicon } from './name-lexicon.js';
import { parseName, type NameRole } from './person-name.js';
import type { Random } from './seeded-random.js';
import { consistentSurrogate, randomDigitString, randomFor, type SurrogateParams } from './surrogate-common.js';
import { applyCasing, casingOf, foldGerman, toAsciiLower } from './text-shape.js';
import type { OperatorInput } from './types.js';

/** The call's surrogate for one name word, chosen from the list of its role. */
function nameWord(input: OperatorInput, params: SurrogateParams, word: string, role: 'first' | 'last'): string {
  const lex = nameLexicon();
  return consistentSurrogate(input, params, 'PERSON', word, (rnd) => rnd.pick(role === 'first' ? lex.firstNames : lex.lastNames));
}

function roleOf(word: string): 'first' | 'last' {
  const lex = nameLexicon();
  const f = foldGerman(word);
  return lex.firstNameSet.has(f) && !lex.lastNameSet.has(f) ? 'first' : 'last';
}

const LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWZ';
const SHARP_S = /ß/g;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** A PERSON surrogate in the shape of `value`. */
export function personSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const parsed = parseName(value);
  if (parsed.spelled) {
    // Spelled names stay spelled: "M wie Martha, E, I, E, R" -> "S wie Samuel, C, H, ...".
    const name = nameWord(input, params, parsed.spelled.chars, 'last');
    return renderCharTemplate(parsed.spelled, name.toUpperCase().replace(SHARP_S, 'SS'));
  }
  let out = '';
  let pos = 0;
  let replaced = 0;
  for (const w of parsed.words) {
    const role: NameRole = w.role;
    if (role === 'keep') continue;
    let text: string;
    if (role === 'initial') {
      const letter = LETTERS[randomFor(input, params, 'PERSON:initial', foldGerman(value), replaced).int(LETTERS.length)];
      text = casingOf(w.text) === 'lower' ? letter.toLowerCase() : letter;
    } else {
      text = applyCasing(nameWord(input, params, w.text, role), casingOf(w.text));
    }
    out += value.slice(pos, w.start) + text;
    pos = w.end;
    replaced++;
  }
  // A value with no name word at all (only a title?) still must not pass through.
  if (replaced === 0) return applyCasing(nameWord(input, params, value, 'last'), casingOf(value));
  return out + value.slice(pos);
}

const SAFE_TLDS = new Set(['de', 'com', 'org', 'net', 'eu', 'at', 'ch', 'info']);
const LOCAL_PIECE = /\p{L}+|[0-9]+|[^\p{L}0-9]/gu;

/** The fake written address for a written original: names swapped, digits redrawn, domain example.<tld>. */
function makeEmail(written: string, input: OperatorInput, params: SurrogateParams, rnd: Random, attempt: number): string {
  const at = written.lastIndexOf('@');
  const local = at >= 0 ? written.slice(0, at) : written;
  const domain = at >= 0 ? written.slice(at + 1) : '';
  let fake = '';
  LOCAL_PIECE.lastIndex = 0;
  for (let m = LOCAL_PIECE.exec(local); m !== null; m = LOCAL_PIECE.exec(local)) {
    const piece = m[0];
    if (STARTS_WITH_LETTER.test(piece)) fake += toAsciiLower(nameWord(input, params, piece, roleOf(piece)));
    else if (piece[0] >= '0' && piece[0] <= '9') fake += randomDigitString(rnd, piece.length);
    else fake += piece;
  }
  if (fake === '') fake = 'kontakt';
  // Two addresses of one person ("anna.weber@gmx.de", "anna.weber@web.de") must not merge.
  if (attempt > 0) fake += String(attempt + 1);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return `${fake}@example.${SAFE_TLDS.has(tld) ? tld : 'de'}`;
}

/** An EMAIL surrogate, written or spoken like the original. */
export function emailSurrogate(value: string, input: OperatorInput, params: SurrogateParams): string {
  const form = readEmail(value);
  const written = consistentSurrogate(input, params, 'EMAIL', value, (rnd, attempt) => makeEmail(form.written, input, params, rnd, attempt));
  return writeEmailLike(written, form);
}
