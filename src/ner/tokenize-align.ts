import { AutoTokenizer, PreTrainedTokenizer } from '@xenova/transformers/src/tokenizers.js';
import { ConfigError } from '../errors.js';
import type { TokenBuffer } from './buffers.js';

/** How sub-tokens mark word boundaries. */
type SubwordScheme = { kind: 'prefix'; prefix: string } | { kind: 'metaspace'; marker: string };

/** Chunk-cache entries beyond this are dropped wholesale (bounded memory on open vocabularies). */
const kCacheLimit = 200_000;

/** One cached whitespace-free chunk: [n, ids x n, starts x n, ends x n, wordStart x n], offsets chunk-relative. */
type ChunkEntry = Int32Array;

/**
 * The model's own tokenizer (transformers.js) plus what transformers.js does
 * not give: ORIGINAL character offsets for every token.
 *
 * How: the text is cut into chunks at the characters the tokenizer's
 * normaliser turns into whitespace (words never cross them, for BERT,
 * ELECTRA and SentencePiece/Metaspace models alike). Each chunk is tokenised
 * by transformers.js and its token strings are walked against the chunk
 * normalised code point by code point, which keeps a map back to the
 * original even when the normaliser lowercases, strips accents ("é" -> "e"),
 * drops control characters or changes lengths ("İ" -> "i"). Chunks repeat a
 * lot in speech (Zipf), so results are cached per chunk string.
 */
export class AlignedTokenizer {
  readonly clsId: number;
  readonly sepId: number;
  readonly padId: number;
  /** `model_max_length` of tokenizer_config.json, when set to something sensible. */
  readonly modelMaxLength: number | undefined;
  readonly #tok: PreTrainedTokenizer;
  readonly #scheme: SubwordScheme;
  readonly #unk: string | undefined;
  readonly #charCache = new Map<string, string>();
  /** Chunking class + 1 of each BMP code unit seen ({@link classify}); 0 = not yet computed. */
  readonly #bmpKind = new Uint8Array(0x10000);
  readonly #chunks = new Map<string, ChunkEntry>();

  /**
   * @param tokenizerJson - parsed `tokenizer.json`
   * @param tokenizerConfig - parsed `tokenizer_config.json`
   * @param where - folder name for error messages
   * @throws ConfigError for byte-level BPE tokenizers (no character alignment) or missing special tokens
   */
  constructor(tokenizerJson: Record<string, unknown>, tokenizerConfig: Record<string, unknown>, where = 'tokenizer.json') {
    const className = String(tokenizerConfig.tokenizer_class ?? '').replace(/Fast$/, '');
    const Cls = AutoTokenizer.TOKENIZER_CLASS_MAPPING[className] ?? PreTrainedTokenizer;
    this.#tok = new Cls(tokenizerJson, tokenizerConfig);
    const model = this.#tok.model;
    const modelType = (tokenizerJson.model as { type?: string } | undefined)?.type;
    const pre = tokenizerJson.pre_tokenizer as { type?: string; replacement?: string; pretokenizers?: { type?: string; replacement?: string }[] } | null;
    const meta = pre?.type === 'Metaspace' ? pre : pre?.pretokenizers?.find((p) => p.type === 'Metaspace');
    if (modelType === 'WordPiece') {
      this.#scheme = { kind: 'prefix', prefix: String(model.config.continuing_subword_prefix ?? '##') };
    } else if (meta) {
      this.#scheme = { kind: 'metaspace', marker: meta.replacement ?? '\u2581' };
    } else {
      throw new ConfigError(
        `${where}: model type ${modelType ?? 'unknown'} without a Metaspace pre-tokenizer is not supported (need WordPiece, e.g. BERT/ELECTRA, or SentencePiece, e.g. XLM-R)`,
      );
    }
    this.#unk = this.#tok.unk_token ?? undefined;
    const id = (key: string, fallback: string): number => {
      const token = this.#tok.getToken(key, fallback);
      const value = token === null ? undefined : model.tokens_to_ids.get(token);
      if (value === undefined) throw new ConfigError(`${where}: no ${key} in the vocabulary`);
      return value;
    };
    this.clsId = id('cls_token', 'bos_token');
    this.sepId = id('sep_token', 'eos_token');
    this.padId = id('pad_token', 'pad_token');
    const max = Number(tokenizerConfig.model_max_length);
    this.modelMaxLength = Number.isFinite(max) && max > 2 && max < 1e6 ? max : undefined;
  }

  /**
   * Appends the tokens of `text` to `out` with ORIGINAL offsets (UTF-16, end exclusive).
   * Never truncates.
   */
  tokenize(text: string, out: TokenBuffer): void {
    let chunkStart = -1;
    const n = text.length;
    for (let i = 0; i < n; ) {
      const code = text.charCodeAt(i);
      const width = isPairAt(text, i, code) ? 2 : 1;
      let kind: number;
      if (width === 2) kind = classify(this.#normalizeChar(text.slice(i, i + 2)));
      else if ((kind = this.#bmpKind[code] - 1) < 0) this.#bmpKind[code] = (kind = classify(this.#normalizeChar(text[i]))) + 1;
      if (kind === kSpace || kind === kIsolated) {
        if (chunkStart >= 0) this.#appendChunk(text, chunkStart, i, out);
        chunkStart = -1;
        if (kind === kIsolated) this.#appendChunk(text, i, i + width, out);
      } else if (chunkStart < 0) {
        chunkStart = i;
      }
      i += width;
    }
    if (chunkStart >= 0) this.#appendChunk(text, chunkStart, n, out);
  }

  /** Number of cached chunks (for tests and stats). */
  get cacheSize(): number {
    return this.#chunks.size;
  }

  #normalizeChar(ch: string): string {
    let piece = this.#charCache.get(ch);
    if (piece === undefined) {
      const normalizer = this.#tok.normalizer;
      piece = normalizer ? normalizer(ch) : ch;
      if (this.#charCache.size < kCacheLimit) this.#charCache.set(ch, piece);
    }
    return piece;
  }

  #appendChunk(text: string, start: number, end: number, out: TokenBuffer): void {
    const key = text.slice(start, end);
    let entry = this.#chunks.get(key);
    if (entry === undefined) {
      entry = this.#analyse(key);
      if (this.#chunks.size >= kCacheLimit) this.#chunks.clear();
      this.#chunks.set(key, entry);
    }
    const count = entry[0];
    out.reserve(count);
    let o = out.length;
    for (let k = 0; k < count; k++, o++) {
      out.ids[o] = entry[1 + k];
      out.starts[o] = start + entry[1 + count + k];
      out.ends[o] = start + entry[1 + 2 * count + k];
      out.wordStart[o] = entry[1 + 3 * count + k];
    }
    out.length = o;
  }

  /**
   * Tokenises one whitespace-free chunk and aligns its tokens to it (cache-miss path).
   * Runs transformers.js' own stages (normaliser, pre-tokeniser, model) word by
   * word, so every token is known to belong to its pre-tokenised word: an [UNK]
   * covers the rest of its word and can never swallow a neighbour's text.
   */
  #analyse(chunk: string): ChunkEntry {
    const tok = this.#tok;
    // The chunk normalised per code point, whitespace removed, with each unit's original range.
    let norm = '';
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < chunk.length; ) {
      const code = chunk.charCodeAt(i);
      const width = isPairAt(chunk, i, code) ? 2 : 1;
      const piece = this.#normalizeChar(chunk.slice(i, i + width)).replace(/\s+/g, '');
      for (let k = 0; k < piece.length; k++) {
        from.push(i);
        to.push(i + width);
      }
      norm += piece;
      i += width;
    }
    const normalized = tok.normalizer ? tok.normalizer(chunk) : chunk;
    const words = tok.pre_tokenizer ? tok.pre_tokenizer(normalized, { section_index: 0 }) : [normalized];
    const tokens: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const flags: number[] = [];
    const marker = this.#scheme.kind === 'metaspace' ? this.#scheme.marker : '';
    const prefix = this.#scheme.kind === 'prefix' ? this.#scheme.prefix : '';
    let cursor = 0;
    for (const word of words) {
      const text = marker && word.startsWith(marker) ? word.slice(marker.length) : word;
      let at = norm.startsWith(text, cursor) ? cursor : norm.indexOf(text, cursor);
      if (at < 0) at = cursor; // per-code-point and whole normalisation differ (rare): keep going
      const wordEnd = Math.min(norm.length, at + text.length);
      let c = at;
      let pendingUnk = -1;
      for (const token of tok.model([word])) {
        const k = tokens.length;
        tokens.push(token);
        flags.push(k === 0 || c === at ? 1 : 0);
        starts.push(c);
        ends.push(c);
        if (token === this.#unk) {
          if (pendingUnk < 0) pendingUnk = k;
          continue;
        }
        let body = token;
        if (prefix && token.startsWith(prefix) && token !== prefix) body = token.slice(prefix.length);
        else if (marker && token.startsWith(marker)) body = token.slice(marker.length);
        let p = norm.startsWith(body, c) ? c : norm.indexOf(body, c);
        if (p < 0 || p + body.length > wordEnd) p = c;
        const end = Math.min(wordEnd, p + body.length);
        for (let u = pendingUnk; u >= 0 && u < k; u++) ends[u] = p; // [UNK]s run up to the next known piece
        pendingUnk = -1;
        starts[k] = p;
        ends[k] = end;
        c = end;
      }
      for (let u = pendingUnk; u >= 0 && u < tokens.length; u++) ends[u] = wordEnd;
      cursor = wordEnd;
    }
    if (this.#scheme.kind === 'metaspace') markPunctuationWords(tokens, flags, marker);
    const count = tokens.length;
    const entry = new Int32Array(1 + 4 * count);
    entry[0] = count;
    const ids = tok.model.convert_tokens_to_ids(tokens);
    // Normalised positions -> original offsets. Tokens then tile the chunk: characters the
    // normaliser removed (combining marks, soft hyphens, zero-width spaces) join the token
    // before them, so "Zoe\u0308" stays one word and every character belongs to a token.
    const orig = (p: number): number => (p < from.length ? from[p] : chunk.length);
    for (let k = 0; k < count; k++) {
      entry[1 + k] = ids[k];
      entry[1 + count + k] = k === 0 ? 0 : orig(starts[k]);
      entry[1 + 3 * count + k] = flags[k];
    }
    for (let k = 0; k < count; k++) {
      const start = entry[1 + count + k];
      const next = k + 1 < count ? entry[1 + count + k + 1] : chunk.length;
      const end = Math.max(ends[k] > starts[k] ? to[ends[k] - 1] : start, next > start ? next : start);
      entry[1 + 2 * count + k] = end;
      if (end === start && k + 1 < count) {
        // A zero-width token (a bare "▁", an unplaceable piece) hands its word start to the next one.
        entry[1 + 3 * count + k + 1] |= entry[1 + 3 * count + k];
        entry[1 + 3 * count + k] = 0;
      }
    }
    return entry;
  }
}

/** SentencePiece words keep their punctuation ("▁Weber" ","): make punctuation a word of its own. */
function markPunctuationWords(tokens: readonly string[], flags: number[], marker: string): void {
  let previousPunct = false;
  for (let k = 0; k < tokens.length; k++) {
    const body = tokens[k].startsWith(marker) ? tokens[k].slice(marker.length) : tokens[k];
    const punct = body.length > 0 && kPunctuation.test(body);
    if (punct || previousPunct) flags[k] = 1;
    previousPunct = punct;
  }
}

const kPunctuation = /^[\p{P}\p{S}]+$/u;

/** True when `code` (at `i`) starts a valid surrogate pair; lone surrogates count as one unit. */
function isPairAt(text: string, i: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

const kPart = 0;
const kSpace = 1;
const kIsolated = 2;

/** What a normalised code point means for chunking: word part, whitespace, or a word on its own (CJK padding). */
function classify(piece: string): number {
  if (piece.length === 0) return kPart;
  const first = piece.charCodeAt(0);
  if (piece.length === 1) return first === 32 || first === 9 || first === 10 || first === 13 || /\s/.test(piece) ? kSpace : kPart;
  const lead = /^\s/.test(piece);
  const trail = /\s$/.test(piece);
  if (lead && trail && piece.trim().length === 0) return kSpace;
  return lead || trail ? kIsolated : kPart;
}
