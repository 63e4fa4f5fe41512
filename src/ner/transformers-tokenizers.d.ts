/**
 * The part of @xenova/transformers' tokenizer module that redact-de uses. The
 * package ships no declarations for this deep import (its `types/` cover the
 * root entry, which would also load the model and image code we do not need).
 */
declare module '@xenova/transformers/src/tokenizers.js' {
  /** A tokenizer model (WordPiece, Unigram, BPE) with its vocabulary. */
  export interface TokenizerModel {
    /** WordPiece / Unigram / BPE over pre-tokenised words: token strings. */
    (words: readonly string[]): string[];
    readonly constructor: { readonly name: string };
    readonly tokens_to_ids: Map<string, number>;
    readonly unk_token?: string;
    readonly config: Record<string, unknown>;
    convert_tokens_to_ids(tokens: readonly string[]): number[];
  }

  /** A callable normaliser (BertNormalizer, Precompiled, ...). */
  export type Normalizer = ((text: string) => string) & { readonly config: Record<string, unknown> };

  /** A tokenizer built from `tokenizer.json` and `tokenizer_config.json`. */
  export class PreTrainedTokenizer {
    constructor(tokenizerJSON: object, tokenizerConfig: object);
    readonly normalizer: Normalizer | null;
    readonly pre_tokenizer: (((text: string, options?: { section_index?: number }) => string[]) & { readonly config?: Record<string, unknown> }) | null;
    readonly model: TokenizerModel;
    readonly model_max_length?: number;
    readonly unk_token?: string;
    readonly unk_token_id?: number;
    readonly sep_token_id?: number;
    readonly pad_token_id?: number;
    readonly mask_token_id?: number;
    /** Normalise, pre-tokenise and run the model on one text: token strings, no special tokens. */
    _encode_text(text: string): string[];
    getToken(...keys: string[]): string | null;
  }

  /** Maps `tokenizer_class` names (without `Fast`) to tokenizer classes. */
  export class AutoTokenizer {
    static readonly TOKENIZER_CLASS_MAPPING: Record<string, typeof PreTrainedTokenizer>;
  }
}
