"""The BiLSTMs' recurrent steps in onnxruntime (recurrence.py): the packed batch gives each sequence what
an LSTM in PyTorch's layout computes, and the shipped graph file is the one the code describes."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_reference import plain_lstm

from marsad.nlp.ner.recurrence import GRAPH_FILE, Recurrence, build_graph, gates


def _packed_batch(rng: np.random.Generator, lens: list[int], H: int, dims: int, D: int):
    """Random weights of D LSTMs and a packed batch of random sequences (``lens`` longest first).

    Returns (weights, seqs, run arguments of ``Recurrence.run``).
    """
    weights = [(rng.normal(size=(4 * H, dims)), rng.normal(size=(4 * H, H)), rng.normal(size=4 * H)) for _ in range(D)]
    seqs = [[rng.normal(size=(n, dims)) for n in lens] for _ in range(D)]
    T = max(lens)
    active = np.array([sum(n > t for n in lens) for t in range(T)])
    off = np.r_[0, np.cumsum(active)]
    order, scale = gates(H)
    # One table row per (LSTM, packed row): the input projection in the graph's layout.
    N = sum(lens)
    table = np.empty((D * N, 4 * H), dtype=np.float32)
    rows = np.arange(D * N).reshape(D, N)
    for d, (ih, _, b) in enumerate(weights):
        for t in range(T):
            for r in range(active[t]):
                table[rows[d, off[t] + r]] = (ih @ seqs[d][r][t] + b)[order] * scale
    w_hh = np.stack([(hh[order] * scale[:, None]).T for _, hh, _ in weights]).astype(np.float32)
    return weights, seqs, (table, rows, w_hh, active, off)


def test_a_packed_batch_gives_each_sequence_its_plain_lstm_outputs():
    H, D = 5, 3  # three independent LSTMs (as members x directions)
    lens = [6, 4, 4, 1]  # longest first, as the tagger packs them
    weights, seqs, args = _packed_batch(np.random.default_rng(3), lens, H, 7, D)
    out = Recurrence().run(*args)
    off = args[-1]
    assert out.shape == (D, sum(lens), H)
    for d, (ih, hh, b) in enumerate(weights):
        for r, n in enumerate(lens):
            want = plain_lstm(seqs[d][r], ih, hh, b)
            got = np.array([out[d, off[t] + r] for t in range(n)])
            np.testing.assert_allclose(got, want, atol=1e-5)


def test_steps_run_in_windows_give_the_outputs_of_one_run():
    # Sequences longer than a window, ending inside, at and between windows' edges.
    lens = [23, 12, 9, 8, 8, 3, 1]
    _, _, args = _packed_batch(np.random.default_rng(5), lens, 4, 6, 2)
    whole = Recurrence(window=100).run(*args)
    for window in (1, 4, 8):
        np.testing.assert_array_equal(Recurrence(window=window).run(*args), whole)


def test_the_graph_file_is_the_graph_the_code_builds():
    pytest.importorskip("onnx", reason="the graph is written with the onnx package")
    assert GRAPH_FILE.read_bytes() == build_graph()
