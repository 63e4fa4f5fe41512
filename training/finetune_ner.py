"""Stage 5: fine-tune the encoder as a PERSON token classifier (BIO on sub-tokens).

Training examples (training/out/ner/train_*.jsonl, text + PERSON char spans)
are augmented on the fly:
- entity replacement (p=0.5): each person span is replaced by names drawn from
  the name lists in <data>/names (read at run time), shaped like the original
  (one word -> surname or first name, several -> first + last, sometimes
  double first names / hyphenated surnames);
- speech-to-text style (p=0.5): lowercase, punctuation removed.
Every sub-token of a name is labelled: the first B-PERSON, the rest I-PERSON.

Evaluation: the kept-aside GermEval part, as written and in speech-to-text
style; token-level and entity-level (exact char span) P/R/F1.

    /usr/bin/python3 training/finetune_ner.py --init out/mlm/encoder.pt --steps 1200 --out out/ner-mlm
    /usr/bin/python3 training/finetune_ner.py --init none --steps 1200 --out out/ner-scratch
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (CLS_ID, IGNORE, LABELS, OUT, PAD_ID, SEP_ID, BertConfig, WordPiece,  # noqa: E402
                    build_model_classes, data_dir, encode_with_offsets, is_punct, save_json, seed_all,
                    set_threads)

NAME_RE = re.compile(r"^[A-ZÄÖÜÀ-ÞĀ-Ž][a-zäöüßà-ÿā-ž]+$")
MAX_LEN = 128


class NamePool:
    def __init__(self, root: Path, rng: random.Random):
        self.rng = rng
        first_common, last_common, first_wide, last_wide = set(), set(), set(), set()
        with open(root / "names" / "faker_de_person_names.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                (last_common if row["type"] == "last" else first_common).add(row["name"])
        for fn in ("berlin_first_names_2012_2023.tsv", "koeln_leipzig_muenchen_first_names.tsv"):
            with open(root / "names" / fn, encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    if int(row["count"]) >= 10 and NAME_RE.match(row["name"]):
                        first_wide.add(row["name"])
        for p in (root / "names" / "usz-deid-lexica" / "surnames_usz_frequent.lst",
                  root / "names" / "ler-gazetteers" / "personennamen_germaner_surnames.list"):
            if p.exists():
                last_wide.update(l.strip() for l in p.read_text(encoding="utf-8").splitlines()
                                 if NAME_RE.match(l.strip()))
        self.first = [sorted(n for n in first_common if NAME_RE.match(n)), sorted(first_wide)]
        self.last = [sorted(n for n in last_common if NAME_RE.match(n)), sorted(last_wide)]

    def _pick(self, pools: list[list[str]]) -> str:
        return self.rng.choice(pools[0] if self.rng.random() < 0.55 else pools[1])

    def name_like(self, original: str) -> str:
        r = self.rng.random()
        words = original.split()
        if len(words) <= 1:
            name = self._pick(self.last) if r < 0.6 else self._pick(self.first)
        else:
            name = f"{self._pick(self.first)} {self._pick(self.last)}"
            if r < 0.08:
                name = f"{self._pick(self.first)}-{self._pick(self.first)} {self._pick(self.last)}"
            elif r < 0.16:
                name = f"{self._pick(self.first)} {self._pick(self.last)}-{self._pick(self.last)}"
            elif r < 0.22 and len(words) == 2:
                name = f"{self._pick(self.first)[0]}. {self._pick(self.last)}"
        return name


def replace_names(text: str, spans: list[list[int]], pool: NamePool) -> tuple[str, list[list[int]]]:
    out, new_spans, pos = [], [], 0
    for s, e in sorted(spans):
        orig = text[s:e]
        out.append(text[pos:s])
        cur = sum(len(x) for x in out)
        rep = orig if len(orig) <= 3 or orig.endswith(".") else pool.name_like(orig)
        out.append(rep)
        new_spans.append([cur, cur + len(rep)])
        pos = e
    out.append(text[pos:])
    return "".join(out), new_spans


def asr_with_spans(text: str, spans: list[list[int]]) -> tuple[str, list[list[int]]]:
    """Speech-to-text look (as common.asr_style) keeping span offsets."""
    n = len(text)
    chars = []
    for i, ch in enumerate(text):
        if is_punct(ch) and not (ch in "-'" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()):
            chars.append(" ")
        else:
            chars.append(ch.lower() if len(ch.lower()) == 1 else ch)
    # collapse whitespace, remember the new index of every kept char
    new_idx = [-1] * n
    out = []
    prev_space = True
    for i, ch in enumerate(chars):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
            prev_space = True
            continue
        new_idx[i] = len(out)
        out.append(ch)
        prev_space = False
    res = "".join(out).rstrip()
    new_spans = []
    for s, e in spans:
        kept = [new_idx[i] for i in range(s, e) if new_idx[i] >= 0]
        if kept:
            new_spans.append([kept[0], kept[-1] + 1])
    return res, new_spans


def to_features(wp: WordPiece, text: str, spans: list[list[int]]) -> tuple[list[int], list[int], list]:
    ids, offs = encode_with_offsets(wp, text)
    labels = [0] * len(ids)
    for s, e in spans:
        first = True
        for k, (a, b) in enumerate(offs):
            if a < e and b > s:
                labels[k] = 1 if first else 2
                first = False
    ids, labels, offs = ids[:MAX_LEN - 2], labels[:MAX_LEN - 2], offs[:MAX_LEN - 2]
    return [CLS_ID] + ids + [SEP_ID], [IGNORE] + labels + [IGNORE], offs


def collate(feats: list[tuple[list[int], list[int]]], torch):
    t = max(len(f[0]) for f in feats)
    ids = torch.full((len(feats), t), PAD_ID, dtype=torch.long)
    att = torch.zeros((len(feats), t), dtype=torch.long)
    lab = torch.full((len(feats), t), IGNORE, dtype=torch.long)
    for b, (i, l) in enumerate(feats):
        ids[b, :len(i)] = torch.tensor(i)
        att[b, :len(i)] = 1
        lab[b, :len(l)] = torch.tensor(l)
    return ids, att, torch.zeros_like(ids), lab


def decode_spans(pred: list[int], offs: list[tuple[int, int]], text: str | None = None) -> list[tuple[int, int]]:
    """Token labels -> char spans.

    Any token labelled B or I (1 or 2) is inside a name; a run of such tokens is
    one span as long as only whitespace separates them (B vs I is not trusted:
    a small model often says B on a name's second word or piece). With `text`,
    spans are widened to whole words (letters/digits around them) and runs
    separated by whitespace only are joined.
    """
    spans: list[list[int]] = []
    prev = 0
    prev_end = -1
    for lab, (a, b) in zip(pred, offs):
        if lab > 0:
            gap_ok = prev > 0 and (a == prev_end or (text is not None and text[prev_end:a].isspace())
                                    or (text is None and lab == 2))
            if gap_ok:
                spans[-1][1] = b
            else:
                spans.append([a, b])
        prev = lab
        prev_end = b
    if text is not None:
        for sp in spans:
            while sp[0] > 0 and text[sp[0] - 1].isalnum():
                sp[0] -= 1
            while sp[1] < len(text) and text[sp[1]].isalnum():
                sp[1] += 1
    out: list[tuple[int, int]] = []
    for s_, e_ in spans:  # widening can make neighbours touch: merge
        if out and (s_ <= out[-1][1] or (text is not None and text[out[-1][1]:s_].isspace())):
            out[-1] = (out[-1][0], max(out[-1][1], e_))
        else:
            out.append((s_, e_))
    return out


def evaluate(model, wp: WordPiece, rows: list[dict], torch, device: str, asr: bool) -> dict:
    model.eval()
    tp = fp = fn = 0
    ttp = tfp = tfn = 0
    items = []
    for r in rows:
        text, spans = (asr_with_spans(r["text"], r["spans"]) if asr else (r["text"], r["spans"]))
        ids, labels, offs = to_features(wp, text, spans)
        items.append((ids, labels, offs, spans, text))
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    with torch.no_grad():
        for k in range(0, len(order), 64):
            batch = [items[i] for i in order[k:k + 64]]
            ids, att, tt, lab = (x.to(device) for x in collate([(b[0], b[1]) for b in batch], torch))
            pred = model(ids, att, tt).argmax(-1).cpu().tolist()
            for (bids, blab, offs, gold, text), p in zip(batch, pred):
                p = p[1:len(bids) - 1]
                g = blab[1:len(bids) - 1]
                for pi, gi in zip(p, g):
                    ttp += pi > 0 and gi > 0
                    tfp += pi > 0 and gi == 0
                    tfn += pi == 0 and gi > 0
                ps = set(decode_spans(p, offs, text))
                gs = set(tuple(s) for s in gold)
                tp += len(ps & gs)
                fp += len(ps - gs)
                fn += len(gs - ps)
    model.train()

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}

    return {"entity": prf(tp, fp, fn), "token": prf(ttp, tfp, tfn), "gold_entities": tp + fn}


def first_layers(state: dict, layers: int, prefix: str) -> dict:
    """The weights of a checkpoint without its encoder layers >= `layers` (keys `<prefix>layers.<i>.`)."""
    head = f"{prefix}layers."
    return {k: v for k, v in state.items() if not (k.startswith(head) and int(k[len(head):].split(".")[0]) >= layers)}


def prune_ffn(state: dict, width: int, torch) -> dict:
    """Keeps the `width` feed-forward neurons per layer whose input and output weights carry the most
    (norm of the input row x norm of the output column): the rest contribute least to the layer output."""
    out = dict(state)
    for key in [k for k in state if k.endswith(".inter.weight")]:
        base = key[: -len("inter.weight")]
        w_in, b_in, w_out = state[key], state[base + "inter.bias"], state[base + "outp.weight"]
        score = w_in.norm(dim=1) * w_out.norm(dim=0)
        keep = torch.topk(score, width).indices.sort().values
        out[key], out[base + "inter.bias"], out[base + "outp.weight"] = w_in[keep], b_in[keep], w_out[:, keep]
    return out


def load_jsonl(p: Path) -> list[dict]:
    if not p.exists():
        return []
    return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--init", default=str(OUT / "mlm" / "encoder.pt"), help="encoder weights, or 'none'")
    ap.add_argument("--resume", help="full token-classifier weights to continue from (2nd round)")
    ap.add_argument("--ffn", type=int, help="feed-forward width (default 1024); a checkpoint with a wider FFN keeps "
                    "its N most important neurons per layer (pruning, for speed)")
    ap.add_argument("--layers", type=int, help="encoder layers (default: the BertConfig default, 4); a checkpoint "
                    "with more layers gives its first N (a shallower, faster student of a trained model)")
    ap.add_argument("--steps", type=int, default=1200)
    ap.add_argument("--minutes", type=float, help="time budget: --steps re-derived after 10 steps")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--synth-share", type=float, default=0.5, help="share of examples from synthetic calls")
    ap.add_argument("--silver-share", type=float, default=0.0,
                    help="share of examples from out/ner/train_silver.jsonl (prep_silver.py); the rest is gold real text")
    ap.add_argument("--eval-every", type=int, default=400)
    ap.add_argument("--eval-only", action="store_true", help="evaluate --resume weights, write eval.json")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--data")
    ap.add_argument("--out", default=str(OUT / "ner-mlm"))
    args = ap.parse_args()
    import torch
    set_threads(args.threads)
    seed_all(args.seed)
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wp = WordPiece.load(OUT / "tokenizer")
    pool = NamePool(data_dir(args.data), rng)
    real = load_jsonl(OUT / "ner" / "train_real.jsonl")
    synth = load_jsonl(OUT / "ner" / "train_synth.jsonl")
    silver = load_jsonl(OUT / "ner" / "train_silver.jsonl") if args.silver_share > 0 else []
    val = load_jsonl(OUT / "ner" / "val_germeval.jsonl")
    test_synth = load_jsonl(OUT / "ner" / "test_synth.jsonl")
    print(f"train real={len(real)} synth={len(synth)} silver={len(silver)} val={len(val)} test_synth={len(test_synth)}", flush=True)
    cfg = BertConfig(vocab_size=len(wp.vocab))
    resumed = torch.load(args.resume, map_location="cpu") if args.resume else None
    if args.layers:
        cfg.num_hidden_layers = args.layers
    elif resumed is not None:  # continue with the checkpoint's depth
        cfg.num_hidden_layers = len({k.split(".")[2] for k in resumed if k.startswith("encoder.layers.")})
    if resumed is not None:
        cfg.intermediate_size = resumed["encoder.layers.0.inter.weight"].shape[0]
    if args.ffn and resumed is not None and args.ffn < cfg.intermediate_size:
        resumed = prune_ffn(resumed, args.ffn, torch)
    if args.ffn:
        cfg.intermediate_size = args.ffn
    _, _, TokenClassifier = build_model_classes()
    model = TokenClassifier(cfg)
    if resumed is not None:
        model.load_state_dict(first_layers(resumed, cfg.num_hidden_layers, "encoder."))
    elif args.init != "none":
        model.encoder.load_state_dict(first_layers(torch.load(args.init, map_location="cpu"), cfg.num_hidden_layers, ""))
    model.to(args.device)
    if args.eval_only:
        res = {"val_germeval_written": evaluate(model, wp, val, torch, args.device, asr=False),
               "val_germeval_asr": evaluate(model, wp, val, torch, args.device, asr=True)}
        if test_synth:
            res["test_synth"] = evaluate(model, wp, test_synth, torch, args.device, asr=False)
        save_json(out / "eval.json", res)
        print(json.dumps(res), flush=True)
        return
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, int(0.08 * args.steps))) * max(0.0, 1 - s / args.steps))
    weights = torch.tensor([1.0, 3.0, 3.0])  # names are rare: missing one costs more (recall first)
    log = open(out / "log.jsonl", "w", encoding="utf-8")

    def sample() -> tuple[list[int], list[int]]:
        draw = rng.random()
        src = synth if synth and draw < args.synth_share else silver if silver and draw < args.synth_share + args.silver_share else real
        r = rng.choice(src)
        text, spans = r["text"], r["spans"]
        if r.get("src") != "synth":  # synthetic calls already vary names and casing
            if spans and rng.random() < 0.5:
                text, spans = replace_names(text, spans, pool)
            if rng.random() < 0.5:
                text, spans = asr_with_spans(text, spans)
        ids, labels, _ = to_features(wp, text, spans)
        return ids, labels

    queue: list[list] = []

    def next_batch() -> list:
        # length buckets: draw 8 batches' worth, sort by length, cut, shuffle -> little padding
        if not queue:
            pool_ = sorted((sample() for _ in range(args.batch * 8)), key=lambda f: len(f[0]))
            queue.extend(pool_[i:i + args.batch] for i in range(0, len(pool_), args.batch))
            rng.shuffle(queue)
        return queue.pop()

    t_start = time.time()
    ema = None
    step = 0
    model.train()
    while step < args.steps:
        if step == 10 and args.minutes:
            per = (time.time() - t_start) / 10
            args.steps = max(20, int(args.minutes * 60 / per))
            print(f"{per:.2f}s/step -> {args.steps} steps", flush=True)
        ids, att, tt, lab = (x.to(args.device) for x in collate(next_batch(), torch))
        logits = model(ids, att, tt)
        loss = torch.nn.functional.cross_entropy(logits.view(-1, len(LABELS)), lab.view(-1),
                                                 weight=weights.to(args.device), ignore_index=IGNORE)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        ema = loss.item() if ema is None else 0.95 * ema + 0.05 * loss.item()
        step += 1
        if step % 50 == 0:
            rec = {"step": step, "loss": round(ema, 4), "elapsed_s": round(time.time() - t_start)}
            if args.eval_every and step % args.eval_every == 0 and step < args.steps:
                rec["val_written"] = evaluate(model, wp, val, torch, args.device, asr=False)["entity"]["f1"]
                rec["val_asr"] = evaluate(model, wp, val, torch, args.device, asr=True)["entity"]["f1"]
            print(json.dumps(rec), flush=True)
            log.write(json.dumps(rec) + "\n")
            log.flush()
    train_s = time.time() - t_start
    torch.save(model.state_dict(), out / "model.pt")
    res = {"init": args.init if not args.resume else f"resume:{args.resume}", "steps": args.steps,
           "batch": args.batch, "lr": args.lr, "train_seconds": round(train_s),
           "val_germeval_written": evaluate(model, wp, val, torch, args.device, asr=False),
           "val_germeval_asr": evaluate(model, wp, val, torch, args.device, asr=True)}
    if test_synth:
        res["test_synth"] = evaluate(model, wp, test_synth, torch, args.device, asr=False)
    save_json(out / "result.json", res)
    save_json(out / "config.json", cfg.to_dict())
    print(json.dumps(res), flush=True)


if __name__ == "__main__":
    main()
