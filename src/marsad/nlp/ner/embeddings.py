"""Word vectors for the neural NER model, learned from SaudiNewsNet (training time only).

Skip-gram word2vec (gensim) over the normalised tokens (``lexicon.norm_word``)
of the 8.8 M-word SaudiNewsNet corpus: news from other outlets and another
decade than ANERcorp, so the tagger knows words — and the company they keep —
that its 100 k training tokens never show.  The vocabulary is capped to the
``vocab`` most frequent words; the vectors ship inside the model file in
float16.  ``kind="fasttext"`` learns char n-gram vectors beside them (shipped
too, for words outside the table: ``subword.py``); measured against word2vec
in ``NeuralTrainOptions``' comments.

Deterministic: one worker thread, fixed seed and a fixed (not per-process
salted) hash for the initial vectors.  The result is cached under
``cache_dir`` keyed by the options and the corpus files, since it takes a few
minutes to build.  gensim is imported here only: the runtime never needs it.
"""

from __future__ import annotations

import hashlib
import os
import time
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.nlp.ner.clusters import _sentences


@dataclass(slots=True)
class EmbeddingOptions:
    """word2vec / fastText settings (skip-gram)."""

    # "word2vec", or "fasttext": skip-gram over words and their char n-grams (min_n..max_n chars of "<word>",
    # hashed into ``bucket`` rows), so a word outside the vocabulary gets the mean of its n-grams' vectors
    # (``subword.py``; the n-gram table ships beside the word vectors).
    kind: str = "word2vec"
    min_n: int = 3
    max_n: int = 5
    bucket: int = 50_000
    dims: int = 100
    window: int = 5
    min_count: int = 3
    epochs: int = 5
    negative: int = 5
    vocab: int = 80_000  # most frequent words kept in the shipped table
    seed: int = 11


def cache_dir() -> Path:
    """Where built vectors are cached (``MARSAD_CACHE``, default ``~/.cache/marsad``)."""
    return Path(os.environ.get("MARSAD_CACHE") or Path.home() / ".cache" / "marsad") / "ner"


def _stable_hash(s: str) -> int:
    # gensim seeds each word's initial vector with hashfxn(word + seed); Python's hash() is salted per process.
    return zlib.crc32(s.encode("utf-8"))


_FASTTEXT_ONLY = ("kind", "min_n", "max_n", "bucket")  # (not word2vec's: its vectors cached before they came)


def _key(corpus_dir: Path, opts: EmbeddingOptions) -> str:
    settings = asdict(opts)
    if opts.kind == "word2vec":
        settings = {k: v for k, v in settings.items() if k not in _FASTTEXT_ONLY}
    h = hashlib.sha256(repr(sorted(settings.items())).encode())
    for z in sorted(corpus_dir.glob("*.zip")):
        h.update(f"{z.name}:{z.stat().st_size}".encode())
    return h.hexdigest()[:16]


def build_embeddings(
    corpus_dir: Path, opts: EmbeddingOptions | None = None, verbose: bool = False
) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    """(words, vectors float32 (n, dims) most frequent first, fastText's n-gram vectors (bucket, dims) or None);
    cached between runs."""
    opts = opts or EmbeddingOptions()
    if opts.kind not in ("word2vec", "fasttext"):
        raise InputError(f"unknown embedding kind {opts.kind!r}")
    fasttext = opts.kind == "fasttext"
    path = cache_dir() / f"{'ft' if fasttext else 'w2v'}-{_key(corpus_dir, opts)}.npz"
    if path.exists():
        with np.load(path) as z:
            return (z["words"].tobytes().decode("utf-8").split("\n"), z["vectors"],
                    z["ngrams"] if "ngrams" in z.files else None)
    try:
        from gensim.models import FastText, Word2Vec
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError("training the NER embeddings needs gensim: pip install -e '.[train]'") from exc
    t0 = time.perf_counter()
    sents = list(_sentences(corpus_dir))
    if verbose:
        print(f"embeddings: {len(sents):,} paragraphs, {sum(map(len, sents)):,} tokens read "
              f"in {time.perf_counter() - t0:.0f} s", flush=True)
    common = dict(sentences=sents, vector_size=opts.dims, window=opts.window, min_count=opts.min_count, sg=1,
                  negative=opts.negative, epochs=opts.epochs, workers=1, seed=opts.seed, hashfxn=_stable_hash,
                  max_final_vocab=None, sorted_vocab=1)
    if fasttext:
        model = FastText(min_n=opts.min_n, max_n=opts.max_n, bucket=opts.bucket, **common)
    else:
        model = Word2Vec(**common)
    words = model.wv.index_to_key[: opts.vocab]
    vectors = np.asarray(model.wv.vectors[: len(words)], dtype=np.float32)
    ngrams = np.asarray(model.wv.vectors_ngrams, dtype=np.float32) if fasttext else None
    if fasttext:
        _check_subword(model.wv, opts, ngrams)
    if verbose:
        print(f"embeddings: {opts.kind} {len(words):,} words x {opts.dims} in {time.perf_counter() - t0:.0f} s",
              flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    extra = {"ngrams": ngrams} if ngrams is not None else {}
    np.savez(tmp, words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8), vectors=vectors,
             **extra)
    tmp.replace(path)
    return list(words), vectors, ngrams


def _check_subword(wv, opts: EmbeddingOptions, ngrams: np.ndarray) -> None:
    """The run-time n-gram hashing (``subword.py``) must give gensim's vectors of unseen words."""
    from marsad.nlp.ner.subword import ngram_rows

    for word in ("بوتينوف", "واشنطونيا", "xq", "كاليفورنيستان"):
        rows = ngram_rows(word, opts.min_n, opts.max_n, opts.bucket)
        ours = ngrams[rows].mean(axis=0) if rows else np.zeros(opts.dims, dtype=np.float32)
        if word not in wv.key_to_index and not np.allclose(ours, wv.get_vector(word), atol=1e-5):
            raise RuntimeError(f"n-gram hashing differs from gensim's for {word!r}")
