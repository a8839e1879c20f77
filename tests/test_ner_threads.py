"""One NER tagger shared by several threads (a Dask worker started with ``--nthreads 4``) tags as one thread does.

Both taggers keep a cache of the word types they have seen (the perceptron's score rows, the BiLSTM's
projection table), grown, cleared or evicted as it fills; without a lock, a thread growing or clearing it
between another thread's fill and read gave other tags or a broadcast error.
"""

from __future__ import annotations

import random
import sys
import threading

import pytest

from marsad.nlp.ner.tagger import Tagger, TaggerOptions, load_tagger

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _sentences(n: int, seed: int) -> list[list[str]]:
    """Sentences of made-up words (many word types, so the caches grow and are cleared) and a few names."""
    rnd = random.Random(seed)
    names = ["محمد", "الرياض", "وزارة", "الخارجية", "قال", "في", "إن", "الأمير", "سلمان", "جدة"]
    out = []
    for _ in range(n):
        words = ["".join(rnd.choice(LETTERS) for _ in range(rnd.randint(3, 7))) for _ in range(rnd.randint(4, 14))]
        words[rnd.randrange(len(words))] = rnd.choice(names)
        out.append(words)
    return out


def _threaded(tagger, batches: list[list[list[str]]], threads: int = 4) -> tuple[dict[int, list], list[BaseException]]:
    out: dict[int, list] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(k, len(batches), threads):
                out[i] = tagger.tag_many(batches[i])
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often: the race shows in a short run
    try:
        ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    finally:
        sys.setswitchinterval(old)
    return out, errors


@pytest.mark.parametrize("max_cache", [3_000, 200_000])
def test_a_perceptron_shared_by_threads_tags_as_one_thread(max_cache):
    model = load_tagger(profile="fast").model
    batches = [_sentences(12, seed) for seed in range(160)]
    serial = Tagger(model, TaggerOptions(max_cache=max_cache))
    want = {i: serial.tag_many(b) for i, b in enumerate(batches)}
    got, errors = _threaded(Tagger(model, TaggerOptions(max_cache=max_cache)), batches)
    assert not errors, errors[0]
    assert got == want


def test_the_bilstm_shared_by_threads_tags_as_one_thread():
    tagger = load_tagger(profile="accurate")
    batches = [_sentences(8, 1000 + seed) for seed in range(40)]
    want = {i: load_tagger(profile="accurate").tag_many(b) for i, b in enumerate(batches)}
    got, errors = _threaded(tagger, batches)
    assert not errors, errors[0]
    assert got == want
