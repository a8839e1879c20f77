"""The vectorised tagging paths give the same tags as the plain per-token ones, on real news sentences.

The tagger scores sentences in batches (the BiLSTM skips finished sentences, the perceptron's
word-pair lookups and Viterbi run over arrays).  The straightforward versions they replaced are kept
here as the reference, and both run over sentences of SaudiNewsNet read from ../shared at run time.
"""

from __future__ import annotations

import json
import zipfile
from itertools import islice

import numpy as np
import pytest

from conftest import shared_path
from marsad.arabic import split_sentences
from marsad.nlp.ner.features import BOS, EOS
from marsad.nlp.ner.lexicon import tokenize
from marsad.nlp.ner.perceptron import TAGS, transition_mask, viterbi, viterbi_many
from marsad.nlp.ner.tagger import NeuralTagger, Tagger, load_tagger


def real_sentences(n_articles: int = 60) -> list[list[str]]:
    """Token lists of every sentence of the first articles of the second SaudiNewsNet day."""
    days = sorted(shared_path("data", "saudinewsnet").glob("*.zip"))
    if len(days) < 2:
        pytest.skip("SaudiNewsNet days not present")
    with zipfile.ZipFile(days[1]) as zf:
        records = [r for name in sorted(zf.namelist()) if name.endswith(".json") for r in json.loads(zf.read(name))]
    out = []
    for r in islice((r for r in records if r.get("content")), n_articles):
        text = r["content"]
        for s, e in split_sentences(text):
            toks = [t.text for t in tokenize(text[s:e])]
            if toks:
                out.append(toks)
    return out


def reference_perceptron_scores(tagger: Tagger, tokens: list[str]) -> np.ndarray:
    """Emission scores as first written: a Python loop adding each word-pair weight that exists."""
    n = len(tokens)
    entries = [tagger._word(t) for t in [BOS, BOS, *tokens, EOS, EOS]]
    m = np.stack([e[0] for e in entries])
    emit = m[2 : n + 2, 0] + m[1 : n + 1, 1] + m[3 : n + 3, 2] + m[0:n, 3] + m[4 : n + 4, 4]
    norms = [e[1] for e in entries]
    for i in range(n):
        p = i + 2
        a = tagger._index.get("bl=" + norms[p - 1] + "|" + norms[p])
        if a is not None:
            emit[i] += tagger._w[a]
        b = tagger._index.get("br=" + norms[p] + "|" + norms[p + 1])
        if b is not None:
            emit[i] += tagger._w[b]
    return emit


def reference_lstm_scores(scorer, sents: list[list[str]]) -> list[np.ndarray]:
    """The BiLSTM over a padded batch, every row computed at every step (the first version); an ensemble's
    members one after another, their scores averaged."""
    H = scorer.H
    lens = [len(s) for s in sents]
    B, T = len(sents), max(lens)
    types = sorted({w for s in sents for w in s})
    total = [np.zeros((n, len(TAGS)), dtype=np.float32) for n in lens]
    for j, member in enumerate(scorer.members):
        row = dict(zip(types, scorer.word_input(types, j) @ member.w_in + member.b_in))
        proj = np.stack([row[w] for s in sents for w in s])
        x = np.zeros((2, B, T, 4 * H), dtype=np.float32)
        pos = 0
        for b, n in enumerate(lens):
            p = proj[pos : pos + n]
            x[0, b, :n] = p[:, : 4 * H]
            x[1, b, :n] = p[::-1, 4 * H :]
            pos += n
        h = np.zeros((2, B, H), dtype=np.float32)
        c = np.zeros((2, B, H), dtype=np.float32)
        out = np.empty((2, B, T, H), dtype=np.float32)
        with np.errstate(over="ignore"):
            for t in range(T):
                g = x[:, :, t] + np.matmul(h, member.w_hh)  # gates i f o g, the g rows doubled
                g = 1.0 / (1.0 + np.exp(-g))
                c = g[..., H : 2 * H] * c + g[..., :H] * (2.0 * g[..., 3 * H :] - 1.0)
                h = g[..., 2 * H : 3 * H] * np.tanh(c)
                out[:, :, t] = h
        for b, n in enumerate(lens):
            total[b] += np.concatenate([out[0, b, :n], out[1, b, :n][::-1]], axis=1) @ member.out_w + member.out_b
    return [t / len(scorer.members) for t in total]


def reference_tags(tagger: NeuralTagger, sents: list[list[str]]) -> list[list[str]]:
    """Tags of each sentence alone: reference BiLSTM scores, reference perceptron, one Viterbi per sentence."""
    out = []
    for s in sents:
        em = reference_lstm_scores(tagger._scorer, [s])[0].astype(np.float64)
        if tagger.partner is not None:
            em += tagger.weight * reference_perceptron_scores(tagger.partner, s)
        out.append([tagger.tags[k] for k in viterbi(em, tagger._trans)])
    return out


def test_perceptron_scores_match_the_per_token_loop():
    sents = real_sentences(20)
    tagger = load_tagger(profile="fast")
    for s in sents:
        assert np.array_equal(tagger.scores(s), reference_perceptron_scores(tagger, s))
    # all sentences at once, with the word types new to a fresh tagger: the same scores, sentence by sentence
    fresh = Tagger(tagger.model)
    batched = fresh.scores_many(sents + [[]])
    assert len(batched) == len(sents) + 1 and batched[-1].shape == (0, len(TAGS))
    assert all(np.array_equal(a, reference_perceptron_scores(tagger, s)) for a, s in zip(batched, sents))


def test_char_cnn_pooling_is_the_segment_maximum():
    """The char-CNN's max-pooling over a word's windows (``_max_relu``) gives what ``np.maximum.reduceat`` over
    the ReLU of each word's rows gave: real words, one letter, twenty and more (no padding-only window)."""
    from marsad.nlp.ner.neural import MAX_CHARS

    tagger = load_tagger(profile="accurate")
    scorer = tagger._scorer
    words = sorted({w for s in real_sentences(20) for w in s}) + ["ب", "ا" * MAX_CHARS, "ك" * (MAX_CHARS + 7), "x"]
    feats = [scorer.fz.parts(w) for w in words]
    m = scorer.members[0]
    got = m.pooled(feats)
    lens = np.array([len(f[2]) for f in feats])
    kmax = max(w.shape[2] for w, _ in m.convs)
    pad = np.zeros((len(feats), MAX_CHARS + kmax - 1), dtype=np.intp)
    for i, f in enumerate(feats):
        pad[i, : len(f[2])] = f[2]
    first = np.cumsum(lens) - lens
    for (w, b), out in zip(m.convs, got):
        k = w.shape[2]
        win = np.stack([m.char_emb[pad[i, j : j + k]].reshape(-1) for i in range(len(feats)) for j in range(lens[i])])
        conv = win @ w.transpose(2, 1, 0).reshape(-1, w.shape[0]) + b
        best = np.maximum.reduceat(np.maximum(conv, 0), first, axis=0)
        want = np.where((lens < MAX_CHARS)[:, None], np.maximum(best, np.maximum(b, 0)), best)
        assert np.array_equal(out, want)


def test_batched_viterbi_finds_the_same_paths():
    sents = real_sentences(20)
    tagger = load_tagger(profile="fast")
    ems = [tagger.scores(s) for s in sents] + [np.zeros((0, len(TAGS)))]
    trans = tagger._trans
    assert viterbi_many(ems, trans) == [viterbi(e, trans) for e in ems]
    # ties and forbidden transitions too: all-equal scores, a single token, the BIO mask alone
    flat = [np.zeros((5, len(TAGS))), np.zeros((1, len(TAGS)))]
    assert viterbi_many(flat, transition_mask()) == [viterbi(e, transition_mask()) for e in flat]


def test_batched_viterbi_breaks_ties_as_viterbi():
    """Many equal candidates (small whole numbers): the batched steps keep the first best previous tag, as
    argmax does, for sentences of many lengths in one batch (float32 emissions too)."""
    rng = np.random.default_rng(5)
    trans = rng.integers(-2, 3, size=(len(TAGS) + 1, len(TAGS))).astype(np.float64) + transition_mask()
    ems = [rng.integers(-2, 3, size=(int(n), len(TAGS))).astype(np.float64) for n in rng.integers(1, 30, 400)]
    assert viterbi_many(ems, trans) == [viterbi(e, trans) for e in ems]
    ems32 = [e.astype(np.float32) for e in ems]
    assert viterbi_many(ems32, trans) == [viterbi(e, trans) for e in ems32]


def test_batched_viterbi_pads_no_sentence_to_a_far_longer_one(monkeypatch):
    """One very long sentence among many short ones (an unsplit list in a batch of articles) must not pad every
    other sentence to its length: Viterbi runs in batches of similar length, with the same paths."""
    import tracemalloc

    from marsad.nlp.ner import perceptron

    rng = np.random.default_rng(3)
    trans = load_tagger(profile="fast")._trans
    ems = [rng.normal(size=(3000, len(TAGS)))] + [rng.normal(size=(int(n), len(TAGS))) for n in rng.integers(1, 40, 3000)]
    want = [viterbi(e, trans) for e in ems]
    tracemalloc.start()
    got = viterbi_many(ems, trans)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert got == want
    assert peak < 100e6  # unbatched: (3,001 sentences x 3,000 positions x 9 tags) x 3 arrays, about 1.9 GB
    monkeypatch.setattr(perceptron, "VITERBI_CELLS", 50)  # batches of one or a few sentences
    assert viterbi_many(ems[1:200] + [np.zeros((0, len(TAGS)))], trans) == want[1:200] + [[]]


def test_accurate_tagger_tags_real_sentences_as_before():
    sents = real_sentences(30)
    tagger = load_tagger(profile="accurate")
    assert isinstance(tagger, NeuralTagger)
    new = tagger.tag_many(sents)
    old = reference_tags(tagger, sents)
    same = sum(a == b for a, b in zip(new, old))
    assert len(sents) > 150
    assert same == len(sents), f"{len(sents) - same} of {len(sents)} sentences tagged differently"
    assert any(t != "O" for tags in new for t in tags)  # the sample has names: the comparison means something


def test_fast_tagger_tags_real_sentences_as_before():
    sents = real_sentences(60)
    tagger = load_tagger(profile="fast")
    old = [[tagger.tags[k] for k in viterbi(reference_perceptron_scores(tagger, s), tagger._trans)] for s in sents]
    assert tagger.tag_many(sents) == old


def test_ner_tokens_are_the_shared_tokenizer_tokens():
    from marsad.arabic import tokenize as shared_tokenize

    days = sorted(shared_path("data", "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(days[0]) as zf:
        name = sorted(n for n in zf.namelist() if n.endswith(".json"))[0]
        texts = [r["content"] for r in json.loads(zf.read(name))[:200] if r.get("content")]
    for text in texts:
        assert [(t.text, t.start, t.end) for t in tokenize(text)] == \
            [(t.text, t.start, t.end) for t in shared_tokenize(text)]


def test_a_small_projection_table_tags_as_a_large_one():
    from marsad.nlp.ner.neural import NeuralScorer

    sents = real_sentences(15)
    tagger = load_tagger(profile="accurate")
    big = tagger.tag_many(sents)
    small = NeuralTagger(tagger.model, tagger.partner, tagger.weight)
    small._scorer = NeuralScorer(tagger.model, max_cache=300)  # evicts many times over these sentences
    assert [small.tag_many([s])[0] for s in sents] == big
    assert len(small._scorer._slot) <= 300 + max(len(s) for s in sents)


def test_an_ensemble_file_scores_the_mean_of_its_members(tmp_path):
    from marsad.nlp.ner.neural import NeuralModel, NeuralScorer

    sents = real_sentences(10)
    shipped = load_tagger(profile="accurate").model
    singles = [NeuralModel(shipped.tags, shipped.featurizer, shipped.member(i), shipped.meta)
               for i in range(shipped.n_members)]
    if len(singles) == 1:  # a second member that disagrees: the first with its output layer flipped
        flipped = dict(singles[0].arrays, out_w=-singles[0].arrays["out_w"])
        singles.append(NeuralModel(shipped.tags, shipped.featurizer, flipped, shipped.meta))
    path = tmp_path / "ensemble.zip"
    NeuralModel.ensemble(singles, {"members": len(singles)}).save(path)
    loaded = NeuralModel.load(path)
    assert loaded.n_members == len(singles)
    got = NeuralScorer(loaded).scores(sents)
    each = [NeuralScorer(m).scores(sents) for m in singles]
    for k, g in enumerate(got):
        assert np.allclose(g, np.mean([e[k] for e in each], axis=0), atol=1e-4)
    assert np.allclose(loaded.transitions(), np.mean([m.arrays["trans"] for m in singles], axis=0))


def test_batch_size_does_not_change_the_tags():
    """The BiLSTM runs over packed batches of sentences (no padding): however the sentences are grouped —
    one per batch, a few, or a sentence longer than the batch limit alone — each gets the same tags."""
    sents = real_sentences(12)
    tagger = load_tagger(profile="accurate")
    assert max(len(s) for s in sents) > 40
    default = tagger.tag_many(sents)
    small = NeuralTagger(tagger.model, tagger.partner, tagger.weight)
    small.batch_tokens = 40  # many batches; the longest sentences alone in theirs
    assert small.tag_many(sents) == default
    assert [small.tag_many([s])[0] for s in sents[:40]] == default[:40]
    # a batch of one sentence repeated: every copy tagged like the sentence alone
    longest = max(sents, key=len)
    assert tagger.tag_many([longest] * 5) == [tagger.tag_many([longest])[0]] * 5


def test_word_forms_are_the_forms_each_feature_took_itself():
    """``word_forms``, shared by the two taggers' features, is the normal form, clitic split and shape."""
    from marsad.nlp.ner.lexicon import norm_word, shape, strip_clitics, word_forms

    words = ["وبالرياض", "والسعودية", "أمريكا", "Obama", "2015م", "،", "ـ", "بوتين", "لل", "\x02S", "إئتلاف"]
    words += [w for s in real_sentences(5) for w in s]
    for w in words:
        n = norm_word(w)
        assert word_forms(w) == (n, *strip_clitics(n), shape(w))


def test_eviction_keeps_the_words_the_python_sort_kept_and_featurizer_parts_outlive_it():
    """After evictions the table keeps the most used words, ties in the order they came (the Python sort it
    replaced), and the featurizer parts of evicted words are kept: a word back is only projected again.
    (A row's floats may differ in the last place with the words projected beside it: BLAS blocks by the
    batch's size.  Which words are projected in which call is as before, so the tags are too.)"""
    from marsad.nlp.ner.neural import NeuralScorer

    tagger = load_tagger()
    sents = real_sentences(12)
    scorer = NeuralScorer(tagger.model, max_cache=200)
    evictions = 0
    for s in sents:
        slot, uses = dict(scorer._slot), scorer._uses.copy()
        missing = [w for w in dict.fromkeys(s) if w not in slot]
        if len(slot) + len(missing) > scorer.max_cache:  # the old eviction, as a reference
            here = {slot[w] for w in s if w in slot}
            ranked = sorted(slot.items(), key=lambda kv: -uses[kv[1]])
            want = [w for k, (w, r) in enumerate(ranked) if k < scorer.max_cache // 2 or r in here]
            scorer._evict(s)
            evictions += 1
            assert list(scorer._slot) == want
            assert np.array_equal(scorer._uses[[scorer._slot[w] for w in want]], uses[[slot[w] for w in want]] // 2)
        scorer._rows(s)
        # the kept words' rows were left in place and the new words went to freed rows: every word's row holds
        # its own projection, no two words share one
        assert len(set(scorer._slot.values())) == len(scorer._slot)
        words = list(scorer._slot)
        assert np.allclose(scorer._table[[scorer._slot[w] for w in words]], scorer._project(words), atol=1e-5)
    assert evictions > 2
    assert len(scorer._parts) > len(scorer._slot)
    assert all(p == scorer.fz.parts(w) for w, p in scorer._parts.items())


def test_the_stage_finds_the_mentions_tag_texts_finds():
    """``run_ner_many`` tags (texts, starts, ends) lists of ``token_bounds``, not ``WordToken``s: the same
    tokens as ``tokenize`` and the same mention spans as ``tag_texts`` over them."""
    from marsad.arabic.stages import SENTENCES
    from marsad.models import Article, Doc
    from marsad.nlp.ner.lexicon import token_bounds
    from marsad.nlp.ner.tagger import run_ner_many
    from marsad.pipeline.stage import Resources

    texts = ["قال الرئيس الأمريكي باراك أوباما في واشنطن إن الاتفاق مع إيران تاريخي.\nوأضاف: لا مكان للحرب.",
             "أعلنت وزارة الداخلية السعودية في الرياض القبض على 12 شخصاً. https://example.org/a?b=1 ...",
             "", "٣ ملايين ريال — (وكالة الأنباء السعودية) «واس»"]
    texts += [" ".join(s) for s in real_sentences(8)]
    res = Resources()
    docs = []
    for k, text in enumerate(texts):
        doc = Doc(Article(id=f"a{k}", raw_id=f"r{k}", text=text, title=""), {})
        SENTENCES.func(doc, res)
        docs.append(doc)
    tagger = load_tagger()
    want = tagger.tag_texts([([tokenize(text[s.start:s.end]) for s in d.layer("sentence")
                               if tokenize(text[s.start:s.end])],
                              [s.start for s in d.layer("sentence") if tokenize(text[s.start:s.end])])
                             for d, text in zip(docs, texts)])
    for d, text in zip(docs, texts):
        for s in d.layer("sentence"):
            toks = tokenize(text[s.start:s.end])
            assert token_bounds(text[s.start:s.end]) == ([t.text for t in toks], [t.start for t in toks],
                                                         [t.end for t in toks])
    run_ner_many(docs, res)
    assert [d.layer("mention") for d in docs] == want
    assert any(want)


# Sentences written for these tests (not from any corpus): names, places, organisations, repeated words.
OWN_SENTENCES = [
    "استقبل وزير الخارجية سعود الفيصل في الرياض أمس سفير اليابان لدى المملكة",
    "وقالت وزارة الصحة إن فريقا من الأطباء وصل إلى جدة صباح اليوم",
    "أعلن نادي الهلال تعاقده مع لاعب برازيلي لمدة ثلاثة مواسم",
    "الرياض",
    "وزار الأمير محمد بن سلمان مدينة الدمام حيث التقى رجال الأعمال في غرفة الشرقية",
    "ذكرت وكالة الأنباء السعودية أن مجلس الوزراء وافق على نظام جديد للنقل العام في مكة المكرمة والمدينة المنورة",
]


def test_the_shipped_model_scores_are_the_plain_lstm_equations():
    """The packed recurrence (onnxruntime, sentences of several lengths in one batch) gives each
    sentence the scores of the LSTM written out over a padded batch."""
    sents = [[t.text for t in tokenize(s)] for s in OWN_SENTENCES]
    scorer = load_tagger(profile="accurate")._scorer
    got = scorer.scores(sents)
    assert all(np.allclose(a, r, atol=1e-4) for a, r in zip(got, reference_lstm_scores(scorer, sents)))


def test_sentences_without_tokens_get_empty_scores():
    tagger = load_tagger(profile="accurate")
    n = len(tagger.tags)
    assert [a.shape for a in tagger._scorer.scores([[]])] == [(0, n)]
    assert tagger._scorer.scores_flat([[], []]).shape == (0, n)
    assert [a.shape for a in tagger.emissions([[]])] == [(0, n)]
