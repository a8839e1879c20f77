"""Word-level language models learned from SaudiNewsNet, as context features for the NER tagger (TagLM).

Peters et al. 2017 ("Semi-supervised sequence tagging with bidirectional
language models"): a forward and a backward LSTM language model are trained
on unlabelled news; their hidden states at each token (the forward model
having read the sentence up to the token, the backward model from the end
back to it) join the tagger's BiLSTM input.  The tagger's 100 k labelled
tokens then see what 8.8 M words of news say about a word's company.

* input: the tagger's own SaudiNewsNet word vectors (``WordFeaturizer`` row
  of the word, else its stem, else ``ال`` + stem; frozen), so an LM's input
  projection is one cached row per word type, as the tagger's;
* output (training only, not shipped): an adaptive softmax over the ``vocab``
  most frequent words + UNK;
* one LSTM layer per direction, ``hidden`` units; each sentence starts from a
  zero state (as at run time).

Training (``train_lm``) needs PyTorch; the run-time forward pass is numpy
(``neural.NeuralScorer`` runs it in the same packed loop as the tagger).  The
weights ship in the tagger's model file as ``lm_*`` arrays (the file grows by 1.6 MB).
Deterministic: fixed seed, one thread, a fixed token budget; cached under
``embeddings.cache_dir()`` keyed by the options, the corpus and the vocabulary.

Measured (ner8, seed 7, + perceptron partner; these defaults: 1.2 M tokens, final training perplexity ~1,100):
dev F1 0.749, frozen 0.756, against 0.759 / 0.777 without LM features; tagging about half as fast.  Not shipped.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from marsad.nlp.ner.embeddings import cache_dir

LM_KEYS = ("lm_ih_f", "lm_hh_f", "lm_bias_f", "lm_ih_b", "lm_hh_b", "lm_bias_b")


@dataclass(slots=True)
class LmOptions:
    """Language-model settings."""

    hidden: int = 128
    vocab: int = 30_000  # output words (most frequent); the others are UNK
    cutoffs: tuple[int, ...] = (2_000, 10_000)  # adaptive softmax clusters
    stride: int = 6  # every stride-th paragraph of the corpus (all days, not the first ones only)
    max_len: int = 40  # paragraphs are cut into pieces of at most this many tokens
    tokens: int = 1_200_000  # training budget: tokens read per direction (one pass over a prefix of the corpus)
    batch: int = 64
    lr: float = 2e-3
    dropout: float = 0.1
    seed: int = 17
    threads: int = 1


def _as_shipped(emb: np.ndarray) -> np.ndarray:
    """The word vectors as the run time reads them (stored in float16)."""
    return emb.astype(np.float16).astype(np.float32)


def _key(corpus_dir: Path, vocab: list[str], emb: np.ndarray, opts: LmOptions) -> str:
    h = hashlib.sha256(repr(sorted(asdict(opts).items())).encode())
    for z in sorted(corpus_dir.glob("*.zip")):
        h.update(f"{z.name}:{z.stat().st_size}".encode())
    h.update("\n".join(vocab).encode())
    h.update(np.ascontiguousarray(emb.astype(np.float16)).tobytes())
    return h.hexdigest()[:16]


def _pieces(corpus_dir: Path, fz, opts: LmOptions) -> list[np.ndarray]:
    """Paragraphs of the corpus as featurizer word rows, cut into pieces of <= max_len, up to the token budget."""
    from marsad.nlp.ner.clusters import _sentences

    ids: dict[str, int] = {}
    out: list[np.ndarray] = []
    n = 0
    for k, toks in enumerate(_sentences(corpus_dir)):
        if k % opts.stride:
            continue
        row = []
        for t in toks:
            i = ids.get(t)
            if i is None:
                i = ids[t] = fz.parts(t)[0]
            row.append(i)
        for j in range(0, len(row), opts.max_len):
            piece = row[j : j + opts.max_len]
            if len(piece) >= 2:
                out.append(np.array(piece, dtype=np.int64))
                n += len(piece)
        if n >= opts.tokens:
            break
    return out


def train_lm(corpus_dir: Path, fz, emb: np.ndarray, opts: LmOptions | None = None,
             verbose: bool = False) -> dict[str, np.ndarray]:
    """Forward and backward LM weights (``LM_KEYS``, PyTorch layout: gates i f g o) for featurizer ``fz`` whose
    word-vector table is ``emb`` (rows 0/1 = PAD/UNK).  Cached between runs."""
    opts = opts or LmOptions()
    path = cache_dir() / f"lm-{_key(corpus_dir, fz.vocab, emb, opts)}.npz"
    if path.exists():
        with np.load(path) as z:
            return {k: z[k] for k in LM_KEYS}
    import torch
    from torch import nn

    t0 = time.perf_counter()
    c0 = time.process_time()
    torch.set_num_threads(opts.threads)
    torch.manual_seed(opts.seed)
    pieces = _pieces(corpus_dir, fz, opts)
    if verbose:
        print(f"lm: {len(pieces):,} pieces, {sum(map(len, pieces)):,} tokens read "
              f"in {time.perf_counter() - t0:.0f} s", flush=True)
    V = opts.vocab + 2  # rows 0 (PAD, never a target) and 1 (UNK) of the table, then the most frequent words

    class Direction(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lstm = nn.LSTM(emb.shape[1], opts.hidden, batch_first=True)
            self.drop = nn.Dropout(opts.dropout)
            self.soft = nn.AdaptiveLogSoftmaxWithLoss(opts.hidden, V, list(opts.cutoffs), div_value=4.0)

    table = nn.Embedding.from_pretrained(torch.from_numpy(_as_shipped(emb)), freeze=True)
    nets = [Direction(), Direction()]
    params = [p for net in nets for p in net.parameters()]
    optim = torch.optim.Adam(params, lr=opts.lr)
    rng = np.random.default_rng(opts.seed)
    by_len = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
    batches = [by_len[k : k + opts.batch] for k in range(0, len(by_len), opts.batch)]
    order = rng.permutation(len(batches))
    total, count = np.zeros(2), 0
    for step, bi in enumerate(order):
        batch = [pieces[i] for i in batches[bi]]
        T = max(map(len, batch))
        loss_sum = 0.0
        for d, net in enumerate(nets):
            ids = torch.zeros((len(batch), T), dtype=torch.long)
            for j, p in enumerate(batch):
                ids[j, : len(p)] = torch.from_numpy(p[::-1].copy() if d else p)
            h, _ = net.lstm(net.drop(table(ids)))
            tgt = ids[:, 1:]
            tgt = torch.where(tgt >= V, torch.ones_like(tgt), tgt)  # rare words: UNK
            keep = ids[:, 1:] != 0
            out = net.soft(net.drop(h[:, :-1][keep]), tgt[keep])
            loss_sum = loss_sum + out.loss
            total[d] += float(out.loss.detach()) * int(keep.sum())
        count += sum(len(p) - 1 for p in batch)
        optim.zero_grad()
        loss_sum.backward()
        nn.utils.clip_grad_norm_(params, 1.0)
        optim.step()
        if verbose and (step % 500 == 0 or step == len(order) - 1):
            ppl = np.exp(total / max(1, count))
            print(f"lm: batch {step + 1}/{len(order)}, perplexity fwd {ppl[0]:.0f} bwd {ppl[1]:.0f} "
                  f"({time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU)", flush=True)
            total, count = np.zeros(2), 0
    arrays = {}
    for tag, net in zip("fb", nets):
        sd = {k: v.detach().numpy().astype(np.float32) for k, v in net.lstm.state_dict().items()}
        arrays[f"lm_ih_{tag}"] = sd["weight_ih_l0"]
        arrays[f"lm_hh_{tag}"] = sd["weight_hh_l0"]
        arrays[f"lm_bias_{tag}"] = sd["bias_ih_l0"] + sd["bias_hh_l0"]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, **arrays)
    tmp.replace(path)
    if verbose:
        print(f"lm: trained in {time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU",
              flush=True)
    return arrays


def lm_states_torch(arrays: dict[str, np.ndarray], emb: np.ndarray, sents_ids: list[np.ndarray]) -> list[np.ndarray]:
    """(n_i, 2 * hidden) LM states of sentences given as word rows (training: PyTorch, no gradient)."""
    import torch
    from torch import nn

    H = arrays["lm_hh_f"].shape[1]
    table = torch.from_numpy(_as_shipped(emb))
    lstms = []
    for tag in "fb":
        lstm = nn.LSTM(emb.shape[1], H, batch_first=True)
        with torch.no_grad():
            lstm.weight_ih_l0.copy_(torch.from_numpy(arrays[f"lm_ih_{tag}"]))
            lstm.weight_hh_l0.copy_(torch.from_numpy(arrays[f"lm_hh_{tag}"]))
            lstm.bias_ih_l0.copy_(torch.from_numpy(arrays[f"lm_bias_{tag}"]))
            lstm.bias_hh_l0.zero_()
        lstms.append(lstm)
    out: list[np.ndarray] = [np.empty(0)] * len(sents_ids)
    order = sorted(range(len(sents_ids)), key=lambda i: len(sents_ids[i]))
    with torch.no_grad():
        for k in range(0, len(order), 256):
            idx = order[k : k + 256]
            T = max(len(sents_ids[i]) for i in idx)
            halves = []
            for d, lstm in enumerate(lstms):
                ids = torch.zeros((len(idx), T), dtype=torch.long)
                for j, i in enumerate(idx):
                    s = sents_ids[i]
                    ids[j, : len(s)] = torch.from_numpy(s[::-1].copy() if d else s)
                h, _ = lstm(table[ids])
                halves.append(h.numpy())
            for j, i in enumerate(idx):
                n = len(sents_ids[i])
                out[i] = np.concatenate([halves[0][j, :n], halves[1][j, :n][::-1]], axis=1)
    return out
