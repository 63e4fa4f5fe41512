"""Stage 2: train a cased WordPiece vocabulary (BPE-style merges, own code) and
write it in the Hugging Face / transformers.js layout.

- words counted on training/out/mlm_mix.txt (which already holds a lowercase,
  punctuation-free share) plus the OpenSubtitles frequency list (spoken German);
- forced alphabet: ASCII, Latin-1, Latin Extended-A/B parts, Vietnamese, common
  symbols, each as a word-initial and a `##` continuation token, so accented or
  foreign names never become [UNK];
- frequent first names / surnames (names lists) are removed from the
  whole-word vocabulary unless they are also common words, so the NER model has
  to use context and word shape instead of memorising names.

    /usr/bin/python3 training/build_tokenizer.py [--data DIR] [--vocab-size 20000]
"""
from __future__ import annotations

import argparse
import csv
import heapq
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, SPECIALS, data_dir, normalize, pre_tokenize, save_json  # noqa: E402


def forced_alphabet() -> list[str]:
    chars = [chr(c) for c in range(33, 127)]
    chars += [chr(c) for c in range(0xA1, 0x100) if c not in (0xAD,)]
    chars += [chr(c) for c in range(0x100, 0x180)]  # Latin Extended-A (Polish, Czech, Turkish ...)
    chars += [chr(c) for c in (0x18F, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1CD, 0x1CE, 0x1CF, 0x1D0,
                               0x1D1, 0x1D2, 0x1D3, 0x1D4, 0x259)]  # Vietnamese horn letters, Ə/ə, pinyin
    chars += [chr(c) for c in range(0x218, 0x21C)]  # Romanian comma-below Ș ș Ț ț
    chars += [chr(c) for c in range(0x1EA0, 0x1EFA)]  # Vietnamese (Latin Extended Additional)
    chars += [chr(c) for c in range(0x1E9E, 0x1E9F)]  # capital ẞ
    chars += list("€§°„“”‚‘’–—…•·«»‹›′″×÷±²³µ¼½¾")
    seen, out = set(), []
    for ch in chars:
        if ch not in seen and not ch.isspace():
            seen.add(ch)
            out.append(ch)
    return out


def count_words(path: Path, subtitles: Path | None) -> tuple[Counter, Counter]:
    """Returns (all word counts, counts from cased lines only)."""
    words: Counter = Counter()
    cased: Counter = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            toks = pre_tokenize(normalize(line))
            words.update(toks)
            if any(ch.isupper() for ch in line):  # ASR-style lines are all lowercase
                cased.update(toks)
    if subtitles and subtitles.exists():
        total = sum(words.values())
        rows = [l.split() for l in subtitles.read_text(encoding="utf-8").splitlines()]
        rows = [(w, int(c)) for w, c in (r for r in rows if len(r) == 2)]
        sub_total = sum(c for _, c in rows)
        scale = 0.15 * total / max(1, sub_total)  # spoken German gets ~15 % of the mass
        for w, c in rows:
            for t in pre_tokenize(normalize(w)):
                words[t] += max(1, int(c * scale))
    return words, cased


def train_bpe(words: Counter, alphabet: list[str], target: int, min_count: int, max_types: int) -> list[str]:
    vocab = list(SPECIALS)
    vocab_set = set(vocab)
    for ch in alphabet:
        for t in (ch, "##" + ch):
            if t not in vocab_set:
                vocab.append(t)
                vocab_set.add(t)
    types = [(w, c) for w, c in words.most_common(max_types) if c >= min_count and len(w) <= 40]
    seqs: list[list[str]] = []
    counts: list[int] = []
    for w, c in types:
        syms = [w[0]] + ["##" + ch for ch in w[1:]]
        for s in syms:
            if s not in vocab_set:  # rare chars seen often enough in the corpus
                vocab.append(s)
                vocab_set.add(s)
        seqs.append(syms)
        counts.append(c)
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, syms in enumerate(seqs):
        for a, b in zip(syms, syms[1:]):
            pair_count[(a, b)] += counts[i]
            where[(a, b)].add(i)
    heap = [(-c, p) for p, c in pair_count.items()]
    heapq.heapify(heap)
    t0 = time.time()
    while len(vocab) < target and heap:
        negc, pair = heapq.heappop(heap)
        if pair_count.get(pair, 0) != -negc or negc == 0:
            continue
        a, b = pair
        merged = a + b[2:] if b.startswith("##") else a + b
        changed: dict[tuple[str, str], int] = defaultdict(int)
        for i in list(where[pair]):
            syms = seqs[i]
            c = counts[i]
            j, new = 0, []
            hit = False
            while j < len(syms):
                if j < len(syms) - 1 and syms[j] == a and syms[j + 1] == b:
                    new.append(merged)
                    j += 2
                    hit = True
                else:
                    new.append(syms[j])
                    j += 1
            if not hit:
                continue
            for p in zip(syms, syms[1:]):
                pair_count[p] -= c
                changed[p] -= c
            for p in zip(new, new[1:]):
                pair_count[p] += c
                changed[p] += c
                where[p].add(i)
            seqs[i] = new
        del pair_count[pair]
        where.pop(pair, None)
        for p, d in changed.items():
            if d != 0 and pair_count.get(p, 0) > 0:  # stale entries are skipped on pop
                heapq.heappush(heap, (-pair_count[p], p))
        if merged not in vocab_set:
            vocab.append(merged)
            vocab_set.add(merged)
        if len(vocab) % 2000 == 0:
            print(f"  vocab {len(vocab)} ({time.time() - t0:.0f}s) last merge: {merged!r}", flush=True)
    return vocab


def frequent_names(root: Path) -> set[str]:
    names: set[str] = set()
    with open(root / "names" / "faker_de_person_names.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.add(row["name"])
    for fn, top in (("berlin_first_names_2012_2023.tsv", 4000), ("koeln_leipzig_muenchen_first_names.tsv", 3000)):
        with open(root / "names" / fn, encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f, delimiter="\t")):
                if i >= top:
                    break
                names.add(row["name"])
    usz = root / "names" / "usz-deid-lexica"
    for fn in ("surnames_usz_frequent.lst", "firstnames_switzerland_frequent.lst"):
        p = usz / fn
        if p.exists():
            names.update(l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip())
    out = set()
    for n in names:
        for part in n.replace("-", " ").split():
            if len(part) >= 2 and part[0].isupper():
                out.add(part)
    return out


def common_words(root: Path) -> set[str]:
    """Lower-cased German noun forms: surnames that are nouns (Bauer, Koch) stay in the vocab."""
    out: set[str] = set()
    p = root / "german-words" / "german_nouns_morphy.tsv"
    with open(p, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                out.update(x.lower() for x in cols[2].split("|"))
    return out


def write_hf(tok_dir: Path, vocab: list[str], lowercase: bool) -> None:
    tok_dir.mkdir(parents=True, exist_ok=True)
    (tok_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    added = [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for i, t in enumerate(SPECIALS)]
    tok = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": False, "lowercase": lowercase},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [SPECIALS.index(t)], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(vocab)}},
    }
    save_json(tok_dir / "tokenizer.json", tok)
    save_json(tok_dir / "tokenizer_config.json", {
        "tokenizer_class": "BertTokenizer", "do_lower_case": lowercase, "strip_accents": False,
        "tokenize_chinese_chars": True, "model_max_length": 512, "clean_up_tokenization_spaces": True,
        "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]",
        "mask_token": "[MASK]"})
    save_json(tok_dir / "special_tokens_map.json", {
        "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]",
        "mask_token": "[MASK]"})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--vocab-size", type=int, default=20000)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-types", type=int, default=250000)
    args = ap.parse_args()
    root = data_dir(args.data)
    t0 = time.time()
    words, cased = count_words(OUT / "mlm_mix.txt", root / "german-words" / "opensubtitles2018_de_50k.txt")
    print(f"counted {len(words)} word types in {time.time() - t0:.0f}s", flush=True)
    alphabet = forced_alphabet()
    vocab = train_bpe(words, alphabet, args.vocab_size, args.min_count, args.max_types)
    names = frequent_names(root)
    nouns = common_words(root)
    removed = []
    keep = []
    for t in vocab:
        base = t
        is_name = (not t.startswith("##") and len(t) >= 3 and t not in SPECIALS
                   and (t in names or t[:1].upper() + t[1:] in names))
        if is_name:
            cap = base[:1].upper() + base[1:]
            low = base.lower()
            # regular words: known noun form, or used lower-case in cased text (verbs, adjectives)
            common = low in nouns or cased.get(low, 0) >= 0.3 * max(1, cased.get(cap, 0))
            if not common:
                removed.append(t)
                continue
        keep.append(t)
    print(f"removed {len(removed)} name tokens from the whole-word vocab, e.g. {removed[:25]}")
    tok_dir = OUT / "tokenizer"
    write_hf(tok_dir, keep, lowercase=False)
    save_json(OUT / "tokenizer_stats.json", {"vocab_size": len(keep), "removed_names": len(removed),
                                             "seconds": round(time.time() - t0)})
    print(f"wrote {tok_dir} vocab={len(keep)} in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
