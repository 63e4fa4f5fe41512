"""Shared pieces of the training pipeline: paths, the BERT-compatible tokenizer
(pure Python, identical to the Hugging Face `tokenizer.json` we export) and a
compact BERT encoder in plain PyTorch (export-friendly: no fused kernels).

Everything here is deterministic; scripts seed via `seed_all`.
"""
from __future__ import annotations

import json
import math
import os
import random
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Debian's torch calls the system BLAS (install libopenblas0-pthread!). OpenBLAS threads
# inside torch's own OpenMP threads oversubscribe the cores: measured 3.4 s/step with
# torch 1 thread + OpenBLAS 2 threads vs 7.2 s with torch 2 + OpenBLAS 1 (2 cores).
os.environ.setdefault("OPENBLAS_NUM_THREADS", str(os.cpu_count() or 1))

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "training" / "out"

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
PAD_ID, UNK_ID, CLS_ID, SEP_ID, MASK_ID = range(5)
LABELS = ["O", "B-PERSON", "I-PERSON"]
IGNORE = -100


def data_dir(arg: str | None = None) -> Path:
    """Shared data root: --data, $REDACT_DATA, or ../shared/data relative to the repo root."""
    p = arg or os.environ.get("REDACT_DATA") or str(REPO.parent / "shared" / "data")
    path = Path(p).resolve()
    if not path.is_dir():
        raise SystemExit(f"data directory not found: {path} (use --data)")
    return path


def seed_all(seed: int) -> None:
    random.seed(seed)
    try:
        import numpy as np
        np.random.seed(seed)
    except ImportError:
        pass
    try:
        import torch
        torch.manual_seed(seed)
    except ImportError:
        pass


def set_threads(n: int | None = None) -> None:
    """torch intra-op threads (default 1: the BLAS library brings its own threads)."""
    import torch
    n = n or int(os.environ.get("TRAIN_THREADS", "1"))
    torch.set_num_threads(n)


# ---------------------------------------------------------------- tokenizer
# Mirrors tokenizers' BertNormalizer(clean_text, handle_chinese_chars,
# strip_accents=False, lowercase=False) + BertPreTokenizer + WordPiece.

def _is_control(ch: str) -> bool:
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co")


def _is_whitespace(ch: str) -> bool:
    if ch in " \t\n\r":
        return True
    return unicodedata.category(ch) == "Zs"


def _is_chinese(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def normalize(text: str, lowercase: bool = False) -> str:
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if _is_whitespace(ch):
            out.append(" ")
        elif _is_chinese(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    s = "".join(out)
    return s.lower() if lowercase else s


def pre_tokenize(text: str) -> list[str]:
    """Split on whitespace, and isolate every punctuation char (BertPreTokenizer)."""
    words: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch.isspace() or _is_whitespace(ch):
            if cur:
                words.append("".join(cur))
                cur = []
        elif is_punct(ch):
            if cur:
                words.append("".join(cur))
                cur = []
            words.append(ch)
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


class WordPiece:
    """Greedy longest-match-first WordPiece, as in HF tokenizers (max 100 chars/word)."""

    def __init__(self, vocab: list[str], lowercase: bool = False):
        self.vocab = vocab
        self.ids = {t: i for i, t in enumerate(vocab)}
        self.lowercase = lowercase
        self.cache: dict[str, list[int]] = {}
        self.max_len = max(len(t) for t in vocab)

    @classmethod
    def load(cls, tok_dir: Path) -> "WordPiece":
        cfg = json.loads((tok_dir / "tokenizer_config.json").read_text())
        vocab = (tok_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
        if vocab and vocab[-1] == "":
            vocab.pop()
        return cls(vocab, cfg.get("do_lower_case", False))

    def word_ids(self, word: str) -> list[int]:
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        res: list[int] = []
        if len(word) > 100:
            res = [UNK_ID]
        else:
            start, n = 0, len(word)
            while start < n:
                end = min(n, start + self.max_len + 2)
                found = -1
                while end > start:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    i = self.ids.get(sub)
                    if i is not None:
                        found = i
                        break
                    end -= 1
                if found < 0:
                    res = [UNK_ID]
                    break
                res.append(found)
                start = end
        if len(self.cache) < 2_000_000:
            self.cache[word] = res
        return res

    def words(self, text: str) -> list[str]:
        return pre_tokenize(normalize(text, self.lowercase))

    def encode(self, text: str) -> list[int]:
        out: list[int] = []
        for w in self.words(text):
            out.extend(self.word_ids(w))
        return out


# ---------------------------------------------------------------- model

@dataclass
class BertConfig:
    vocab_size: int = 20000
    hidden_size: int = 256
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    intermediate_size: int = 1024
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    layer_norm_eps: float = 1e-12
    initializer_range: float = 0.02
    num_labels: int = len(LABELS)

    def to_dict(self) -> dict:
        return asdict(self)


def build_model_classes():
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class SelfAttention(nn.Module):
        def __init__(self, c: BertConfig):
            super().__init__()
            self.h = c.num_attention_heads
            self.d = c.hidden_size // c.num_attention_heads
            self.query = nn.Linear(c.hidden_size, c.hidden_size)
            self.key = nn.Linear(c.hidden_size, c.hidden_size)
            self.value = nn.Linear(c.hidden_size, c.hidden_size)
            self.out = nn.Linear(c.hidden_size, c.hidden_size)
            self.drop = nn.Dropout(c.attention_probs_dropout_prob)
            self.ln = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
            self.out_drop = nn.Dropout(c.hidden_dropout_prob)

        def forward(self, x, bias):
            b, t, _ = x.shape
            q = self.query(x).view(b, t, self.h, self.d).transpose(1, 2)
            k = self.key(x).view(b, t, self.h, self.d).transpose(1, 2)
            v = self.value(x).view(b, t, self.h, self.d).transpose(1, 2)
            att = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.d)) + bias
            att = self.drop(torch.softmax(att, dim=-1))
            y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, self.h * self.d)
            return self.ln(x + self.out_drop(self.out(y)))

    class Layer(nn.Module):
        def __init__(self, c: BertConfig):
            super().__init__()
            self.attn = SelfAttention(c)
            self.inter = nn.Linear(c.hidden_size, c.intermediate_size)
            self.outp = nn.Linear(c.intermediate_size, c.hidden_size)
            self.ln = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
            self.drop = nn.Dropout(c.hidden_dropout_prob)

        def forward(self, x, bias):
            x = self.attn(x, bias)
            return self.ln(x + self.drop(self.outp(F.gelu(self.inter(x)))))

    class Encoder(nn.Module):
        def __init__(self, c: BertConfig):
            super().__init__()
            self.c = c
            self.word = nn.Embedding(c.vocab_size, c.hidden_size, padding_idx=PAD_ID)
            self.pos = nn.Embedding(c.max_position_embeddings, c.hidden_size)
            self.tok_type = nn.Embedding(c.type_vocab_size, c.hidden_size)
            self.ln = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
            self.drop = nn.Dropout(c.hidden_dropout_prob)
            self.layers = nn.ModuleList([Layer(c) for _ in range(c.num_hidden_layers)])

        def forward(self, input_ids, attention_mask, token_type_ids, pos_offset: int = 0):
            # pos_offset (training only) shifts the position ids so that short training
            # sequences still train the embeddings of positions up to 511.
            t = input_ids.shape[1]
            pos = torch.arange(pos_offset, pos_offset + t, device=input_ids.device).unsqueeze(0)
            x = self.word(input_ids) + self.pos(pos) + self.tok_type(token_type_ids)
            x = self.drop(self.ln(x))
            bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
            for layer in self.layers:
                x = layer(x, bias)
            return x

    def init_weights(module, c: BertConfig):
        for m in module.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=c.initializer_range)
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
            elif isinstance(m, nn.Embedding):
                nn.init.normal_(m.weight, std=c.initializer_range)
            elif isinstance(m, nn.LayerNorm):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)

    class MLM(nn.Module):
        def __init__(self, c: BertConfig):
            super().__init__()
            self.encoder = Encoder(c)
            self.transform = nn.Linear(c.hidden_size, c.hidden_size)
            self.tln = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
            self.bias = nn.Parameter(torch.zeros(c.vocab_size))
            init_weights(self, c)

        def forward(self, input_ids, attention_mask, token_type_ids, labels, pos_offset: int = 0):
            h = self.encoder(input_ids, attention_mask, token_type_ids, pos_offset)
            sel = labels != IGNORE
            hm = h[sel]  # only masked positions go through the big vocab projection
            hm = self.tln(F.gelu(self.transform(hm)))
            logits = hm @ self.encoder.word.weight.t() + self.bias  # tied decoder
            return F.cross_entropy(logits, labels[sel]), logits, labels[sel]

    class TokenClassifier(nn.Module):
        def __init__(self, c: BertConfig):
            super().__init__()
            self.encoder = Encoder(c)
            self.drop = nn.Dropout(c.hidden_dropout_prob)
            self.classifier = nn.Linear(c.hidden_size, c.num_labels)
            init_weights(self, c)

        def forward(self, input_ids, attention_mask, token_type_ids, pos_offset: int = 0):
            h = self.encoder(input_ids, attention_mask, token_type_ids, pos_offset)
            return self.classifier(self.drop(h))

    return Encoder, MLM, TokenClassifier


def save_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def asr_style(text: str) -> str:
    """Speech-to-text look: lowercase, punctuation removed (word-internal - and ' kept)."""
    out = []
    n = len(text)
    for i, ch in enumerate(text):
        if is_punct(ch):
            if ch in "-'" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                out.append(ch)
            else:
                out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).lower().split())


def word_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every pre-token of an already normalised text (BertPreTokenizer rules)."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch.isspace() or _is_whitespace(ch):
            if start >= 0:
                out.append((start, i))
                start = -1
        elif is_punct(ch):
            if start >= 0:
                out.append((start, i))
                start = -1
            out.append((i, i + 1))
        elif start < 0:
            start = i
    if start >= 0:
        out.append((start, len(text)))
    return out


def encode_with_offsets(wp: "WordPiece", text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Token ids and char offsets (into `text`, which must be normalised) without [CLS]/[SEP]."""
    ids: list[int] = []
    offs: list[tuple[int, int]] = []
    src = text.lower() if wp.lowercase else text
    for s, e in word_offsets(src):
        pieces = wp.word_ids(src[s:e])
        if pieces == [UNK_ID]:
            ids.append(UNK_ID)
            offs.append((s, e))
            continue
        pos = s
        for pid in pieces:
            tok = wp.vocab[pid]
            n = len(tok) - 2 if tok.startswith("##") else len(tok)
            ids.append(pid)
            offs.append((pos, pos + n))
            pos += n
    return ids, offs
