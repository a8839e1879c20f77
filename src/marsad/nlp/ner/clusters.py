"""Word clusters for NER features, learned from raw news text with numpy only.

A fast stand-in for Brown clusters: each frequent word is described by the
counts of the words just left and right of it, the counts are turned into
positive PMI, reduced by a randomized truncated SVD, and the unit-length
vectors are grouped by spherical k-means at a few granularities (coarse to
fine, like the prefixes of a Brown bit string).  The result ships as a small
gzipped TSV: ``word<TAB>c64<TAB>c256<TAB>c1024``.

Rebuild (deterministic, about a minute and 1.4 GB of memory)::

    marsad train ner --rebuild-clusters
"""

from __future__ import annotations

import gzip
import json
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.nlp.ner.lexicon import norm_word, simple_tokens

DATA_DIR = Path(__file__).resolve().parent / "data"
CLUSTERS_FILE = DATA_DIR / "clusters.tsv.gz"


@dataclass(slots=True)
class ClusterOptions:
    """Settings of the cluster build."""

    vocab: int = 50_000  # words that get a cluster
    contexts: int = 1_000  # context words per side
    dims: int = 100  # SVD dimensions
    ks: tuple[int, ...] = (64, 256, 1024)  # k-means granularities
    iters: int = 12  # k-means iterations
    seed: int = 13


def iter_texts(corpus_dir: Path, leave_out: Iterable[str] = ()):
    """Yield article texts from SaudiNewsNet day zips (JSON lists with "content"), in file order, but those of the
    days named in ``leave_out`` («2015-08-11»)."""
    skip = {f"{d}.zip" for d in leave_out}
    zips = [z for z in sorted(corpus_dir.glob("*.zip")) if z.name not in skip]
    if not zips:
        raise InputError(f"no SaudiNewsNet zips in {corpus_dir}")
    for zpath in zips:
        with zipfile.ZipFile(zpath) as zf:
            for member in sorted(zf.namelist()):
                for rec in json.loads(zf.read(member)):
                    text = rec.get("content") or ""
                    if text:
                        yield text


def _sentences(corpus_dir: Path):
    """Yield normalised token lists, one per paragraph (streamed: the corpus is too big to hold as strings)."""
    cache: dict[str, str] = {}
    for text in iter_texts(corpus_dir):
        for para in text.split("\n"):
            toks = []
            for t in simple_tokens(para):
                n = cache.get(t)
                if n is None:
                    n = cache[t] = norm_word(t)
                toks.append(n)
            if toks:
                yield toks


def _kmeans(x: np.ndarray, k: int, iters: int, rng: np.random.Generator) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++ seeding; returns labels."""
    n = x.shape[0]
    centers = np.empty((k, x.shape[1]), dtype=x.dtype)
    centers[0] = x[rng.integers(n)]
    best = 1.0 - x @ centers[0]
    for j in range(1, k):
        p = np.maximum(best, 0) ** 2
        centers[j] = x[rng.choice(n, p=p / p.sum())]
        best = np.minimum(best, 1.0 - x @ centers[j])
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(x @ centers.T, axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centers = np.where(empty[:, None], centers, sums / np.maximum(norms, 1e-9))
    return labels


def build_clusters(corpus_dir: Path, opts: ClusterOptions | None = None) -> dict[str, tuple[int, ...]]:
    """Cluster the ``opts.vocab`` most frequent normalised words of the corpus; returns word -> cluster ids."""
    opts = opts or ClusterOptions()
    rng = np.random.default_rng(opts.seed)
    freq: Counter[str] = Counter()
    for s in _sentences(corpus_dir):
        freq.update(s)
    vocab = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[: opts.vocab]]
    del freq
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(vocab[: opts.contexts])}
    nc = opts.contexts
    width = 2 * (nc + 1)
    # Sentence boundaries count as a context word of their own (index nc).
    codes_arr = array("q")
    for s in _sentences(corpus_dir):
        ids = [vid.get(t, -1) for t in s]
        ctx = [cid.get(t, -1) for t in s]
        last = len(s) - 1
        for i, w in enumerate(ids):
            if w < 0:
                continue
            left = ctx[i - 1] if i > 0 else nc
            right = ctx[i + 1] if i < last else nc
            if left >= 0:
                codes_arr.append(w * width + left)
            if right >= 0:
                codes_arr.append(w * width + nc + 1 + right)
    codes = np.frombuffer(codes_arr, dtype=np.int64)
    counts = np.bincount(codes, minlength=len(vocab) * width).astype(np.float32).reshape(len(vocab), width)
    del codes, codes_arr
    # Positive PMI with context-distribution smoothing (alpha = 0.75).
    total = counts.sum()
    pw = counts.sum(axis=1, keepdims=True) / total
    pc = counts.sum(axis=0, keepdims=True) ** 0.75
    pc /= pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        counts /= total
        counts /= pw
        counts /= pc
        np.log(counts, out=counts)
    np.nan_to_num(counts, copy=False, nan=0.0, posinf=0.0, neginf=0.0)
    np.maximum(counts, 0, out=counts)
    # Randomized truncated SVD (Halko et al.), two power iterations.
    omega = rng.standard_normal((width, opts.dims + 20)).astype(np.float32)
    y = counts @ omega
    for _ in range(2):
        y, _ = np.linalg.qr(y)
        y = counts @ (counts.T @ y)
    q, _ = np.linalg.qr(y)
    u_small, s, _ = np.linalg.svd(q.T @ counts, full_matrices=False)
    vecs = (q @ u_small[:, : opts.dims]) * np.sqrt(s[: opts.dims])
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    labels = [_kmeans(vecs, k, opts.iters, rng) for k in opts.ks]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def save_clusters(clusters: dict[str, tuple[int, ...]], path: Path) -> None:
    """Write the word -> clusters map as gzipped TSV (no name or mtime in the header: reproducible bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(w + "\t" + "\t".join(map(str, c)) + "\n" for w, c in clusters.items())
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body.encode("utf-8"))


@lru_cache(maxsize=4)
def load_clusters(path: Path = CLUSTERS_FILE) -> dict[str, tuple[str, ...]]:
    """Read a clusters file: word -> cluster ids as strings (coarse to fine).

    Raises InputError when the file is missing (rebuild it with ``marsad train ner --rebuild-clusters``).
    """
    if not path.exists():
        raise InputError(f"word-cluster file missing: {path} (rebuild with `marsad train ner --rebuild-clusters`)")
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out
