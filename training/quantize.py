"""Stage 7: int8 weight-only quantisation with the `onnx` package only.

- MatMul/Gemm weights (2-D float initializers with >= --min-size elements):
  symmetric per-output-channel int8 + float scale + int8 zero point, and a
  DequantizeLinear node (opset 13+, axis=1) feeding the MatMul.
- Embedding tables feeding Gather (word / position / type embeddings):
  int8 table with one scale per row; Gather runs on the int8 table and the
  gathered rows are rescaled (Cast + Mul by the gathered row scales), so the
  large vocabulary table is never dequantised as a whole.
Activations stay float, so any onnxruntime CPU build runs it.
With --mode dynamic the MatMuls instead become DynamicQuantizeLinear (uint8
activations, per call) + MatMulInteger + rescale, like onnxruntime's own
dynamic quantiser: faster on CPU, activations slightly lossy.

    /usr/bin/python3 training/quantize.py --src training/out/export/model.onnx \
        --dst models/gbert-mini-pii-de/onnx/model_quantized.onnx
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, REPO  # noqa: E402


def quant_per_axis(w: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    red = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=red)
    scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale


def quantize(src: Path, dst: Path, min_size: int, mode: str = "weight-only") -> dict:
    model = onnx.load(str(src))
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    consumers: dict[str, list] = {}
    for n in g.node:
        for i, name in enumerate(n.input):
            consumers.setdefault(name, []).append((n, i))
    new_nodes_before: dict[int, list] = {}
    stats = {"matmul": 0, "gather": 0, "bytes_before": 0, "bytes_after": 0}
    remove = set()
    add_inits = []
    dyn_q: dict[str, tuple[str, str, str]] = {}
    for name, t in inits.items():
        if t.data_type != TensorProto.FLOAT:
            continue
        w = numpy_helper.to_array(t)
        uses = consumers.get(name, [])
        if not uses or w.ndim != 2:
            continue
        kinds = {(n.op_type, i) for n, i in uses}
        if kinds <= {("MatMul", 1)} and w.size >= min_size and mode == "dynamic":
            q, s = quant_per_axis(w, axis=1)
            qn, sn, zn = name + "_q", name + "_scale", name + "_zp"
            add_inits += [numpy_helper.from_array(q, qn), numpy_helper.from_array(s, sn),
                          numpy_helper.from_array(np.zeros_like(s, dtype=np.int8), zn)]
            for n, _ in uses:
                x = n.input[0]
                out = n.output[0]
                pos = list(g.node).index(n)
                extra = []
                if x not in dyn_q:  # Q/K/V projections share one quantised activation
                    dyn_q[x] = (x + "_dq8", x + "_dq8_scale", x + "_dq8_zp")
                    extra.append(helper.make_node("DynamicQuantizeLinear", [x], list(dyn_q[x]), name=x + "_dq8"))
                xq, xs, xz = dyn_q[x]
                base = out + "_mmi"
                extra += [
                    helper.make_node("MatMulInteger", [xq, qn, xz, zn], [base + "_i32"], name=base),
                    helper.make_node("Cast", [base + "_i32"], [base + "_f"], name=base + "_cast", to=TensorProto.FLOAT),
                    helper.make_node("Mul", [xs, sn], [base + "_s"], name=base + "_scale"),
                ]
                new_nodes_before.setdefault(pos, []).extend(extra)
                n.op_type = "Mul"
                del n.input[:]
                n.input.extend([base + "_f", base + "_s"])
            remove.add(name)
            stats["matmul"] += 1
        elif kinds <= {("MatMul", 1)} and w.size >= min_size:
            q, s = quant_per_axis(w, axis=1)
            qn, sn, zn, dn = name + "_q", name + "_scale", name + "_zp", name + "_dq"
            add_inits += [numpy_helper.from_array(q, qn), numpy_helper.from_array(s, sn),
                          numpy_helper.from_array(np.zeros_like(s, dtype=np.int8), zn)]
            dq = helper.make_node("DequantizeLinear", [qn, sn, zn], [dn], name=dn, axis=1)
            first = min(list(g.node).index(n) for n, _ in uses)
            new_nodes_before.setdefault(first, []).append(dq)
            for n, i in uses:
                n.input[i] = dn
            remove.add(name)
            stats["matmul"] += 1
        elif kinds <= {("Gather", 0)} and w.size >= 1024:
            q, s = quant_per_axis(w, axis=0)
            qn, sn = name + "_q", name + "_rowscale"
            add_inits += [numpy_helper.from_array(q, qn), numpy_helper.from_array(s, sn)]
            for n, _ in uses:
                idx = n.input[1]
                out = n.output[0]
                base = n.name or out
                gq, gs, gf, gu = base + "_gq", base + "_gs", base + "_gf", base + "_gsu"
                axes = base + "_axes"
                add_inits.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), axes))
                nodes = [
                    helper.make_node("Gather", [qn, idx], [gq], name=gq, axis=0),
                    helper.make_node("Cast", [gq], [gf], name=gf, to=TensorProto.FLOAT),
                    helper.make_node("Gather", [sn, idx], [gs], name=gs, axis=0),
                    helper.make_node("Unsqueeze", [gs, axes], [gu], name=gu),
                ]
                pos = list(g.node).index(n)
                new_nodes_before.setdefault(pos, []).extend(nodes)
                n.op_type = "Mul"
                del n.input[:]
                n.input.extend([gf, gu])
                del n.attribute[:]
            remove.add(name)
            stats["gather"] += 1
    nodes = list(g.node)
    del g.node[:]
    for i, n in enumerate(nodes):
        g.node.extend(new_nodes_before.get(i, []))
        g.node.append(n)
    kept = [t for t in g.initializer if t.name not in remove]
    del g.initializer[:]
    g.initializer.extend(kept + add_inits)
    onnx.checker.check_model(model)
    dst.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(dst))
    stats["bytes_before"] = src.stat().st_size
    stats["bytes_after"] = dst.stat().st_size
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=str(OUT / "export" / "model.onnx"))
    ap.add_argument("--dst", default=str(REPO / "models" / "gbert-mini-pii-de" / "onnx" / "model_quantized.onnx"))
    ap.add_argument("--min-size", type=int, default=16384)
    ap.add_argument("--mode", choices=["weight-only", "dynamic"], default="weight-only",
                    help="weight-only: DequantizeLinear -> MatMul (activations float); dynamic: "
                         "DynamicQuantizeLinear + MatMulInteger (int8 GEMM, activations quantised per call)")
    args = ap.parse_args()
    stats = quantize(Path(args.src), Path(args.dst), args.min_size, args.mode)
    print(stats)


if __name__ == "__main__":
    main()
