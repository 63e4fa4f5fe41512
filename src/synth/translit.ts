/**
 * Latin spellings for names from non-Latin faker locales (ru, uk, el) and
 * the ASCII folding speech-to-text applies to foreign letters ("Yılmaz" ->
 * "Yilmaz"). German umlauts and ß are kept: STT writes them.
 */

// German (Duden) transliteration: how Russian and Ukrainian names appear in German registries.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch',
  щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', є: 'je', і: 'i', ї: 'ji', ґ: 'g', "'": '',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const GREEK_PAIRS: Record<string, string> = { γγ: 'ng', γκ: 'gk', ου: 'ou', αυ: 'av', ευ: 'ev', αι: 'ai', ει: 'ei', οι: 'oi' };

const COMBINING = /[\u0300-\u036f]/g;

function capitalizeWords(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Transliterates Cyrillic and Greek to Latin; Latin input is returned unchanged. */
export function toLatin(name: string): string {
  if (/^[\p{Script=Latin}\s'.-]*$/u.test(name)) return name;
  const lower = name.normalize('NFD').replace(COMBINING, '').toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const pair = lower.slice(i, i + 2);
    if (GREEK_PAIRS[pair] !== undefined) {
      out += GREEK_PAIRS[pair];
      i++;
      continue;
    }
    const c = lower[i];
    out += CYRILLIC[c] ?? GREEK[c] ?? c;
  }
  return capitalizeWords(out);
}

/** True when the name is written entirely in Latin script (after transliteration it should be). */
export function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\s'.-]+$/u.test(name);
}

const SPECIAL_FOLD: Record<string, string> = {
  ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', œ: 'oe',
};
const KEEP = new Set(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']);

/** Removes accents and foreign letters but keeps German umlauts: "Şimşek" -> "Simsek", "Müller" stays. */
export function foldForeign(s: string): string {
  let out = '';
  for (const ch of s) {
    if (KEEP.has(ch)) out += ch;
    else if (SPECIAL_FOLD[ch] !== undefined) out += SPECIAL_FOLD[ch];
    else out += ch.normalize('NFD').replace(COMBINING, '');
  }
  return out;
}
