"""Self-training data (ner/pseudo.py): CRF marginals, the confidence of a path, which sentences are kept."""

from __future__ import annotations

import itertools

import numpy as np

from marsad.nlp.ner.perceptron import TAG_INDEX, TAGS, transition_mask
from marsad.nlp.ner.pseudo import PseudoOptions, confidence, marginals, score_sentences, select
from marsad.nlp.ner.tagger import load_tagger


def test_marginals_match_brute_force_enumeration() -> None:
    rng = np.random.default_rng(3)
    n, T = 4, 3
    emit = rng.normal(size=(n, T))
    trans = rng.normal(size=(T + 1, T))
    trans[0, 2] = -1e9  # a forbidden transition
    probs, total = np.zeros((n, T)), 0.0
    for path in itertools.product(range(T), repeat=n):
        s = trans[-1, path[0]] + emit[0, path[0]] + sum(trans[path[i - 1], path[i]] + emit[i, path[i]]
                                                        for i in range(1, n))
        total += np.exp(s)
        for i, t in enumerate(path):
            probs[i, t] += np.exp(s)
    assert np.allclose(marginals(emit, trans), probs / total)


def test_confidence_is_the_least_sure_token() -> None:
    trans = np.zeros((len(TAGS) + 1, len(TAGS))) + transition_mask()
    emit = np.full((3, len(TAGS)), -10.0)
    path = [TAG_INDEX["B-PERS"], TAG_INDEX["I-PERS"], TAG_INDEX["O"]]
    for i, t in enumerate(path):
        emit[i, t] = 10.0
    assert confidence(emit, trans, path) > 0.99
    emit[2, TAG_INDEX["B-LOC"]] = 10.0  # the last token could as well be a place
    assert confidence(emit, trans, path) < 0.51


def _row(text: str, tags: str, conf: float) -> tuple[list[str], list[str], float]:
    toks, tg = text.split(), tags.split()
    assert len(toks) == len(tg)
    return toks, tg, conf


ROWS = [
    _row("استقبل الوزير خالد الفيصل وفدا من التجار صباح اليوم", "O O B-PERS I-PERS O O O O O", 0.99),
    _row("ارتفعت أسعار الخضار في الأسواق خلال الأسبوع الماضي", "O O O O O O O O", 0.99),  # no name
    _row("افتتح الأمير سعود مشروعا جديدا في مدينة تبوك أمس", "O O B-PERS O O O O B-LOC O", 0.60),  # unsure
    _row("زار الوفد جدة", "O O B-LOC", 0.99),  # too short
    _row("استقبل الوزير خالد الفيصل وفدا من التجار صباح اليوم", "O O B-PERS I-PERS O O O O O", 0.99),  # repeat
    _row("عقدت الغرفة التجارية في الرياض اجتماعها السنوي أمس", "O B-ORG I-ORG O B-LOC O O O", 0.97),
]


def test_select_keeps_confident_new_sentences_with_a_name() -> None:
    kept = select(ROWS, 10, PseudoOptions(min_conf=0.95, min_len=6))
    assert [[w for w, _ in s][2] for s in kept] == ["خالد", "التجارية"]
    assert kept[0][2] == ("خالد", "B-PERS")
    only_pers = select(ROWS, 10, PseudoOptions(min_conf=0.95, min_len=6, types=("PERS",)))
    assert len(only_pers) == 1 and only_pers[0][3] == ("الفيصل", "I-PERS")
    assert len(select(ROWS, 1, PseudoOptions(min_conf=0.95, min_len=6))) == 1  # the cap
    assert len(select(ROWS, 10, PseudoOptions(min_conf=0.5, min_len=3))) == 4


def test_pseudo_labels_are_the_shipped_taggers_tags() -> None:
    tagger = load_tagger()  # the accurate profile: BiLSTM-CRF + perceptron partner
    sents = [
        "قال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده ستدعم الاتفاق".split(),
        "وصل وزير الخارجية إلى القاهرة في زيارة تستغرق يومين".split(),
    ]
    scored = score_sentences(tagger, sents)
    assert [tags for tags, _ in scored] == tagger.tag_many(sents)
    assert all(0.0 < conf <= 1.0 + 1e-9 for _, conf in scored)
