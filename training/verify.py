"""Stage 8: cross-check the ONNX export against PyTorch.

    /usr/bin/python3 training/verify.py prepare --ckpt training/out/ner-mlm/model.pt
    node training/verify_onnx.mjs --modules /tmp/jscheck/node_modules
    /usr/bin/python3 training/verify.py score

`prepare` writes training/out/verify/inputs.json: the kept-aside GermEval part
(written and speech-to-text style) and a sample of the synthetic test split,
with token ids, offsets, gold spans and the PyTorch argmax. `score` reads the
Node predictions and reports argmax agreement (float ONNX and int8 vs PyTorch)
and P/R/F1 of the int8 model, into training/out/verify/result.json.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CLS_ID, OUT, SEP_ID, BertConfig, WordPiece, build_model_classes, save_json, set_threads  # noqa
from finetune_ner import asr_with_spans, decode_spans, load_jsonl, to_features  # noqa: E402

VDIR = OUT / "verify"


def prepare(ckpt: Path, n_synth: int) -> None:
    import torch
    set_threads()
    wp = WordPiece.load(OUT / "tokenizer")
    cfg = BertConfig(**json.loads((ckpt.parent / "config.json").read_text()))
    _, _, TC = build_model_classes()
    model = TC(cfg)
    model.load_state_dict(torch.load(ckpt, map_location="cpu"))
    model.eval()
    examples = []
    val = load_jsonl(OUT / "ner" / "val_germeval.jsonl")
    sets = [("germeval_written", [(r["text"], r["spans"]) for r in val]),
            ("germeval_asr", [asr_with_spans(r["text"], r["spans"]) for r in val])]
    synth = load_jsonl(OUT / "ner" / "test_synth.jsonl")
    if synth:
        rng = random.Random(5)
        sample = rng.sample(synth, min(n_synth, len(synth)))
        sets.append(("synth_test", [(r["text"], r["spans"]) for r in sample]))
    with torch.no_grad():
        for set_name, rows in sets:
            for text, spans in rows:
                ids, labels, offs = to_features(wp, text, spans)
                full = [CLS_ID] + wp.encode(text) + [SEP_ID]
                t = torch.tensor([ids])
                pred = model(t, torch.ones_like(t), torch.zeros_like(t)).argmax(-1)[0].tolist()
                examples.append({"set": set_name, "text": text, "spans": spans, "ids": ids, "full_ids": full,
                                 "labels": labels, "offsets": offs, "torch": pred})
    VDIR.mkdir(parents=True, exist_ok=True)
    (VDIR / "inputs.json").write_text(json.dumps({"examples": examples}, ensure_ascii=False))
    print(f"wrote {len(examples)} examples")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "fp": fp, "fn": fn}


def score() -> None:
    inp = json.loads((VDIR / "inputs.json").read_text())["examples"]
    node = json.loads((VDIR / "node_preds.json").read_text())
    res: dict = {"tokenizer_parity": node["tokenizer_parity"]}
    for kind in ("float", "int8"):
        if kind not in node:
            continue
        agree = total = 0
        for ex, p in zip(inp, node[kind]["preds"]):
            for a, b in zip(ex["torch"][1:-1], p[1:-1]):
                agree += a == b
                total += 1
        res[f"{kind}_argmax_agreement_vs_torch"] = round(agree / total, 5)
        res[f"{kind}_ms_per_token_b1_1thread"] = round(node[kind]["ms"] / node[kind]["tokens"], 4)
    for set_name in sorted({ex["set"] for ex in inp}):
        for kind in ("torch", "int8"):
            etp = efp = efn = ttp = tfp = tfn = 0
            for i, ex in enumerate(inp):
                if ex["set"] != set_name:
                    continue
                p = (ex["torch"] if kind == "torch" else node["int8"]["preds"][i])[1:-1]
                g = ex["labels"][1:-1]
                for a, b in zip(p, g):
                    ttp += a > 0 and b > 0
                    tfp += a > 0 and b == 0
                    tfn += a == 0 and b > 0
                ps = set(decode_spans(p, [tuple(o) for o in ex["offsets"]], ex["text"]))
                gs = set(tuple(s) for s in ex["spans"])
                etp += len(ps & gs)
                efp += len(ps - gs)
                efn += len(gs - ps)
            res[f"{set_name}/{kind}"] = {"entity": prf(etp, efp, efn), "token": prf(ttp, tfp, tfn)}
    save_json(VDIR / "result.json", res)
    print(json.dumps(res, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["prepare", "score"])
    ap.add_argument("--ckpt", default=str(OUT / "ner-mlm" / "model.pt"))
    ap.add_argument("--n-synth", type=int, default=1500)
    args = ap.parse_args()
    prepare(Path(args.ckpt), args.n_synth) if args.cmd == "prepare" else score()


if __name__ == "__main__":
    main()
