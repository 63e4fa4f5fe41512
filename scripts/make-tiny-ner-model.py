"""Writes test/fixtures/tiny-ner/: a tiny BERT token-classification model in the
transformers.js layout, so the NER tests run without the real model and
without Python at test time.

    /usr/bin/python3 scripts/make-tiny-ner-model.py [--out test/fixtures/tiny-ner]

Needs python3-torch and python3-onnx (Debian packages). The output is
committed; run this again only to change the fixture.

What it is:
- an UNCASED WordPiece vocabulary of ~400 tokens (lowercase + strip accents,
  the opposite of the shipped cased model, so the tests exercise the
  normaliser: "Müller" -> "muller", "JANA" -> "jana");
- a 1-layer BERT (hidden 32, 2 heads, 64 positions: windows of 62 tokens, so
  long-turn striding is tested on short texts);
- trained for a few seconds on template sentences so that the names of
  NAMES come out as B-PERSON / I-PERSON in context. It is a fixture for the
  plumbing (offsets, windows, batching, decoding), not a useful model.
Weights are fp32 in onnx/model.onnx (no quantisation tool needed), < 200 KB.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import unicodedata
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
LABELS = ["O", "B-PERSON", "I-PERSON"]
MAX_POS = 64

WORDS = """ich bin heiße mein name ist herr frau guten tag hallo praxis termin am und die der das sie
bitte danke ja nein hier spricht mit von für einen eine wie kann ihnen helfen meine nummer
rufe an wegen rechnung morgen heute gerne geburtsdatum versicherung bei vorname nachname
noch mal buchstabiert also genau richtig wir haben sehr gut dann bis wiederhören auf
doktor dr zimmer straße weg platz köln berlin münchen""".split()
FIRST = "anna jana peter maria thomas klaus sabine jürgen ömer zoë renée".split()
LAST = "weber krüger schmidt müller meier schulz fischer wagner öztürk dubois".split()
SUFFIXES = "er en e n s es ung mann chen ke ler".split()


def normalize(text: str) -> str:
    text = text.lower()
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if not ("\u0300" <= ch <= "\u036f"))


def is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def pre_tokenize(text: str) -> list[str]:
    words, cur = [], []
    for ch in text:
        if ch.isspace():
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


def build_vocab() -> list[str]:
    vocab = list(SPECIALS)
    seen = set(vocab)

    def add(tok: str) -> None:
        if tok not in seen:
            seen.add(tok)
            vocab.append(tok)

    alphabet = [chr(c) for c in range(33, 127) if not chr(c).isupper()] + list("ß§€°")
    for ch in alphabet:
        add(ch)
        add("##" + ch)
    for w in WORDS + FIRST + LAST:
        add(normalize(w))
    for s in SUFFIXES:
        add("##" + s)
    return vocab


class WordPiece:
    def __init__(self, vocab: list[str]):
        self.ids = {t: i for i, t in enumerate(vocab)}

    def word(self, w: str) -> list[int]:
        out, start = [], 0
        while start < len(w):
            end, found = len(w), -1
            while end > start:
                sub = w[start:end] if start == 0 else "##" + w[start:end]
                if sub in self.ids:
                    found = self.ids[sub]
                    break
                end -= 1
            if found < 0:
                return [1]
            out.append(found)
            start = end
        return out


def sentence(rng: random.Random) -> list[tuple[str, int]]:
    """Words with word-level labels 0/1/2."""
    out: list[tuple[str, int]] = []
    filler = lambda k: [(rng.choice(WORDS), 0) for _ in range(k)]  # noqa: E731
    out += filler(rng.randint(0, 4))
    if rng.random() < 0.85:
        if rng.random() < 0.5:
            out.append((rng.choice(["herr", "frau", "Herr", "Frau"]), 0))
        kind = rng.random()
        if kind < 0.45:
            out += [(rng.choice(FIRST), 1), (rng.choice(LAST), 2)]
        elif kind < 0.7:
            out += [(rng.choice(LAST), 1)]
        else:
            out += [(rng.choice(FIRST), 1)]
    out += filler(rng.randint(0, 5))
    # Punctuation anywhere (written style) or nowhere (speech-to-text style).
    if rng.random() < 0.5:
        punctuated: list[tuple[str, int]] = []
        for w, l in out:
            punctuated.append((w, l))
            if rng.random() < 0.2:
                punctuated.append((rng.choice([",", ".", "?", "!", ":"]), 0))
        out = punctuated
    if rng.random() < 0.3:
        out = [(w.capitalize() if rng.random() < 0.5 else w.upper(), l) for w, l in out]
    return out


def sentences(rng: random.Random) -> list[tuple[str, int]]:
    """One sentence, or several run together, so every one of the 64 positions is trained."""
    out = sentence(rng)
    if rng.random() < 0.5:
        while len(out) < rng.randint(20, 60):
            out += sentence(rng)
    return out


class Encoder(nn.Module):
    def __init__(self, vocab_size: int, hidden: int = 32, heads: int = 2, inter: int = 64):
        super().__init__()
        self.h, self.d = heads, hidden // heads
        self.word = nn.Embedding(vocab_size, hidden)
        self.pos = nn.Embedding(MAX_POS, hidden)
        self.tok_type = nn.Embedding(2, hidden)
        self.ln0 = nn.LayerNorm(hidden)
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)
        self.ln1 = nn.LayerNorm(hidden)
        self.ff1 = nn.Linear(hidden, inter)
        self.ff2 = nn.Linear(inter, hidden)
        self.ln2 = nn.LayerNorm(hidden)
        self.cls = nn.Linear(hidden, len(LABELS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        b, t = input_ids.shape
        pos = torch.arange(t).unsqueeze(0)
        x = self.ln0(self.word(input_ids) + self.pos(pos) + self.tok_type(token_type_ids))
        q, k, v = self.qkv(x).view(b, t, 3, self.h, self.d).permute(2, 0, 3, 1, 4)
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(self.d) + bias, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, self.h * self.d)
        x = self.ln1(x + self.out(y))
        x = self.ln2(x + self.ff2(F.gelu(self.ff1(x))))
        return self.cls(x)


def encode(wp: WordPiece, words: list[tuple[str, int]]) -> tuple[list[int], list[int]]:
    ids, labels = [2], [-100]
    for w, label in words:
        for piece in pre_tokenize(normalize(w)):
            sub = wp.word(piece)
            ids += sub
            labels += [label] + [-100] * (len(sub) - 1)
    ids, labels = ids[: MAX_POS - 1] + [3], labels[: MAX_POS - 1] + [-100]
    return ids, labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "test" / "fixtures" / "tiny-ner"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    vocab = build_vocab()
    wp = WordPiece(vocab)
    model = Encoder(len(vocab))
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0 - step / 1500)
    for step in range(1500):
        batch = [encode(wp, sentences(rng)) for _ in range(32)]
        t = max(len(i) for i, _ in batch)
        ids = torch.tensor([i + [0] * (t - len(i)) for i, _ in batch])
        lab = torch.tensor([l + [-100] * (t - len(l)) for _, l in batch])
        mask = (ids != 0).long()
        logits = model(ids, mask, torch.zeros_like(ids))
        loss = F.cross_entropy(logits.view(-1, len(LABELS)), lab.view(-1), ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 300 == 0:
            print(f"step {step} loss {loss.item():.4f}")
    model.eval()
    # Word-level accuracy on fresh sentences: the fixture must label names reliably for the tests.
    right = total = 0
    with torch.no_grad():
        for _ in range(500):
            ids, lab = encode(wp, sentences(rng))
            pred = model(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.long), torch.zeros(1, len(ids), dtype=torch.long))[0].argmax(-1)
            for p, l in zip(pred.tolist(), lab):
                if l != -100:
                    right += p == l
                    total += 1
    print(f"word accuracy on fresh sentences: {right / total:.4f}")

    out = Path(args.out)
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    dummy = torch.tensor([[2, 10, 11, 3]])
    torch.onnx.export(
        model, (dummy, torch.ones_like(dummy), torch.zeros_like(dummy)), str(out / "onnx" / "model.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "sequence"} for n in ["input_ids", "attention_mask", "token_type_ids", "logits"]},
        opset_version=14,
    )
    config = {
        "model_type": "bert", "architectures": ["BertForTokenClassification"],
        "id2label": {str(i): l for i, l in enumerate(LABELS)}, "label2id": {l: i for i, l in enumerate(LABELS)},
        "vocab_size": len(vocab), "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2,
        "intermediate_size": 64, "max_position_embeddings": MAX_POS, "type_vocab_size": 2,
        "_note": "test fixture made by scripts/make-tiny-ner-model.py; not a useful model",
    }
    tokenizer = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, t in enumerate(SPECIALS)],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                           "pair": [], "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                                                         "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(vocab)}},
    }
    tok_config = {"tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": MAX_POS,
                  "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]",
                  "mask_token": "[MASK]"}
    for name, obj in (("config.json", config), ("tokenizer.json", tokenizer), ("tokenizer_config.json", tok_config)):
        (out / name).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({total} bytes, vocab {len(vocab)})")


if __name__ == "__main__":
    main()
