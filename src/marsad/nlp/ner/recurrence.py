"""The recurrent steps of the NER BiLSTMs, run by onnxruntime over one packed batch.

numpy spent most of a step in its element-wise calls (its float32 ``exp`` alone cost about four
times onnxruntime's whole sigmoid); onnxruntime runs every step of a batch in one call: an ONNX
``Loop`` whose body is one step of D independent LSTMs (members x directions, batched in one matmul).
ONNX's own ``LSTM`` operator does not fit: it multiplies its input by a weight matrix at every
token, where our inputs are already the projections cached per word type (``neural.NeuralScorer``);
with an identity matrix that product would cost four times the recurrence.

The graph holds no weights (they are inputs), so one file serves every model: ``data/recurrence.onnx``,
written by ``python -m marsad.nlp.ner.recurrence`` (which needs the ``onnx`` package; the tagger does not).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort

GRAPH_FILE = Path(__file__).resolve().parent / "data" / "recurrence.onnx"


def gates(H: int) -> tuple[np.ndarray, np.ndarray]:
    """(row order, scale) turning PyTorch's LSTM weights (and biases) into the layout the graph reads.

    PyTorch's gate order is i f g o; reordered to i f o g so that one sigmoid covers every gate:
    the g rows are doubled, as tanh(z) = 2 * sigmoid(2z) - 1.
    """
    order = np.r_[0 : 2 * H, 3 * H : 4 * H, 2 * H : 3 * H]
    return order, np.r_[np.ones(3 * H), np.full(H, 2.0)].astype(np.float32)


class Recurrence:
    """LSTM outputs of a packed batch (``run``); one onnxruntime session, safe to share between threads."""

    def __init__(self, window: int = 128) -> None:
        self.window = window  # steps a session call (``run``)
        opts = ort.SessionOptions()
        # One thread, as numpy's BLAS in the tagger: a step's small matmuls gain nothing from a pool.
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(GRAPH_FILE.read_bytes(), opts, providers=["CPUExecutionProvider"])

    def run(self, table: np.ndarray, rows: np.ndarray, w_hh: np.ndarray, active: np.ndarray,
            off: np.ndarray) -> np.ndarray:
        """Outputs (D, N, H) of D independent LSTMs over one packed batch, in packed order.

        ``table`` (R, 4H): input projections (biases included; ``gates`` layout); LSTM ``d`` reads
        row ``rows[d, p]`` (``rows``: (D, N)) at packed row ``p``.  ``w_hh`` (D, H, 4H): recurrent
        weights.  At step ``t`` the rows ``off[t] : off[t] + active[t]`` are read and written: the first
        ``active[t]`` sequences, longest first, as PyTorch's PackedSequence.

        The steps run in windows of ``window`` steps, one session call each, the last states passed on:
        inside a call every step copies the list of the outputs before it (the graph's ``SequenceInsert``),
        so one call over a sentence of 30,000 tokens would cost about ten times the steps themselves.
        """
        D, H = w_hh.shape[:2]
        T = len(active)
        if not T:  # no tokens (the graph cannot join an empty sequence)
            return np.empty((D, 0, H), dtype=np.float32)
        table = np.ascontiguousarray(table, dtype=np.float32)
        w_hh = np.ascontiguousarray(w_hh, dtype=np.float32)
        rows = rows.astype(np.int64)
        h = c = np.zeros((D, active[0], H), dtype=np.float32)
        outs = []
        for t in range(0, T, self.window):
            steps = active[t : t + self.window].astype(np.int64)
            start, end = off[t], off[t] + int(steps.sum())
            feed = {"table": table, "rows": rows[:, start:end], "w_hh": w_hh, "active": steps,
                    "off": off[t : t + len(steps)].astype(np.int64) - start, "h0": h, "c0": c}
            out, h, c = self._session.run(None, feed)
            outs.append(out)
        return outs[0] if len(outs) == 1 else np.concatenate(outs, axis=1)


def build_graph() -> bytes:
    """The ONNX graph of ``Recurrence`` (needs the ``onnx`` package)."""
    from onnx import TensorProto, checker, helper

    node = helper.make_node
    F, I64 = TensorProto.FLOAT, TensorProto.INT64

    def ints(name: str, *vals: int):
        return node("Constant", [], [name], value=helper.make_tensor(name, I64, [len(vals)], vals))

    def one(name: str, val: float):
        return node("Constant", [], [name], value=helper.make_tensor(name, F, [], [val]))

    # One step: the first k sequences read their k inputs and the first k rows of the previous state.
    step = [
        ints("zero", 0), ints("ax1", 1), one("one", 1.0), one("two", 2.0),
        node("Gather", ["active", "t"], ["k_"]), node("Unsqueeze", ["k_", "zero"], ["k"]),
        node("Gather", ["off", "t"], ["o_"]), node("Unsqueeze", ["o_", "zero"], ["o"]),
        node("Add", ["o", "k"], ["end"]),
        node("Slice", ["rows", "o", "end", "ax1"], ["rows_t"]),  # (D, k)
        node("Gather", ["table", "rows_t"], ["x"], axis=0),  # (D, k, 4H)
        node("Slice", ["h_in", "zero", "k", "ax1"], ["h_prev"]),
        node("Slice", ["c_in", "zero", "k", "ax1"], ["c_prev"]),
        node("MatMul", ["h_prev", "w_hh"], ["hw"]),
        node("Add", ["x", "hw"], ["z"]),
        node("Sigmoid", ["z"], ["s"]),
        node("Split", ["s"], ["i", "f", "o_gate", "g2"], axis=2, num_outputs=4),
        node("Mul", ["g2", "two"], ["g2x2"]), node("Sub", ["g2x2", "one"], ["g"]),  # tanh of the g gate
        node("Mul", ["f", "c_prev"], ["fc"]), node("Mul", ["i", "g"], ["ig"]), node("Add", ["fc", "ig"], ["c"]),
        node("Tanh", ["c"], ["tc"]), node("Mul", ["o_gate", "tc"], ["h"]),
        node("SequenceInsert", ["seq_in", "h"], ["seq"]),
        node("Identity", ["cond_in"], ["cond"]),
    ]
    body = helper.make_graph(
        step, "step",
        [helper.make_tensor_value_info("t", I64, []), helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []),
         helper.make_tensor_value_info("h_in", F, None), helper.make_tensor_value_info("c_in", F, None),
         helper.make_tensor_sequence_value_info("seq_in", F, None)],
        [helper.make_tensor_value_info("cond", TensorProto.BOOL, []), helper.make_tensor_value_info("h", F, None),
         helper.make_tensor_value_info("c", F, None), helper.make_tensor_sequence_value_info("seq", F, None)],
    )
    # States (D, B, H) to start (``h0``, ``c0``); each step's h (D, k, H) is kept in a sequence, joined at
    # the end: the outputs in packed order.  The last states are outputs too, to go on in another call.
    nodes = [
        node("Shape", ["active"], ["T_"]), node("Squeeze", ["T_"], ["T"]),
        node("Constant", [], ["true"], value=helper.make_tensor("true", TensorProto.BOOL, [], [True])),
        node("SequenceEmpty", [], ["seq0"], dtype=F),
        node("Loop", ["T", "true", "h0", "c0", "seq0"], ["h_last", "c_last", "seq"], body=body),
        node("ConcatFromSequence", ["seq"], ["out"], axis=1),
    ]
    graph = helper.make_graph(
        nodes, "packed_lstm",
        [helper.make_tensor_value_info("table", F, ["R", "G"]), helper.make_tensor_value_info("rows", I64, ["D", "N"]),
         helper.make_tensor_value_info("w_hh", F, ["D", "H", "G"]), helper.make_tensor_value_info("active", I64, ["T"]),
         helper.make_tensor_value_info("off", I64, ["T"]), helper.make_tensor_value_info("h0", F, ["D", "B", "H"]),
         helper.make_tensor_value_info("c0", F, ["D", "B", "H"])],
        [helper.make_tensor_value_info("out", F, ["D", "N", "H"]),
         helper.make_tensor_value_info("h_last", F, ["D", "K", "H"]),
         helper.make_tensor_value_info("c_last", F, ["D", "K", "H"])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="marsad")
    model.ir_version = 8  # read by onnxruntime >= 1.10
    checker.check_model(model)
    return model.SerializeToString()


if __name__ == "__main__":
    GRAPH_FILE.write_bytes(build_graph())
    sys.stdout.write(f"wrote {GRAPH_FILE}\n")
