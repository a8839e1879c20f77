"""Averaged structured perceptron over BIO tag sequences, with first-order Viterbi decoding (numpy).

Weights are a dense ``(n_features, n_tags)`` matrix of emission weights plus a
``(n_tags + 1, n_tags)`` transition matrix (the last row is "sentence start").
Invalid BIO transitions (``I-X`` after anything but ``B-X``/``I-X``) are
forbidden in decoding, so the tagger never emits a broken entity.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
NEG = -1e9


def transition_mask(tags: tuple[str, ...] = TAGS) -> np.ndarray:
    """(n+1, n) additive mask: 0 where a transition is allowed, NEG where BIO forbids it (last row = start)."""
    n = len(tags)
    mask = np.zeros((n + 1, n))
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i in range(n + 1):
                prev = tags[i] if i < n else "O"
                if prev[2:] != t[2:]:
                    mask[i, j] = NEG
    return mask


def viterbi(emit: np.ndarray, trans: np.ndarray) -> list[int]:
    """Best tag index sequence for emission scores ``emit`` (n, T) and masked transitions ``trans`` (T+1, T)."""
    n = emit.shape[0]
    if n == 0:
        return []
    step = trans[:-1]
    score = trans[-1] + emit[0]
    back = np.empty((n, emit.shape[1]), dtype=np.intp)
    for i in range(1, n):
        cand = score[:, None] + step
        back[i] = cand.argmax(axis=0)
        score = cand[back[i], np.arange(emit.shape[1])] + emit[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    best.reverse()
    return best


# Cells (sentences x positions) of one Viterbi batch: the arrays are (sentences, longest, tags), so one long
# sentence in a large batch would pad every other one to its length (a 1,000-article batch of the fast
# profile took 3.8 GB); batches of sentences of similar length keep the memory to a few tens of MB.
VITERBI_CELLS = 250_000


def viterbi_many(emits: list[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """``viterbi`` of several sentences at once: one numpy step per position of the longest, not per token.

    The same additions and argmaxes as ``viterbi``, on a (sentences, tags, tags) array, so the paths are the same.
    Sentences go longest first, in batches of at most ``VITERBI_CELLS`` padded positions.
    """
    out: list[list[int]] = [[] for _ in emits]
    live = sorted((i for i, e in enumerate(emits) if e.shape[0]), key=lambda i: -emits[i].shape[0])
    k = 0
    while k < len(live):
        width = emits[live[k]].shape[0]  # the longest of the batch: it sets the padded length
        n = max(1, min(len(live) - k, VITERBI_CELLS // width))
        batch = live[k : k + n]
        for i, path in zip(batch, _viterbi_batch([emits[i] for i in batch], trans)):
            out[i] = path
        k += n
    return out


def _viterbi_batch(emits: list[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """Viterbi paths of non-empty sentences sorted longest first.

    Arrays are laid out (tag, sentence), and a step's best previous tag is found by going through the
    previous tags in turn, each an operation over all running sentences at once: numpy's max and argmax
    along an axis of 9 tags work row by row (about 0.5 us a token).  The same sums; a later previous tag
    replaces the best only when strictly greater, so ties keep the first, as argmax does: the scores
    and paths of ``viterbi`` for finite scores (a NaN, which finite weights never give, compares
    otherwise than under argmax).
    """
    n_tags = trans.shape[1]
    lens = np.array([e.shape[0] for e in emits])
    B, T = len(emits), int(lens[0])
    # at position t only the first ``active[t]`` sentences are still running, and only they are computed
    # (a finished sentence keeps its last scores)
    active = np.searchsorted(-lens, -np.arange(T), side="left")
    dtype = np.result_type(*(e.dtype for e in emits), trans.dtype)
    em = np.zeros((T, n_tags, B), dtype=dtype)  # (position, tag, sentence); token p of sentence b at em[p, :, b]
    em[np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens), :, np.repeat(np.arange(B), lens)] = (
        np.concatenate(emits))
    step = trans[:-1, :, None]  # (previous tag, tag, 1)
    score = trans[-1][:, None] + em[0]  # (tag, sentence)
    back = np.zeros((T, n_tags, B), dtype=np.intp)
    best = np.empty((n_tags, B), dtype=dtype)
    cand = np.empty((n_tags, B), dtype=dtype)
    better = np.empty((n_tags, B), dtype=bool)
    for t in range(1, T):
        k = active[t]  # running sentences
        bk, ck, gk, ak = best[:, :k], cand[:, :k], better[:, :k], back[t, :, :k]
        np.add(score[0, :k], step[0], out=bk)  # (back is 0 already)
        for i in range(1, n_tags):
            np.add(score[i, :k], step[i], out=ck)
            np.greater(ck, bk, out=gk)
            np.copyto(bk, ck, where=gk)
            np.copyto(ak, i, where=gk)
        np.add(bk, em[t, :, :k], out=score[:, :k])
    path = np.empty((B, T), dtype=np.intp)
    cur = score.argmax(axis=0)
    last = lens - 1
    pos = np.zeros(B, dtype=np.intp)
    rows = np.arange(B)
    for t in range(T - 1, -1, -1):
        pos = np.where(last == t, cur, pos)  # a sentence's path starts at its own last token
        path[:, t] = pos
        if t:
            pos = back[t, pos, rows]
    return [path[b, : lens[b]].tolist() for b in range(B)]


@dataclass(slots=True)
class Example:
    """A training sentence: feature ids flattened, token boundaries, gold tag ids."""

    ids: np.ndarray  # all feature ids of all tokens, concatenated
    starts: np.ndarray  # offset of each token's first feature id in ``ids``
    gold: np.ndarray  # gold tag index per token


class AveragedPerceptron:
    """Structured perceptron with weight averaging (the "lazy sum" trick: avg = W - U / c)."""

    def __init__(self, n_features: int, n_tags: int = len(TAGS)) -> None:
        self.w = np.zeros((n_features, n_tags))
        self.u = np.zeros((n_features, n_tags))
        self.t = np.zeros((n_tags + 1, n_tags))
        self.tu = np.zeros((n_tags + 1, n_tags))
        self.mask = transition_mask()
        self.c = 1

    def emissions(self, ex: Example, w: np.ndarray) -> np.ndarray:
        return np.add.reduceat(w[ex.ids], ex.starts, axis=0)

    def predict(self, ex: Example, w: np.ndarray, t: np.ndarray) -> list[int]:
        return viterbi(self.emissions(ex, w), t + self.mask)

    def update(self, ex: Example) -> bool:
        """One perceptron step on ``ex``; returns True when the prediction was wrong."""
        pred = self.predict(ex, self.w, self.t)
        gold = ex.gold.tolist()
        wrong = pred != gold
        if wrong:
            n_tags = self.w.shape[1]
            ends = np.append(ex.starts[1:], len(ex.ids))
            prev_g = prev_p = n_tags  # start row
            for i, (g, p) in enumerate(zip(gold, pred)):
                if g != p:
                    ids = ex.ids[ex.starts[i] : ends[i]]
                    np.add.at(self.w, (ids, g), 1.0)
                    np.add.at(self.w, (ids, p), -1.0)
                    np.add.at(self.u, (ids, g), self.c)
                    np.add.at(self.u, (ids, p), -self.c)
                if (prev_g, g) != (prev_p, p):
                    self.t[prev_g, g] += 1.0
                    self.t[prev_p, p] -= 1.0
                    self.tu[prev_g, g] += self.c
                    self.tu[prev_p, p] -= self.c
                prev_g, prev_p = g, p
        self.c += 1
        return wrong

    def averaged(self) -> tuple[np.ndarray, np.ndarray]:
        """(emission weights, transition weights) averaged over all steps so far."""
        return self.w - self.u / self.c, self.t - self.tu / self.c
