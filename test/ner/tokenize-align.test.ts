import { describe, expect, it } from 'vitest';
import { AutoTokenizer } from '@xenova/transformers/src/tokenizers.js';
import { ConfigError } from '../../src/errors.js';
import { TokenBuffer } from '../../src/ner/buffers.js';
import { AlignedTokenizer } from '../../src/ner/tokenize-align.js';
import { alignedTokens, tinyTokenizerFiles, vocabOf } from './helpers.js';
import { S } from './strings.js';

const uncasedFiles = tinyTokenizerFiles(false);
const casedFiles = tinyTokenizerFiles(true);
const uncased = new AlignedTokenizer(uncasedFiles.json, uncasedFiles.config);
const cased = new AlignedTokenizer(casedFiles.json, casedFiles.config);
const vocab = vocabOf(uncasedFiles.json);

/** The same normaliser transformers.js applies, for checking each token against its original slice. */
function normalizerOf(files: typeof uncasedFiles): (s: string) => string {
  const Cls = AutoTokenizer.TOKENIZER_CLASS_MAPPING.BertTokenizer;
  const tok = new Cls(files.json, files.config);
  return (s) => tok.normalizer!(s).replace(/\s+/g, '');
}

describe('token offsets: exact tables', () => {
  it.each([
    // [input, expected [token, original slice] pairs]
    ['umlautPunct', [['herr', 'Herr'], ['ozturk', 'Öztürk'], ['?', '?'], ['muller', 'Müller'], ['-', '-'], ['l', 'L'], ['##u', 'ü'], ['##d', 'd']]],
    ['combining', [['zoe', 'Zoe\u0308'], ['dubois', 'Dubois']]],
    ['invisible', [['anna', 'an\u200Bna'], ['weber', 'We\u00ADber']]],
    ['dottedI', [['i', 'İ'], ['##l', 'l'], ['##s', 's'], ['##e', 'e'], ['ozturk', 'Öztürk']]],
    ['whitespace', [['straße', 'STRAẞE'], ['weg', 'weg'], ['platz', 'platz'], ['koln', 'köln']]],
    ['astral', [['anna', 'anna'], ['[UNK]', '😀'], ['weber', 'weber'], ['[UNK]', '中'], ['peter', 'peter']]],
  ] as const)('%s (uncased, accents stripped)', (name, expected) => {
    const tokens = alignedTokens(uncased, vocab, S[name]).slice(0, expected.length);
    expect(tokens.map((t) => [t.token, t.text])).toEqual(expected);
  });

  it('keeps punctuation as words of its own and marks continuation pieces', () => {
    const tokens = alignedTokens(uncased, vocab, 'Weber, (Jürgens).');
    expect(tokens.map((t) => [t.text, t.wordStart])).toEqual([
      ['Weber', true],
      [',', true],
      ['(', true],
      ['Jürgen', true],
      ['s', false],
      [')', true],
      ['.', true],
    ]);
  });

  it('spans a >100-character word with a single [UNK]', () => {
    const tokens = alignedTokens(uncased, vocab, S.longWord);
    expect(tokens.map((t) => [t.token, t.start, t.end])).toEqual([
      ['herr', 0, 4],
      ['[UNK]', 5, 125],
      ['weber', 126, 131],
    ]);
  });
});

describe('token offsets: every token matches its original slice', () => {
  const inputs = Object.entries(S);
  it.each(inputs)('%s', (_name, text) => {
    for (const [tokenizer, files] of [
      [uncased, uncasedFiles],
      [cased, casedFiles],
    ] as const) {
      const normalize = normalizerOf(files);
      let previousEnd = 0;
      for (const t of alignedTokens(tokenizer, vocab, text)) {
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        expect(t.end).toBeGreaterThan(t.start);
        previousEnd = t.end;
        if (t.token === '[UNK]') {
          expect(t.text.trim()).toBe(t.text);
        } else {
          expect(normalize(t.text)).toBe(t.token.replace(/^##/, ''));
        }
      }
    }
  });

  it('reuses the buffer across texts and caches chunks', () => {
    const buf = new TokenBuffer();
    uncased.tokenize(S.asr, buf);
    const first = buf.length;
    uncased.tokenize(S.asr, buf);
    expect(buf.length).toBe(2 * first);
    expect(Array.from(buf.starts.subarray(first, 2 * first))).toEqual(Array.from(buf.starts.subarray(0, first)));
    expect(uncased.cacheSize).toBeGreaterThan(0);
  });

  it('gives the ids transformers.js gives for the whole text', () => {
    const Cls = AutoTokenizer.TOKENIZER_CLASS_MAPPING.BertTokenizer;
    const reference = new Cls(uncasedFiles.json, uncasedFiles.config);
    for (const text of Object.values(S)) {
      const buf = new TokenBuffer();
      uncased.tokenize(text, buf);
      const expected = reference.model.convert_tokens_to_ids(reference._encode_text(text));
      expect(Array.from(buf.ids.subarray(0, buf.length))).toEqual(expected);
    }
  });
});

describe('token offsets: seeded fuzz over awkward characters', () => {
  const pieces = ['anna', 'Weber', 'ÄÖÜäöüß', 'e\u0301', '\u0308', 'İ', 'ΣΑΣ', 'ς', '中文', '😀', '\u200B', '\u00AD', '\u0000', '\uFFFD',
    ' ', '\u00A0', '\t', '\n', '\u2028', ',', '.', '-', '„', '“', '–', '0171', 'ﬁ', 'Å', 'x'.repeat(101), '\uD800'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  it.each([
    ['uncased', uncased, uncasedFiles],
    ['cased', cased, casedFiles],
  ] as const)('%s: ids equal transformers.js, every token within its original slice', (_name, tokenizer, files) => {
    const Cls = AutoTokenizer.TOKENIZER_CLASS_MAPPING.BertTokenizer;
    const reference = new Cls(files.json, files.config);
    const normalize = normalizerOf(files);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pieces[Math.floor(random() * pieces.length)];
      const buf = new TokenBuffer();
      tokenizer.tokenize(text, buf);
      expect(Array.from(buf.ids.subarray(0, buf.length))).toEqual(reference.model.convert_tokens_to_ids(reference._encode_text(text)));
      for (const t of alignedTokens(tokenizer, vocab, text)) {
        if (t.token === '[UNK]') expect(t.text.length).toBeGreaterThan(0);
        // Contextual lowercasing (final sigma) may differ per character; lengths still line up.
        else if (!/[Σς]/.test(t.text)) expect(normalize(t.text)).toBe(t.token.replace(/^##/, ''));
        expect(/\s/.test(t.text.replace(/[\u2028]/g, ''))).toBe(false);
      }
    }
  });
});

describe('unsupported tokenizers', () => {
  it('rejects byte-level BPE with a message naming the file', () => {
    const json = { ...uncasedFiles.json, model: { type: 'BPE', vocab: { a: 0 }, merges: [] }, pre_tokenizer: { type: 'ByteLevel' }, normalizer: null };
    expect(() => new AlignedTokenizer(json, {}, 'gpt/tokenizer.json')).toThrow(ConfigError);
    expect(() => new AlignedTokenizer(json, {}, 'gpt/tokenizer.json')).toThrow(/gpt\/tokenizer.json: model type BPE/);
  });
});
