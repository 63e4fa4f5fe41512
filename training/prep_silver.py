"""Stage 4b: silver PERSON examples from unlabelled encyclopedic text (distant supervision).

Real labelled German NER text is scarce here (GermEval dev, LER), and the model
must learn what a person mention looks like in running prose: a surname alone
as the subject of "sagte", in a genitive, after a role noun. Wikipedia and
Klexikon articles are full of such mentions, and the name lists mark them with
high precision once one anchor per article is known:

1. Anchor: a capitalised first name (name lists, not a German noun) followed by
   a capitalised word that is no German noun ("Karsten Baumann", "Uta Hagen"),
   optionally with a second first name ("Hans Peter Weber") or a particle
   ("Ursula von der Leyen"). Both become PERSON.
2. Propagation: later mentions of an anchored surname in the same article,
   also in the genitive ("Baumanns"), are PERSON too.
3. Filter: a sentence is kept only when it has a silver span and no other
   capitalised first name (an unlabelled person would teach the model "O");
   some person-free sentences without any name-list word are kept as negatives.

Precision is what matters (missing labels hurt less than wrong ones when the
data is mixed with gold data). The output is never shipped; the text stays in
training/out/.

    /usr/bin/python3 training/prep_silver.py [--data DIR] [--max 30000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, data_dir, normalize  # noqa: E402

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")
PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "di", "da", "del", "le", "la", "ten", "ter"}


def read_lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def load_names(root: Path) -> tuple[set[str], set[str], set[str]]:
    """First names, surnames and German nouns (all lowercase)."""
    names = root / "names"
    first: set[str] = set()
    last: set[str] = set()
    for fn in ("berlin_first_names_2012_2023.tsv", "koeln_leipzig_muenchen_first_names.tsv"):
        for line in read_lines(names / fn)[1:]:
            cols = line.split("\t")
            if int(cols[2]) >= 10:  # rarer entries include words ("Das")
                first.add(cols[0].lower())
    first.update(w.strip().lower() for w in read_lines(names / "usz-deid-lexica" / "firstnames_switzerland_frequent.lst") if w.strip())
    last.update(w.strip().lower() for w in read_lines(names / "usz-deid-lexica" / "surnames_usz_frequent.lst") if w.strip())
    last.update(w.strip().lower() for w in read_lines(names / "ler-gazetteers" / "personennamen_germaner_surnames.list") if w.strip())
    for line in read_lines(names / "faker_de_person_names.tsv")[1:]:
        parts = line.split("\t")
        if len(parts) == 3:
            (first if parts[1].startswith("first") else last).add(parts[2].lower())
    nouns: set[str] = set()
    for line in read_lines(root / "german-words" / "german_nouns_morphy.tsv")[1:]:
        parts = line.split("\t")
        if len(parts) == 3:
            nouns.update(f.lower() for f in parts[2].split("|"))
    false_pos = {w.strip().lower() for w in read_lines(names / "usz-deid-lexica" / "name_false_positives.lst") if w.strip()}
    frequent = {line.split(" ")[0] for line in read_lines(root / "german-words" / "opensubtitles2018_de_50k.txt")[:1500]}
    first -= nouns | false_pos | frequent
    # Places are no surnames: "Maria Laach", "Oper Leipzig".
    for fn in ("zipcodes.de.csv", "zipcodes.at.csv", "zipcodes.ch.csv"):
        for line in read_lines(root / "postal-codes" / fn)[1:]:
            cols = line.split(",")
            for field in (cols[2], cols[7]) if len(cols) > 7 else ():
                nouns.update(w.lower() for w in WORD.findall(field))
    return {f for f in first if len(f) > 2}, last, nouns


def documents(root: Path) -> list[list[str]]:
    docs: list[list[str]] = []
    for folder in ("wikipedia-de", "klexikon"):
        for part in sorted((root / "german-text" / folder).glob("*.txt.gz")):
            doc: list[str] = []
            for line in read_lines(part):
                if not line.strip():
                    if doc:
                        docs.append(doc)
                    doc = []
                else:
                    doc.append(normalize(line))
            if doc:
                docs.append(doc)
    return docs


def is_cap(w: str) -> bool:
    return w[0].isupper() and not w.isupper()


def label_doc(doc: list[str], first: set[str], nouns: set[str]) -> list[dict]:
    sentences = [s for para in doc for s in SENTENCE_END.split(para) if 20 <= len(s) <= 400]
    tokenised = [[(m.start(), m.end(), m.group()) for m in WORD.finditer(s)] for s in sentences]
    surnames: set[str] = set()
    anchors: list[list[list[int]]] = []
    for toks in tokenised:
        spans: list[list[int]] = []
        i = 0
        while i < len(toks) - 1:
            w = toks[i][2]
            if not (is_cap(w) and w.lower() in first):
                i += 1
                continue
            j = i + 1
            if j < len(toks) - 1 and is_cap(toks[j][2]) and toks[j][2].lower() in first:
                j += 1  # a second first name: "Hans Peter Weber"
            k = j
            while k < len(toks) - 1 and toks[k][2] in PARTICLES and k - j < 2:
                k += 1
            s = toks[k][2]
            gap_ok = all(toks[x + 1][0] - toks[x][1] <= 1 for x in range(i, k))
            place_like = s.endswith(("land", "ien", "burg", "stadt", "dorf"))
            if gap_ok and is_cap(s) and s.lower() not in nouns and s.lower() not in first and len(s) > 2 and not place_like:
                spans.append([toks[i][0], toks[k][1]])
                surnames.add(s)
                i = k + 1
            else:
                i += 1
        anchors.append(spans)
    out = []
    for s, toks, spans in zip(sentences, tokenised, anchors):
        covered = [(a, b) for a, b in spans]
        for start, end, w in toks:
            if any(a <= start < b for a, b in covered):
                continue
            base = w[:-1] if w.endswith("s") and w[:-1] in surnames else w
            if base in surnames:
                spans.append([start, end])
                covered.append((start, end))
        spans.sort()
        unlabelled_name = any(
            is_cap(w) and w.lower() in first and not any(a <= start < b for a, b in covered) for start, _, w in toks[1:]
        )
        if spans and not unlabelled_name:
            out.append({"text": s, "spans": spans, "src": "silver"})
        elif not spans and not unlabelled_name and not any(w in surnames for _, _, w in toks):
            out.append({"text": s, "spans": [], "src": "silver-neg"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--max", type=int, default=30000, help="silver sentences with a person")
    ap.add_argument("--neg-share", type=float, default=0.2, help="person-free sentences per positive one")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    root = data_dir(args.data)
    rng = random.Random(args.seed)
    first, _last, nouns = load_names(root)
    pos: list[dict] = []
    neg: list[dict] = []
    for doc in documents(root):
        for r in label_doc(doc, first, nouns):
            (pos if r["spans"] else neg).append(r)
    rng.shuffle(pos)
    rng.shuffle(neg)
    pos = pos[: args.max]
    neg = neg[: int(len(pos) * args.neg_share)]
    rows = pos + neg
    rng.shuffle(rows)
    dest = OUT / "ner" / "train_silver.jsonl"
    with open(dest, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"], "spans": r["spans"], "src": "silver"}, ensure_ascii=False) + "\n")
    stats = {"silver_pos": len(pos), "silver_neg": len(neg), "silver_persons": sum(len(r["spans"]) for r in pos)}
    (OUT / "ner" / "silver_stats.json").write_text(json.dumps(stats, indent=1))
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
