"""Stage 6: export the fine-tuned token classifier to ONNX and assemble the
transformers.js model folder.

Writes training/out/export/model.onnx (float32, opset 14, dynamic batch and
sequence axes; inputs input_ids, attention_mask, token_type_ids: int64 [b, t];
output logits: float32 [b, t, 3]) and models/<name>/{config.json, tokenizer.json,
tokenizer_config.json, special_tokens_map.json, vocab.txt}. quantize.py then
writes models/<name>/onnx/model_quantized.onnx.

    /usr/bin/python3 training/export_onnx.py --ckpt training/out/ner-mlm/model.pt --name gbert-mini-pii-de
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import LABELS, OUT, REPO, BertConfig, build_model_classes, save_json, set_threads  # noqa: E402


def hf_config(cfg: BertConfig) -> dict:
    return {
        "architectures": ["BertForTokenClassification"],
        "model_type": "bert",
        "vocab_size": cfg.vocab_size,
        "hidden_size": cfg.hidden_size,
        "num_hidden_layers": cfg.num_hidden_layers,
        "num_attention_heads": cfg.num_attention_heads,
        "intermediate_size": cfg.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": cfg.hidden_dropout_prob,
        "attention_probs_dropout_prob": cfg.attention_probs_dropout_prob,
        "max_position_embeddings": cfg.max_position_embeddings,
        "type_vocab_size": cfg.type_vocab_size,
        "initializer_range": cfg.initializer_range,
        "layer_norm_eps": cfg.layer_norm_eps,
        "pad_token_id": 0,
        "position_embedding_type": "absolute",
        "id2label": {str(i): l for i, l in enumerate(LABELS)},
        "label2id": {l: i for i, l in enumerate(LABELS)},
        "num_labels": len(LABELS),
        "torch_dtype": "float32",
        "transformers_version": "4.40.0",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=str(OUT / "ner-mlm" / "model.pt"))
    ap.add_argument("--name", default="gbert-mini-pii-de")
    ap.add_argument("--opset", type=int, default=14)
    ap.add_argument("--dest", help="model folder to write (default: models/<name>); e.g. a candidate under training/out/")
    args = ap.parse_args()
    import torch
    set_threads()
    ckpt = Path(args.ckpt)
    cfg_d = json.loads((ckpt.parent / "config.json").read_text())
    cfg = BertConfig(**cfg_d)
    _, _, TokenClassifier = build_model_classes()
    model = TokenClassifier(cfg)
    model.load_state_dict(torch.load(ckpt, map_location="cpu"))
    model.eval()

    class Wrapper(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids, attention_mask, token_type_ids)

    exp = OUT / "export"
    exp.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[2, 100, 200, 300, 3], [2, 400, 500, 3, 0]], dtype=torch.long)
    att = (ids != 0).long()
    tt = torch.zeros_like(ids)
    torch.onnx.export(
        Wrapper(model), (ids, att, tt), str(exp / "model.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                      "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch", 1: "sequence"}},
        opset_version=args.opset, do_constant_folding=True)
    dest = Path(args.dest) if args.dest else REPO / "models" / args.name
    (dest / "onnx").mkdir(parents=True, exist_ok=True)
    save_json(dest / "config.json", hf_config(cfg))
    for fn in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copy(OUT / "tokenizer" / fn, dest / fn)
    print(f"exported {exp / 'model.onnx'} ({(exp / 'model.onnx').stat().st_size / 1e6:.1f} MB); wrote {dest}")


if __name__ == "__main__":
    main()
