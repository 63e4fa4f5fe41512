/**
 * Loads and compiles rules/normalize/email-symbols.yaml: the spoken words for
 * the symbols of an e-mail address ("punkt" -> ".", "at" -> "@").
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { loadRuleFile, validateWith } from '../rules/load.js';
import { keyedRecord } from './keyed-record.js';

/** Relative path of the symbol words inside rules/. */
export const EMAIL_SYMBOLS_FILE = 'normalize/email-symbols.yaml';

const word = z.string().regex(/^[a-zäöüß]+$/, 'must be one lowercase word (a-z, ä, ö, ü, ß)');

/** Schema of rules/normalize/email-symbols.yaml. */
export const emailSymbolsSchema = z.strictObject({
  symbols: keyedRecord(
    /^[@._+-]$/,
    'must be one of @ . _ + -',
    z.array(word).min(1, 'must list at least one word'),
  ),
});

/** Compiled symbol words: words[k] is spoken for symbol[k]. */
export interface EmailSymbols {
  readonly words: readonly string[];
  readonly symbol: readonly string[];
}

/**
 * Validates and compiles a parsed email-symbols document.
 * @throws ConfigError naming file and entry when a word stands for two symbols
 */
export function compileEmailSymbols(raw: unknown, source: string): EmailSymbols {
  const doc = validateWith(emailSymbolsSchema, raw, source);
  const words: string[] = [];
  const symbol: string[] = [];
  const seen = new Map<string, string>();
  for (const [sym, list] of Object.entries(doc.symbols)) {
    list.forEach((w, k) => {
      const other = seen.get(w);
      if (other !== undefined) throw new ConfigError(`${source}: symbols.${sym}[${k}]: "${w}" already stands for ${other}`);
      seen.set(w, sym);
      words.push(w);
      symbol.push(sym);
    });
  }
  return { words, symbol };
}

/** The symbol words shipped in rules/, loaded once per process (worker). */
export const emailSymbols: EmailSymbols = compileEmailSymbols(
  loadRuleFile(EMAIL_SYMBOLS_FILE, z.unknown()),
  `rules/${EMAIL_SYMBOLS_FILE}`,
);
