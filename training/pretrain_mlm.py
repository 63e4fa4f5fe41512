"""Stage 3: masked-language-model pre-training of the compact encoder.

Reads training/out/mlm_mix.txt and the tokenizer, packs each document into
sequences of up to --seq-len tokens ([CLS] ... [SEP]); the last --long-frac of
the steps use 512-token sequences so all position embeddings get trained.
Masks 15 % of the tokens (80 % [MASK], 10 % random, 10 % kept). Half of the batches
use a random position offset so that all 512 position embeddings get trained
although sequences are short. Dropout is off (short, underfitting schedule).
Writes training/out/mlm/encoder.pt (+ checkpoints every 250 steps, log.jsonl).

    /usr/bin/python3 training/pretrain_mlm.py --steps 700            # CPU, ~45 min on 2 cores
    /usr/bin/python3 training/pretrain_mlm.py --minutes 40           # derive steps from measured speed
    /usr/bin/python3 training/pretrain_mlm.py --device cuda --steps 20000 --batch 128 --max-mb 60
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (CLS_ID, IGNORE, MASK_ID, OUT, PAD_ID, SEP_ID, BertConfig, WordPiece,  # noqa: E402
                    build_model_classes, save_json, seed_all, set_threads)


def load_docs(path: Path, wp: WordPiece, max_mb: float) -> list[list[int]]:
    """Tokenises the first max_mb MB of the (already shuffled) mix."""
    docs, cur = [], []
    size = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            size += len(line)
            if size > max_mb * 1e6 and not line.strip():
                break
            if not line.strip():
                if cur:
                    docs.append(cur)
                cur = []
                continue
            cur.extend(wp.encode(line))
    if cur:
        docs.append(cur)
    return docs


def chunks(docs: list[list[int]], seq_len: int) -> list[list[int]]:
    body = seq_len - 2
    out = []
    for d in docs:
        for i in range(0, len(d), body):
            piece = d[i:i + body]
            if len(piece) >= 8:
                out.append([CLS_ID] + piece + [SEP_ID])
    return out


def make_batch(rows: list[list[int]], vocab_size: int, rng: random.Random, torch):
    t = max(len(r) for r in rows)
    ids = torch.full((len(rows), t), PAD_ID, dtype=torch.long)
    att = torch.zeros((len(rows), t), dtype=torch.long)
    lab = torch.full((len(rows), t), IGNORE, dtype=torch.long)
    for b, r in enumerate(rows):
        x = list(r)
        y = [IGNORE] * len(r)
        for i in range(1, len(r) - 1):
            if rng.random() < 0.15:
                y[i] = r[i]
                p = rng.random()
                if p < 0.8:
                    x[i] = MASK_ID
                elif p < 0.9:
                    x[i] = rng.randrange(5, vocab_size)
        ids[b, :len(r)] = torch.tensor(x)
        att[b, :len(r)] = 1
        lab[b, :len(r)] = torch.tensor(y)
    return ids, att, torch.zeros_like(ids), lab


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seq-len", type=int, default=128)
    ap.add_argument("--long-frac", type=float, default=0.0, help="share of steps at 512 tokens (batch/4)")
    ap.add_argument("--stop-at", type=int, help="stop after this many steps (LR schedule still planned for --steps)")
    ap.add_argument("--minutes", type=float, help="time budget: --steps is re-derived after 10 steps")
    ap.add_argument("--max-mb", type=float, default=20.0, help="MB of the mix to tokenise")
    ap.add_argument("--lr", type=float, default=8e-4)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=str(OUT / "mlm"))
    args = ap.parse_args()
    import torch
    set_threads(args.threads)
    seed_all(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wp = WordPiece.load(OUT / "tokenizer")
    t0 = time.time()
    docs = load_docs(OUT / "mlm_mix.txt", wp, args.max_mb)
    n_tok = sum(len(d) for d in docs)
    rng = random.Random(args.seed)
    short = chunks(docs, args.seq_len)
    long_ = chunks(docs, 512)
    rng.shuffle(short)
    rng.shuffle(long_)
    held = short[:256]
    short = short[256:]
    print(f"{len(docs)} docs, {n_tok / 1e6:.1f}M tokens, {len(short)} chunks, tokenised in {time.time() - t0:.0f}s",
          flush=True)
    cfg = BertConfig(vocab_size=len(wp.vocab), hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    _, MLM, _ = build_model_classes()
    model = MLM(cfg).to(args.device)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / args.warmup) * max(0.02, 1 - s / args.steps))
    long_start = int(args.steps * (1 - args.long_frac))
    log = open(out / "log.jsonl", "a", encoding="utf-8")
    model.train()
    pos_s = pos_l = 0
    t_start = time.time()
    ema = None
    step = 0
    while step < min(args.steps, args.stop_at or args.steps):
        if step == 10 and args.minutes:
            per = (time.time() - t_start) / 10
            args.steps = max(20, int(args.minutes * 60 / per))
            long_start = int(args.steps * (1 - args.long_frac))
            print(f"{per:.2f}s/step -> {args.steps} steps", flush=True)
        off = 0
        if step < long_start:
            if step % 2 == 1:
                off = rng.randrange(0, 512 - args.seq_len)
            rows = short[pos_s:pos_s + args.batch]
            pos_s += args.batch
            if pos_s >= len(short):
                pos_s = 0
        else:
            nb = max(1, args.batch // 4)
            rows = long_[pos_l:pos_l + nb]
            pos_l += nb
            if pos_l >= len(long_):
                pos_l = 0
        ids, att, tt, lab = (x.to(args.device) for x in make_batch(rows, cfg.vocab_size, rng, torch))
        loss, _, _ = model(ids, att, tt, lab, off)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        if step % 50 == 0 or step == args.steps - 1:
            el = time.time() - t_start
            rec = {"step": step, "loss": round(ema, 4), "lr": sched.get_last_lr()[0], "elapsed_s": round(el)}
            print(json.dumps(rec), flush=True)
            log.write(json.dumps(rec) + "\n")
            log.flush()
        if (step + 1) % 250 == 0 or step == args.steps - 1 or step + 1 == args.stop_at:
            torch.save(model.encoder.state_dict(), out / "encoder.pt")
            torch.save(model.state_dict(), out / "mlm.pt")  # with the MLM head, for evaluation
            save_json(out / "state.json", {"step": step + 1, "config": cfg.to_dict()})
        step += 1
    # held-out masked-token accuracy
    model.eval()
    correct = total = 0
    hl = 0.0
    erng = random.Random(7)
    with torch.no_grad():
        for i in range(0, len(held), 32):
            ids, att, tt, lab = (x.to(args.device) for x in make_batch(held[i:i + 32], cfg.vocab_size, erng, torch))
            loss, logits, gold = model(ids, att, tt, lab)
            correct += (logits.argmax(-1) == gold).sum().item()
            total += gold.numel()
            hl += loss.item() * gold.numel()
    res = {"steps": min(args.steps, args.stop_at or args.steps), "planned_steps": args.steps, "batch": args.batch, "seq_len": args.seq_len, "max_mb": args.max_mb, "tokens_in_mix": n_tok, "train_seconds": round(time.time() - t_start),
           "heldout_loss": round(hl / total, 4), "heldout_ppl": round(math.exp(hl / total), 2),
           "heldout_masked_acc": round(correct / total, 4)}
    print(json.dumps(res), flush=True)
    save_json(out / "result.json", res)


if __name__ == "__main__":
    main()
