import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TokenBuffer } from '../../src/ner/buffers.js';
import { AlignedTokenizer } from '../../src/ner/tokenize-align.js';

/** The committed tiny test model (scripts/make-tiny-ner-model.py): uncased, strip accents, 64 positions. */
export const TINY = fileURLToPath(new URL('../fixtures/tiny-ner', import.meta.url));

/** Parsed tokenizer files of the tiny model; `cased` turns off lowercasing and accent stripping. */
export function tinyTokenizerFiles(cased = false): { json: Record<string, unknown>; config: Record<string, unknown> } {
  const json = JSON.parse(readFileSync(`${TINY}/tokenizer.json`, 'utf8')) as Record<string, unknown>;
  const config = JSON.parse(readFileSync(`${TINY}/tokenizer_config.json`, 'utf8')) as Record<string, unknown>;
  if (cased) {
    json.normalizer = { ...(json.normalizer as object), lowercase: false, strip_accents: false };
    config.do_lower_case = false;
  }
  return { json, config };
}

/** One aligned token as tests compare it. */
export interface TestToken {
  token: string;
  start: number;
  end: number;
  /** The original text the token covers. */
  text: string;
  wordStart: boolean;
}

/** Tokenises `text` and returns tokens with their vocabulary strings and original slices. */
export function alignedTokens(tokenizer: AlignedTokenizer, vocab: readonly string[], text: string): TestToken[] {
  const buf = new TokenBuffer();
  tokenizer.tokenize(text, buf);
  const out: TestToken[] = [];
  for (let i = 0; i < buf.length; i++) {
    out.push({ token: vocab[buf.ids[i]], start: buf.starts[i], end: buf.ends[i], text: text.slice(buf.starts[i], buf.ends[i]), wordStart: buf.wordStart[i] === 1 });
  }
  return out;
}

/** id -> token string of a tokenizer.json vocabulary. */
export function vocabOf(json: Record<string, unknown>): string[] {
  const vocab: string[] = [];
  for (const [token, id] of Object.entries((json.model as { vocab: Record<string, number> }).vocab)) vocab[id] = token;
  return vocab;
}
