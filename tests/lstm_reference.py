"""The LSTM equations the NER tagger's run-time pass must compute, written out plainly for the tests."""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def plain_lstm(x: np.ndarray, ih: np.ndarray, hh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """An LSTM in PyTorch's layout (gates i f g o; ``b`` = bias_ih + bias_hh), one step at a time from a zero state."""
    H = hh.shape[1]
    h, c, out = np.zeros(H), np.zeros(H), []
    for v in x:
        z = ih @ v + hh @ h + b
        i, f, g, o = sigmoid(z[:H]), sigmoid(z[H : 2 * H]), np.tanh(z[2 * H : 3 * H]), sigmoid(z[3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)
