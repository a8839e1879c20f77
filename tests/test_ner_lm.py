"""The language-model features of the NER tagger (lm.py, TagLM): the run-time forward pass computes what PyTorch's
layout of the weights means, and a model with LM features tags a sentence."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_reference import plain_lstm

from marsad.nlp.ner.lm import LM_KEYS
from marsad.nlp.ner.neural import NEURAL_FILE, NeuralModel, NeuralScorer, WordFeaturizer
from marsad.nlp.ner.perceptron import TAGS

WORDS = ["<pad>", "<unk>", "قال", "الوزير", "سعيد", "في", "مدينة", "جدة", "امس", "."]
SENTS = [["قال", "الوزير", "سعيد", "المنصوري", "في", "جدة", "امس", "."], ["في", "مدينة", "جدة"], ["سعيد"]]


def _bilstm(x: np.ndarray, a: dict, pre: str = "") -> np.ndarray:
    f = plain_lstm(x, a[pre + "ih_f"], a[pre + "hh_f"], a[pre + "bias_f"])
    b = plain_lstm(x[::-1], a[pre + "ih_b"], a[pre + "hh_b"], a[pre + "bias_b"])[::-1]
    return np.concatenate([f, b], axis=1)


def _random_model(seed: int = 5, H: int = 6, HL: int = 5) -> NeuralModel:
    rng = np.random.default_rng(seed)
    fz = WordFeaturizer(WORDS, ["<pad>", "<unk>", *sorted(set("".join(WORDS[2:])))], {"جدة": "place"}, ["place"])
    dims = 4
    emb = rng.normal(size=(len(WORDS), dims)).astype(np.float32)
    emb[:2] = 0
    filters = ((2, 3), (3, 3))
    in_dim = 2 * dims + sum(n for _, n in filters) + fz.n_sparse + 2 * HL
    r = lambda *shape: rng.normal(scale=0.5, size=shape).astype(np.float32)  # noqa: E731
    a = {"emb": emb, "char_emb": r(len(fz.chars), 3), "trans": r(len(TAGS) + 1, len(TAGS)),
         "out_w": r(len(TAGS), 2 * H), "out_b": r(len(TAGS))}
    for k, n in filters:
        a[f"conv{k}_w"], a[f"conv{k}_b"] = r(n, 3, k), r(n)
    for d in "fb":
        a[f"ih_{d}"], a[f"hh_{d}"], a[f"bias_{d}"] = r(4 * H, in_dim), r(4 * H, H), r(4 * H)
        a[f"lm_ih_{d}"], a[f"lm_hh_{d}"], a[f"lm_bias_{d}"] = r(4 * HL, dims), r(4 * HL, HL), r(4 * HL)
    assert set(LM_KEYS) <= set(a)
    return NeuralModel(TAGS, fz, a)


def test_forward_pass_with_lm_features_matches_the_plain_lstm_equations(tmp_path):
    """Emission scores of the packed, pre-scaled run-time pass = forward/backward LMs over the word vectors, their
    states appended to each word's input, the tagger's BiLSTM and output layer, written out plainly."""
    path = tmp_path / "m.zip"
    _random_model().save(path)
    model = NeuralModel.load(path)  # as shipped: word vectors in float16
    a = {k: v.astype(np.float64) for k, v in model.arrays.items()}
    scorer = NeuralScorer(model)
    got = scorer.scores(SENTS)
    assert [g.shape for g in got] == [(len(s), len(TAGS)) for s in SENTS]
    for s, g in zip(SENTS, got):
        static = scorer.word_input(s).astype(np.float64)
        lm = _bilstm(a["emb"][[model.featurizer.parts(w)[0] for w in s]], a, "lm_")
        want = _bilstm(np.concatenate([static, lm], axis=1), a) @ a["out_w"].T + a["out_b"]
        np.testing.assert_allclose(g, want, atol=1e-4)
    # The LM states depend on the whole sentence: the same word scores differently in another context.
    assert not np.allclose(got[0][5], got[1][2])
    # Scored alone or in a batch (another packing, a warm word cache): the same scores.
    alone = NeuralScorer(model).scores([SENTS[1]])[0]
    np.testing.assert_allclose(alone, got[1], atol=1e-5)


def test_shipped_model_with_lm_features_finds_names():
    model = NeuralModel.load(NEURAL_FILE)
    if "lm_hh_f" not in model.arrays:
        pytest.skip("the shipped model has no LM features")
    from marsad.nlp.ner.tagger import NeuralTagger

    tags = NeuralTagger(model).tag(["التقى", "الرئيس", "عبد", "الله", "الحربي", "في", "مدينة", "الدمام", "امس", "."])
    assert tags[2] == "B-PERS" and tags[7] == "B-LOC"
