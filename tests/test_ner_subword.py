"""fastText word vectors in the NER model (subword.py): a word outside the vocabulary gets the mean vector of its
character n-grams, hashed as fastText hashes them, and that vector reaches the tagger through the saved model."""

from __future__ import annotations

import numpy as np

from marsad.nlp.ner.neural import NeuralModel, NeuralScorer, WordFeaturizer
from marsad.nlp.ner.perceptron import TAGS
from marsad.nlp.ner.subword import ft_hash, ngram_rows

WORDS = ["<pad>", "<unk>", "قال", "الوزير", "في", "مدينة"]


def test_hash_and_ngrams_are_fasttexts():
    # Values printed by gensim 4.4 (ft_hash_bytes, ft_ngram_hashes), which trains the vectors.
    assert ft_hash("<بو".encode()) == 132752882
    assert ft_hash(b"abc") == 440920331
    assert ft_hash("تين>".encode()) == 1407503611
    assert sorted(ngram_rows("بوتين", 3, 4, 1000)) == sorted([882, 228, 914, 145, 329, 570, 119, 611, 73])
    assert ngram_rows("", 3, 5, 1000) == []


def _model(with_ngrams: bool) -> NeuralModel:
    rng = np.random.default_rng(3)
    fz = WordFeaturizer(WORDS, ["<pad>", "<unk>", *sorted(set("".join(WORDS[2:]) + "تشيرنوفسكيف"))], {}, [])
    dims, H, filters = 4, 5, ((2, 3),)
    r = lambda *shape: rng.normal(scale=0.5, size=shape).astype(np.float32)  # noqa: E731
    emb = r(len(WORDS), dims)
    emb[:2] = 0
    in_dim = 2 * dims + sum(n for _, n in filters) + fz.n_sparse
    a = {"emb": emb, "char_emb": r(len(fz.chars), 3), "trans": r(len(TAGS) + 1, len(TAGS)),
         "out_w": r(len(TAGS), 2 * H), "out_b": r(len(TAGS)), "conv2_w": r(3, 3, 2), "conv2_b": r(3)}
    for d in "fb":
        a[f"ih_{d}"], a[f"hh_{d}"], a[f"bias_{d}"] = r(4 * H, in_dim), r(4 * H, H), r(4 * H)
    meta = {}
    if with_ngrams:
        a["ngrams"] = r(97, dims)
        meta["subword"] = [3, 5]
    return NeuralModel(TAGS, fz, a, meta)


def test_unseen_name_gets_its_ngrams_mean_vector_through_the_saved_model(tmp_path):
    path = tmp_path / "m.zip"
    _model(True).save(path)
    model = NeuralModel.load(path)
    scorer = NeuralScorer(model)
    dims = model.arrays["emb"].shape[1]
    x = scorer.word_input(["تشيرنوفسكي", "قال"])
    want = model.arrays["ngrams"].astype(np.float32)[ngram_rows("تشيرنوفسكي", 3, 5, 97)].mean(axis=0)
    np.testing.assert_allclose(x[0, :dims], want, atol=1e-6)  # the word vector
    np.testing.assert_allclose(x[0, dims : 2 * dims], want, atol=1e-6)  # no clitic: its stem is itself
    np.testing.assert_allclose(x[1, :dims], model.arrays["emb"][2].astype(np.float32))  # a known word as before
    # Two unseen names differ; a model without n-grams gives both the same (unknown) vector.
    assert not np.allclose(x[0, :dims], scorer.word_input(["سيرنوف"])[0, :dims])
    plain = NeuralScorer(_model(False))
    np.testing.assert_array_equal(plain.word_input(["تشيرنوفسكي"])[0, :dims], plain.word_input(["سيرنوف"])[0, :dims])
    # The stem of a clitic form outside the vocabulary gets the stem's n-grams.
    n, stem = model.featurizer.oov_forms("وتشيرنوفسكي")
    assert n == "وتشيرنوفسكي" and stem == "تشيرنوفسكي"
    np.testing.assert_allclose(scorer.word_input(["وتشيرنوفسكي"])[0, dims : 2 * dims], want, atol=1e-6)
    assert len(scorer.scores([["قال", "تشيرنوفسكي"]])[0]) == 2


def test_word2vec_vectors_cached_before_fasttext_came_are_found_again(tmp_path):
    # the word2vec cache key is what it was before kind/min_n/max_n/bucket were options (a rebuild costs 16 minutes)
    import hashlib
    from dataclasses import asdict

    from marsad.nlp.ner.embeddings import EmbeddingOptions, _key

    before = {k: v for k, v in asdict(EmbeddingOptions()).items() if k not in ("kind", "min_n", "max_n", "bucket")}
    assert _key(tmp_path, EmbeddingOptions()) == hashlib.sha256(repr(sorted(before.items())).encode()).hexdigest()[:16]
    assert _key(tmp_path, EmbeddingOptions(bucket=10)) == _key(tmp_path, EmbeddingOptions())
    fasttext = EmbeddingOptions(kind="fasttext")
    assert _key(tmp_path, fasttext) != _key(tmp_path, EmbeddingOptions(kind="fasttext", bucket=10))
    assert _key(tmp_path, fasttext) != _key(tmp_path, EmbeddingOptions())


def test_the_hashing_that_runs_is_fasttexts_byte_by_byte():
    from marsad.nlp.ner.subword import ngram_rows_many

    forms = ["بوتين", "", "xq", "كاليفورنيستان", "é"]
    rows, counts = ngram_rows_many(forms, 3, 5, 50_000)
    want = []
    for form in forms:
        w = "<" + form + ">"
        want.append([ft_hash(w[i : i + n].encode()) % 50_000 for n in range(3, 6) for i in range(len(w) - n + 1)])
    assert counts.tolist() == [len(x) for x in want] and rows.tolist() == [r for x in want for r in x]
