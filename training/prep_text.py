"""Stage 1: build the MLM text mix from german-text (read at run time).

Writes training/out/mlm_mix.txt: one line per sentence/turn, empty line between
documents. Modern and conversational sources are up-sampled; a share of the
documents is rewritten in speech-to-text style (lowercase, no punctuation).

    /usr/bin/python3 training/prep_text.py [--data DIR] [--scale 1.0]
"""
from __future__ import annotations

import argparse
import gzip
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, asr_style, data_dir  # noqa: E402

# source -> (budget in MB of uncompressed text taken once, repeat factor)
MIX = {
    "common-voice-de": (1.0, 6),
    "thorsten-voice-corpus": (1.0, 6),
    "klexikon": (7.0, 2),
    "ud-german-pud": (0.2, 3),
    "dta-soldatenbriefe": (0.6, 2),
    "wikipedia-de": (16.0, 1),
    "gerdracor": (8.0, 1),
    "eltec-deu": (4.0, 1),
}
ASR_SHARE = 0.4


def read_docs(folder: Path) -> list[list[str]]:
    docs: list[list[str]] = []
    cur: list[str] = []
    for part in sorted(folder.glob("*.txt.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    if cur:
                        docs.append(cur)
                        cur = []
                else:
                    cur.append(line)
    if cur:
        docs.append(cur)
    return docs


def split_long(docs: list[list[str]], max_lines: int = 400) -> list[list[str]]:
    """Cut very long documents (plays, novels) into chunks so sampling mixes more of them."""
    out = []
    for d in docs:
        for i in range(0, len(d), max_lines):
            out.append(d[i:i + max_lines])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply all budgets")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    root = data_dir(args.data) / "german-text"
    rng = random.Random(args.seed)
    out_docs: list[list[str]] = []
    for name, (mb, rep) in MIX.items():
        docs = split_long(read_docs(root / name))
        rng.shuffle(docs)
        budget = mb * args.scale * 1e6
        taken, size = [], 0
        for d in docs:
            if size >= budget:
                break
            taken.append(d)
            size += sum(len(l) + 1 for l in d)
        print(f"{name}: {len(taken)} docs, {size / 1e6:.1f} MB x{rep}", flush=True)
        for _ in range(rep):
            out_docs.extend(taken)
    rng.shuffle(out_docs)
    OUT.mkdir(parents=True, exist_ok=True)
    n_asr = 0
    with open(OUT / "mlm_mix.txt", "w", encoding="utf-8") as f:
        for d in out_docs:
            asr = rng.random() < ASR_SHARE
            n_asr += asr
            for line in d:
                line = asr_style(line) if asr else line.strip()
                if line:
                    f.write(line + "\n")
            f.write("\n")
    print(f"wrote {OUT / 'mlm_mix.txt'}: {len(out_docs)} docs ({n_asr} in ASR style)")


if __name__ == "__main__":
    main()
