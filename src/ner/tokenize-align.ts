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
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
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

  /** Tokenises one whitespace-free chunk and aligns its tokens to it (cache-miss path). */
  #analyse(chunk: string): ChunkEntry {
    const tokens = this.#tok._encode_text(chunk);
    const ids = this.#tok.model.convert_tokens_to_ids(tokens);
    // The chunk normalised per code point, whitespace removed, with each unit's original range.
    let norm = '';
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < chunk.length; ) {
      const code = chunk.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < chunk.length ? 2 : 1;
      const piece = this.#normalizeChar(chunk.slice(i, i + width)).replace(/\s+/g, '');
      for (let k = 0; k < piece.length; k++) {
        from.push(i);
        to.push(i + width);
      }
      norm += piece;
      i += width;
    }
    const count = tokens.length;
    const entry = new Int32Array(1 + 4 * count);
    entry[0] = count;
    const at = (p: number): number => (p < from.length ? from[p] : chunk.length);
    let cursor = 0;
    let pendingUnk = -1;
    let carryWordStart = 0;
    for (let k = 0; k < count; k++) {
      const token = tokens[k];
      entry[1 + k] = ids[k];
      let isWordStart = k === 0 ? 1 : 0;
      let body = token;
      if (this.#scheme.kind === 'prefix') {
        if (token.startsWith(this.#scheme.prefix) && token !== this.#scheme.prefix) body = token.slice(this.#scheme.prefix.length);
        else isWordStart = 1;
      } else if (token.startsWith(this.#scheme.marker)) {
        body = token.slice(this.#scheme.marker.length);
        isWordStart = 1;
      }
      if (token === this.#unk) {
        // [UNK] replaces a whole word of unknown length: it ends where the next token is found.
        if (pendingUnk < 0) pendingUnk = k;
        entry[1 + 3 * count + k] = isWordStart | carryWordStart;
        carryWordStart = 0;
        continue;
      }
      let pos = norm.startsWith(body, cursor) ? cursor : norm.indexOf(body, cursor);
      let len = body.length;
      if (pos < 0) {
        // Normalised per code point and as a whole differ (rare: contextual case mapping); keep lengths.
        pos = cursor;
        len = Math.min(len, norm.length - cursor);
      }
      if (pendingUnk >= 0) {
        for (let u = pendingUnk; u < k; u++) {
          entry[1 + count + u] = at(cursor);
          entry[1 + 2 * count + u] = pos > cursor ? to[pos - 1] : at(cursor);
        }
        pendingUnk = -1;
      }
      entry[1 + count + k] = at(pos);
      entry[1 + 2 * count + k] = len > 0 ? to[pos + len - 1] : at(pos);
      if (len === 0) {
        // A bare word marker ("▁" before punctuation): its word starts with the next token.
        carryWordStart |= isWordStart;
        isWordStart = 0;
      } else {
        isWordStart |= carryWordStart;
        carryWordStart = 0;
      }
      entry[1 + 3 * count + k] = isWordStart;
      cursor = pos + len;
    }
    if (pendingUnk >= 0) {
      for (let u = pendingUnk; u < count; u++) {
        entry[1 + count + u] = at(cursor);
        entry[1 + 2 * count + u] = norm.length > cursor ? to[norm.length - 1] : at(cursor);
      }
    }
    // Tokens tile the chunk: characters the normaliser removed (combining marks, soft
    // hyphens, zero-width spaces) join the token before them, so "Zoe\u0308" is one word.
    if (count > 0) {
      entry[1 + count] = 0;
      for (let k = 0; k + 1 < count; k++) {
        const nextStart = entry[1 + count + k + 1];
        if (entry[1 + 2 * count + k] < nextStart && entry[1 + count + k] < nextStart) entry[1 + 2 * count + k] = nextStart;
      }
      entry[1 + 2 * count + count - 1] = chunk.length;
    }
    return entry;
  }
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
