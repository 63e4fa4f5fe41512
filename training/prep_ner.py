"""Stage 4: NER examples as (text, PERSON char spans) in training/out/ner/*.jsonl.

- GermEval 2014 dev: outer tags B-PER/I-PER -> PERSON (PERderiv/PERpart -> O).
  Every 5th sentence (index % 5 == 0) is kept aside as the real-text validation
  set (val_germeval.jsonl); the rest goes to training.
- German LER dev+test: PER, RR (judge), AN (lawyer) -> PERSON. All sentences
  with a person plus a 20 % sample of the others (legal-text negatives).
- Synthetic calls (optional): training/out/synth/*.jsonl in the SPEC §3 gold
  format (made with `redact-de synth`, train split); each turn one example,
  only PERSON spans kept. A test-split file named synth-test*.jsonl is used
  for evaluation only.

    /usr/bin/python3 training/prep_ner.py [--data DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, data_dir, normalize  # noqa: E402

NO_SPACE_BEFORE = set(".,;:!?)]}»“%")
NO_SPACE_AFTER = set("([{«„")


def join_tokens(tokens: list[str], tags: list[str]) -> dict:
    """Detokenises a CoNLL sentence (light rules) and converts BIO tags to char spans."""
    text = ""
    spans: list[list[int]] = []
    glue_next = True
    quote_open = False
    for tok, tag in zip(tokens, tags):
        tok = normalize(tok).strip()
        if not tok:
            continue
        if tok == '"':
            glue = quote_open  # a closing quote sticks to the word before it
            next_glue = not quote_open
            quote_open = not quote_open
        else:
            glue = tok[0] in NO_SPACE_BEFORE
            next_glue = tok[-1] in NO_SPACE_AFTER and tok != '"'
        if text and not glue and not glue_next:
            text += " "
        glue_next = next_glue
        start = len(text)
        text += tok
        if tag == "B" or (tag == "I" and not spans):
            spans.append([start, len(text)])
        elif tag == "I":
            spans[-1][1] = len(text)
    return {"text": text, "spans": spans}


def read_germeval(path: Path) -> list[dict]:
    out, toks, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if toks:
                    out.append(join_tokens(toks, tags))
                toks, tags = [], []
                continue
            cols = line.split("\t")
            toks.append(cols[1])
            t = cols[2]
            tags.append("B" if t == "B-PER" else "I" if t == "I-PER" else "O")
    if toks:
        out.append(join_tokens(toks, tags))
    return out


def read_ler(path: Path) -> list[dict]:
    out, toks, tags = [], [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip("\r\n").strip()
            if not line:
                if toks:
                    out.append(join_tokens(toks, tags))
                toks, tags = [], []
                continue
            tok, _, tag = line.rpartition(" ")
            toks.append(tok)
            kind = tag[2:]
            tags.append(tag[0] if kind in ("PER", "RR", "AN") else "O")
    if toks:
        out.append(join_tokens(toks, tags))
    return out


def read_synth(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            call = json.loads(line)
            by_turn: dict[int, list[list[int]]] = {}
            for e in call.get("entities", []):
                if e["label"] == "PERSON":
                    by_turn.setdefault(e["turn"], []).append([e["start"], e["end"]])
            for i, turn in enumerate(call["turns"]):
                text = turn["text"]
                if normalize(text) != text:
                    continue  # keep offsets exact
                out.append({"text": text, "spans": sorted(by_turn.get(i, [])), "src": "synth"})
    return out


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    root = data_dir(args.data)
    rng = random.Random(args.seed)
    ge = read_germeval(root / "germeval2014" / "NER-de-dev.tsv")
    val = [dict(r, src="germeval") for i, r in enumerate(ge) if i % 5 == 0]
    train = [dict(r, src="germeval") for i, r in enumerate(ge) if i % 5 != 0]
    ler = read_ler(root / "german-ler" / "ler_dev.conll.gz") + read_ler(root / "german-ler" / "ler_test.conll.gz")
    ler_keep = [dict(r, src="ler") for r in ler if r["spans"] or rng.random() < 0.2]
    stats = {"germeval_train": len(train), "germeval_val": len(val),
             "germeval_val_persons": sum(len(r["spans"]) for r in val),
             "germeval_train_persons": sum(len(r["spans"]) for r in train),
             "ler": len(ler_keep), "ler_persons": sum(len(r["spans"]) for r in ler_keep)}
    synth_train, synth_test = [], []
    sdir = OUT / "synth"
    if sdir.is_dir():
        for p in sorted(sdir.glob("*.jsonl")):
            (synth_test if p.name.startswith("synth-test") else synth_train).extend(read_synth(p))
    stats["synth_train_turns"] = len(synth_train)
    stats["synth_train_persons"] = sum(len(r["spans"]) for r in synth_train)
    stats["synth_test_turns"] = len(synth_test)
    write(OUT / "ner" / "train_real.jsonl", train + ler_keep)
    write(OUT / "ner" / "train_synth.jsonl", synth_train)
    write(OUT / "ner" / "val_germeval.jsonl", val)
    write(OUT / "ner" / "test_synth.jsonl", synth_test)
    (OUT / "ner" / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
