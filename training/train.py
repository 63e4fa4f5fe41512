"""Runs the whole training pipeline (`npm run train -- [options]`).

Stages (each a script in training/, runnable on its own):
  text      prep_text.py        MLM text mix            -> out/mlm_mix.txt
  tokenizer build_tokenizer.py  WordPiece vocab         -> out/tokenizer/
  synth     gen_synth.mjs       synthetic calls (needs a tsc build in out/build) -> out/synth/
  ner-data  prep_ner.py         NER examples            -> out/ner/
  silver    prep_silver.py      silver PERSON sentences from Wikipedia/Klexikon (distant supervision) -> out/ner/train_silver.jsonl
  mlm       pretrain_mlm.py     MLM pre-training        -> out/mlm/encoder.pt
  compare   finetune_ner.py x2  MLM-init vs --init none, same --compare-steps -> out/ner-mlm/, out/ner-scratch/
  ner       finetune_ner.py     PERSON fine-tuning of the shipped model, in rounds (--ner-rounds;
                                each round resumes the previous one; a round with fewer layers keeps the
                                first N of the previous model) -> out/ner-final/, out/ner-round2/, ...
  export    export_onnx.py      ONNX + model folder     -> models/<name>/
  quantize  quantize.py         int8                    -> models/<name>/onnx/model_quantized.onnx
  verify    verify.py prepare   PyTorch reference for the Node check (verify_onnx.mjs)

Examples:
  /usr/bin/python3 training/train.py                                   # CPU defaults (2 cores: ~2 h)
  /usr/bin/python3 training/train.py --device cuda --mlm-steps 20000 --mlm-stop-at 20000 --mlm-batch 128 \
      --mlm-mb 60 --ner-rounds 4000:3e-4:13
  /usr/bin/python3 training/train.py --stages ner,export,quantize      # re-run a part
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
ALL = ["text", "tokenizer", "synth", "ner-data", "silver", "mlm", "compare", "ner", "export", "quantize", "verify"]
# steps:lr:seed[:layers:synth_share:silver_share[:ffn]] per round; what produced the shipped model: three rounds
# of the 4-layer model, then a 2-layer student (its first two layers, for speed), then three rounds of the student
# with silver data (prep_silver.py) in the mix, then two with its feed-forward layers pruned to 512 (speed).
NER_ROUNDS = ("1000:3e-4:13,700:1.5e-4:14,1200:1e-4:15,"  # 4 layers, FFN 1024
              "2000:2e-4:21:2:0.5:0,2000:2e-4:22:2:0.4:0.35,2000:1.5e-4:23:2:0.35:0.4,2000:1e-4:24:2:0.35:0.4,"  # 2 layers
              "2000:1.5e-4:25:2:0.35:0.4:512,2000:1e-4:26:2:0.35:0.4:512")  # FFN pruned to 512


def round_dirs(spec: str) -> list[str]:
    n = len(spec.split(","))
    return ["training/out/ner-final"] + [f"training/out/ner-round{i + 1}" for i in range(1, n)]


def run(cmd: list[str], cwd: Path = REPO) -> None:
    print("+", " ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, cwd=cwd, check=True)
    print(f"  ({time.time() - t0:.0f}s)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stages", default=",".join(ALL))
    ap.add_argument("--data", help="shared data root (default ../shared/data)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--mlm-steps", type=int, default=329, help="LR schedule length")
    ap.add_argument("--mlm-stop-at", type=int, default=250, help="the shipped model stopped here (time)")
    ap.add_argument("--mlm-batch", type=int, default=32)
    ap.add_argument("--mlm-mb", type=float, default=20.0)
    ap.add_argument("--compare-steps", type=int, default=500)
    ap.add_argument("--ner-rounds", default=NER_ROUNDS, help="steps:lr:seed,... (each round resumes the last)")
    ap.add_argument("--ner-batch", type=int, default=32)
    ap.add_argument("--synth-train", type=int, default=3000)
    ap.add_argument("--synth-test", type=int, default=300)
    ap.add_argument("--name", default="gbert-mini-pii-de")
    ap.add_argument("--quant-mode", default="dynamic", choices=["dynamic", "weight-only"])
    args = ap.parse_args()
    stages = args.stages.split(",")
    data = ["--data", args.data] if args.data else []
    dev = ["--device", args.device]
    if "text" in stages:
        run([PY, "training/prep_text.py", *data])
    if "tokenizer" in stages:
        run([PY, "training/build_tokenizer.py", *data])
    if "synth" in stages:
        run(["npx", "tsc", "-p", "tsconfig.json", "--outDir", "training/out/build"])
        names = [] if not args.data else ["--names", str(Path(args.data) / "names")]
        run(["node", "training/gen_synth.mjs", "--dist", "training/out/build", "--train", str(args.synth_train),
             "--test", str(args.synth_test), *names])
    if "ner-data" in stages:
        run([PY, "training/prep_ner.py", *data])
    if "silver" in stages:
        run([PY, "training/prep_silver.py", *data])
    if "mlm" in stages:
        run([PY, "training/pretrain_mlm.py", "--steps", str(args.mlm_steps), "--stop-at", str(args.mlm_stop_at),
             "--batch", str(args.mlm_batch),
             "--max-mb", str(args.mlm_mb), *dev])
    common = ["--batch", str(args.ner_batch), *dev, *data]
    if "compare" in stages:
        cmp_ = ["--steps", str(args.compare_steps), "--eval-every", "250", *common]
        run([PY, "training/finetune_ner.py", "--init", "training/out/mlm/encoder.pt", "--out",
             "training/out/ner-mlm", *cmp_])
        run([PY, "training/finetune_ner.py", "--init", "none", "--out", "training/out/ner-scratch", *cmp_])
    dirs = round_dirs(args.ner_rounds)
    if "ner" in stages:
        prev = None
        for spec, out in zip(args.ner_rounds.split(","), dirs):
            steps, lr, seed, *rest = spec.split(":")
            init = ["--resume", f"{prev}/model.pt"] if prev else ["--init", "training/out/mlm/encoder.pt"]
            extra = []
            if rest:
                layers, synth, silver, *ffn = rest
                extra = ["--layers", layers, "--synth-share", synth, "--silver-share", silver]
                extra += ["--ffn", ffn[0]] if ffn else []
            run([PY, "training/finetune_ner.py", *init, "--steps", steps, "--lr", lr, "--seed", seed, *extra,
                 "--eval-every", "0", "--out", out, *common])
            prev = out
    final = f"{dirs[-1]}/model.pt"
    if "export" in stages:
        run([PY, "training/export_onnx.py", "--ckpt", final, "--name", args.name])
    if "quantize" in stages:
        run([PY, "training/quantize.py", "--mode", args.quant_mode,
             "--dst", f"models/{args.name}/onnx/model_quantized.onnx"])
    if "verify" in stages:
        run([PY, "training/verify.py", "prepare", "--ckpt", final, "--n-synth", "1000"])
        print("Node check: node training/verify_onnx.mjs --phase tok && node training/verify_onnx.mjs --phase ort "
              "&& /usr/bin/python3 training/verify.py score  (see training/README.md)")


if __name__ == "__main__":
    main()
