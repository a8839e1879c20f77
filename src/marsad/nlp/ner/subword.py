"""Vectors of words outside the word-vector table from their character n-grams (fastText), without gensim.

fastText (``embeddings.py``, kind ``"fasttext"``) learns a vector for each character n-gram of
``"<" + word + ">"`` (``min_n`` to ``max_n`` characters), hashed into ``bucket`` rows with the
32-bit FNV-1a hash of its UTF-8 bytes (bytes read as signed chars, as in Facebook's code and
gensim).  A word it never saw gets the mean of its n-grams' rows: a transliterated name or a
clitic form shares pieces with words it did see.  ``embeddings._check_subword`` checks at training
time that these rows are gensim's.
"""

from __future__ import annotations

import numpy as np

_FNV_OFFSET, _FNV_PRIME = 2166136261, 16777619


def ft_hash(data: bytes) -> int:
    """fastText's hash of a byte string (FNV-1a, each byte sign-extended), byte by byte: the reference the
    vectorised hashing of :func:`ngram_rows_many` is tested against."""
    h = _FNV_OFFSET
    for b in data:
        h = ((h ^ ((b - 256) & 0xFFFFFFFF if b > 127 else b)) * _FNV_PRIME) & 0xFFFFFFFF
    return h


def ngram_rows(word: str, min_n: int, max_n: int, bucket: int) -> list[int]:
    """Rows of the n-gram table of ``word``'s n-grams (repeats kept, as fastText averages them): those
    :func:`ngram_rows_many` gives at run time, so that what ``embeddings._check_subword`` checks is what runs."""
    return ngram_rows_many([word], min_n, max_n, bucket)[0].tolist()


def ngram_rows_many(forms: list[str], min_n: int, max_n: int, bucket: int) -> tuple[np.ndarray, np.ndarray]:
    """``ngram_rows`` of several forms at once: (their rows one after another, the number of each form's rows).

    The hashes run column by column over all the n-grams' bytes together (numpy), not byte by byte in Python."""
    grams: list[bytes] = []
    counts = np.zeros(len(forms), dtype=np.intp)
    for k, form in enumerate(forms):
        w = "<" + form + ">"
        got = [w[i : i + n].encode("utf-8") for n in range(min_n, max_n + 1) for i in range(len(w) - n + 1)]
        grams += got
        counts[k] = len(got)
    if not grams:
        return np.zeros(0, dtype=np.intp), counts
    lens = np.fromiter(map(len, grams), dtype=np.intp, count=len(grams))
    flat = np.frombuffer(b"".join(grams), dtype=np.uint8).astype(np.uint64)
    flat = np.where(flat > 127, flat | np.uint64(0xFFFFFF00), flat)  # bytes read as signed chars
    cols = np.zeros((len(grams), int(lens.max())), dtype=np.uint64)
    cols[np.arange(cols.shape[1]) < lens[:, None]] = flat
    h = np.full(len(grams), _FNV_OFFSET, dtype=np.uint64)
    mask, prime = np.uint64(0xFFFFFFFF), np.uint64(_FNV_PRIME)
    for j in range(cols.shape[1]):
        on = lens > j
        h[on] = ((h[on] ^ cols[on, j]) * prime) & mask
    return (h % np.uint64(bucket)).astype(np.intp), counts
