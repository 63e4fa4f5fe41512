/**
 * Reads a PERSON value into name words with roles, so that surrogates replace
 * a first name by a first name and a surname by a surname, keep titles and
 * particles ("Dr.", "von"), and so that "Weber" can be recognised as the
 * surname of an earlier "Anna Weber".
 */
import { parseCharTemplate, type CharTemplate } from './char-template.js';
import { nameLexicon } from './name-lexicon.js';
import { foldGerman } from './text-shape.js';

/** What a word of a name is. */
export type NameRole = 'first' | 'last' | 'initial' | 'keep';

/** One word of a name, offsets into the value. */
export interface NameWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: NameRole;
  /** Index of the hyphen-joined group the word belongs to ("Anna-Lena" is one group). */
  readonly group: number;
}

/** A parsed PERSON value: words with roles, or a spelled-out name. */
export interface ParsedName {
  readonly words: readonly NameWord[];
  /** Set when the value spells a name letter by letter ("M wie Martha, E, I, E, R"). */
  readonly spelled?: CharTemplate;
}

// Salutations, titles and name particles: kept as they are, never faked or counted.
const KEEP = new Set([
  'herr', 'herrn', 'frau', 'dr', 'prof', 'doktor', 'professor', 'dipl', 'ing', 'med',
  'von', 'van', 'vom', 'zu', 'zum', 'zur', 'de', 'der', 'den', 'ter', 'ten', 'la', 'le', 'di', 'da', 'del',
]);
const WORD = /\p{L}[\p{L}'’]*\.?/gu;
/** The first token of parseCharTemplate (a letter run or a digit) is a single letter. */
const LONE_FIRST_LETTER = /^[^\p{L}0-9]*\p{L}(?!\p{L})/u;

function isSpelled(template: CharTemplate): boolean {
  if (template.units.length < 2) return false;
  for (const u of template.units) if (u.style !== 'letter' && u.style !== 'spelled') return false;
  return true;
}

/**
 * Splits a PERSON value into words with roles. The last hyphen group is the
 * surname when there are two or more groups; a single group is a first name
 * only when the lexicon knows it as a first name and not as a surname.
 * @param value - e.g. "Dr. Anna-Lena Weber", "krüger", "M wie Martha, E, I, E, R"
 */
export function parseName(value: string): ParsedName {
  const template = parseCharTemplate(value);
  if (isSpelled(template)) return { words: [], spelled: template };
  const raw = splitWords(value);
  let lastGroup = -1;
  let nameGroups = 0;
  let seen = -1;
  for (const w of raw) {
    if (w.keep || w.initial) continue;
    if (w.group !== seen) nameGroups++;
    seen = w.group;
    lastGroup = w.group;
  }
  const lex = nameLexicon();
  const words: NameWord[] = [];
  for (const w of raw) {
    let role: NameRole;
    if (w.keep) role = 'keep';
    else if (w.initial) role = 'initial';
    else if (nameGroups >= 2) role = w.group === lastGroup ? 'last' : 'first';
    else {
      const f = foldGerman(w.text);
      role = lex.firstNameSet.has(f) && !lex.lastNameSet.has(f) ? 'first' : 'last';
    }
    words.push({ start: w.start, end: w.end, text: w.text, role, group: w.group });
  }
  return { words };
}

interface RawWord {
  start: number;
  end: number;
  text: string;
  keep: boolean;
  initial: boolean;
  group: number;
}

/** Splits a PERSON value into words and hyphen groups, without roles (the key needs none). */
function splitWords(value: string): RawWord[] {
  const raw: RawWord[] = [];
  let group = -1;
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(value); m !== null; m = WORD.exec(value)) {
    const text = m[0];
    const bare = text.endsWith('.') ? text.slice(0, -1) : text;
    const hyphenated = prevEnd >= 0 && m.index === prevEnd + 1 && value[prevEnd] === '-';
    if (!hyphenated) group++;
    prevEnd = m.index + bare.length;
    raw.push({
      start: m.index,
      end: m.index + bare.length,
      text: bare,
      keep: KEEP.has(bare.toLowerCase()),
      initial: bare.length === 1,
      group,
    });
  }
  return raw;
}

/**
 * Identity key of a PERSON value: folded name words (titles dropped),
 * hyphen groups joined by "-", groups by a space; a spelled name gives its letters.
 * @example personKey('Dr. Anna-Lena Weber') // 'anna-lena weber'
 */
export function personKey(value: string): string {
  // A spelled name starts with a lone letter; any other first token gives a unit that is
  // no letter, so the template (costly, and needed only here) is skipped for most names.
  if (LONE_FIRST_LETTER.test(value)) {
    const template = parseCharTemplate(value);
    if (isSpelled(template)) return foldGerman(template.chars);
  }
  let out = '';
  let group = -1;
  // Roles other than "keep" do not enter the key, so the name lexicon is not consulted.
  for (const w of splitWords(value)) {
    if (w.keep) continue;
    const f = foldGerman(w.text);
    if (out === '') out = f;
    else out += (w.group === group ? '-' : ' ') + f;
    group = w.group;
  }
  return out;
}
